#include "FileLock.h"

#include <QDeadlineTimer>
#include <QFileDevice>
#include <QThread>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <sys/file.h>
#endif

#include <cerrno>

namespace AccountDesk {

#ifdef Q_OS_WIN
namespace {

OVERLAPPED lockOffset()
{
    OVERLAPPED at = {};
    at.Offset = 0xFFFFFFFF;
    at.OffsetHigh = 0x7FFFFFFF;
    return at;
}

} // namespace
#endif

FileLock::FileLock(QFileDevice& file)
    : m_file(file)
{}

FileLock::~FileLock()
{
    release();
}

bool FileLock::tryOnce()
{
    const int descriptor = m_file.handle();
    if (descriptor < 0)
        return false;
#ifdef Q_OS_WIN
    // Windows locks are mandatory: a lock on the data would make every reader's ReadFile fail
    // while a writer holds it. One byte far past any data is what the writers agree on instead.
    OVERLAPPED beyondTheData = lockOffset();
    m_held = ::LockFileEx(reinterpret_cast<HANDLE>(::_get_osfhandle(descriptor)),
                          LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &beyondTheData);
#else
    int result = 0;
    do
        result = ::flock(descriptor, LOCK_EX | LOCK_NB);
    while (result != 0 && errno == EINTR);
    m_held = result == 0;
#endif
    return m_held;
}

bool FileLock::acquire(int timeoutMs)
{
    if (m_held)
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    // Short waits first: the other writer holds it for one line.
    for (int waitMs = 1; !tryOnce(); waitMs = qMin(waitMs * 2, 50)) {
        if (deadline.hasExpired() || m_file.handle() < 0)
            return false;
        QThread::msleep(waitMs);
    }
    return true;
}

void FileLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    const int descriptor = m_file.handle();
    if (descriptor < 0)
        return; // closed: the lock went with it
#ifdef Q_OS_WIN
    OVERLAPPED beyondTheData = lockOffset();
    ::UnlockFileEx(reinterpret_cast<HANDLE>(::_get_osfhandle(descriptor)), 0, 1, 0, &beyondTheData);
#else
    ::flock(descriptor, LOCK_UN);
#endif
}

} // namespace AccountDesk
