#pragma once

#include <QList>
#include <QString>

namespace AccountDesk {

// A problem with one value: where (a JSON Pointer into the request body, or "{name}" for a path
// parameter) and what is wrong, in words an operator can act on.
struct FieldError
{
    QString pointer;
    QString message;

    QString toString() const { return pointer + QStringLiteral(": ") + message; }
    bool operator==(const FieldError&) const = default;
};

using FieldErrors = QList<FieldError>;

} // namespace AccountDesk
