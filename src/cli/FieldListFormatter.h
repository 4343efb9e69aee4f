#pragma once

#include "form/FormSchema.h"

#include <QString>

namespace AccountDesk {

// Renders a form's fields as the JSON array `accountdesk-cli fields` prints: one object per field,
// in form order, keys in a fixed order so that output diffs and greps stay stable.
class FieldListFormatter
{
public:
    static QString format(const FormSchema& form);
    // `{"pointer": "/account_name", "type": "string", "required": false, ...}`
    static QString describe(const FieldSpec& field);

private:
    static QString describeItems(const FieldSpec& item);
};

} // namespace AccountDesk
