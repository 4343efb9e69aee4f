#include "MultipartBody.h"

namespace AccountDesk {
namespace {

// A parameter of a Content-Disposition header: name="account" (quotes escaped with a backslash).
QByteArray parameter(const QByteArray& header, const QByteArray& key)
{
    const QByteArray needle = "; " + key + "=\"";
    const qsizetype start = header.indexOf(needle);
    if (start < 0)
        return QByteArray();
    QByteArray value;
    for (qsizetype i = start + needle.size(); i < header.size(); ++i) {
        const char c = header.at(i);
        if (c == '"')
            return value;
        if (c == '\\' && i + 1 < header.size())
            value += header.at(++i);
        else
            value += c;
    }
    return QByteArray();
}

} // namespace

QByteArray MultipartBody::boundaryOf(const QByteArray& contentType)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/"))
        return QByteArray();
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return QByteArray();
    QByteArray boundary = contentType.mid(at + 9);
    if (const qsizetype end = boundary.indexOf(';'); end >= 0)
        boundary.truncate(end);
    boundary = boundary.trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    return boundary;
}

std::optional<QList<MultipartBody::Part>> MultipartBody::parse(const QByteArray& contentType,
                                                               const QByteArray& body)
{
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    if (!body.startsWith(delimiter + "\r\n"))
        return std::nullopt;
    QList<Part> parts;
    qsizetype position = delimiter.size() + 2;
    while (true) {
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        const qsizetype next = body.indexOf("\r\n" + delimiter, position);
        if (headersEnd < 0 || next < 0 || headersEnd > next)
            return std::nullopt;
        Part part;
        for (const QByteArray& line : body.mid(position, headersEnd - position).split('\n')) {
            const QByteArray header = line.trimmed();
            const QByteArray lower = header.toLower();
            if (lower.startsWith("content-disposition:")) {
                part.name = parameter(header, "name");
                part.fileName = parameter(header, "filename");
            } else if (lower.startsWith("content-type:")) {
                part.contentType = header.mid(13).trimmed();
            }
        }
        part.content = body.mid(headersEnd + 4, next - headersEnd - 4);
        parts.append(part);
        position = next + 2 + delimiter.size();
        if (body.mid(position, 4) == "--\r\n" && position + 4 == body.size())
            return parts;
        if (body.mid(position, 2) != "\r\n")
            return std::nullopt;
        position += 2;
    }
}

} // namespace AccountDesk
