#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace AccountDesk {

// RFC 6901 JSON Pointers: how every field, error and diagnostic names a place in a document.
class JsonPointer
{
public:
    static QString escape(const QString& token);
    static QString unescape(const QString& token);

    // Appends one reference token (escaped here) to a pointer.
    static QString append(const QString& pointer, const QString& token);
    static QString append(const QString& pointer, qsizetype index);

    // Splits a pointer into unescaped tokens; nullopt when it does not start with '/' (and is not "").
    static std::optional<QStringList> split(const QString& pointer);
    static QString join(const QStringList& tokens);

    // Splits a local reference ("#/components/schemas/X") into its pointer ("/components/schemas/X").
    static std::optional<QString> fromLocalReference(const QString& reference);

    static std::optional<QJsonValue> resolve(const QJsonValue& root, const QString& pointer);

    // Returns `root` with the value at `pointer` replaced (or added). Missing objects on the way are
    // created; `null` on the way becomes an object; in arrays "-" appends. nullopt when the path
    // runs through a scalar or an array index out of range.
    static std::optional<QJsonValue> set(const QJsonValue& root, const QString& pointer,
                                         const QJsonValue& value);
    // Returns `root` without the member or element at `pointer` (unchanged when there is none).
    static QJsonValue remove(const QJsonValue& root, const QString& pointer);

    // True when `pointer` is `ancestor` or lies inside it ("/a/b" is within "/a", "/ab" is not).
    static bool isWithin(const QString& pointer, const QString& ancestor);

    // For messages: a pointer longer than `maximum` keeps its start and its end around an ellipsis.
    static QString abbreviate(const QString& pointer, qsizetype maximum = 200);

    // The pointer of the enclosing container, and the last token.
    static QString parent(const QString& pointer);
    static QString lastToken(const QString& pointer);
};

} // namespace AccountDesk
