#pragma once

#include "session/AccountSession.h"
#include "store/HistoryLog.h"

#include <QObject>
#include <QPointer>

#include <utility>

class QWidget;

namespace AccountDesk {

class ReportPanel;

// The conversation around a write: prepare the exact update, show it for review, confirm a
// production server, send that very update, and, when the account changed on the server
// meanwhile, show the conflict and (if the operator takes the server's values) review again.
class SendFlow : public QObject
{
    Q_OBJECT

public:
    SendFlow(QWidget* window, ReportPanel& reports);

    void setSession(AccountSession* session);
    // Whether the Load under way is the read that follows a send (and forgets it).
    bool takeReloadAfterSend() { return std::exchange(m_reloadAfterSend, false); }
    void review();
    void sendNow();

Q_SIGNALS:
    void status(const QString& text);
    // The history could not be written ("" once it can again).
    void historyProblem(const QString& text);

private:
    void prepareThen(std::function<void(const PreparedUpdate&)> then);
    void send(const PreparedUpdate& update);
    void showConflict(const StaleConflict& conflict);
    bool confirmProduction(const QUrl& url);

    QWidget* m_window;
    ReportPanel& m_reports;
    QPointer<AccountSession> m_session;
    HistoryLog m_history;
    bool m_sending = false;         // a send (its pre-write check included) is under way
    bool m_reloadAfterSend = false; // the account is being read again after a send
};

} // namespace AccountDesk
