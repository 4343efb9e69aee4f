#include "SendRecord.h"

#include "store/HistoryLog.h"

#include <QDateTime>

namespace AccountDesk {
namespace {

QJsonValue valueOf(const FieldValue& value)
{
    if (value.isUnset())
        return QJsonValue(QJsonValue::Undefined);
    return value.isNull() ? QJsonValue(QJsonValue::Null) : value.value;
}

} // namespace

HistoryEntry SendRecord::of(const PreparedUpdate& update, const ApiResult& result, qint64 durationMs,
                            const QString& source, const SessionFailure* failure)
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.source = source;
    entry.provider = update.target.provider;
    entry.server = update.target.baseUrl.toString();
    entry.account = update.target.account;
    entry.profile = update.target.profile;
    entry.method = QString::fromLatin1(update.request.method);
    entry.url = update.request.url.toString(QUrl::FullyEncoded);
    if (result.outcome == ApiResult::Outcome::Answered)
        entry.status = result.status;
    entry.durationMs = durationMs;
    entry.requestId = QString::fromLatin1(update.request.header("X-Request-ID"));
    for (const FieldChange& change : update.changes)
        entry.changes.append({change.pointer, valueOf(change.before), valueOf(change.after)});
    if (failure)
        entry.error = failure->message;
    return entry;
}

QString SendRecord::write(const HistoryLog* history, const PreparedUpdate& update, const ApiResult& result,
                          qint64 durationMs, const QString& source, const SessionFailure* failure)
{
    QString problem;
    if (history && !history->append(of(update, result, durationMs, source, failure), &problem))
        return problem.isEmpty() ? tr("the history could not be written") : problem;
    return QString();
}

} // namespace AccountDesk
