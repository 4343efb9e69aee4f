#include "SchemaKeywordReader.h"

#include "JsonPointer.h"

namespace AccountDesk {

SchemaKeywordReader::SchemaKeywordReader(SpecDiagnostics& diagnostics)
    : m_diagnostics(diagnostics)
{}

void SchemaKeywordReader::read(Schema& schema, const QJsonObject& object, const QString& pointer)
{
    auto stringValue = [&](const QString& key, QString& target) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isString())
            error(JsonPointer::append(pointer, key), tr("must be a string"));
        else
            target = value.toString();
    };
    auto boolValue = [&](const QString& key, bool& target) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return;
        if (!value.isBool())
            error(JsonPointer::append(pointer, key), tr("must be true or false"));
        else
            target = value.toBool();
    };

    if (object.contains(QStringLiteral("type")))
        readType(schema, object.value(QStringLiteral("type")),
                 JsonPointer::append(pointer, QStringLiteral("type")));
    bool nullable = false;
    boolValue(QStringLiteral("nullable"), nullable);
    schema.nullable = schema.nullable || nullable;
    stringValue(QStringLiteral("format"), schema.format);
    stringValue(QStringLiteral("pattern"), schema.pattern);
    stringValue(QStringLiteral("title"), schema.title);
    stringValue(QStringLiteral("description"), schema.description);
    boolValue(QStringLiteral("readOnly"), schema.readOnly);
    boolValue(QStringLiteral("writeOnly"), schema.writeOnly);
    boolValue(QStringLiteral("deprecated"), schema.deprecated);
    if (object.contains(QStringLiteral("example")))
        schema.example = object.value(QStringLiteral("example"));
    else if (object.value(QStringLiteral("examples")).isArray() &&
             !object.value(QStringLiteral("examples")).toArray().isEmpty())
        schema.example = object.value(QStringLiteral("examples")).toArray().first();
    if (object.contains(QStringLiteral("default")))
        schema.defaultValue = object.value(QStringLiteral("default"));

    const QJsonValue enumValue = object.value(QStringLiteral("enum"));
    if (!enumValue.isUndefined()) {
        if (!enumValue.isArray() || enumValue.toArray().isEmpty()) {
            error(JsonPointer::append(pointer, QStringLiteral("enum")), tr("must be a non-empty array"));
        } else {
            schema.enumValues = {};
            for (const QJsonValue& option : enumValue.toArray()) {
                if (option.isNull())
                    schema.nullable = true; // `enum: [..., null]` is how a nullable enum is spelled
                else
                    schema.enumValues.append(option);
            }
        }
    }
    if (object.contains(QStringLiteral("const")))
        schema.enumValues = QJsonArray{object.value(QStringLiteral("const"))};

    if (const auto value = readCount(object, QStringLiteral("minLength"), pointer))
        schema.minLength = value;
    if (const auto value = readCount(object, QStringLiteral("maxLength"), pointer))
        schema.maxLength = value;
    if (const auto value = readCount(object, QStringLiteral("minItems"), pointer))
        schema.minItems = value;
    if (const auto value = readCount(object, QStringLiteral("maxItems"), pointer))
        schema.maxItems = value;
    if (schema.minLength && schema.maxLength && *schema.minLength > *schema.maxLength)
        error(pointer,
              tr("minLength %1 is greater than maxLength %2").arg(*schema.minLength).arg(*schema.maxLength));

    auto bound = [&](const QString& key, std::optional<double>& target, const QString& exclusiveKey,
                     bool& exclusive) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined()) {
            if (!value.isDouble())
                error(JsonPointer::append(pointer, key), tr("must be a number"));
            else
                target = value.toDouble();
        }
        const QJsonValue exclusiveValue = object.value(exclusiveKey);
        if (exclusiveValue.isBool()) { // OpenAPI 3.0: a flag on minimum/maximum
            exclusive = exclusiveValue.toBool();
        } else if (exclusiveValue.isDouble()) { // OpenAPI 3.1: the bound itself
            target = exclusiveValue.toDouble();
            exclusive = true;
        } else if (!exclusiveValue.isUndefined()) {
            error(JsonPointer::append(pointer, exclusiveKey), tr("must be a number or a boolean"));
        }
    };
    bound(QStringLiteral("minimum"), schema.minimum, QStringLiteral("exclusiveMinimum"),
          schema.exclusiveMinimum);
    bound(QStringLiteral("maximum"), schema.maximum, QStringLiteral("exclusiveMaximum"),
          schema.exclusiveMaximum);

    const QJsonValue required = object.value(QStringLiteral("required"));
    if (required.isArray()) {
        for (const QJsonValue& name : required.toArray()) {
            if (!name.isString())
                error(JsonPointer::append(pointer, QStringLiteral("required")),
                      tr("must list property names"));
            else if (!schema.required.contains(name.toString()))
                schema.required.append(name.toString());
        }
    } else if (!required.isUndefined() &&
               !required.isBool()) { // `required: true` on a property is a common slip
        error(JsonPointer::append(pointer, QStringLiteral("required")),
              tr("must be an array of property names"));
    }
}

void SchemaKeywordReader::readType(Schema& schema, const QJsonValue& type, const QString& pointer)
{
    QStringList names;
    if (type.isString()) {
        names.append(type.toString());
    } else if (type.isArray()) {
        for (const QJsonValue& name : type.toArray())
            names.append(name.toString());
    } else {
        error(pointer, tr("must be a type name or an array of type names"));
        return;
    }
    QList<Schema::Type> types;
    for (const QString& name : names) {
        if (name == QStringLiteral("null")) {
            schema.nullable = true; // OpenAPI 3.1 / JSON Schema spelling of nullable
            continue;
        }
        const std::optional<Schema::Type> parsed = Schema::typeFromName(name);
        if (!parsed) {
            error(pointer, tr("unknown type \"%1\"").arg(name));
            continue;
        }
        types.append(*parsed);
    }
    if (types.size() == 1)
        schema.type = types.first();
    else if (types.size() == 2 && types.contains(Schema::Type::Integer) &&
             types.contains(Schema::Type::Number))
        schema.type = Schema::Type::Number;
    else if (types.size() > 1)
        schema.type = Schema::Type::Any; // a union of types is edited as raw JSON
}

std::optional<qint64> SchemaKeywordReader::readCount(const QJsonObject& object, const QString& key,
                                                     const QString& pointer)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != static_cast<double>(static_cast<qint64>(number))) {
        error(JsonPointer::append(pointer, key), tr("must be a non-negative integer"));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

void SchemaKeywordReader::error(const QString& pointer, const QString& message)
{
    m_diagnostics.append(SpecDiagnostic::error(pointer, message));
}

} // namespace AccountDesk
