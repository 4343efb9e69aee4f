#pragma once

#include "HistoryEntry.h"

#include <QDate>
#include <QList>
#include <QString>

namespace AccountDesk {

// The local record of every update sent: JSON Lines, one file per month (history/YYYY-MM.jsonl
// under the app data folder), readable only by the user. Lines are appended under a lock file,
// so several processes writing at once (the window, scripts, a bulk run) lose nothing; a torn
// last line after a crash is skipped when reading, never fatal.
class HistoryLog
{
public:
    struct Filter
    {
        QString provider;
        QString account;
        QDate since; // UTC date; invalid: from the start
    };

    explicit HistoryLog(QString directory = defaultDirectory());

    static QString defaultDirectory();

    // False (with `error`) when the entry could not be written.
    bool append(const HistoryEntry& entry, QString* error = nullptr) const;
    // Every entry that passes `filter`, oldest first.
    QList<HistoryEntry> read(const Filter& filter = {}) const;

    QString directory() const { return m_directory; }

private:
    QString m_directory;
};

} // namespace AccountDesk
