#include "HistoryWindow.h"

#include "core/JsonText.h"
#include "provider/ProviderRegistry.h"
#include "session/HistoryCurl.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace AccountDesk {
namespace {

QString localTime(const QDateTime& time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString jsonText(const QJsonValue& value)
{
    if (value.isUndefined())
        return HistoryWindow::tr("(not sent)");
    return QString::fromUtf8(JsonText::compact(value));
}

QString outcomeText(const HistoryEntry& entry)
{
    if (entry.succeeded())
        return HistoryWindow::tr("%1 succeeded").arg(*entry.status);
    if (entry.status)
        return HistoryWindow::tr("%1 failed").arg(*entry.status);
    return HistoryWindow::tr("no answer");
}

QString describe(const HistoryEntry& entry)
{
    QStringList lines;
    lines << HistoryWindow::tr("When: %1 (%2 UTC), from %3")
                 .arg(localTime(entry.time), entry.time.toUTC().toString(Qt::ISODate), entry.source);
    lines << HistoryWindow::tr("Provider: %1, profile %2").arg(entry.provider, entry.profile);
    lines << HistoryWindow::tr("Account: %1 at %2")
                 .arg(entry.account.isEmpty() ? HistoryWindow::tr("(own account)") : entry.account,
                      entry.server);
    lines << QStringLiteral("%1 %2").arg(entry.method, entry.url);
    lines << HistoryWindow::tr("Outcome: %1 after %2 ms").arg(outcomeText(entry)).arg(entry.durationMs);
    if (!entry.error.isEmpty())
        lines << HistoryWindow::tr("Error: %1").arg(entry.error);
    if (!entry.requestId.isEmpty())
        lines << HistoryWindow::tr("Request ID: %1").arg(entry.requestId);
    lines << QString() << HistoryWindow::tr("Changes (%1):").arg(entry.changes.size());
    for (const HistoryEntry::Change& change : entry.changes)
        lines << QStringLiteral("  %1: %2 → %3")
                     .arg(change.pointer, jsonText(change.before), jsonText(change.after));
    return lines.join(QLatin1Char('\n'));
}

QDateEdit* dateEdit(const char* name, QWidget* parent)
{
    auto* edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setEnabled(false);
    return edit;
}

} // namespace

HistoryWindow::HistoryWindow(const ProviderRegistry& registry, HistoryLog log, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_log(std::move(log))
    , m_providerComboBox(new QComboBox(this))
    , m_accountLineEdit(new QLineEdit(this))
    , m_outcomeComboBox(new QComboBox(this))
    , m_sinceCheckBox(new QCheckBox(tr("&From"), this))
    , m_sinceDateEdit(dateEdit("sinceDateEdit", this))
    , m_untilCheckBox(new QCheckBox(tr("&To"), this))
    , m_untilDateEdit(dateEdit("untilDateEdit", this))
    , m_countLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_detail(new QPlainTextEdit(this))
    , m_messageLabel(new QLabel(this))
    , m_editAgainButton(new QPushButton(tr("&Edit again"), this))
    , m_copyButton(new QPushButton(tr("&Copy as curl"), this))
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("History"));
    resize(980, 640);

    m_providerComboBox->setObjectName(QStringLiteral("historyProviderComboBox"));
    m_providerComboBox->setAccessibleName(tr("Provider"));
    m_accountLineEdit->setObjectName(QStringLiteral("historyAccountLineEdit"));
    m_accountLineEdit->setAccessibleName(tr("Account contains"));
    m_accountLineEdit->setPlaceholderText(tr("any account"));
    m_accountLineEdit->setClearButtonEnabled(true);
    m_outcomeComboBox->setObjectName(QStringLiteral("historyOutcomeComboBox"));
    m_outcomeComboBox->setAccessibleName(tr("Outcome"));
    m_outcomeComboBox->addItem(tr("Any outcome"), int(HistoryLog::Filter::Outcome::Any));
    m_outcomeComboBox->addItem(tr("Succeeded"), int(HistoryLog::Filter::Outcome::Succeeded));
    m_outcomeComboBox->addItem(tr("Failed or no answer"), int(HistoryLog::Filter::Outcome::Failed));
    m_sinceCheckBox->setObjectName(QStringLiteral("sinceCheckBox"));
    m_untilCheckBox->setObjectName(QStringLiteral("untilCheckBox"));
    m_sinceDateEdit->setAccessibleName(tr("From date"));
    m_untilDateEdit->setAccessibleName(tr("To date"));

