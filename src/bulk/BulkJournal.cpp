#include "BulkJournal.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace AccountDesk {

std::optional<BulkJournal> BulkJournal::open(const QString& path, const QByteArray& csvSha256,
                                             QString& problem)
{
    BulkJournal journal;
    journal.m_lock = std::make_shared<QLockFile>(path + QStringLiteral(".lock"));
    // Held for the whole run, however long: stale only when its process is gone, never by age.
    journal.m_lock->setStaleLockTime(0);
    if (!journal.m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (journal.m_lock->error() == QLockFile::LockFailedError &&
            journal.m_lock->getLockInfo(&pid, &host, &application))
            problem = tr("%1 is in use by another run (%2, process %3 on %4); wait for it to end")
                          .arg(path, application)
                          .arg(pid)
                          .arg(host);
        else
            problem = tr("cannot lock %1").arg(path);
        return std::nullopt;
    }
    journal.m_file = std::make_shared<QFile>(path);
    QFile& file = *journal.m_file;
    // An empty file is a journal whose first line a kill cut off: nothing was sent under it (that
    // line is on disk before any row starts), so it starts afresh rather than blocking every run.
    if (file.exists() && file.size() > 0) {
        if (!file.open(QIODevice::ReadOnly)) {
            problem = tr("cannot read %1").arg(path);
            return std::nullopt;
        }
        bool first = true;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (first) {
                first = false;
                if (entry.value(QStringLiteral("csv")).toString().toLatin1() != csvSha256) {
                    problem = tr("%1 is the journal of another CSV file").arg(path);
                    return std::nullopt;
                }
                continue;
            }
            if (entry.isEmpty())
                continue; // a line torn by a crash: what it said did not finish being written
            const qsizetype row = entry.value(QStringLiteral("row")).toInteger();
            const QString outcome = entry.value(QStringLiteral("outcome")).toString();
            if (entry.value(QStringLiteral("event")).toString() == QStringLiteral("started"))
                journal.m_states.insert(row, State::Started);
            else if (outcome == QStringLiteral("updated") || outcome == QStringLiteral("unchanged"))
                journal.m_states.insert(row, State::Done);
            else if (!outcome.isEmpty())
                journal.m_states.insert(row, State::Failed);
        }
        if (first) {
            problem = tr("%1 is empty: it is no journal").arg(path);
            return std::nullopt;
        }
        file.close();
        if (!file.open(QIODevice::Append)) {
            problem = tr("cannot write to %1").arg(path);
            return std::nullopt;
        }
        // A torn last line is ended, so the next entry starts on a line of its own.
        journal.append(QByteArray());
        return journal;
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !journal.append(QJsonDocument(QJsonObject{{QStringLiteral("csv"), QString::fromLatin1(csvSha256)}})
                            .toJson(QJsonDocument::Compact))) {
        problem = tr("cannot create %1").arg(path);
        return std::nullopt;
    }
    return journal;
}

QString BulkJournal::defaultPath(const QByteArray& identity)
{
    const QString directory =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/bulk-journals");
    QDir().mkpath(directory);
    return directory + QLatin1Char('/') + QString::fromLatin1(identity.left(32)) + QStringLiteral(".jsonl");
}

qsizetype BulkJournal::count(State state) const
{
    return std::count(m_states.cbegin(), m_states.cend(), state);
}

bool BulkJournal::discard()
{
    m_file->close();
    const bool removed = m_file->remove();
    m_lock->unlock();
    return removed;
}

bool BulkJournal::append(const QByteArray& line, Durability durability)
{
    if (m_file->write(line + '\n') != line.size() + 1 || !m_file->flush())
        return false;
    if (durability == Durability::Flushed)
        return true;
        // On disk before the write it announces goes out: a kill or a power cut loses nothing said here.
#ifdef Q_OS_WIN
    return ::_commit(m_file->handle()) == 0;
#else
    return ::fsync(m_file->handle()) == 0;
#endif
}

bool BulkJournal::started(qsizetype row)
{
    m_states.insert(row, State::Started);
    return append(QJsonDocument(QJsonObject{{QStringLiteral("row"), row},
                                            {QStringLiteral("event"), QStringLiteral("started")}})
                      .toJson(QJsonDocument::Compact));
}

bool BulkJournal::finished(qsizetype row, const QString& outcome)
{
    m_states.insert(row, outcome == QStringLiteral("updated") || outcome == QStringLiteral("unchanged")
                             ? State::Done
                             : State::Failed);
    // Not synced: an outcome lost to a power cut leaves the row "started", and a resume reads that
    // account again before anything else (unchanged if the write had landed). Syncing it too cost
    // a second disk flush per row on the event loop.
    return append(
        QJsonDocument(QJsonObject{{QStringLiteral("row"), row}, {QStringLiteral("outcome"), outcome}})
            .toJson(QJsonDocument::Compact),
        Durability::Flushed);
}

} // namespace AccountDesk
