#pragma once

#include "FieldChange.h"
#include "http/HttpRequest.h"

#include <QList>

namespace AccountDesk {

// An update ready to send: the exact request (signed, so the preview shows every header) and the
// field-by-field diff. Redact before showing: `request.redactedText()`.
struct PreparedUpdate
{
    HttpRequest request;
    QList<FieldChange> changes;
    bool multipart = false;
};

} // namespace AccountDesk