    auto* filters = new QHBoxLayout;
    auto* providerLabel = new QLabel(tr("&Provider:"), this);
    providerLabel->setBuddy(m_providerComboBox);
    auto* accountLabel = new QLabel(tr("A&ccount:"), this);
    accountLabel->setBuddy(m_accountLineEdit);
    auto* outcomeLabel = new QLabel(tr("&Outcome:"), this);
    outcomeLabel->setBuddy(m_outcomeComboBox);
    for (QWidget* widget : std::initializer_list<QWidget*>{
             providerLabel, m_providerComboBox, accountLabel, m_accountLineEdit, outcomeLabel,
             m_outcomeComboBox, m_sinceCheckBox, m_sinceDateEdit, m_untilCheckBox, m_untilDateEdit})
        filters->addWidget(widget);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Updates sent"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Provider"), tr("Account"), tr("Method"), tr("Outcome"), tr("From"), tr("Server")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_detail->setObjectName(QStringLiteral("historyDetail"));
    m_detail->setAccessibleName(tr("Selected update"));
    m_detail->setReadOnly(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_countLabel->setObjectName(QStringLiteral("historyCountLabel"));
    m_messageLabel->setObjectName(QStringLiteral("historyMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_editAgainButton->setObjectName(QStringLiteral("editAgainPushButton"));
    m_editAgainButton->setToolTip(
        tr("Load this account again and put this update's edits on top, to review and send"));
    m_copyButton->setObjectName(QStringLiteral("copyCurlPushButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_editAgainButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    QPushButton* refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("refreshPushButton"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &HistoryWindow::reload);
    connect(m_copyButton, &QPushButton::clicked, this, &HistoryWindow::copyAsCurl);
    connect(m_editAgainButton, &QPushButton::clicked, this, [this] {
        if (const HistoryEntry* entry = selected())
            Q_EMIT editAgainRequested(*entry);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryWindow::showSelected);
    connect(m_table, &QTableWidget::itemActivated, m_editAgainButton, &QPushButton::click);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_countLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);

    for (QComboBox* combo : {m_providerComboBox, m_outcomeComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilter);
    connect(m_accountLineEdit, &QLineEdit::textChanged, this, &HistoryWindow::applyFilter);
    for (auto [check, edit] :
         {std::pair{m_sinceCheckBox, m_sinceDateEdit}, std::pair{m_untilCheckBox, m_untilDateEdit}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &HistoryWindow::applyFilter);
        connect(edit, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilter);
    }
    reload();
}

void HistoryWindow::reload()
{
    m_all = m_log.read();
    // Item 0 is "All providers"; the others carry their provider id.
    const QString chosen =
        m_providerComboBox->currentIndex() > 0 ? m_providerComboBox->currentData().toString() : QString();
    QStringList providers;
    for (const ProviderRegistry::Listed& listed : m_registry.listing())
        providers << listed.id;
    for (const HistoryEntry& entry : std::as_const(m_all))
        if (!providers.contains(entry.provider))
            providers << entry.provider; // removed since, still in the record
    const QSignalBlocker blocker(m_providerComboBox);
    m_providerComboBox->clear();
    m_providerComboBox->addItem(tr("All providers"));
    for (const QString& id : std::as_const(providers))
        m_providerComboBox->addItem(id, id);
    m_providerComboBox->setCurrentIndex(chosen.isEmpty() ? 0 : qMax(0, m_providerComboBox->findData(chosen)));
    applyFilter();
}

HistoryLog::Filter HistoryWindow::filter() const
{
    HistoryLog::Filter filter;
    filter.provider =
        m_providerComboBox->currentIndex() > 0 ? m_providerComboBox->currentData().toString() : QString();
    filter.accountPart = m_accountLineEdit->text().trimmed();
    filter.outcome = HistoryLog::Filter::Outcome(m_outcomeComboBox->currentData().toInt());
    // The dates shown are local; an entry's day is its UTC day, as in `accountdesk-cli history --since`.
    if (m_sinceCheckBox->isChecked())
        filter.since = m_sinceDateEdit->date();
    if (m_untilCheckBox->isChecked())
        filter.until = m_untilDateEdit->date();
    return filter;
}

void HistoryWindow::applyFilter()
{
    const HistoryLog::Filter current = filter();
    m_shown.clear();
    for (auto it = m_all.crbegin(); it != m_all.crend(); ++it)
        if (current.accepts(*it))
            m_shown.append(*it);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const HistoryEntry& entry = m_shown.at(row);
        const QStringList cells{localTime(entry.time), entry.provider, entry.account, entry.method,
                                outcomeText(entry),    entry.source,   entry.server};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_countLabel->setText(tr("Showing %1 of %2").arg(m_shown.size()).arg(m_all.size()));
    if (!m_shown.isEmpty())
        select(0);
    else
        showSelected();
}

void HistoryWindow::select(int index)
{
    m_table->selectRow(index);
    m_table->setCurrentCell(index, 0);
}

void HistoryWindow::focusList()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

const HistoryEntry* HistoryWindow::selected() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty() || ranges.first().topRow() >= m_shown.size())
        return nullptr;
    return &m_shown.at(ranges.first().topRow());
}

void HistoryWindow::showSelected()
{
    const HistoryEntry* entry = selected();
    m_detail->setPlainText(entry             ? describe(*entry)
                           : m_all.isEmpty() ? tr("Nothing has been sent yet.")
                                             : tr("No update matches these filters."));
    m_editAgainButton->setEnabled(entry && !entry->changes.isEmpty());
    m_copyButton->setEnabled(entry != nullptr);
    m_messageLabel->clear();
}

void HistoryWindow::copyAsCurl()
{
    const HistoryEntry* entry = selected();
    if (!entry)
        return;
    const QString why = m_registry.whyNot(entry->provider);
    const ProviderPtr provider = why.isEmpty() ? m_registry.provider(entry->provider) : nullptr;
    const CurlCommand::Result result = HistoryCurl::build(*entry, provider.get());
    if (result.command.isEmpty()) {
        m_messageLabel->setText(result.problem);
        return;
    }
    QGuiApplication::clipboard()->setText(result.command);
    m_messageLabel->setText(
        tr("Copied the command; credentials are environment variables in it, never values."));
}

} // namespace AccountDesk
