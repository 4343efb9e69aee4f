#include "DraftKeeper.h"

#include "AccountSession.h"

namespace AccountDesk {

DraftKeeper::DraftKeeper(AccountSession& session, const DraftStore& store, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &DraftKeeper::saveNow);
    connect(&session, &AccountSession::revisionChanged, this, &DraftKeeper::changed);
    connect(&session, &AccountSession::targetChanged, this, &DraftKeeper::saveNow);
    connect(&session, &AccountSession::loaded, this, &DraftKeeper::saveNow);
    connect(&session, &AccountSession::sent, this, &DraftKeeper::saveNow);
}

Draft DraftKeeper::draftOf(const AccountSession& session)
{
    Draft draft;
    draft.target = session.target();
    for (const FieldError& problem : session.connectionErrors()) {
        if (problem.location == FieldError::Location::BaseUrl)
            draft.target.baseUrl.clear();
        if (problem.location == FieldError::Location::PathParameter)
            draft.target.account.clear();
    }
    draft.hasSnapshot = session.hasSnapshot();
    draft.snapshot = session.model().loaded();
    draft.edited = session.model().edited();
    draft.savedAt = QDateTime::currentDateTimeUtc();
    return draft;
}

void DraftKeeper::changed()
{
    // Removing is immediate, so a revert followed by a crash never brings the edits back.
    if (!m_session.hasUnsentChanges())
        saveNow();
    else
        m_timer.start();
}

bool DraftKeeper::saveNow()
{
    m_timer.stop();
    Draft draft = draftOf(m_session);
    // Only a draft this keeper wrote is ever replaced or removed: one left by an earlier run is
    // still unsent work, offered again next time.
    if (!m_written.id.isEmpty() && !(m_written.target == draft.target) && !discard())
        return false; // the edits moved to another target, or were dropped with the old one
    if (!m_session.hasUnsentChanges())
        return discard();
    draft.id = m_written.id;
    QString error;
    if (!m_store.save(draft, &error)) {
        setProblem(error);
        return false;
    }
    m_written = draft;
    setProblem(QString());
    return true;
}

void DraftKeeper::adopt(const Draft& draft)
{
    m_timer.stop();
    m_written = draft;
}

bool DraftKeeper::discard()
{
    m_timer.stop();
    if (!m_written.id.isEmpty() && !m_store.remove(m_written)) {
        setProblem(tr("a discarded draft could not be removed from %1").arg(m_store.directory()));
        return false;
    }
    m_written = Draft();
    setProblem(QString());
    return true;
}

void DraftKeeper::setProblem(const QString& problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

} // namespace AccountDesk
