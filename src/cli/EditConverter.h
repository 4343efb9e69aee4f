#pragma once

#include "CliArguments.h"
#include "form/FormModel.h"

#include <QJsonValue>

#include <variant>

namespace AccountDesk {

// Turns one command-line edit into the JSON value it sets, by the field's schema type:
// --set /seats=5 is the number 5 for an integer field and the text "5" for a string field.
class EditConverter
{
public:
    static std::variant<QJsonValue, FieldError> convert(const FormModel& model,
                                                        const CliArguments::Edit& edit);
};

} // namespace AccountDesk
