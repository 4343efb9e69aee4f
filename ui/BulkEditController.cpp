#include "BulkEditController.h"

#include "BulkEditDialog.h"
#include "MainWindow.h"
#include "TargetBar.h"

#include <QAction>
#include <QEvent>
#include <QMessageBox>

namespace AccountDesk {

BulkEditController::BulkEditController(MainWindow& window, CredentialStore& store, QAction* openAction)
    : QObject(&window)
    , m_main(window)
    , m_store(store)
{
    connect(openAction, &QAction::triggered, this, &BulkEditController::open);
    window.installEventFilter(this); // to hold the window open while a run is under way
}

bool BulkEditController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != &m_main || event->type() != QEvent::Close || !m_dialog || !m_dialog->isRunning())
        return QObject::eventFilter(watched, event);
    // Quitting now would cut the run off with writes under way: it is stopped first, after the
    // accounts in flight, and the operator then quits again with every outcome on screen.
    m_dialog->show();
    m_dialog->raise();
    m_dialog->close(); // asks whether to stop the run
    event->ignore();
    return true;
}

BulkEditDialog* BulkEditController::dialog() const
{
    return m_dialog;
}

void BulkEditController::open()
{
    if (!m_dialog) {
        const ProviderPtr provider = m_main.currentProvider();
        if (!provider) {
            QMessageBox::information(&m_main, tr("Bulk edit"), tr("Choose a provider first."));
            return;
        }
        AccountTarget target = m_main.targetBar()->target();
        target.provider = provider->id();
        m_dialog = new BulkEditDialog(provider, target, m_store, &m_main);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->resize(m_main.size() * 0.9);
    } else if (const ProviderPtr shown = m_main.currentProvider()) {
        // One at a time: the window has moved on to another provider or server since this one was
        // opened, so the operator learns why the old one comes back, and what to do instead.
        const AccountTarget& openFor = m_dialog->target();
        const AccountTarget now = m_main.targetBar()->target();
        if (openFor.provider != shown->id() || openFor.baseUrl != now.baseUrl ||
            openFor.profile != now.profile)
            QMessageBox::information(
                &m_main, tr("Bulk edit"),
                tr("The bulk edit open is for %1 at %2 (profile %3); there is one at a time. Close it "
                   "to start one for %4 at %5.")
                    .arg(m_dialog->provider()->displayName(), openFor.baseUrl.toDisplayString(),
                         openFor.profile, shown->displayName(), now.baseUrl.toDisplayString()));
        if (!m_dialog)
            return open(); // it closed meanwhile (a run told to close when done): a new one
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace AccountDesk
