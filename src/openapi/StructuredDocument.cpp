#include "StructuredDocument.h"

#include <QJsonObject>
#include <QSet>

namespace AccountDesk {

QStringList StructuredDocument::orderedKeys(const QString& pointer, const QJsonObject& object) const
{
    QStringList keys;
    keys.reserve(object.size());
    QSet<QString> seen; // a set, not QStringList::contains: objects with a thousand keys exist
    seen.reserve(object.size());
    const auto it = keyOrder.constFind(pointer);
    if (it != keyOrder.constEnd()) {
        for (const QString& key : *it)
            if (object.contains(key) && !seen.contains(key)) {
                seen.insert(key);
                keys.append(key);
            }
    }
    if (keys.size() == object.size())
        return keys;
    for (const QString& key : object.keys())
        if (!seen.contains(key))
            keys.append(key);
    return keys;
}

} // namespace AccountDesk
