#include "Validator.h"

#include "StringFormats.h"
#include "core/JsonText.h"
#include "geo/CountryCodes.h"
#include "openapi/JsonPointer.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace AccountDesk {
namespace {

QString typeWord(FieldSpec::Type type)
{
    switch (type) {
    case FieldSpec::Type::String:
        return Validator::tr("text");
    case FieldSpec::Type::Integer:
        return Validator::tr("a whole number");
    case FieldSpec::Type::Number:
        return Validator::tr("a number");
    case FieldSpec::Type::Boolean:
        return Validator::tr("true or false");
    case FieldSpec::Type::Array:
        return Validator::tr("a list");
    case FieldSpec::Type::Object:
        return Validator::tr("an object");
    case FieldSpec::Type::Any:
        break;
    }
    return Validator::tr("a value");
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

qsizetype characterCount(const QString& text)
{
    return text.toUcs4().size(); // characters, not UTF-16 units: an emoji counts once
}

// Integer ranges by format; a JSON number must also be integral.
bool integerInRange(const QJsonValue& value, const QString& format, QString& problem)
{
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number) {
        problem = Validator::tr("must be a whole number");
        return false;
    }
    if (format == QStringLiteral("int64") || format.isEmpty()) {
        // Doubles beyond ±2^63 cannot be int64; QJsonValue keeps exact qint64 below that.
        if (number >= 9223372036854775808.0 || number < -9223372036854775808.0) {
            problem = Validator::tr("is out of range for a 64-bit integer");
            return false;
        }
    }
    return true;
}

} // namespace

Validator::Validator(const FormSchema& schema)
    : m_schema(schema)
{}

FieldErrors Validator::validateBody(const QJsonObject& body) const
{
    FieldErrors errors;
    check(body, m_schema.root(), QString(), errors);
    return errors;
}

FieldErrors Validator::validateValue(const QString& pointer, const QJsonValue& value) const
{
    FieldErrors errors;
    const FieldSpec* field = m_schema.field(pointer);
    if (field) {
        check(value, *field, pointer, errors);
        return errors;
    }
    // Inside a free-form object or an array: check against the nearest known container. A free-form
    // object takes any value; its byte limit is the container's and is checked on the whole body.
    for (QString ancestor = JsonPointer::parent(pointer); !ancestor.isEmpty();
         ancestor = JsonPointer::parent(ancestor)) {
        const FieldSpec* container = m_schema.field(ancestor);
        if (!container)
            continue;
        if (container->type == FieldSpec::Type::Array && container->item &&
            JsonPointer::parent(pointer) == ancestor)
            check(value, *container->item, pointer, errors);
        return errors;
    }
    errors.append({pointer, tr("the update has no such field")});
    return errors;
}

void Validator::check(const QJsonValue& value, const FieldSpec& field, const QString& pointer,
                      FieldErrors& errors) const
{
    if (value.isNull()) {
        if (!field.nullable)
            errors.append({pointer, tr("cannot be null")});
        return;
    }
    if (field.hidden || field.readOnly) {
        errors.append(
            {pointer, field.hidden ? tr("is managed by the server and cannot be sent") : tr("is read-only")});
        return;
    }
    if (field.hasVariants())
        checkVariants(value, field, pointer, errors);
    switch (field.type) {
    case FieldSpec::Type::Any:
        return;
    case FieldSpec::Type::String:
        if (!value.isString()) {
            errors.append({pointer, tr("must be %1").arg(typeWord(field.type))});
            return;
        }
        checkString(value.toString(), field, pointer, errors);
        return;
    case FieldSpec::Type::Integer:
    case FieldSpec::Type::Number:
        if (!value.isDouble()) {
            errors.append({pointer, tr("must be %1").arg(typeWord(field.type))});
            return;
        }
        checkNumber(value, field, pointer, errors);
        return;
    case FieldSpec::Type::Boolean:
        if (!value.isBool())
            errors.append({pointer, tr("must be true or false")});
        return;
    case FieldSpec::Type::Array: {
        if (!value.isArray()) {
            errors.append({pointer, tr("must be a list")});
            return;
        }
        const QJsonArray array = value.toArray();
        if (field.minItems && array.size() < *field.minItems)
            errors.append({pointer, tr("needs at least %1 entries").arg(*field.minItems)});
        if (field.maxItems && array.size() > *field.maxItems)
            errors.append({pointer, tr("takes at most %1 entries").arg(*field.maxItems)});
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPointer = JsonPointer::append(pointer, i);
            if (field.hint == QStringLiteral("email-list")) {
                if (!array.at(i).isString() || !StringFormats::isEmailAddress(array.at(i).toString()))
                    errors.append(
                        {itemPointer,
                         tr("\"%1\" is not an e-mail address").arg(array.at(i).toVariant().toString())});
                continue;
            }
            if (field.item)
                check(array.at(i), *field.item, itemPointer, errors);
        }
        return;
    }
    case FieldSpec::Type::Object: {
        if (!value.isObject()) {
            errors.append({pointer, tr("must be an object")});
            return;
        }
        const QJsonObject object = value.toObject();
        if (field.maxBytes) {
            const qsizetype bytes = JsonText::compact(value).size();
            if (bytes > *field.maxBytes)
                errors.append(
                    {pointer,
                     tr("is %1 bytes as JSON; the limit is %2 bytes").arg(bytes).arg(*field.maxBytes)});
        }
        if (field.isFreeForm() && !field.memberValue)
            return;
        for (const FieldSpec& child : field.children) {
            const QString childPointer = JsonPointer::append(pointer, child.name);
            if (object.contains(child.name))
                check(object.value(child.name), child, childPointer, errors);
            else if (child.required && !child.hidden && !child.readOnly)
                errors.append({childPointer, tr("is required")});
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (field.child(it.key()))
                continue;
            if (!field.additionalProperties)
                errors.append({JsonPointer::append(pointer, it.key()), tr("the update has no such field")});
            else if (field.memberValue)
                check(it.value(), *field.memberValue, JsonPointer::append(pointer, it.key()), errors);
        }
        return;
    }
    }
}

