#pragma once

#include "form/FieldValue.h"

#include <QString>

namespace AccountDesk {

// One line of the review's diff: a field, what it was when loaded and what will be sent.
struct FieldChange
{
    QString pointer;
    QString label;
    FieldValue before;
    FieldValue after;
};

} // namespace AccountDesk
