#pragma once

#include "openapi/Schema.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace AccountDesk {

// One field of a form: what the schema says about it plus the provider's hints.
struct FieldSpec
{
    using Type = Schema::Type;

    QString pointer; // into the request body: "/address/country"; array items end in "/-"
    QString name;    // the property name ("country")
    QString label;   // what the operator reads ("Country")
    Type type = Type::Any;
    QString format;
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
    bool required = false;
    bool nullable = false;
    QString hint;                   // "country", "multiline", "ip-list", "json-array-string", "email-list"
    std::optional<qint64> maxBytes; // UTF-8 bytes of the serialized JSON value
    bool hidden = false;            // server-managed: never shown, never sent
    bool readOnly = false;          // shown, never sent
    bool truncated = false;         // a recursive schema stopped here: edited as raw JSON
    QString description;
    QJsonValue example;
    QJsonValue defaultValue;

    QList<FieldSpec> children;       // objects with declared properties
    std::shared_ptr<FieldSpec> item; // arrays
    bool additionalProperties = true;
    // Objects whose `additionalProperties` is a schema (a map): what each member's value must be.
    std::shared_ptr<FieldSpec> memberValue;
    // oneOf/anyOf: the shapes the value may take, each labelled for the operator's choice; with a
    // discriminator, each variant's `discriminatorValue` is what its member `discriminator` holds.
    QList<FieldSpec> variants;
    bool variantsExclusive = false;
    QString discriminator;
    QString discriminatorValue;

    bool isGroup() const { return type == Type::Object && !children.isEmpty() && !truncated; }
    bool hasVariants() const { return !variants.isEmpty(); }
    bool isFreeForm() const { return type == Type::Object && (children.isEmpty() || truncated); }
    bool isEditable() const { return !hidden && !readOnly; }

    const FieldSpec* child(const QString& childName) const
    {
        for (const FieldSpec& candidate : children)
            if (candidate.name == childName)
                return &candidate;
        return nullptr;
    }
};

} // namespace AccountDesk
