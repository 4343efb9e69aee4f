#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace AccountDesk {

// How far a bulk run is and how long it has left, for the window's status line. The pace counts
// only the accounts the run worked on (a resumed run skips the ones its journal has done, at once)
// and only the time it ran (not while paused), so neither makes the estimate lie. Times are
// milliseconds of a monotonic clock, passed in so that the arithmetic is tested without waiting.
class BulkProgress
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::BulkProgress)

public:
    void start(qsizetype total, qint64 nowMs);
    void rowFinished(bool skipped);
    void pause(qint64 nowMs);
    void resume(qint64 nowMs);

    qsizetype total() const { return m_total; }
    qsizetype done() const { return m_done; }
    // Accounts worked on per second of running time; none before the first one finished.
    std::optional<double> rowsPerSecond(qint64 nowMs) const;
    // At that pace, the seconds until the rest are done; none without a pace yet.
    std::optional<qint64> secondsLeft(qint64 nowMs) const;
    // "120 of 1000 accounts", then " · 8.0 per second · about 110 s left" once there is a pace
    // (no time left while paused).
    QString describe(qint64 nowMs) const;

private:
    qint64 runningMs(qint64 nowMs) const;

    qsizetype m_total = 0;
    qsizetype m_done = 0;
    qsizetype m_skipped = 0; // done, but not part of the pace (skipped, or finished while paused)
    qint64 m_startedMs = 0;
    qint64 m_pausedMs = 0;            // paused time before the current pause
    std::optional<qint64> m_pausedAt; // when the current pause began
};

} // namespace AccountDesk
