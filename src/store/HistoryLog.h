#pragma once

#include "HistoryEntry.h"

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::HistoryLog)

public:
    struct Filter
    {
        enum class Outcome
        {
            Any,
            Succeeded, // a 2xx answer
            Failed     // anything else: an error answer, no answer, not sent
        };

        QString provider;
        QString account;     // exactly
        QString accountPart; // anywhere in the account id, any case (the window's search field)
        QDate since;         // UTC date; invalid: from the start
        QDate until;         // UTC date, inclusive; invalid: up to now
        Outcome outcome = Outcome::Any;

        bool accepts(const HistoryEntry& entry) const;
    };

    explicit HistoryLog(QString directory = defaultDirectory());

    static QString defaultDirectory();

    // False (with `error`) when the entry could not be written.
    bool append(const HistoryEntry& entry, QString* error = nullptr) const;
    // Every entry that passes `filter`, oldest first.
    QList<HistoryEntry> read(const Filter& filter) const;
    QList<HistoryEntry> read() const;

    QString directory() const { return m_directory; }

private:
    QString m_directory;
};

} // namespace AccountDesk
