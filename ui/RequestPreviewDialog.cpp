#include "RequestPreviewDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
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
    const QByteArray json = QJsonDocument(QJsonArray{value.value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

RequestPreviewDialog::RequestPreviewDialog(const PreparedUpdate& update, const QString& destination,
                                           QWidget* parent)
    : QDialog(parent)
    , m_update(update)
    , m_diffTable(new QTableWidget(int(update.changes.size()), 3, this))
    , m_requestEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("requestPreviewDialog"));
    setWindowTitle(tr("Review the update"));
    resize(820, 620);

    auto* heading =
        new QLabel(tr("%1 change(s) will be sent to %2.").arg(update.changes.size()).arg(destination), this);
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

    m_requestEdit->setObjectName(QStringLiteral("requestPlainTextEdit"));
    m_requestEdit->setAccessibleName(tr("Request"));
    m_requestEdit->setReadOnly(true);
    m_requestEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requestEdit->setPlainText(update.request.redactedText());
    m_requestEdit->setTabChangesFocus(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_diffTable);
    splitter->addWidget(m_requestEdit);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendPushButton"));
    QPushButton* curl = buttons->addButton(tr("Copy as &curl"), QDialogButtonBox::ActionRole);
    curl->setObjectName(QStringLiteral("copyCurlPushButton"));
    curl->setToolTip(tr("Copies a curl command with the secrets as ***"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closePushButton"));
    close->setDefault(true); // Enter does not send by accident
    connect(send, &QPushButton::clicked, this, &QDialog::accept);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(curl, &QPushButton::clicked, this, &RequestPreviewDialog::copyAsCurl);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
}

QString RequestPreviewDialog::requestText() const
{
    return m_requestEdit->toPlainText();
}

void RequestPreviewDialog::copyAsCurl() const
{
    QApplication::clipboard()->setText(m_update.request.toCurl(false));
}

} // namespace AccountDesk
