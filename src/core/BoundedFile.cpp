#include "BoundedFile.h"

#include <QFile>
#include <QFileInfo>

namespace AccountDesk {

BoundedFile::Result BoundedFile::read(const QString& path, qint64 maximumBytes)
{
    Result result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.status = Status::Missing;
        return result;
    }
    if (!info.isFile()) {
        result.status = Status::NotARegularFile;
        return result;
    }
    if (info.size() > maximumBytes) {
        result.status = Status::TooLarge;
        result.size = info.size();
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    // Replaced by a device or a pipe since the check above.
    if (file.isSequential()) {
        result.status = Status::NotARegularFile;
        return result;
    }
    QByteArray content;
    while (content.size() <= maximumBytes) {
        const QByteArray chunk = file.read(maximumBytes + 1 - content.size());
        if (chunk.isEmpty())
            break;
        content.append(chunk);
    }
    if (file.error() != QFileDevice::NoError) {
        result.error = file.errorString();
        return result;
    }
    if (content.size() > maximumBytes) {
        result.status = Status::TooLarge;
        result.size = content.size();
        return result;
    }
    result.status = Status::Read;
    result.content = std::move(content);
    return result;
}

} // namespace AccountDesk
