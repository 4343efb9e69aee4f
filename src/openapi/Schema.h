#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace AccountDesk {

struct Schema;
using SchemaPtr = std::shared_ptr<const Schema>;

// A JSON Schema after $ref resolution and allOf merging: what a form and a validator need to know.
// OpenAPI 3.0 `nullable: true` and 3.1 `type: [T, "null"]` both end up as `nullable`.
struct Schema
{
    enum class Type
    {
        Any,
        String,
        Integer,
        Number,
        Boolean,
        Array,
        Object
    };

    struct Property
    {
        QString name;
        SchemaPtr schema;
    };

    Type type = Type::Any;
    QString format;
    bool nullable = false;
    QJsonArray enumValues;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    bool exclusiveMaximum = false;
    std::optional<qint64> minItems;
    std::optional<qint64> maxItems;
    QString pattern;

    QStringList required;
    QList<Property> properties; // in document order
    SchemaPtr items;            // arrays
    bool additionalProperties = true;
    SchemaPtr additionalPropertiesSchema;

    // oneOf/anyOf with more than one non-null alternative: the value must match one of these
    // (oneOf: exactly one). A discriminator names the member whose value tells which.
    QList<SchemaPtr> variants;
    bool variantsExclusive = false;
    QString discriminator;
    QHash<QString, QString> discriminatorMapping; // origin of a variant ("/components/schemas/Cat") -> value

    QString title;
    QString description;
    QJsonValue example;
    QJsonValue defaultValue;
    bool readOnly = false;
    bool writeOnly = false;
    bool deprecated = false;

    QString origin;         // JSON Pointer of the definition this came from ("/components/schemas/X")
    bool truncated = false; // expansion stopped here (reference cycle or depth limit)

    const Property* property(const QString& name) const
    {
        for (const Property& candidate : properties)
            if (candidate.name == name)
                return &candidate;
        return nullptr;
    }

    // An object with no declared properties: a free-form key/value map.
    bool isFreeForm() const { return type == Type::Object && properties.isEmpty(); }

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString& name);
};

} // namespace AccountDesk
