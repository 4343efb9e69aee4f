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

    // Writes the draft now (or removes it when nothing is unsent).
    void saveNow();
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
    AccountTarget m_onDisk; // the target whose draft file this keeper last wrote or checked
    bool m_owned = false;   // the draft of m_onDisk was written by this keeper
    QString m_problem;
};

} // namespace AccountDesk
