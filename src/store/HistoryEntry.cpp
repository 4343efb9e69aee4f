#include "HistoryEntry.h"

#include "core/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace AccountDesk {
namespace {

QByteArray member(const char* name, const QJsonValue& value)
{
    return '"' + QByteArray(name) + "\": " + JsonText::compact(value);
}

} // namespace

QByteArray HistoryEntry::toJsonLine() const
{
    QJsonArray changeList;
    for (const Change& change : changes) {
        QJsonObject object{{QStringLiteral("pointer"), change.pointer}};
        if (!change.before.isUndefined())
            object.insert(QStringLiteral("before"), change.before);
        if (!change.after.isUndefined())
            object.insert(QStringLiteral("after"), change.after);
        changeList.append(object);
    }
    const QList<QByteArray> members = {
        member("time", time.toUTC().toString(Qt::ISODateWithMs)),
        member("source", source),
        member("provider", provider),
        member("server", server),
        member("account", account),
        member("profile", profile),
        member("method", method),
        member("url", url),
        member("status", status ? QJsonValue(*status) : QJsonValue(QJsonValue::Null)),
        member("durationMs", durationMs),
        member("requestId", requestId),
        member("changes", changeList),
        member("error", error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error))};
    return '{' + members.join(", ") + "}\n";
}

std::optional<HistoryEntry> HistoryEntry::fromJson(const QByteArray& line)
{
    QJsonParseError problem;
    const QJsonDocument document = QJsonDocument::fromJson(line, &problem);
    if (problem.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    HistoryEntry entry;
    entry.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (!entry.time.isValid())
        return std::nullopt;
    entry.source = object.value(QStringLiteral("source")).toString();
    entry.provider = object.value(QStringLiteral("provider")).toString();
    entry.server = object.value(QStringLiteral("server")).toString();
    entry.account = object.value(QStringLiteral("account")).toString();
    entry.profile = object.value(QStringLiteral("profile")).toString();
    entry.method = object.value(QStringLiteral("method")).toString();
    entry.url = object.value(QStringLiteral("url")).toString();
    if (object.value(QStringLiteral("status")).isDouble())
        entry.status = object.value(QStringLiteral("status")).toInt();
    entry.durationMs = object.value(QStringLiteral("durationMs")).toInteger();
    entry.requestId = object.value(QStringLiteral("requestId")).toString();
    for (const QJsonValue& value : object.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        entry.changes.append({change.value(QStringLiteral("pointer")).toString(),
                              change.value(QStringLiteral("before")), change.value(QStringLiteral("after"))});
    }
    entry.error = object.value(QStringLiteral("error")).toString();
    return entry;
}

} // namespace AccountDesk
