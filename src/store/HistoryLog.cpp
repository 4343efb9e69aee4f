#include "HistoryLog.h"

#include "FileLock.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

namespace AccountDesk {

HistoryLog::HistoryLog(QString directory)
    : m_directory(std::move(directory))
{}

QString HistoryLog::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history"));
}

bool HistoryLog::append(const HistoryEntry& entry, QString* error) const
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!QDir().mkpath(m_directory))
        return fail(tr("cannot create %1").arg(m_directory));
    const QString path =
        QDir(m_directory)
            .filePath(entry.time.toUTC().toString(QStringLiteral("yyyy-MM")) + QStringLiteral(".jsonl"));
    QFile file(path);
    const bool created = !file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered))
        return fail(file.errorString());
    if (created)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // One writer at a time across processes, on the file itself: released when it closes, or by
    // the system when a writer dies, so a crash cannot leave the history locked.
    FileLock lock(file);
    if (!lock.acquire(5000))
        return fail(tr("%1 stayed locked by another process").arg(path));
    // A line that a crash cut short has no newline: start on a fresh line so this one survives.
    if (const qint64 size = file.size(); size > 0) {
        if (!file.seek(size - 1))
            return fail(file.errorString());
        const bool torn = file.read(1) != "\n";
        if (torn && file.write("\n") != 1) // appended: at the end, where the read left off
            return fail(file.errorString());
    }
    const QByteArray line = entry.toJsonLine();
    if (file.write(line) != line.size() || !file.flush())
        return fail(file.errorString());
    return true;
}

bool HistoryLog::Filter::accepts(const HistoryEntry& entry) const
{
    const QDate day = entry.time.toUTC().date();
    switch (outcome) {
    case Outcome::Any:
        break;
    case Outcome::Succeeded:
        if (!entry.succeeded())
            return false;
        break;
    case Outcome::Failed:
        if (entry.succeeded())
            return false;
        break;
    }
    return (provider.isEmpty() || entry.provider == provider) &&
           (account.isEmpty() || entry.account == account) &&
           (accountPart.isEmpty() || entry.account.contains(accountPart, Qt::CaseInsensitive)) &&
           (!since.isValid() || day >= since) && (!until.isValid() || day <= until);
}

QList<HistoryEntry> HistoryLog::read() const
{
    return read(Filter());
}

QList<HistoryEntry> HistoryLog::read(const Filter& filter) const
{
    QList<HistoryEntry> entries;
    const QDir dir(m_directory);
    for (const QString& name : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            const std::optional<HistoryEntry> entry = HistoryEntry::fromJson(file.readLine());
            if (!entry)
                continue; // torn or foreign: skipped
            if (filter.accepts(*entry))
                entries.append(*entry);
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HistoryEntry& a, const HistoryEntry& b) { return a.time < b.time; });
    return entries;
}

} // namespace AccountDesk
