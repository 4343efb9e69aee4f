#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace AccountDesk {

// One update as sent (or tried): where it went, what it changed, how it ended. Never a secret: the
// URL has no credentials (base URLs with them are refused) and the changes are body values.
struct HistoryEntry
{
    struct Change
    {
        QString pointer;
        QJsonValue before; // Undefined when the field was not sent before (not written)
        QJsonValue after;  // Undefined when the edit removed it
    };

    QDateTime time; // UTC, when the answer (or the failure) came
    QString source; // "gui", "cli", "bulk"
    QString provider;
    QString server; // the base URL
    QString account;
    QString profile;
    QString method;
    QString url;
    std::optional<int> status; // none when no answer came
    qint64 durationMs = 0;
    QString requestId;
    QList<Change> changes;
    QString error; // empty when it succeeded

    // The server answered 2xx and nothing failed.
    bool succeeded() const { return error.isEmpty() && status && *status >= 200 && *status < 300; }

    // One line of JSON, members in the documented order (../shared/CLI.md).
    QByteArray toJsonLine() const;
    // nullopt for a line that is not an entry (a torn last line after a crash).
    static std::optional<HistoryEntry> fromJson(const QByteArray& line);
};

} // namespace AccountDesk
