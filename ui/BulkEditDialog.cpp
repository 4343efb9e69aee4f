#include "BulkEditDialog.h"

#include "BulkCommonEdits.h"
#include "BulkJournalChoice.h"
#include "BulkOutcomesView.h"
#include "BulkSourcePicker.h"
#include "bulk/BulkCheck.h"
#include "bulk/CsvReader.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace AccountDesk {

BulkEditDialog::BulkEditDialog(ProviderPtr provider, AccountTarget target, CredentialStore& store,
                               QWidget* parent)
    : QDialog(parent)
    , m_provider(std::move(provider))
    , m_target(std::move(target))
    , m_store(store)
    , m_production(m_provider->isProduction(m_target.baseUrl))
{
    m_target.account.clear();
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Bulk edit: %1").arg(m_provider->displayName()));
    buildLayout();
    m_commonEdits->setProvider(m_provider);
    updateButtons();
}

BulkEditDialog::~BulkEditDialog() = default;

void BulkEditDialog::buildLayout()
{
    auto* where = new QLabel(this);
    where->setWordWrap(true);
    where->setText(
        (m_production ? tr("<b>Production.</b> ") : QString()) +
        tr("Every account is read and updated at %1 with the credentials of profile \"%2\". This stays so "
           "while the dialog is open, whatever the main window shows.")
            .arg(m_target.baseUrl.toString().toHtmlEscaped(), m_target.profile.toHtmlEscaped()));
    where->setObjectName(QStringLiteral("bulkTargetLabel"));

    m_source = new BulkSourcePicker(m_provider, this);

    m_commonEdits = new BulkCommonEdits(this);
    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(4);
    m_concurrency->setMaximumWidth(m_concurrency->sizeHint().width() * 2);
    m_concurrency->setAccessibleName(tr("Accounts at a time"));
    auto* options = new QFormLayout;
    options->addRow(tr("Edits for &every account:"), m_commonEdits);
    options->addRow(tr("Accounts at a &time:"), m_concurrency);

    m_checkButton = new QPushButton(tr("&Check"), this);
    m_dryRunButton = new QPushButton(tr("&Dry run"), this);
    m_sendButton = new QPushButton(tr("&Send…"), this);
    m_pauseButton = new QPushButton(tr("&Pause"), this);
    m_stopButton = new QPushButton(tr("S&top"), this);
    m_exportButton = new QPushButton(tr("E&xport…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    m_checkButton->setObjectName(QStringLiteral("bulkCheckButton"));
    m_dryRunButton->setObjectName(QStringLiteral("bulkDryRunButton"));
    m_sendButton->setObjectName(QStringLiteral("bulkSendButton"));
    m_pauseButton->setObjectName(QStringLiteral("bulkPauseButton"));
    m_stopButton->setObjectName(QStringLiteral("bulkStopButton"));
    m_exportButton->setObjectName(QStringLiteral("bulkExportButton"));
    connect(m_checkButton, &QPushButton::clicked, this, &BulkEditDialog::check);
    connect(m_dryRunButton, &QPushButton::clicked, this, &BulkEditDialog::dryRun);
    connect(m_sendButton, &QPushButton::clicked, this, &BulkEditDialog::send);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (!m_run)
            return;
        const bool resuming = m_run->isPaused();
        resuming ? m_run->resume() : m_run->pause();
        resuming ? m_runProgress.resume(m_clock.elapsed()) : m_runProgress.pause(m_clock.elapsed());
        updateButtons();
        showProgress();
    });
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
        updateButtons();
        showProgress();
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the outcomes"), QStringLiteral("bulk-report.csv"),
                                         tr("CSV (*.csv);;JSON Lines (*.jsonl)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_checkButton, m_dryRunButton, m_sendButton, m_pauseButton, m_stopButton})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_exportButton);
    buttons->addWidget(close);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress of the run"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bulkStatusLabel"));
    m_status->setWordWrap(true);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("bulkProblemsList"));
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setVisible(false);

    m_outcomes = new BulkOutcomesView(&m_results, this);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_source);
    topLayout->addLayout(options);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_problems);
    bottomLayout->addWidget(m_outcomes);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
}

void BulkEditDialog::setCsvFile(const QString& path)
{
    m_source->setCsvFile(path);
}

void BulkEditDialog::setAccountIds(const QString& ids)
{
    m_source->setAccountIds(ids);
}

BulkColumnMapping* BulkEditDialog::columnMapping() const
{
    return m_source->columnMapping();
}

