#include "ConflictDialog.h"

#include "RequestPreviewDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace AccountDesk {

ConflictDialog::ConflictDialog(const StaleConflict& conflict, Reason reason, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(conflict.fields.size()), 4, this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("The account changed on the server"));
    resize(860, 480);

    const QString account = conflict.target.accountName();
    auto* heading = new QLabel(
        (reason == Reason::BeforeSending
             ? tr("Someone changed %1 on the server after you loaded it. Nothing was sent.").arg(account)
             : tr("%1 changed on the server after these edits were saved. Nothing was sent.").arg(account)) +
            QLatin1Char(' ') +
            (conflict.versionChanged ? tr("Its revision is no longer the one your edits were made on.")
                                     : QString()),
        this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("conflictTableWidget"));
    m_table->setAccessibleName(tr("Fields that differ"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("When loaded"), tr("On the server now"), tr("Yours")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    for (int row = 0; row < conflict.fields.size(); ++row) {
        const StaleConflict::Field& field = conflict.fields.at(row);
        auto* name =
            new QTableWidgetItem(field.edited ? tr("%1 (edited by you)").arg(field.label) : field.label);
        name->setToolTip(field.pointer);
        QFont font = name->font();
        font.setBold(field.edited);
        name->setFont(font);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(RequestPreviewDialog::describe(field.loaded)));
        m_table->setItem(row, 2, new QTableWidgetItem(RequestPreviewDialog::describe(field.server)));
        m_table->setItem(row, 3,
                         new QTableWidgetItem(field.edited ? RequestPreviewDialog::describe(field.yours)
                                                           : tr("(takes the server's)")));
    }
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* take =
        buttons->addButton(reason == Reason::BeforeSending
                               ? tr("&Use the server's values for fields I did not edit, and review again")
                               : tr("&Use the server's values for fields I did not edit"),
                           QDialogButtonBox::AcceptRole);
    take->setObjectName(QStringLiteral("takeServerValuesPushButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPushButton"));
    cancel->setDefault(true);
    connect(take, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

} // namespace AccountDesk
