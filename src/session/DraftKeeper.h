#pragma once

#include "AccountTarget.h"
#include "store/DraftStore.h"

#include <QObject>
#include <QTimer>

namespace AccountDesk {

class AccountSession;

// Keeps a session's unsent edits on disk: saved half a second after the last change (a crash
// loses at most that), removed at once when nothing is left unsent (reverted, discarded, sent,
// loaded), and moved along when the target changes. A draft that cannot be saved is reported,
// never dropped silently.
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    DraftKeeper(AccountSession& session, const DraftStore& store, QObject* parent = nullptr);

    // Writes the draft now (or removes it when nothing is unsent); false when that failed.
    bool saveNow();
    // Takes `draft` (about to be restored into the session) as the one this keeper writes.
    void adopt(const Draft& draft);
    // Removes the draft this keeper wrote (the operator discarded the edits); false when it could not.
    bool discard();
    // A session's unsent edits as a draft. Only what validates goes to disk: a half-typed base URL
    // may hold anything, credentials included, so a target part that does not validate is left out.
    static Draft draftOf(const AccountSession& session);
    // Why the edits are not being saved; empty when they are.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void problemChanged(const QString& problem);

private:
    void changed();
    void setProblem(const QString& problem);

    AccountSession& m_session;
    const DraftStore& m_store;
    QTimer m_timer;
    Draft m_written; // id and target of the draft this keeper wrote; empty id when none
    QString m_problem;
};

} // namespace AccountDesk