std::optional<BulkEditDialog::Source> BulkEditDialog::openSource(FieldErrors& problems)
{
    std::optional<BulkSourcePicker::Opened> opened = m_source->open(problems);
    if (!opened)
        return std::nullopt;
    const QByteArray identity =
        BulkJournalChoice::identity(m_provider->id(), m_target, *opened, m_commonEdits->edits());
    Source source{std::move(opened->device), std::move(opened->reader), std::nullopt, identity};
    source.sheet =
        BulkSheet::fromHeader(m_provider, opened->header, m_commonEdits->edits(), problems, opened->ignored);
    if (!source.sheet)
        return std::nullopt;
    return source;
}

bool BulkEditDialog::check()
{
    FieldErrors problems;
    for (const FieldError& problem : m_target.problems(*m_provider))
        if (problem.location != FieldError::Location::PathParameter)
            problems.append(problem);
    problems.append(m_commonEdits->problems());
    std::optional<Source> source = openSource(problems);
    m_checkedIdentity.clear();
    if (source) {
        const BulkCheck::Outcome outcome = BulkCheck::rows(*source->reader, *source->sheet, *m_provider);
        problems.append(outcome.problems);
        m_total = outcome.rows;
        if (problems.isEmpty())
            m_checkedIdentity = source->identity;
    }
    if (m_commonEdits->count() == 0 && m_source->usesIds())
        problems.append({tr("Edits for every account"), tr("add the edit to make on every account")});
    showProblems(problems);
    if (problems.isEmpty())
        m_status->setText(
            tr("%n account(s) checked: nothing found wrong. Nothing was sent.", nullptr, int(m_total)));
    return problems.isEmpty();
}

void BulkEditDialog::showProblems(const FieldErrors& problems)
{
    m_problems->clear();
    for (const FieldError& problem : problems)
        m_problems->addItem(problem.toString());
    m_problems->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        m_status->setText(tr("%n problem(s) found: nothing is sent until every row is right.", nullptr,
                             int(problems.size())));
}

QStringList BulkEditDialog::problems() const
{
    QStringList lines;
    for (int i = 0; i < m_problems->count(); ++i)
        lines.append(m_problems->item(i)->text());
    return lines;
}

void BulkEditDialog::dryRun()
{
    if (!m_run && check())
        start(true);
}

