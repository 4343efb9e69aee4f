#pragma once

#include "BulkJournal.h"
#include "BulkSheet.h"
#include "session/AccountTarget.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace AccountDesk {

class AccountSession;
class CredentialStore;
class HistoryLog;

// Sends one update per row through AccountSession, with the window's rules for each: a read as the
// snapshot (where the provider has a read operation), the row's edits on top, the exact request
// prepared and validated, then sent. Rows are pulled one at a time (the CSV is streamed) and up to
// `concurrency` are in flight; a provider's rate limit spaces the requests; a 429 or 503 pauses
// every row for its Retry-After and the row is tried again (10 tries at most). With a journal, a
// row is recorded as started before its write and with its outcome after; rows done are skipped
// and rows started but not finished are read again first (their edits found there: unchanged).
// The window pauses, resumes and cancels a run; the rows in flight always finish.
class BulkRun : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        ProviderPtr provider;
        CredentialStore* store = nullptr;
        AccountTarget target; // provider, server and profile; the account comes from each row
        int timeoutSeconds = 30;
        int concurrency = 4;
        bool dryRun = false;
        const HistoryLog* history = nullptr;
        BulkJournal* journal = nullptr;
        double requestsPerSecond = 0; // 0: no limit but the concurrency
    };

    struct Result
    {
        qsizetype row = 0;
        QString account;
        QString outcome; // updated, unchanged, planned, invalid, failed, skipped
        int status = 0;  // of the answer, when one came
        QString error;
        QJsonArray changes;
        bool networkFailure = false;
    };

    using RowSource = std::function<std::optional<BulkSheet::Row>()>;

    BulkRun(Options options, RowSource rows, QObject* parent = nullptr);
    ~BulkRun() override;

    // Begins from the event loop: rowFinished() and finished() never come from within start().
    void start();
    // No row starts while paused; the rows in flight finish. Resume goes on where it stopped.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    // No further row starts; the rows in flight finish (a write under way is never cut off: its
    // outcome would be unknown), then finished(). Rows not started get no result.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    static constexpr int kMaximumTries = 10;

Q_SIGNALS:
    void rowFinished(const AccountDesk::BulkRun::Result& result);
    void finished();

private:
    struct Work
    {
        BulkSheet::Row row;
        int tries = 0;
        bool reread = false; // started in an earlier run: its edits may be there already
    };

    void fill();
    void begin(Work work);
    void afterRead(AccountSession* session, const Work& work);
    void finish(AccountSession* session, Result result);
    void retryLater(AccountSession* session, Work work, int waitSeconds);
    // Runs `then` when the rate limit and any busy server's pause allow the next request of
    // `session`; a stop or a pause meanwhile holds it (whenReady).
    void whenAllowed(AccountSession* session, std::function<void()> then);
    void whenReady(AccountSession* session, std::function<void()> then);
    // A row's session is done: its lane is free for the next row.
    void release(AccountSession* session);
    static QJsonArray changesOf(const AccountSession& session);

    std::unique_ptr<CredentialStore> m_credentials; // read once per run
    Options m_options;
    RowSource m_rows;
    int m_inFlight = 0;
    int m_managerCount = 1;
    QList<int> m_freeLanes;
    QHash<const AccountSession*, int> m_lanes;
    bool m_exhausted = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QList<Work> m_retries;
    QList<QPair<AccountSession*, std::function<void()>>> m_held; // ready while paused
    QDateTime m_pausedUntil;
    QDateTime m_nextSlot;
};

} // namespace AccountDesk
