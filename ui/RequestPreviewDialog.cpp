#include "RequestPreviewDialog.h"

#include "core/JsonText.h"
#include "session/CurlCommand.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace AccountDesk {

QString RequestPreviewDialog::describe(const FieldValue& value)
{
    if (value.isUnset())
        return tr("(not sent)");
    if (value.isNull())
        return QStringLiteral("null");
    if (value.value.isString())
        return value.value.toString();
    return QString::fromUtf8(JsonText::compact(value.value));
}

RequestPreviewDialog::RequestPreviewDialog(const PreparedUpdate& update, QWidget* parent)
    : QDialog(parent)
    , m_update(update)
    , m_diffTable(new QTableWidget(int(update.changes.size()), 3, this))
    , m_requestEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("requestPreviewDialog"));
    setWindowTitle(tr("Review the update"));
    resize(860, 660);

    QString headline = tr("%n change(s) to %1 at %2.", nullptr, int(update.changes.size()))
                           .arg(update.target.accountName(), update.target.baseUrl.toString());
    if (update.production)
        headline += QLatin1Char(' ') + tr("⚠ This is a production server: real customer data changes.");
    auto* heading = new QLabel(headline, this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setWordWrap(true);

    m_diffTable->setObjectName(QStringLiteral("diffTableWidget"));
    m_diffTable->setAccessibleName(tr("Changes"));
    m_diffTable->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_diffTable->horizontalHeader()->setStretchLastSection(true);
    m_diffTable->verticalHeader()->setVisible(false);
    m_diffTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffTable->setTabKeyNavigation(false);
    for (int row = 0; row < update.changes.size(); ++row) {
        const FieldChange& change = update.changes.at(row);
        auto* field = new QTableWidgetItem(change.label);
        field->setToolTip(change.pointer);
        m_diffTable->setItem(row, 0, field);
        m_diffTable->setItem(row, 1, new QTableWidgetItem(describe(change.before)));
        m_diffTable->setItem(row, 2, new QTableWidgetItem(describe(change.after)));
    }
    m_diffTable->resizeColumnsToContents();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_diffTable);
    if (!update.notSentBack.isEmpty()) {
        // A replacement keeps only what it sends: what the server holds beyond that is shown here.
        auto* box = new QWidget(splitter);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(tr("Not sent back: the server returned these, and this replacement does "
                                    "not send them (read-only, hidden, or not part of the update):"),
                                 box);
        label->setWordWrap(true);
        m_notSentBackList = new QListWidget(box);
        m_notSentBackList->setObjectName(QStringLiteral("notSentBackListWidget"));
        m_notSentBackList->setAccessibleName(tr("Not sent back"));
        label->setBuddy(m_notSentBackList);
        for (const PreparedUpdate::Member& member : update.notSentBack)
            m_notSentBackList->addItem(
                QStringLiteral("%1 = %2").arg(member.pointer, describe(FieldValue::of(member.value))));
        boxLayout->addWidget(label);
        boxLayout->addWidget(m_notSentBackList);
        splitter->addWidget(box);
    }

    m_requestEdit->setObjectName(QStringLiteral("requestPlainTextEdit"));
    m_requestEdit->setAccessibleName(tr("Request"));
    m_requestEdit->setReadOnly(true);
    m_requestEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requestEdit->setPlainText(update.request.redactedText());
    m_requestEdit->setTabChangesFocus(true);
    splitter->addWidget(m_requestEdit);
    // The request is what is reviewed: it gets most of the room.
    QList<int> sizes(splitter->count(), 120);
    sizes.last() = 360;
    splitter->setSizes(sizes);

    auto* note =
        new QLabel(update.signatureRenewedAtSend
                       ? tr("Sent exactly as shown, except the signature: it holds for one timestamp and "
                            "nonce, so a new one is made when the request leaves.")
                       : tr("Sent exactly as shown; the credentials (***) are read from the keychain "
                            "when it leaves."),
                   this);
    note->setObjectName(QStringLiteral("exactnessLabel"));
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendPushButton"));
    QPushButton* curl = buttons->addButton(tr("Copy as &curl"), QDialogButtonBox::ActionRole);
    curl->setObjectName(QStringLiteral("copyCurlPushButton"));
    const CurlCommand::Result command = CurlCommand::build(update);
    curl->setEnabled(command.problem.isEmpty());
    curl->setToolTip(command.problem.isEmpty()
                         ? tr("Copies a curl command; the secrets are environment variables, never values")
                         : command.problem);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closePushButton"));
    close->setDefault(true); // Enter does not send by accident
    connect(send, &QPushButton::clicked, this, &QDialog::accept);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(curl, &QPushButton::clicked, this, &RequestPreviewDialog::copyAsCurl);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString RequestPreviewDialog::requestText() const
{
    return m_requestEdit->toPlainText();
}

void RequestPreviewDialog::copyAsCurl() const
{
    const CurlCommand::Result command = CurlCommand::build(m_update);
    if (command.problem.isEmpty())
        QApplication::clipboard()->setText(command.command);
}

} // namespace AccountDesk