void BulkEditDialog::send()
{
    if (m_run || !check())
        return;
    if (const auto problem = BulkCheck::credentialsProblem(m_store, *m_provider, m_target.profile)) {
        QMessageBox::warning(
            this, tr("Bulk edit"),
            problem->fromStore
                ? tr("The keychain cannot give the credentials: %1. Nothing was sent.").arg(problem->message)
                : tr("No credentials are stored for profile \"%1\". Store them with Account → "
                     "Credentials… first. Nothing was sent.")
                      .arg(m_target.profile));
        return;
    }
    if (m_production &&
        QMessageBox::warning(
            this, tr("Send to production?"),
            tr("This sends %n update(s) to %1, a production server: real customer data changes.", nullptr,
               int(m_total))
                .arg(m_target.baseUrl.toString()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    start(false);
}

void BulkEditDialog::start(bool dryRun)
{
    FieldErrors problems;
    m_runSource = openSource(problems);
    if (!m_runSource)
        return showProblems(problems);
    // What runs must be exactly what was checked: the file saved again meanwhile (the production
    // question may have stood open for minutes), other edits or another mapping are checked first.
    if (m_runSource->identity != m_checkedIdentity) {
        m_runSource.reset();
        return showProblems({{tr("Accounts"), tr("the file, its columns or the edits changed since they were "
                                                 "checked: nothing was sent; check again")}});
    }
    if (!dryRun) {
        m_journal = BulkJournalChoice::open(m_runSource->identity, this);
        if (!m_journal) {
            m_runSource.reset();
            return;
        }
    }
    m_results.clear();
    m_clock.start();
    m_runProgress.start(m_total, m_clock.elapsed());
    m_dryRun = dryRun;
    BulkRun::Options options;
    options.provider = m_provider;
    options.store = &m_store;
    options.target = m_target;
    options.concurrency = m_concurrency->value();
    options.dryRun = dryRun;
    options.history = &m_history;
    options.journal = m_journal ? &*m_journal : nullptr;
    options.requestsPerSecond = m_provider->requestsPerSecond();
    qsizetype number = 0;
    m_run = std::make_unique<BulkRun>(options, [this, number]() mutable -> std::optional<BulkSheet::Row> {
        while (const std::optional<QStringList> record = m_runSource->reader->next()) {
            if (BulkCheck::isBlank(*record))
                continue;
            FieldErrors checkedBefore;
            return m_runSource->sheet->row(++number, *record, checkedBefore);
        }
        return std::nullopt;
    });
    connect(m_run.get(), &BulkRun::rowFinished, this, &BulkEditDialog::rowFinished);
    connect(m_run.get(), &BulkRun::finished, this, &BulkEditDialog::finished, Qt::QueuedConnection);
    updateButtons();
    showProgress();
    m_run->start();
}

void BulkEditDialog::rowFinished(const BulkRun::Result& result)
{
    m_results.add(result);
    m_runProgress.rowFinished(result.outcome == QStringLiteral("skipped"));
    showProgress();
}

void BulkEditDialog::finished()
{
    const bool cancelled = m_run && m_run->isCancelled();
    m_run.reset();
    // A journal with nothing left to do goes; one of a run stopped or with failures stays, so
    // sending the same again resumes it (and retries only what failed).
    if (m_journal && !cancelled && m_journal->count(BulkJournal::State::Failed) == 0 &&
        m_journal->count(BulkJournal::State::Started) == 0)
        m_journal->discard();
    m_journal.reset();
    m_runSource.reset();
    updateButtons();
    QStringList counts;
    for (const QString& outcome : BulkResultModel::outcomes())
        if (const qsizetype count = m_results.count(outcome))
            counts.append(QStringLiteral("%1 %2").arg(count).arg(BulkResultModel::describeOutcome(outcome)));
    m_status->setText(
        (cancelled ? tr("Stopped: %n account(s) not started.", nullptr, int(m_total - m_runProgress.done())) +
                         QLatin1Char(' ')
                   : QString()) +
        (m_dryRun ? tr("Dry run done, nothing was sent: %1.") : tr("Done: %1."))
            .arg(counts.join(QStringLiteral(", "))));
    Q_EMIT runFinished();
    if (m_closeWhenFinished)
        close();
}

void BulkEditDialog::showProgress()
{
    m_progress->setRange(0, int(qMax<qsizetype>(1, m_total)));
    m_progress->setValue(int(m_runProgress.done()));
    if (!m_run)
        return;
    QString text = m_runProgress.describe(m_clock.elapsed());
    if (m_run->isCancelled())
        text += tr(" · stopping after the accounts in flight");
    else if (m_run->isPaused())
        text += tr(" · paused after the accounts in flight");
    m_status->setText(text);
}

void BulkEditDialog::updateButtons()
{
    const bool running = m_run != nullptr;
    for (QWidget* input : std::initializer_list<QWidget*>{m_source, m_commonEdits, m_concurrency,
                                                          m_checkButton, m_dryRunButton, m_sendButton})
        input->setEnabled(!running);
    m_pauseButton->setEnabled(running && !m_run->isCancelled());
    m_pauseButton->setText(running && m_run->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_stopButton->setEnabled(running && !m_run->isCancelled());
    m_exportButton->setEnabled(!running && m_results.rowCount() > 0);
}

void BulkEditDialog::exportTo(const QString& fileName)
{
    QString problem;
    if (!m_outcomes->exportTo(fileName, !m_provider->pathParameters().isEmpty(), problem)) {
        QMessageBox::warning(this, tr("Export the outcomes"),
                             tr("%1 could not be written: %2").arg(fileName, problem));
        return;
    }
    const int shown = m_outcomes->shownRows();
    m_status->setText(m_outcomes->isFiltered()
                          ? tr("Exported the %n outcome(s) shown to %1 (%2 in all).", nullptr, shown)
                                .arg(fileName)
                                .arg(m_results.rowCount())
                          : tr("Exported %n outcome(s) to %1.", nullptr, shown).arg(fileName));
}

void BulkEditDialog::reject()
{
    // Escape, like the window's close button, never cuts a run off: it asks to stop it first.
    if (m_run)
        close();
    else
        QDialog::reject();
}

void BulkEditDialog::closeEvent(QCloseEvent* event)
{
    if (!m_run)
        return QDialog::closeEvent(event);
    event->ignore();
    if (QMessageBox::question(
            this, tr("Bulk edit"), tr("A run is under way. Stop it after the accounts in flight, and close?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_closeWhenFinished = true;
    m_run->cancel();
    updateButtons();
}

} // namespace AccountDesk
