#pragma once

#include <QtGlobal>

namespace AccountDesk {

// Time as the core sees it; tests substitute a fixed clock (signatures, Retry-After, drafts).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 currentMSecsSinceEpoch() const = 0;

    static const Clock& system();
};

} // namespace AccountDesk
