#pragma once

#include "form/FieldError.h"

#include <QString>

namespace AccountDesk {

// A non-2xx answer, whatever shape the provider gave it: RFC 7807 ProblemDetails (SoftwareOne),
// {"error": "..."} (quiva), {"error": {"type", "message"}} (Sequence), {"message"} / {"code",
// "message"} (Pismo), or plain text.
struct ApiError
{
    int status = 0;
    QString title;
    QString detail;
    QString message;
    QString code;
    QString type;
    FieldErrors fieldErrors; // pointers into the request body where the provider named fields
    QString raw;             // the body as received (for anything unparsed)

    // Lines for an operator: "HTTP 400: Validation failed", "detail: ...", "/name: is required".
    QStringList describe() const;
};

} // namespace AccountDesk
