#include "VariantChoice.h"

#include "FormSchema.h"
#include "Validator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace AccountDesk {

int VariantChoice::variantOf(const FieldSpec& field, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return -1;
    if (!field.discriminator.isEmpty() && value.isObject()) {
        const QJsonValue tag = value.toObject().value(field.discriminator);
        for (qsizetype i = 0; i < field.variants.size(); ++i)
            if (tag.isString() && tag.toString() == field.variants.at(i).discriminatorValue)
                return int(i);
        return -1;
    }
    for (qsizetype i = 0; i < field.variants.size(); ++i) {
        const FormSchema variant(field.variants.at(i));
        if (Validator(variant).validateValue(QString(), value).isEmpty())
            return int(i);
    }
    return -1;
}

QJsonValue VariantChoice::reshape(const FieldSpec& field, int variantIndex, const QJsonValue& current)
{
    if (variantIndex < 0 || variantIndex >= field.variants.size())
        return current;
    const FieldSpec& variant = field.variants.at(variantIndex);
    if (variant.type != FieldSpec::Type::Object || variant.children.isEmpty()) {
        const FormSchema schema(variant);
        const bool fits = !current.isUndefined() && !current.isNull() &&
                          Validator(schema).validateValue(QString(), current).isEmpty();
        return fits ? current : starterValue(variant);
    }
    const QJsonObject before = current.toObject();
    QJsonObject after;
    for (const FieldSpec& member : variant.children) {
        if (!member.isEditable())
            continue;
        if (before.contains(member.name))
            after.insert(member.name, before.value(member.name));
        else if (member.required)
            after.insert(member.name, starterValue(member));
    }
    // Members no variant declares (allowed by additionalProperties) are the account's own: kept.
    if (variant.additionalProperties)
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            bool declared = false;
            for (const FieldSpec& other : field.variants)
                declared = declared || other.child(it.key());
            if (!declared && it.key() != field.discriminator)
                after.insert(it.key(), it.value());
        }
    if (!field.discriminator.isEmpty()) {
        if (variant.discriminatorValue.isEmpty())
            after.remove(field.discriminator); // never another kind's tag
        else
            after.insert(field.discriminator, variant.discriminatorValue);
    }
    return after;
}

QJsonValue VariantChoice::starterValue(const FieldSpec& spec)
{
    // An absent default or example reads as null (QJsonValue's default); null is no starting point.
    if (!spec.defaultValue.isUndefined() && !spec.defaultValue.isNull())
        return spec.defaultValue;
    if (!spec.example.isUndefined() && !spec.example.isNull())
        return spec.example;
    if (!spec.enumValues.isEmpty())
        return spec.enumValues.first();
    switch (spec.type) {
    case FieldSpec::Type::String:
        return QStringLiteral(""); // an empty text, not a null one
    case FieldSpec::Type::Integer:
    case FieldSpec::Type::Number:
        return spec.minimum ? QJsonValue(*spec.minimum) : QJsonValue(0);
    case FieldSpec::Type::Boolean:
        return false;
    case FieldSpec::Type::Array:
        return QJsonArray();
    case FieldSpec::Type::Object: {
        QJsonObject object;
        for (const FieldSpec& member : spec.children)
            if (member.required && member.isEditable())
                object.insert(member.name, starterValue(member));
        return object;
    }
    case FieldSpec::Type::Any:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace AccountDesk
