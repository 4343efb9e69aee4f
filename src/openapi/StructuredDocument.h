#pragma once

#include <QHash>
#include <QJsonValue>
#include <QStringList>

namespace AccountDesk {

// A parsed JSON or YAML document. QJsonObject sorts its keys, but the order in which a spec lists
// properties is the order an operator expects to see the fields in, so it is kept beside the tree.
struct StructuredDocument
{
    // The most characters of keys, values and object pointers a document may expand to when read.
    // Far beyond any real spec (the 8 MiB limit on files holds fewer), it bounds what repeating text
    // through aliases, or nesting long keys deep (each level repeats the keys above it), can cost.
    static constexpr qint64 kMaximumCharacters = 32 * 1024 * 1024;

    QJsonValue root;
    QHash<QString, QStringList> keyOrder; // object pointer -> keys in document order

    // Keys of the object at `pointer` in document order; keys unknown to the order come last, sorted.
    QStringList orderedKeys(const QString& pointer, const QJsonObject& object) const;
};

} // namespace AccountDesk
