#pragma once

#include "ApiError.h"
#include "form/FormSchema.h"

#include <QByteArray>

namespace AccountDesk {

// Reads an error answer into an ApiError. Field names the provider reports ("Name",
// "address.city", "/address/city") are mapped to pointers of the form when the form has them.
class ApiErrorParser
{
public:
    // A field name longer than this is not looked for in the form; its message becomes a general one.
    static constexpr qsizetype kMaximumFieldPathLength = 1024;

    explicit ApiErrorParser(const FormSchema* form = nullptr);

    ApiError parse(int status, const QByteArray& contentType, const QByteArray& body) const;

    // "Address.City" -> "/address/city" when the form has that field (case-insensitive), else "".
    QString pointerFor(const QString& property) const;

private:
    const FormSchema* m_form;
};

} // namespace AccountDesk
