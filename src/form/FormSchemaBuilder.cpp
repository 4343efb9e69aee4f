#include "FormSchemaBuilder.h"

#include "openapi/JsonPointer.h"

namespace AccountDesk {
namespace {

FieldSpec* findMutable(FieldSpec& root, const QString& pointer)
{
    const std::optional<QStringList> tokens = JsonPointer::split(pointer);
    if (!tokens)
        return nullptr;
    FieldSpec* current = &root;
    for (const QString& token : *tokens) {
        if (current->type == FieldSpec::Type::Array && current->item && token == QStringLiteral("-")) {
            current = current->item.get();
            continue;
        }
        FieldSpec* next = nullptr;
        for (FieldSpec& child : current->children)
            if (child.name == token)
                next = &child;
        if (!next)
            return nullptr;
        current = next;
    }
    return current;
}

} // namespace

FormSchema FormSchemaBuilder::build(const Schema& body, const QHash<QString, FieldHints>& hints,
                                    SpecDiagnostics& diagnostics, const QString& hintsLocation)
{
    FieldSpec root = fieldFrom(body, QString(), QString(), true);
    QStringList pointers = hints.keys();
    pointers.sort();
    for (const QString& pointer : pointers) {
        const QString location = JsonPointer::append(hintsLocation, pointer);
        FieldSpec* field = findMutable(root, pointer);
        if (!field || pointer.isEmpty()) {
            diagnostics.append(
                SpecDiagnostic::error(location, tr("the update body has no field \"%1\"").arg(pointer)));
            continue;
        }
        applyHints(*field, hints.value(pointer), location, diagnostics);
    }
    return FormSchema(std::move(root));
}

FieldSpec FormSchemaBuilder::fieldFrom(const Schema& schema, const QString& pointer, const QString& name,
                                       bool required)
{
    FieldSpec field;
    field.pointer = pointer;
    field.name = name;
    field.label = schema.title.isEmpty() ? labelFor(name) : schema.title;
    field.type = schema.type;
    field.format = schema.format;
    field.enumValues = schema.enumValues;
    field.minLength = schema.minLength;
    field.maxLength = schema.maxLength;
    field.minimum = schema.minimum;
    field.maximum = schema.maximum;
    field.exclusiveMinimum = schema.exclusiveMinimum;
    field.exclusiveMaximum = schema.exclusiveMaximum;
    field.minItems = schema.minItems;
    field.maxItems = schema.maxItems;
    field.pattern = schema.pattern;
    field.required = required;
    field.nullable = schema.nullable;
    field.readOnly = schema.readOnly;
    field.truncated = schema.truncated;
    field.description = schema.description;
    field.example = schema.example;
    field.defaultValue = schema.defaultValue;
    field.additionalProperties = schema.additionalProperties;
    if (schema.type == Schema::Type::Object && schema.additionalPropertiesSchema && !schema.truncated)
        field.memberValue = std::make_shared<FieldSpec>(
            fieldFrom(*schema.additionalPropertiesSchema, JsonPointer::append(pointer, QStringLiteral("*")),
                      QString(), false));

    // Integers carry their range in the format; make it explicit so validators and editors agree.
    if (field.type == FieldSpec::Type::Integer && field.format == QStringLiteral("int32")) {
        if (!field.minimum)
            field.minimum = -2147483648.0;
        if (!field.maximum)
            field.maximum = 2147483647.0;
    }

    if (schema.type == Schema::Type::Object && !schema.truncated) {
        for (const Schema::Property& property : schema.properties)
            field.children.append(fieldFrom(*property.schema, JsonPointer::append(pointer, property.name),
                                            property.name, schema.required.contains(property.name)));
    }
    if (!schema.truncated)
        addVariants(field, schema);
    if (schema.type == Schema::Type::Array) {
        const Schema itemSchema = schema.items ? *schema.items : Schema();
        field.item = std::make_shared<FieldSpec>(
            fieldFrom(itemSchema, pointer + QStringLiteral("/-"), QString(), false));
    }
    return field;
}

void FormSchemaBuilder::addVariants(FieldSpec& field, const Schema& schema)
{
    if (field.isGroup()) {
        // An object with its own members and variants (`properties` beside `oneOf`) is edited as a
        // group of every member any variant declares, none required: what the account holds is
        // kept and sent back whole, and the server judges the variant (a choice of kind here would
        // need the group's rows to change with it).
        for (const SchemaPtr& variant : schema.variants)
            for (const Schema::Property& property : variant->properties)
                if (!field.child(property.name))
                    field.children.append(fieldFrom(*property.schema,
                                                    JsonPointer::append(field.pointer, property.name),
                                                    property.name, false));
        return;
    }
    field.variantsExclusive = schema.variantsExclusive;
    field.discriminator = schema.discriminator;
    for (qsizetype i = 0; i < schema.variants.size(); ++i) {
        const Schema& variantSchema = *schema.variants.at(i);
        FieldSpec variant = fieldFrom(variantSchema, field.pointer, field.name, field.required);
        const QString definitionName =
            variantSchema.origin.startsWith(QStringLiteral("/components/schemas/"))
                ? JsonPointer::unescape(variantSchema.origin.section(QLatin1Char('/'), -1))
                : QString();
        if (!field.discriminator.isEmpty()) {
            // OpenAPI: the mapping's value for this definition, else its member's single value, else its
            // name.
            const FieldSpec* member = variant.child(field.discriminator);
            if (schema.discriminatorMapping.contains(variantSchema.origin))
                variant.discriminatorValue = schema.discriminatorMapping.value(variantSchema.origin);
            else if (member && member->enumValues.size() == 1 && member->enumValues.first().isString())
                variant.discriminatorValue = member->enumValues.first().toString();
            else
                variant.discriminatorValue = definitionName;
        }
        variant.label = !variantSchema.title.isEmpty()          ? variantSchema.title
                        : !variant.discriminatorValue.isEmpty() ? variant.discriminatorValue
                        : !definitionName.isEmpty()
                            ? labelFor(definitionName)
                            : QStringLiteral("%1 %2").arg(Schema::typeName(variantSchema.type)).arg(i + 1);
        field.variants.append(std::move(variant));
    }
}

void FormSchemaBuilder::applyHints(FieldSpec& field, const FieldHints& hints, const QString& location,
                                   SpecDiagnostics& diagnostics)
{
    auto reject = [&](const QString& key, const QString& message) {
        diagnostics.append(SpecDiagnostic::error(JsonPointer::append(location, key), message));
    };
    const bool isString = field.type == FieldSpec::Type::String;
    if (!hints.hint.isEmpty()) {
        if (!FieldHints::knownHints().contains(hints.hint)) {
            reject(QStringLiteral("hint"),
                   tr("unknown hint \"%1\" (known: %2)")
                       .arg(hints.hint, FieldHints::knownHints().join(QStringLiteral(", "))));
        } else if (hints.hint == QStringLiteral("email-list")) {
            if (field.type == FieldSpec::Type::Array && field.item &&
                field.item->type == FieldSpec::Type::String)
                field.hint = hints.hint;
            else
                reject(QStringLiteral("hint"), tr("\"email-list\" needs an array of strings"));
        } else if (!isString) {
            reject(QStringLiteral("hint"),
                   tr("\"%1\" needs a string field, not %2").arg(hints.hint, Schema::typeName(field.type)));
        } else {
            field.hint = hints.hint;
        }
    }
    if (hints.maxBytes) {
        if (*hints.maxBytes <= 0)
            reject(QStringLiteral("maxBytes"), tr("must be a positive number of bytes"));
        else
            field.maxBytes = hints.maxBytes;
    }
    if (hints.hidden)
        field.hidden = *hints.hidden;
    if (hints.readOnly)
        field.readOnly = *hints.readOnly;
    if (hints.nullable)
        field.nullable = *hints.nullable;
    if (!hints.label.isEmpty())
        field.label = hints.label;
}

QString FormSchemaBuilder::labelFor(const QString& propertyName)
{
    QString words;
    QString name = propertyName;
    while (!name.isEmpty() && !name.front().isLetterOrNumber())
        name.remove(0, 1);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')) {
            words += QLatin1Char(' ');
        } else if (c.isUpper() && i > 0 && name.at(i - 1).isLower()) {
            words += QLatin1Char(' ');
            words += c.toLower();
        } else {
            words += i == 0 ? c.toUpper() : c;
        }
    }
    return words.simplified();
}

} // namespace AccountDesk
