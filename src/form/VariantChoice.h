#pragma once

#include "FieldSpec.h"

#include <QJsonValue>

namespace AccountDesk {

// The operator's choice among a field's oneOf/anyOf variants: which variant a value is, and what a
// value becomes when the operator switches it to another variant. Core logic behind the variant
// editor, so that the window and tests agree on it.
class VariantChoice
{
public:
    // The index of the variant `value` is: by its discriminator when the field has one, else the first
    // variant it fully matches; -1 when none (or the value is absent).
    static int variantOf(const FieldSpec& field, const QJsonValue& value);

    // `current` reshaped as `variant`: for objects, the members the variant declares are kept, its
    // discriminator is set, and each required member still missing is added with its default, example or
    // an empty value of its type, so the operator sees what to fill in. Other values are kept when they
    // match, else replaced by the variant's default, example or empty value.
    static QJsonValue reshape(const FieldSpec& field, int variantIndex, const QJsonValue& current);

private:
    static QJsonValue starterValue(const FieldSpec& spec);
};

} // namespace AccountDesk
