#include "BulkRun.h"

#include "core/JsonText.h"
#include "net/NetworkAccess.h"
#include "net/RetryAfter.h"
#include "session/AccountSession.h"
#include "store/CachingCredentialStore.h"

#include <QTimer>

namespace AccountDesk {
namespace {

QJsonValue jsonOf(const FieldValue& value)
{
    return value.isUnset() ? QJsonValue(QJsonValue::Undefined) : value.value;
}

// How long a busy server (429, 503) asked to wait; nothing when the failure is of another kind.
std::optional<int> busyFor(const SessionFailure& failure)
{
    if (failure.result.status != 429 && failure.result.status != 503)
        return std::nullopt;
    return RetryAfter::parse(failure.result.header("Retry-After"), QDateTime::currentDateTimeUtc())
        .value_or(1);
}

} // namespace

BulkRun::BulkRun(Options options, RowSource rows, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_rows(std::move(rows))
{
    m_options.concurrency = qBound(1, m_options.concurrency, 16);
    // Each row in flight has a lane of its own, and the lanes are spread over as many network
    // managers as it takes for every one of them to have a connection (Qt gives each manager six
    // per server; an eighth row on one manager would wait for one of the first six).
    m_managerCount = NetworkAccess::managersFor(m_options.concurrency);
    for (int lane = 0; lane < m_options.concurrency; ++lane)
        m_freeLanes.append(lane);
    if (m_options.store) {
        m_credentials = std::make_unique<CachingCredentialStore>(*m_options.store);
        m_options.store = m_credentials.get(); // every row reads the keychain through it
    }
}

BulkRun::~BulkRun()
{
    // The rows' sessions go before the credential cache they read through.
    qDeleteAll(findChildren<AccountSession*>(QString(), Qt::FindDirectChildrenOnly));
}

void BulkRun::start()
{
    // From the event loop: a run with nothing to send (every row done by its journal) would
    // otherwise finish inside start(), before its caller waits for `finished`.
    QTimer::singleShot(0, this, &BulkRun::fill);
}

void BulkRun::pause()
{
    m_paused = true;
}

void BulkRun::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    for (const auto& [session, then] : std::exchange(m_held, {}))
        whenReady(session, then);
    QTimer::singleShot(0, this, &BulkRun::fill);
}

void BulkRun::cancel()
{
    m_cancelled = true;
    m_retries.clear();
    for (const auto& [session, then] : std::exchange(m_held, {}))
        whenReady(session, then);
    QTimer::singleShot(0, this, &BulkRun::fill);
}

void BulkRun::fill()
{
    if (m_finished)
        return;
    while (!m_paused && !m_cancelled && m_inFlight < m_options.concurrency) {
        Work work;
        if (!m_retries.isEmpty()) {
            work = m_retries.takeFirst();
        } else if (!m_exhausted) {
            std::optional<BulkSheet::Row> row = m_rows();
            if (!row) {
                m_exhausted = true;
                continue;
            }
            work.row = std::move(*row);
        } else {
            break;
        }
        ++m_inFlight;
        begin(std::move(work));
    }
    if (m_inFlight == 0 && (m_cancelled || (m_exhausted && m_retries.isEmpty()))) {
        m_finished = true;
        Q_EMIT finished();
    }
}

void BulkRun::whenAllowed(AccountSession* session, std::function<void()> then)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime at = now;
    if (m_pausedUntil.isValid() && m_pausedUntil > at)
        at = m_pausedUntil;
    if (m_options.requestsPerSecond > 0) {
        if (m_nextSlot.isValid() && m_nextSlot > at)
            at = m_nextSlot;
        m_nextSlot = at.addMSecs(qint64(1000.0 / m_options.requestsPerSecond));
    }
    const qint64 wait = now.msecsTo(at);
    if (wait <= 0)
        return then();
    QTimer::singleShot(int(wait), session, [this, session, then] { whenReady(session, then); });
}

void BulkRun::whenReady(AccountSession* session, std::function<void()> then)
{
    // Waited for a slot or a busy server: by now the run may be stopped, paused, or told to wait
    // longer (a 429 meanwhile). A row dropped here has sent nothing since its read; when its write
    // was due, the journal says it started, so a resume reads it again before anything else.
    if (m_cancelled) {
        release(session);
        QTimer::singleShot(0, this, &BulkRun::fill);
        return;
    }
    if (m_paused) {
        m_held.append({session, then});
        return;
    }
    if (m_pausedUntil.isValid() && m_pausedUntil > QDateTime::currentDateTimeUtc())
        return whenAllowed(session, then);
    then();
}

