#include "ThreadCpuTimer.h"

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <ctime>
#endif

namespace AccountDesk::TestSupport {

void ThreadCpuTimer::start()
{
    m_startNanoseconds = nowNanoseconds();
}

qint64 ThreadCpuTimer::elapsed() const
{
    return (nowNanoseconds() - m_startNanoseconds) / 1000000;
}

qint64 ThreadCpuTimer::nowNanoseconds()
{
#ifdef Q_OS_WIN
    FILETIME creation, exit, kernel, user;
    if (!GetThreadTimes(GetCurrentThread(), &creation, &exit, &kernel, &user))
        return 0;
    auto hundreds = [](const FILETIME& time) {
        return (qint64(time.dwHighDateTime) << 32) | qint64(time.dwLowDateTime);
    };
    return (hundreds(kernel) + hundreds(user)) * 100;
#else
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#endif
}

} // namespace AccountDesk::TestSupport
