#pragma once

// What the form targets do with a form once it is built: every leaf is found again by its pointer,
// labelled, edited, validated and serialized as a PATCH and as a PUT body.

#include "FuzzSupport.h"
#include "form/FormModel.h"
#include "form/Validator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace AccountDesk::Fuzz {

// A value of the field's type, the way an operator would enter one.
inline QJsonValue sampleValue(const FieldSpec& field)
{
    if (!field.enumValues.isEmpty())
        return field.enumValues.first();
    switch (field.type) {
    case FieldSpec::Type::String:
    case FieldSpec::Type::Any:
        return QStringLiteral("x");
    case FieldSpec::Type::Integer:
        return 1;
    case FieldSpec::Type::Number:
        return 1.5;
    case FieldSpec::Type::Boolean:
        return true;
    case FieldSpec::Type::Array:
        return QJsonArray{QStringLiteral("x")};
    case FieldSpec::Type::Object:
        return QJsonObject{{QStringLiteral("key"), QStringLiteral("value")}};
    }
    return QJsonValue();
}

inline void exerciseForm(const FormSchema& schema)
{
    const Validator validator(schema);
    FormModel model(schema);
    for (const FieldSpec* leaf : schema.leaves()) {
        // A leaf is found again by its own pointer (names with '/' or '~' are escaped in it).
        ACCOUNTDESK_FUZZ_CHECK(schema.field(leaf->pointer) == leaf);
        (void)schema.label(leaf->pointer);
        if (!model.isEditable(leaf->pointer))
            continue;
        const QJsonValue value = sampleValue(*leaf);
        (void)validator.validateValue(leaf->pointer, value);
        // An editable field of the schema can always be set on an empty form, and reads back.
        ACCOUNTDESK_FUZZ_CHECK(model.setValue(leaf->pointer, value));
        ACCOUNTDESK_FUZZ_CHECK(model.value(leaf->pointer) == FieldValue::of(value));
        if (leaf->nullable)
            (void)model.setNull(leaf->pointer);
    }
    (void)model.changedPointers();
    (void)validator.validateBody(model.patchBody());
    (void)validator.validateBody(model.putBody());
    model.rebase(model.putBody());
    model.revertAll();
    ACCOUNTDESK_FUZZ_CHECK(!model.hasChanges());
}

} // namespace AccountDesk::Fuzz
