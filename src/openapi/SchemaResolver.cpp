#include "SchemaResolver.h"

#include "JsonPointer.h"
#include "SchemaKeywordReader.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace AccountDesk {
namespace {

bool isNullSchema(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return object.value(QStringLiteral("type")).toString() == QStringLiteral("null") ||
           (object.contains(QStringLiteral("enum")) &&
            object.value(QStringLiteral("enum")).toArray() == QJsonArray{QJsonValue(QJsonValue::Null)});
}

} // namespace

SchemaResolver::SchemaResolver(const StructuredDocument& document, SpecDiagnostics& diagnostics)
    : SchemaResolver(document, diagnostics, Limits())
{}

SchemaResolver::SchemaResolver(const StructuredDocument& document, SpecDiagnostics& diagnostics,
                               const Limits& limits)
    : m_document(document)
    , m_diagnostics(diagnostics)
    , m_limits(limits)
{}

SchemaPtr SchemaResolver::resolve(const QJsonValue& schema, const QString& pointer)
{
    // The starting point counts as being expanded: a $ref back to it is a cycle.
    m_referenceStack.append(pointer);
    SchemaPtr resolved = resolveNode(schema, pointer, 0);
    m_referenceStack.removeLast();
    return resolved;
}

std::optional<QJsonValue> SchemaResolver::dereference(const QString& reference, const QString& pointer,
                                                      QString* targetPointer)
{
    const std::optional<QString> target = JsonPointer::fromLocalReference(reference);
    if (!target) {
        error(pointer + QStringLiteral("/$ref"),
              tr("only local references (\"#/...\") are supported, not \"%1\"").arg(reference));
        return std::nullopt;
    }
    const std::optional<QJsonValue> value = JsonPointer::resolve(m_document.root, *target);
    if (!value) {
        error(pointer + QStringLiteral("/$ref"), tr("\"%1\" points at nothing").arg(reference));
        return std::nullopt;
    }
    if (targetPointer)
        *targetPointer = *target;
    return value;
}

std::shared_ptr<Schema> SchemaResolver::resolveNode(const QJsonValue& value, const QString& pointer,
                                                    int depth)
{
    if (!m_exhausted && ++m_schemas > m_limits.schemas)
        exhaust(pointer, tr("expanding the references here makes more than %1 schemas (references "
                            "that fan out exponentially?); the spec is refused")
                             .arg(m_limits.schemas));
    if (m_exhausted) {
        auto schema = std::make_shared<Schema>();
        schema->truncated = true;
        return schema;
    }
    std::shared_ptr<Schema> schema = expand(value, pointer, depth);
    m_characters += characters(*schema);
    if (!m_exhausted && m_characters > m_limits.characters)
        exhaust(pointer, tr("expanding the references here copies more than %1 characters of "
                            "schema text (long names or descriptions repeated by references that "
                            "fan out?); the spec is refused")
                             .arg(m_limits.characters));
    return schema;
}

std::shared_ptr<Schema> SchemaResolver::expand(const QJsonValue& value, const QString& pointer, int depth)
{
    auto schema = std::make_shared<Schema>();
    schema->origin = pointer;
    if (depth > m_limits.depth) {
        schema->truncated = true;
        warning(pointer, tr("schema nested deeper than %1 levels; not expanded further").arg(m_limits.depth));
        return schema;
    }
    if (value.isBool())
        return schema; // JSON Schema `true` / `false`: nothing to edit
    if (!value.isObject()) {
        error(pointer, tr("expected a schema object"));
        return schema;
    }
    const QJsonObject object = value.toObject();

    const QJsonValue reference = object.value(QStringLiteral("$ref"));
    if (!reference.isUndefined()) {
        if (!reference.isString()) {
            error(pointer + QStringLiteral("/$ref"), tr("must be a string"));
            return schema;
        }
        QString targetPointer;
        const std::optional<QJsonValue> target = dereference(reference.toString(), pointer, &targetPointer);
        if (!target)
            return schema;
        if (m_referenceStack.contains(targetPointer)) {
            // A recursive type: expanding it again would never end.
            schema->truncated = true;
            schema->origin = targetPointer;
            schema->type = target->toObject().contains(QStringLiteral("properties")) ? Schema::Type::Object
                                                                                     : Schema::Type::Any;
            warning(pointer,
                    tr("reference cycle through \"%1\"; not expanded further").arg(reference.toString()));
        } else {
            m_referenceStack.append(targetPointer);
            const std::shared_ptr<Schema> referenced = resolveNode(*target, targetPointer, depth + 1);
            m_referenceStack.removeLast();
            *schema = *referenced;
        }
        // Siblings of $ref (a description, `nullable`) refine the referenced schema.
        applyKeywords(*schema, object, pointer, depth);
        return schema;
    }

    applyKeywords(*schema, object, pointer, depth);
    return schema;
}

