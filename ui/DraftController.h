#pragma once

#include "session/DraftKeeper.h"
#include "store/DraftStore.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace AccountDesk {

class AccountSession;

// The window's side of drafts: keeps the current session's edits on disk (DraftKeeper), offers
// the newest draft of a provider when it is chosen, and says when edits are not being saved.
class DraftController : public QObject
{
    Q_OBJECT

public:
    explicit DraftController(QWidget* window, DraftStore store = DraftStore());

    // Starts keeping `session`'s edits (nullptr: none).
    void attach(AccountSession* session);
    // Offers the newest draft of the session's provider; true when the operator restored it.
    bool offer();
    // True when the edits are on disk (or nothing is unsent).
    bool saveNow();
    // Removes the session's draft (the operator discarded the edits).
    void discard();
    QString problem() const;
    const DraftStore& store() const { return m_store; }

Q_SIGNALS:
    // "Edits are not being saved: …", or empty once they are again.
    void problemChanged(const QString& message);

private:
    QWidget* m_window;
    DraftStore m_store;
    QPointer<AccountSession> m_session;
    std::unique_ptr<DraftKeeper> m_keeper;
};

} // namespace AccountDesk
