#include "StructuredDocument.h"

#include <QJsonObject>

namespace AccountDesk {

QStringList StructuredDocument::orderedKeys(const QString& pointer, const QJsonObject& object) const
{
    QStringList keys;
    keys.reserve(object.size());
    const auto it = keyOrder.constFind(pointer);
    if (it != keyOrder.constEnd()) {
        for (const QString& key : *it)
            if (object.contains(key) && !keys.contains(key))
                keys.append(key);
    }
    for (const QString& key : object.keys())
        if (!keys.contains(key))
            keys.append(key);
    return keys;
}

} // namespace AccountDesk
