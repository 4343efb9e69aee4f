#pragma once

#include "FieldError.h"
#include "FormSchema.h"
#include "openapi/Parameter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace AccountDesk {

// Checks values against their field specs and hints and returns every problem at once. Nothing is
// sent while any remains.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::Validator)

public:
    explicit Validator(const FormSchema& schema);

    // The whole request body: types, limits, formats, hints, required members, unknown members.
    FieldErrors validateBody(const QJsonObject& body) const;
    // One value at `pointer` (a field, or a place inside a free-form object or array).
    FieldErrors validateValue(const QString& pointer, const QJsonValue& value) const;

    // A path parameter as typed ("123"): on success its text for the URL, else the problem.
    static std::optional<FieldError> validatePathParameter(const Parameter& parameter, const QString& text);

private:
    void check(const QJsonValue& value, const FieldSpec& field, const QString& pointer,
               FieldErrors& errors) const;
    void checkVariants(const QJsonValue& value, const FieldSpec& field, const QString& pointer,
                       FieldErrors& errors) const;
    void checkString(const QString& text, const FieldSpec& field, const QString& pointer,
                     FieldErrors& errors) const;
    void checkNumber(const QJsonValue& value, const FieldSpec& field, const QString& pointer,
                     FieldErrors& errors) const;

    const FormSchema& m_schema;
};

} // namespace AccountDesk
