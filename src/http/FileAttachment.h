#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace AccountDesk {

// A file sent as a multipart part (SoftwareOne's logo).
struct FileAttachment
{
    QString fileName; // without directories
    QByteArray content;
    QString contentType; // detected from the content
    QString sourcePath;  // where it was read from (for "Copy as curl"); empty when not from a file

    QByteArray sha256Hex() const
    {
        return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    }
    bool operator==(const FileAttachment&) const = default;
};

} // namespace AccountDesk
