#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace AccountDesk {

// Reads a multipart/form-data body back into its parts, so a preview can show the JSON part in
// full and the file part by name, type, size and digest, and "Copy as curl" can rebuild it.
class MultipartBody
{
public:
    struct Part
    {
        QByteArray name;
        QByteArray fileName; // empty when the part is not a file
        QByteArray contentType;
        QByteArray content;
    };

    // The boundary parameter of a multipart Content-Type; empty when it is not multipart.
    static QByteArray boundaryOf(const QByteArray& contentType);
    // nullopt when `body` is not a well-formed multipart body with that boundary.
    static std::optional<QList<Part>> parse(const QByteArray& contentType, const QByteArray& body);
};

} // namespace AccountDesk
