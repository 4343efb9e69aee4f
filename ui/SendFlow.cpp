#include "SendFlow.h"

#include "ConflictDialog.h"
#include "ReportPanel.h"
#include "RequestPreviewDialog.h"

#include <QMessageBox>
#include <QWidget>

namespace AccountDesk {

SendFlow::SendFlow(QWidget* window, ReportPanel& reports)
    : QObject(window)
    , m_window(window)
    , m_reports(reports)
{}

void SendFlow::setSession(AccountSession* session)
{
    m_session = session;
    m_sending = false;
    m_reloadAfterSend = false;
    if (!session)
        return;
    session->setHistory(&m_history, QStringLiteral("gui"));
    connect(session, &AccountSession::historyNotWritten, this, [this](const QString& problem) {
        Q_EMIT historyProblem(tr("The last update is not in the history: %1").arg(problem));
    });
    connect(session, &AccountSession::conflictFound, this, [this](const StaleConflict& conflict) {
        // Out of the network callback before a modal dialog runs its own event loop.
        QMetaObject::invokeMethod(
            this, [this, conflict] { showConflict(conflict); }, Qt::QueuedConnection);
    });
    connect(session, &AccountSession::sent, this, [this](const ApiResult& result) {
        m_sending = false;
        m_reports.showAnswer(tr("Sent: %1").arg(result.statusLine()), {}, result.body);
        Q_EMIT status(tr("The update was accepted: %1").arg(result.statusLine()));
        if (m_session && m_session->provider().readOperation()) {
            m_reloadAfterSend = true; // the next snapshot is what the server holds now
            m_session->load();
        }
    });
    connect(session, &AccountSession::sendFailed, this, [this] { m_sending = false; });
}

void SendFlow::prepareThen(std::function<void(const PreparedUpdate&)> then)
{
    if (!m_session)
        return;
    QPointer<SendFlow> self(this);
    m_session->prepare([self, then](const AccountSession::Prepared& prepared) {
        if (!self)
            return;
        if (const SessionFailure* failure = std::get_if<SessionFailure>(&prepared)) {
            self->m_reports.showFailure(tr("Cannot send yet"), *failure);
            return;
        }
        // Out of the keychain's callback before a modal dialog runs its own event loop.
        QMetaObject::invokeMethod(
            self,
            [self, then, update = std::get<PreparedUpdate>(prepared)] {
                if (self && self->m_session)
                    then(update);
            },
            Qt::QueuedConnection);
    });
}

void SendFlow::review()
{
    prepareThen([this](const PreparedUpdate& update) {
        RequestPreviewDialog dialog(update, m_window);
        if (dialog.exec() == QDialog::Accepted &&
            (!update.production || confirmProduction(update.target.baseUrl)))
            send(update);
    });
}

void SendFlow::sendNow()
{
    // Asked before anything is read or built, as the command line does.
    if (!m_session || (m_session->isProduction() && !confirmProduction(m_session->target().baseUrl)))
        return;
    const AccountTarget confirmed = m_session->target();
    prepareThen([this, confirmed](const PreparedUpdate& update) {
        if (update.target == confirmed)
            send(update);
    });
}

bool SendFlow::confirmProduction(const QUrl& url)
{
    return QMessageBox::warning(
               m_window, tr("Send to production?"),
               tr("This sends the update to %1, a production server: real customer data changes.")
                   .arg(url.toString()),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

void SendFlow::send(const PreparedUpdate& update)
{
    if (!m_session)
        return;
    m_sending = true;
    m_session->send(update);
}

void SendFlow::showConflict(const StaleConflict& conflict)
{
    const bool beforeSending = m_sending;
    m_sending = false;
    if (!m_session || !(conflict.target == m_session->target()))
        return;
    m_reports.showAnswer(tr("Nothing was sent: %1 changed on the server.").arg(conflict.target.accountName()),
                         {});
    ConflictDialog dialog(conflict,
                          beforeSending ? ConflictDialog::Reason::BeforeSending
                                        : ConflictDialog::Reason::RestoringDraft,
                          m_window);
    if (dialog.exec() != QDialog::Accepted || !m_session)
        return;
    m_session->takeServerValues(conflict);
    if (beforeSending)
        review();
}

} // namespace AccountDesk