void SchemaResolver::applyKeywords(Schema& schema, const QJsonObject& object, const QString& pointer,
                                   int depth)
{
    SchemaKeywordReader(m_diagnostics).read(schema, object, pointer);

    const QJsonValue properties = object.value(QStringLiteral("properties"));
    if (properties.isObject()) {
        const QString propertiesPointer = JsonPointer::append(pointer, QStringLiteral("properties"));
        const QJsonObject propertyObject = properties.toObject();
        // Indexed by name: a schema may have a thousand properties, and a search per name is n².
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < schema.properties.size(); ++i)
            index.insert(schema.properties.at(i).name, i);
        for (const QString& name : m_document.orderedKeys(propertiesPointer, propertyObject)) {
            SchemaPtr child = resolveNode(propertyObject.value(name),
                                          JsonPointer::append(propertiesPointer, name), depth + 1);
            if (const auto existing = index.constFind(name); existing != index.constEnd()) {
                schema.properties[*existing].schema = child;
            } else {
                index.insert(name, schema.properties.size());
                schema.properties.append({name, child});
            }
        }
        if (schema.type == Schema::Type::Any)
            schema.type = Schema::Type::Object;
    } else if (!properties.isUndefined()) {
        error(JsonPointer::append(pointer, QStringLiteral("properties")), tr("must be an object"));
    }

    const QJsonValue items = object.value(QStringLiteral("items"));
    if (!items.isUndefined()) {
        schema.items = resolveNode(items, JsonPointer::append(pointer, QStringLiteral("items")), depth + 1);
        if (schema.type == Schema::Type::Any)
            schema.type = Schema::Type::Array;
    }

    const QJsonValue additional = object.value(QStringLiteral("additionalProperties"));
    if (additional.isBool()) {
        schema.additionalProperties = additional.toBool();
    } else if (additional.isObject()) {
        schema.additionalProperties = true;
        if (!additional.toObject().isEmpty())
            schema.additionalPropertiesSchema = resolveNode(
                additional, JsonPointer::append(pointer, QStringLiteral("additionalProperties")), depth + 1);
    } else if (!additional.isUndefined()) {
        error(JsonPointer::append(pointer, QStringLiteral("additionalProperties")),
              tr("must be a boolean or a schema"));
    }

    const QJsonValue allOf = object.value(QStringLiteral("allOf"));
    if (allOf.isArray()) {
        const QString allOfPointer = JsonPointer::append(pointer, QStringLiteral("allOf"));
        const QJsonArray parts = allOf.toArray();
        for (qsizetype i = 0; i < parts.size(); ++i)
            merge(schema, *resolveNode(parts.at(i), JsonPointer::append(allOfPointer, i), depth + 1));
    } else if (!allOf.isUndefined()) {
        error(JsonPointer::append(pointer, QStringLiteral("allOf")), tr("must be an array of schemas"));
    }
    for (const QString& keyword : {QStringLiteral("anyOf"), QStringLiteral("oneOf")})
        if (object.contains(keyword))
            applyAlternatives(schema, object.value(keyword), JsonPointer::append(pointer, keyword), depth,
                              keyword == QStringLiteral("oneOf"));
    if (object.contains(QStringLiteral("discriminator")))
        readDiscriminator(schema, object.value(QStringLiteral("discriminator")),
                          JsonPointer::append(pointer, QStringLiteral("discriminator")));
}

void SchemaResolver::readDiscriminator(Schema& schema, const QJsonValue& discriminator,
                                       const QString& pointer)
{
    const QJsonValue propertyName = discriminator.toObject().value(QStringLiteral("propertyName"));
    if (!propertyName.isString() || propertyName.toString().isEmpty()) {
        error(JsonPointer::append(pointer, QStringLiteral("propertyName")), tr("must be a name"));
        return;
    }
    schema.discriminator = propertyName.toString();
    const QJsonObject mapping = discriminator.toObject().value(QStringLiteral("mapping")).toObject();
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        // Values are references ("#/components/schemas/Cat") or bare schema names ("Cat").
        const QString target = it.value().toString();
        const std::optional<QString> local = JsonPointer::fromLocalReference(target);
        schema.discriminatorMapping.insert(
            local ? *local : JsonPointer::append(QStringLiteral("/components/schemas"), target), it.key());
    }
}

