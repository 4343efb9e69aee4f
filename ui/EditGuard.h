#pragma once

#include "form/FieldError.h"
#include "session/AccountTarget.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace AccountDesk {

class AccountSession;
class DraftController;
class TargetBar;

// Keeps edits from being lost or carried to another account: every change of target, provider
// or window goes through here, and when edits would be dropped the operator is asked first; the
// answer is honoured everywhere (the bar shows the kept target again, the draft follows).
class EditGuard : public QObject
{
    Q_OBJECT

public:
    EditGuard(QWidget* window, TargetBar& bar, DraftController& drafts);

    void setSession(AccountSession* session);
    // Switches the session to `target` when nothing is lost, else asks once `committed`; false
    // when the session stays on its target.
    bool applyTarget(const AccountTarget& target, bool committed);
    // What stands between the window and a send: the session's readiness, or, while the bar shows
    // a target not applied yet, that target's problems and a word that it waits for Enter.
    FieldErrors readinessProblems() const;
    // Makes the session's target what the bar shows before an action; false when it is not.
    bool commitTarget();
    // Before the session goes away: keep the edits as a draft, discard them, or stay (false).
    bool release(const QString& question);
    // Asks before dropping the edits (revert, load over them); true to drop them.
    bool confirmDiscard(const QString& question);

Q_SIGNALS:
    void message(const QString& text);

private:
    enum class Answer
    {
        Keep,
        Discard,
        Cancel
    };
    Answer ask(const QString& question, bool offerDraft, const QString& discardText = QString(),
               const QString& keepText = QString());

    QWidget* m_window;
    TargetBar& m_bar;
    DraftController& m_drafts;
    QPointer<AccountSession> m_session;
    bool m_asking = false; // the switch question is open
};

} // namespace AccountDesk
