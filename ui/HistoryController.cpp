#include "HistoryController.h"

#include "HistoryWindow.h"
#include "MainWindow.h"
#include "TargetBar.h"
#include "session/AccountSession.h"
#include "session/SessionFailure.h"

#include <QAction>
#include <QMessageBox>
#include <QStatusBar>

namespace AccountDesk {

HistoryController::HistoryController(MainWindow& window, const ProviderRegistry& registry,
                                     QAction* openAction)
    : QObject(&window)
    , m_main(window)
    , m_registry(registry)
{
    connect(openAction, &QAction::triggered, this, &HistoryController::open);
}

HistoryWindow* HistoryController::window() const
{
    return m_window;
}

void HistoryController::open()
{
    if (!m_window) {
        m_window = new HistoryWindow(m_registry, HistoryLog(), &m_main);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_window, &HistoryWindow::editAgainRequested, this, &HistoryController::editAgain);
    } else {
        m_window->reload();
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_window->focusList();
}

void HistoryController::editAgain(const HistoryEntry& entry)
{
    QWidget* asker = m_window ? static_cast<QWidget*>(m_window) : &m_main;
    AccountSession* current = m_main.session();
    if (current && current->activity() != AccountSession::Activity::Idle) {
        // Switching now would cancel a load or, worse, a send whose outcome is then unknown.
        QMessageBox::information(asker, tr("Edit again"),
                                 tr("The window is busy (%1). Edit again once that has finished.")
                                     .arg(AccountSession::describe(current->activity())));
        return;
    }
    if (current && current->hasUnsentChanges()) {
        const auto answer = QMessageBox::question(
            asker, tr("Edit again"),
            tr("Editing this update again loads %1 and replaces your unsent edits of %2. Discard them?")
                .arg(entry.account.isEmpty() ? tr("the account") : tr("account %1").arg(entry.account),
                     current->target().accountName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
        m_main.discardEdits();
    }
    if (!m_main.selectProviderById(entry.provider) || !m_main.session() ||
        m_main.session()->provider().id() != entry.provider) {
        QMessageBox::warning(
            asker, tr("Edit again"),
            tr("The provider \"%1\" of this update is not available any more.").arg(entry.provider));
        return;
    }
    if (m_window)
        m_window->hide(); // the form is where the operator goes on; Ctrl+H brings the list back as it was
    AccountSession* session = m_main.session();
    m_main.targetBar()->showTarget({entry.provider, QUrl(entry.server), entry.account, entry.profile});
    disconnect(m_loaded);
    disconnect(m_loadFailed);
    if (!session->provider().readOperation()) {
        applyEdits(entry); // nothing to read: the edits go onto an empty form, as first sent
        return;
    }
    m_loaded = connect(session, &AccountSession::loaded, this, [this, entry] {
        disconnect(m_loaded);
        disconnect(m_loadFailed);
        applyEdits(entry);
    });
    m_loadFailed = connect(session, &AccountSession::loadFailed, this, [this](const SessionFailure& failure) {
        disconnect(m_loaded);
        disconnect(m_loadFailed);
        tell(tr("Loading failed, so the update's edits were not put back: %1. The update stays in the "
                "history; try Edit again once the server answers.")
                 .arg(failure.message));
    });
    m_main.load();
    if (session->activity() == AccountSession::Activity::Idle) {
        disconnect(m_loaded);
        disconnect(m_loadFailed);
        const FieldErrors problems = session->connectionErrors();
        tell(tr("The account could not be loaded%1; the update's edits were not put back.")
                 .arg(problems.isEmpty() ? QString() : QStringLiteral(": ") + problems.first().message));
    }
}

void HistoryController::applyEdits(const HistoryEntry& entry)
{
    AccountSession* session = m_main.session();
    if (!session)
        return;
    FormModel& model = session->model();
    QStringList skipped;
    int applied = 0;
    for (const HistoryEntry::Change& change : entry.changes) {
        const bool done = !model.isEditable(change.pointer) ? false
                          : change.after.isUndefined()      ? model.unset(change.pointer)
                          : change.after.isNull()           ? model.setNull(change.pointer)
                                                            : model.setValue(change.pointer, change.after);
        if (done)
            ++applied;
        else
            skipped << change.pointer;
    }
    m_main.activateWindow();
    m_main.statusBar()->showMessage(
        tr("Put back the edits of the update of %1 (%2 of %3): review them before sending.")
            .arg(entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(applied)
            .arg(entry.changes.size()),
        15000);
    if (!skipped.isEmpty())
        tell(tr("These fields are no longer on the form, so their edits were not put back: %1.")
                 .arg(skipped.join(QStringLiteral(", "))));
}

void HistoryController::tell(const QString& text)
{
    QMessageBox::information(&m_main, tr("Edit again"), text);
}

} // namespace AccountDesk