void Validator::checkVariants(const QJsonValue& value, const FieldSpec& field, const QString& pointer,
                              FieldErrors& errors) const
{
    // With a discriminator the value says which variant it is, and must then be exactly that.
    if (!field.discriminator.isEmpty() && value.isObject()) {
        const QJsonValue tag = value.toObject().value(field.discriminator);
        const QString tagPointer = JsonPointer::append(pointer, field.discriminator);
        QStringList tags;
        for (const FieldSpec& variant : field.variants) {
            if (tag.isString() && tag.toString() == variant.discriminatorValue) {
                check(value, variant, pointer, errors);
                return;
            }
            tags.append(variant.discriminatorValue);
        }
        errors.append(
            {tagPointer,
             tag.isUndefined()
                 ? tr("is required: it says which kind this is (%1)").arg(tags.join(QStringLiteral(", ")))
                 : tr("must be one of %1").arg(tags.join(QStringLiteral(", ")))});
        return;
    }
    QStringList matching;
    QStringList mismatches;
    for (const FieldSpec& variant : field.variants) {
        FieldErrors variantErrors;
        check(value, variant, pointer, variantErrors);
        if (variantErrors.isEmpty()) {
            matching.append(variant.label);
            continue;
        }
        const FieldError& first = variantErrors.first();
        const QString where = first.pointer.mid(pointer.size());
        mismatches.append(QStringLiteral("%1: %2%3")
                              .arg(variant.label,
                                   where.isEmpty() ? QString() : where.mid(1) + QLatin1Char(' '),
                                   first.message));
    }
    if (matching.isEmpty())
        errors.append(
            {pointer, tr("matches none of its kinds (%1)").arg(mismatches.join(QStringLiteral("; ")))});
    else if (field.variantsExclusive && matching.size() > 1)
        errors.append({pointer, tr("matches more than one of its kinds (%1); it must be exactly one")
                                    .arg(matching.join(QStringLiteral(", ")))});
}

void Validator::checkString(const QString& text, const FieldSpec& field, const QString& pointer,
                            FieldErrors& errors) const
{
    const qsizetype length = characterCount(text);
    if (field.minLength && length < *field.minLength)
        errors.append(
            {pointer, *field.minLength == 1
                          ? tr("cannot be empty")
                          : tr("needs at least %1 characters (has %2)").arg(*field.minLength).arg(length)});
    if (field.maxLength && length > *field.maxLength)
        errors.append(
            {pointer, tr("takes at most %1 characters (has %2)").arg(*field.maxLength).arg(length)});
    if (!field.enumValues.isEmpty() && !field.enumValues.contains(QJsonValue(text))) {
        QStringList options;
        for (const QJsonValue& option : field.enumValues)
            options.append(option.toVariant().toString());
        errors.append({pointer, tr("must be one of %1").arg(options.join(QStringLiteral(", ")))});
        return;
    }
    if (!field.pattern.isEmpty()) {
        const QRegularExpression pattern(field.pattern);
        if (pattern.isValid() && !pattern.match(text).hasMatch())
            errors.append({pointer, tr("does not match the pattern %1").arg(field.pattern)});
    }
    if (const QString problem = StringFormats::problem(field.format, text); !problem.isEmpty())
        errors.append({pointer, problem});

    if (field.hint == QStringLiteral("country") && !CountryCodes::isAssigned(text))
        errors.append({pointer, tr("\"%1\" is not an ISO 3166-1 alpha-2 country code").arg(text)});
    if (field.hint == QStringLiteral("ip-list"))
        for (const QString& problem : StringFormats::ipListProblems(text))
            errors.append({pointer, problem});
    if (field.hint == QStringLiteral("json-array-string")) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        bool valid = parseError.error == QJsonParseError::NoError && document.isArray();
        for (const QJsonValue& element : document.array())
            valid = valid && element.isString();
        if (!valid)
            errors.append(
                {pointer, tr("must be a JSON array of strings, e.g. [\"gold-tier\", \"university\"]")});
    }
    if (field.maxBytes && JsonText::compact(text).size() > *field.maxBytes)
        errors.append({pointer, tr("is %1 bytes as JSON; the limit is %2 bytes")
                                    .arg(JsonText::compact(text).size())
                                    .arg(*field.maxBytes)});
}

