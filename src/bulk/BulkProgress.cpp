#include "BulkProgress.h"

#include <cmath>

namespace AccountDesk {

void BulkProgress::start(qsizetype total, qint64 nowMs)
{
    *this = BulkProgress();
    m_total = total;
    m_startedMs = nowMs;
}

void BulkProgress::rowFinished(bool skipped)
{
    ++m_done;
    // A row finishing while paused was under way when the clock stopped: counted with no time, it
    // would make the pace look faster than it is, so it is left out of the pace, like a skip.
    if (skipped || m_pausedAt)
        ++m_skipped;
}

void BulkProgress::pause(qint64 nowMs)
{
    if (!m_pausedAt)
        m_pausedAt = nowMs;
}

void BulkProgress::resume(qint64 nowMs)
{
    if (!m_pausedAt)
        return;
    m_pausedMs += nowMs - *m_pausedAt;
    m_pausedAt.reset();
}

qint64 BulkProgress::runningMs(qint64 nowMs) const
{
    const qint64 until = m_pausedAt ? *m_pausedAt : nowMs;
    return qMax<qint64>(0, until - m_startedMs - m_pausedMs);
}

std::optional<double> BulkProgress::rowsPerSecond(qint64 nowMs) const
{
    const qsizetype worked = m_done - m_skipped;
    const qint64 running = runningMs(nowMs);
    if (worked <= 0 || running <= 0)
        return std::nullopt;
    return worked * 1000.0 / running;
}

std::optional<qint64> BulkProgress::secondsLeft(qint64 nowMs) const
{
    const std::optional<double> pace = rowsPerSecond(nowMs);
    if (!pace)
        return std::nullopt;
    return qint64(std::llround(qMax<qsizetype>(0, m_total - m_done) / *pace));
}

QString BulkProgress::describe(qint64 nowMs) const
{
    QString text = tr("%1 of %2 accounts").arg(m_done).arg(m_total);
    const std::optional<double> pace = rowsPerSecond(nowMs);
    if (!pace)
        return text;
    if (m_pausedAt) // nothing is left "in about N s" while nothing starts
        return text + tr(" · %1 per second").arg(QString::number(*pace, 'f', 1));
    return text + tr(" · %1 per second · about %2 s left")
                      .arg(QString::number(*pace, 'f', 1))
                      .arg(*secondsLeft(nowMs));
}

} // namespace AccountDesk
