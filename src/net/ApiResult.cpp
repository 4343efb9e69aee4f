#include "ApiResult.h"

namespace AccountDesk {

QByteArray ApiResult::header(const QByteArray& name) const
{
    for (const HttpRequest::Header& header : headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    return QByteArray();
}

QString ApiResult::statusLine() const
{
    QString line = QString::fromLatin1(httpVersion.isEmpty() ? QByteArray("HTTP/1.1") : httpVersion) +
                   QLatin1Char(' ') + QString::number(status);
    if (!reasonPhrase.isEmpty())
        line += QLatin1Char(' ') + QString::fromLatin1(reasonPhrase);
    return line;
}

} // namespace AccountDesk