void Validator::checkNumber(const QJsonValue& value, const FieldSpec& field, const QString& pointer,
                            FieldErrors& errors) const
{
    if (field.type == FieldSpec::Type::Integer) {
        QString problem;
        if (!integerInRange(value, field.format, problem)) {
            errors.append({pointer, problem});
            return;
        }
    }
    const double number = value.toDouble();
    if (field.minimum) {
        const bool tooSmall = field.exclusiveMinimum ? number <= *field.minimum : number < *field.minimum;
        if (tooSmall)
            errors.append(
                {pointer, tr("must be %1 %2")
                              .arg(field.exclusiveMinimum ? QStringLiteral(">") : QStringLiteral("≥"),
                                   AccountDesk::number(*field.minimum))});
    }
    if (field.maximum) {
        const bool tooLarge = field.exclusiveMaximum ? number >= *field.maximum : number > *field.maximum;
        if (tooLarge)
            errors.append(
                {pointer, tr("must be %1 %2")
                              .arg(field.exclusiveMaximum ? QStringLiteral("<") : QStringLiteral("≤"),
                                   AccountDesk::number(*field.maximum))});
    }
    if (!field.enumValues.isEmpty() && !field.enumValues.contains(value))
        errors.append({pointer, tr("is not one of the allowed values")});
}

std::optional<FieldError> Validator::validatePathParameter(const Parameter& parameter, const QString& text)
{
    const QString where = QLatin1Char('{') + parameter.name + QLatin1Char('}');
    if (text.isEmpty())
        return FieldError{where, tr("is required")};
    // As a path segment these would climb the URL ("/accounts/.." is "/"), whatever the schema says.
    if (text == QStringLiteral(".") || text == QStringLiteral(".."))
        return FieldError{where, tr("\".\" and \"..\" are not account ids")};
    const Schema& schema = *parameter.schema;
    if (schema.type == Schema::Type::Integer) {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
        if (!ok || !digits.match(text).hasMatch())
            return FieldError{where, tr("\"%1\" is not a whole number%2")
                                         .arg(text, schema.format == QStringLiteral("int64")
                                                        ? tr(" in the 64-bit range")
                                                        : QString())};
        if (schema.format == QStringLiteral("int32") &&
            (value < std::numeric_limits<qint32>::min() || value > std::numeric_limits<qint32>::max()))
            return FieldError{where, tr("is out of range for a 32-bit integer")};
        if (schema.minimum && static_cast<double>(value) < *schema.minimum)
            return FieldError{where, tr("must be ≥ %1").arg(number(*schema.minimum))};
        if (schema.maximum && static_cast<double>(value) > *schema.maximum)
            return FieldError{where, tr("must be ≤ %1").arg(number(*schema.maximum))};
        return std::nullopt;
    }
    if (text.trimmed() != text || text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('\n')))
        return FieldError{where,
                          tr("\"%1\" cannot contain spaces at the ends, '/' or line breaks").arg(text)};
    if (schema.format == QStringLiteral("uuid") && !StringFormats::isUuid(text))
        return FieldError{where, tr("\"%1\" is not a UUID").arg(text)};
    if (schema.maxLength && characterCount(text) > *schema.maxLength)
        return FieldError{where, tr("takes at most %1 characters").arg(*schema.maxLength)};
    if (!schema.enumValues.isEmpty() && !schema.enumValues.contains(QJsonValue(text)))
        return FieldError{where, tr("is not one of the allowed values")};
    return std::nullopt;
}

} // namespace AccountDesk
