#pragma once

#include <QByteArray>
#include <QString>

namespace AccountDesk {

// A file sent as a multipart part (SoftwareOne's logo).
struct FileAttachment
{
    QString fileName; // without directories
    QByteArray content;
    QString contentType; // detected from the content
};

} // namespace AccountDesk
