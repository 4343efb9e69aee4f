#include "Clock.h"

#include <QDateTime>

namespace AccountDesk {
namespace {

class SystemClock final : public Clock
{
public:
    qint64 currentMSecsSinceEpoch() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace AccountDesk
