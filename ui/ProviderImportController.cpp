#include "ProviderImportController.h"

#include "BulkEditController.h"
#include "ImportProviderDialog.h"
#include "MainWindow.h"
#include "provider/ProviderImporter.h"

#include <QAction>
#include <QMessageBox>
#include <QStatusBar>

namespace AccountDesk {

ProviderImportController::ProviderImportController(MainWindow& window, ProviderRegistry& registry,
                                                   QAction* importAction, QAction* removeAction)
    : QObject(&window)
    , m_main(window)
    , m_registry(registry)
{
    connect(importAction, &QAction::triggered, this, &ProviderImportController::importDocument);
    connect(removeAction, &QAction::triggered, this, &ProviderImportController::removeCurrent);
}

QString ProviderImportController::currentImportedId() const
{
    const AccountSession* session = m_main.session();
    if (!session)
        return QString();
    const QString id = session->provider().id();
    return ProviderImporter().isImported(id, m_registry) ? id : QString();
}

bool ProviderImportController::bulkEditOpen()
{
    // A bulk edit works with the providers as they were when it opened (its schema, its production
    // servers): none is replaced or removed under it.
    const auto* bulk = m_main.findChild<BulkEditController*>();
    if (!bulk || !bulk->dialog())
        return false;
    QMessageBox::information(&m_main, tr("Providers"),
                             tr("A bulk edit is open. Close it before importing or removing a provider."));
    return true;
}

void ProviderImportController::importDocument()
{
    if (bulkEditOpen())
        return;
    ImportProviderDialog dialog(m_registry, ProviderImporter(), &m_main);
    // The provider in use is replaced only when nothing of it is pending: its form is then rebuilt
    // from the new files at once, so no edit or send goes on under the old definition.
    if (const AccountSession* session = m_main.session();
        session && (session->hasUnsentChanges() || session->activity() != AccountSession::Activity::Idle))
        dialog.setBusyProvider(
            session->provider().id(),
            tr("“%1” is open with unsent edits or a request under way: send or discard them "
               "before replacing it")
                .arg(session->provider().id()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = dialog.importedId();
    const bool replacedCurrent = m_main.session() && m_main.session()->provider().id() == id;
    m_registry.reload();
    m_main.refreshProviders(id);
    if (replacedCurrent)
        m_main.reopenProvider();
    m_main.statusBar()->showMessage(tr("Imported %1.").arg(id), 8000);
}

void ProviderImportController::removeCurrent()
{
    if (bulkEditOpen())
        return;
    const QString id = currentImportedId();
    AccountSession* session = m_main.session();
    if (!session)
        return;
    if (id.isEmpty()) {
        QMessageBox::information(&m_main, tr("Remove provider"),
                                 tr("%1 comes with Account Desk and cannot be removed; only imported "
                                    "providers can.")
                                     .arg(session->provider().displayName()));
        return;
    }
    if (session->activity() != AccountSession::Activity::Idle) {
        QMessageBox::information(&m_main, tr("Remove provider"),
                                 tr("The window is busy (%1). Remove the provider once that has finished.")
                                     .arg(AccountSession::describe(session->activity())));
        return;
    }
    const QString name = session->provider().displayName();
    QString question = tr("Remove the imported provider %1? Its document and settings are deleted; the "
                          "history keeps the updates sent with it, and it can be imported again.")
                           .arg(name);
    if (session->hasUnsentChanges())
        question += QLatin1Char('\n') +
                    tr("Your unsent edits of %1 are discarded.").arg(session->target().accountName());
    if (QMessageBox::question(&m_main, tr("Remove provider"), question,
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    m_main.discardEdits();
    const SpecDiagnostics problems = ProviderImporter().remove(id, m_registry);
    m_registry.reload();
    m_main.refreshProviders(QString());
    if (!problems.isEmpty())
        QMessageBox::warning(&m_main, tr("Remove provider"), problems.first().message);
    else
        m_main.statusBar()->showMessage(tr("Removed %1.").arg(name), 8000);
}

} // namespace AccountDesk
