#pragma once

class QFileDevice;

namespace AccountDesk {

// An exclusive lock on an open file, between processes and between separate opens of the file in
// one process: flock() on Unix, LockFileEx() on one byte far past the data on Windows (so readers,
// who take no lock, are never refused). The operating system gives it up when the
// file is closed or the process dies, so a crash leaves no lock file behind to be found stale.
// QLockFile is not used for this because it syncs its lock file to disk (fdatasync) every time it
// is taken: a disk flush per history entry, which stalled a bulk run's event loop.
class FileLock
{
public:
    explicit FileLock(QFileDevice& file);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    // Tries until it holds the lock or `timeoutMs` have passed.
    bool acquire(int timeoutMs);
    void release();
    bool isHeld() const { return m_held; }

private:
    bool tryOnce();

    QFileDevice& m_file;
    bool m_held = false;
};

} // namespace AccountDesk
