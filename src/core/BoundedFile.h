#pragma once

#include <QByteArray>
#include <QString>

namespace AccountDesk {

// Reads a whole file that must not exceed a size limit, without trusting a size taken earlier: it
// reads at most the limit plus one byte, so a file that grows after the check, or a device that
// never ends (/dev/zero), costs no more memory than the limit. Only regular files are read; a FIFO
// or a device is refused before it is opened, so reading can never block on one.
class BoundedFile
{
public:
    enum class Status
    {
        Read,
        Missing,
        NotARegularFile,
        TooLarge,
        Unreadable
    };

    struct Result
    {
        Status status = Status::Unreadable;
        QByteArray content; // only when Read
        qint64 size = 0;    // TooLarge: the size found, or the limit plus one when it grew while read
        QString error;      // Unreadable: the system's reason
    };

    static Result read(const QString& path, qint64 maximumBytes);
};

} // namespace AccountDesk
