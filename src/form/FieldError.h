#pragma once

#include <QList>
#include <QString>

namespace AccountDesk {

// A problem with one value: where (a JSON Pointer into the request body, "{name}" for a path
// parameter, or an option name) and what is wrong, in words an operator can act on. `location`
// says what kind of place `pointer` names, so a window can put the problem at the right widget
// without matching strings.
struct FieldError
{
    enum class Location
    {
        Body,          // `pointer` is a JSON Pointer into the request body
        PathParameter, // `pointer` is "{name}": the account id
        BaseUrl,       // where requests go
        Other          // the command line, the provider, the request as a whole
    };

    QString pointer;
    QString message;
    Location location = Location::Body;

    QString toString() const { return pointer + QStringLiteral(": ") + message; }
    bool operator==(const FieldError&) const = default;
};

using FieldErrors = QList<FieldError>;

} // namespace AccountDesk
