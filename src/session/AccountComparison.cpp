#include "AccountComparison.h"

#include "openapi/JsonPointer.h"

#include <QSet>

namespace AccountDesk {
namespace {

void compare(const QString& pointer, const QJsonValue& before, const QJsonValue& after,
             QList<AccountComparison::Difference>& out)
{
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList keys = a.keys();
        for (const QString& key : b.keys())
            if (!a.contains(key))
                keys.append(key);
        for (const QString& key : std::as_const(keys))
            compare(JsonPointer::append(pointer, key), a.value(key), b.value(key), out);
        return;
    }
    if (before != after)
        out.append({pointer, before, after});
}

void collectAbsent(const QString& pointer, const QJsonObject& account, const QJsonObject& body,
                   QList<AccountComparison::Difference>& out)
{
    for (auto it = account.constBegin(); it != account.constEnd(); ++it) {
        const QString member = JsonPointer::append(pointer, it.key());
        if (!body.contains(it.key()))
            out.append({member, it.value(), QJsonValue(QJsonValue::Undefined)});
        else if (it.value().isObject() && body.value(it.key()).isObject())
            collectAbsent(member, it.value().toObject(), body.value(it.key()).toObject(), out);
    }
}

} // namespace

QList<AccountComparison::Difference> AccountComparison::differences(const QJsonObject& before,
                                                                    const QJsonObject& after)
{
    QList<Difference> out;
    compare(QString(), before, after, out);
    return out;
}

QList<AccountComparison::Difference> AccountComparison::absentFrom(const QJsonObject& account,
                                                                   const QJsonObject& body)
{
    QList<Difference> out;
    collectAbsent(QString(), account, body, out);
    return out;
}

} // namespace AccountDesk