void BulkRun::begin(Work work)
{
    ++work.tries;
    if (m_options.journal && m_options.journal->state(work.row.number) == BulkJournal::State::Done) {
        --m_inFlight;
        Q_EMIT rowFinished({work.row.number, work.row.account, QStringLiteral("skipped"), 0, {}, {}, false});
        QTimer::singleShot(0, this, &BulkRun::fill);
        return;
    }
    // Started in an earlier run, with no outcome: what that write did is unknown. (A retry in this
    // run is also "started", but its server answered 429 or 503: nothing was written.)
    if (work.tries == 1 && m_options.journal &&
        m_options.journal->state(work.row.number) == BulkJournal::State::Started)
        work.reread = true;

    auto* session = new AccountSession(m_options.provider, *m_options.store, this);
    const int lane = m_freeLanes.takeFirst();
    m_lanes.insert(session, lane);
    session->setNetworkManager(lane % m_managerCount);
    AccountTarget target = m_options.target;
    target.account = work.row.account;
    session->setTarget(target);
    session->setTimeoutSeconds(m_options.timeoutSeconds);
    session->setRereadBeforeWrite(false); // the row's read comes right before its write
    session->setHistory(m_options.dryRun ? nullptr : m_options.history, QStringLiteral("bulk"));
    connect(session, &AccountSession::retrying, this, [this](int, int waitSeconds) {
        // The server is busy: no row starts a request until it has had its pause.
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(waitSeconds);
        if (!m_pausedUntil.isValid() || until > m_pausedUntil)
            m_pausedUntil = until;
    });
    if (!m_options.provider->readOperation()) {
        if (work.reread) {
            // Under way when the last run stopped, and there is no way to read what it did: sending
            // again could write twice. It fails, and stays "started" in the journal (not retried).
            release(session);
            Q_EMIT rowFinished(
                {work.row.number,
                 work.row.account,
                 QStringLiteral("failed"),
                 0,
                 tr("was being written when the last run stopped, and %1 has no read operation to "
                    "see whether it arrived: check this account by hand")
                     .arg(m_options.provider->id()),
                 {},
                 false});
            QTimer::singleShot(0, this, &BulkRun::fill);
            return;
        }
        afterRead(session, work);
        return;
    }
    connect(session, &AccountSession::loaded, this, [this, session, work] { afterRead(session, work); });
    connect(session, &AccountSession::loadFailed, this, [this, session, work](const SessionFailure& failure) {
        if (const std::optional<int> wait = busyFor(failure); wait && work.tries < kMaximumTries)
            return retryLater(session, work, *wait);
        finish(session, {work.row.number,
                         work.row.account,
                         QStringLiteral("failed"),
                         failure.result.status,
                         failure.message,
                         {},
                         failure.kind == SessionFailure::Kind::Network});
    });
    whenAllowed(session, [session] { session->load(); });
}

void BulkRun::afterRead(AccountSession* session, const Work& work)
{
    Result result{work.row.number, work.row.account, QString(), 0, {}, {}, false};
    for (const auto& [pointer, value] : work.row.edits)
        if (!session->model().setValue(pointer, value)) {
            result.outcome = QStringLiteral("invalid");
            result.error = tr("%1: cannot be set here (its parent is not an object or list)").arg(pointer);
            return finish(session, result);
        }
    const auto mode = session->isLoaded() ? AccountSession::PrepareMode::Normal
                                          : AccountSession::PrepareMode::WithoutSnapshot;
    session->prepare(
        [this, session, work, result](const AccountSession::Prepared& prepared) mutable {
            if (const SessionFailure* failure = std::get_if<SessionFailure>(&prepared)) {
                result.outcome =
                    failure->kind == SessionFailure::Kind::Unchanged      ? QStringLiteral("unchanged")
                    : failure->kind == SessionFailure::Kind::InvalidInput ? QStringLiteral("invalid")
                                                                          : QStringLiteral("failed");
                if (failure->kind != SessionFailure::Kind::Unchanged) {
                    QStringList problems;
                    for (const FieldError& problem : failure->problems)
                        problems.append(problem.toString());
                    result.error =
                        problems.isEmpty() ? failure->message : problems.join(QStringLiteral("; "));
                }
                return finish(session, result);
            }
            result.changes = changesOf(*session);
            if (m_options.dryRun) {
                result.outcome = QStringLiteral("planned");
                return finish(session, result);
            }
            const PreparedUpdate update = std::get<PreparedUpdate>(prepared);
            if (m_options.journal && !m_options.journal->started(work.row.number)) {
                result.outcome = QStringLiteral("failed");
                result.error = tr("the journal cannot be written; nothing was sent");
                return finish(session, result);
            }
            connect(session, &AccountSession::sent, this,
                    [this, session, result](const ApiResult& answer) mutable {
                        result.outcome = QStringLiteral("updated");
                        result.status = answer.status;
                        finish(session, result);
                    });
            connect(session, &AccountSession::sendFailed, this,
                    [this, session, work, result](const SessionFailure& failure) mutable {
                        if (const std::optional<int> wait = busyFor(failure);
                            wait && work.tries < kMaximumTries)
                            return retryLater(session, work, *wait);
                        result.outcome = QStringLiteral("failed");
                        result.status = failure.result.status;
                        result.error = failure.message;
                        result.networkFailure = failure.kind == SessionFailure::Kind::Network;
                        finish(session, result);
                    });
            whenAllowed(session, [session, update] { session->send(update); });
        },
        mode);
}

void BulkRun::retryLater(AccountSession* session, Work work, int waitSeconds)
{
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(qBound(1, waitSeconds, 60));
    if (!m_pausedUntil.isValid() || until > m_pausedUntil)
        m_pausedUntil = until;
    release(session);
    m_retries.append(std::move(work));
    QTimer::singleShot(0, this, &BulkRun::fill);
}

void BulkRun::finish(AccountSession* session, Result result)
{
    if (m_options.journal && result.outcome != QStringLiteral("planned"))
        m_options.journal->finished(result.row, result.outcome);
    session->disconnect(this);
    release(session);
    Q_EMIT rowFinished(result);
    QTimer::singleShot(0, this, &BulkRun::fill);
}

void BulkRun::release(AccountSession* session)
{
    m_freeLanes.append(m_lanes.take(session));
    session->deleteLater();
    --m_inFlight;
}

QJsonArray BulkRun::changesOf(const AccountSession& session)
{
    QJsonArray changes;
    for (const FieldChange& change : session.changes()) {
        QJsonObject entry{{QStringLiteral("pointer"), change.pointer}};
        if (!change.before.isUnset())
            entry.insert(QStringLiteral("before"), jsonOf(change.before));
        if (!change.after.isUnset())
            entry.insert(QStringLiteral("after"), jsonOf(change.after));
        changes.append(entry);
    }
    return changes;
}

} // namespace AccountDesk
