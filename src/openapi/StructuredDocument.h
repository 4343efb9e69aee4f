#pragma once

#include <QHash>
#include <QJsonValue>
#include <QStringList>

namespace AccountDesk {

// A parsed JSON or YAML document. QJsonObject sorts its keys, but the order in which a spec lists
// properties is the order an operator expects to see the fields in, so it is kept beside the tree.
struct StructuredDocument
{
    QJsonValue root;
    QHash<QString, QStringList> keyOrder; // object pointer -> keys in document order

    // Keys of the object at `pointer` in document order; keys unknown to the order come last, sorted.
    QStringList orderedKeys(const QString& pointer, const QJsonObject& object) const;
};

} // namespace AccountDesk