void SchemaResolver::applyAlternatives(Schema& schema, const QJsonValue& alternatives, const QString& pointer,
                                       int depth, bool exclusive)
{
    if (!alternatives.isArray()) {
        error(pointer, tr("must be an array of schemas"));
        return;
    }
    const QJsonArray array = alternatives.toArray();
    QList<qsizetype> substantial;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (isNullSchema(array.at(i)))
            schema.nullable = true;
        else
            substantial.append(i);
    }
    if (substantial.size() == 1) {
        // `anyOf: [{$ref: X}, {type: null}]`: X, nullable.
        merge(schema, *resolveNode(array.at(substantial.first()),
                                   JsonPointer::append(pointer, substantial.first()), depth + 1));
    } else if (substantial.size() > 1) {
        if (!schema.variants.isEmpty()) {
            // anyOf and oneOf side by side (or merged by allOf): the first is checked, the server
            // judges the rest; merging the two lists would accept values neither allows.
            warning(pointer, tr("a second list of alternatives is not checked here; the server checks it"));
            return;
        }
        // A choice of variants; the value must match one of them, which the form lets the operator pick.
        schema.variantsExclusive = exclusive;
        for (const qsizetype index : substantial)
            schema.variants.append(
                resolveNode(array.at(index), JsonPointer::append(pointer, index), depth + 1));
    }
}

void SchemaResolver::merge(Schema& target, const Schema& source)
{
    if (target.type == Schema::Type::Any)
        target.type = source.type;
    target.nullable = target.nullable || source.nullable;
    if (target.format.isEmpty())
        target.format = source.format;
    if (target.pattern.isEmpty())
        target.pattern = source.pattern;
    if (target.title.isEmpty())
        target.title = source.title;
    if (target.description.isEmpty())
        target.description = source.description;
    if (target.example.isUndefined())
        target.example = source.example;
    if (target.defaultValue.isUndefined())
        target.defaultValue = source.defaultValue;
    if (target.enumValues.isEmpty()) {
        target.enumValues = source.enumValues;
    } else if (!source.enumValues.isEmpty()) {
        QJsonArray common;
        for (const QJsonValue& value : target.enumValues)
            if (source.enumValues.contains(value))
                common.append(value);
        target.enumValues = common;
    }
    auto tighterMinimum = [](std::optional<qint64>& a, const std::optional<qint64>& b) {
        if (b && (!a || *b > *a))
            a = b;
    };
    auto tighterMaximum = [](std::optional<qint64>& a, const std::optional<qint64>& b) {
        if (b && (!a || *b < *a))
            a = b;
    };
    tighterMinimum(target.minLength, source.minLength);
    tighterMaximum(target.maxLength, source.maxLength);
    tighterMinimum(target.minItems, source.minItems);
    tighterMaximum(target.maxItems, source.maxItems);
    if (source.minimum && (!target.minimum || *source.minimum > *target.minimum)) {
        target.minimum = source.minimum;
        target.exclusiveMinimum = source.exclusiveMinimum;
    }
    if (source.maximum && (!target.maximum || *source.maximum < *target.maximum)) {
        target.maximum = source.maximum;
        target.exclusiveMaximum = source.exclusiveMaximum;
    }
    for (const QString& name : source.required)
        if (!target.required.contains(name))
            target.required.append(name);
    QSet<QString> present;
    for (const Schema::Property& property : std::as_const(target.properties))
        present.insert(property.name);
    for (const Schema::Property& property : source.properties)
        if (!present.contains(property.name)) {
            present.insert(property.name);
            target.properties.append(property);
        }
    if (!target.items)
        target.items = source.items;
    target.additionalProperties = target.additionalProperties && source.additionalProperties;
    if (!target.additionalPropertiesSchema)
        target.additionalPropertiesSchema = source.additionalPropertiesSchema;
    if (target.variants.isEmpty()) {
        target.variants = source.variants;
        target.variantsExclusive = source.variantsExclusive;
    }
    if (target.discriminator.isEmpty()) {
        target.discriminator = source.discriminator;
        target.discriminatorMapping = source.discriminatorMapping;
    }
    target.readOnly = target.readOnly || source.readOnly;
    target.writeOnly = target.writeOnly || source.writeOnly;
    target.deprecated = target.deprecated || source.deprecated;
    target.truncated = target.truncated || source.truncated;
}

qint64 SchemaResolver::characters(const Schema& schema)
{
    qint64 total = schema.origin.size() + schema.format.size() + schema.pattern.size() + schema.title.size() +
                   schema.description.size();
    for (const QString& name : schema.required)
        total += name.size();
    for (const Schema::Property& property : schema.properties)
        total += property.name.size();
    for (const QJsonValue& option : schema.enumValues)
        total += option.isString() ? option.toString().size() : 1;
    return total;
}

void SchemaResolver::exhaust(const QString& pointer, const QString& message)
{
    // One error; every schema after it comes back empty and truncated, at no cost.
    error(JsonPointer::abbreviate(pointer), message);
    m_exhausted = true;
}

void SchemaResolver::error(const QString& pointer, const QString& message)
{
    m_diagnostics.append(SpecDiagnostic::error(pointer, message));
}

void SchemaResolver::warning(const QString& pointer, const QString& message)
{
    // A shared schema is expanded once per use; say each thing once.
    const QString key = pointer + QLatin1Char('\n') + message;
    if (m_warned.contains(key))
        return;
    m_warned.insert(key);
    m_diagnostics.append(SpecDiagnostic::warning(pointer, message));
}

} // namespace AccountDesk
