#include "HttpRequest.h"

#include "MultipartBody.h"

#include <QCryptographicHash>

namespace AccountDesk {
namespace {

bool sameName(const QByteArray& a, const QByteArray& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isPrintableText(const QByteArray& body)
{
    for (const char c : body) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return false;
    }
    return true;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const Header& header : headers)
        if (sameName(header.first, name))
            return header.second;
    return QByteArray();
}

bool HttpRequest::hasHeader(const QByteArray& name) const
{
    for (const Header& header : headers)
        if (sameName(header.first, name))
            return true;
    return false;
}

void HttpRequest::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (Header& header : headers) {
        if (sameName(header.first, name)) {
            header.second = value;
            return;
        }
    }
    headers.append(Header(name, value));
}

void HttpRequest::removeHeader(const QByteArray& name)
{
    headers.removeIf([&name](const Header& header) { return sameName(header.first, name); });
}

bool HttpRequest::isSecretHeader(const QByteArray& name)
{
    static const QList<QByteArray> secret = {"authorization", "proxy-authorization", "x-api-key", "cookie",
                                             "api-key",       "x-auth-token"};
    for (const QByteArray& candidate : secret)
        if (sameName(candidate, name))
            return true;
    return false;
}

void HttpRequest::setSecretHeader(const QByteArray& name, const QByteArray& value)
{
    setHeader(name, value);
    if (!secretHeaders.contains(name.toLower()))
        secretHeaders.append(name.toLower());
}

bool HttpRequest::isSecret(const QByteArray& name) const
{
    return isSecretHeader(name) || secretHeaders.contains(name.toLower());
}

void HttpRequest::removeSecretHeaders()
{
    headers.removeIf([this](const Header& header) { return isSecret(header.first); });
    secretHeaders.clear();
}

QByteArray HttpRequest::redactedHeaderValue(const QByteArray& name, const QByteArray& value)
{
    if (!isSecretHeader(name))
        return value;
    return hiddenValue(name, value);
}

QByteArray HttpRequest::redacted(const Header& header) const
{
    return isSecret(header.first) ? hiddenValue(header.first, header.second) : header.second;
}

QByteArray HttpRequest::hiddenValue(const QByteArray& name, const QByteArray& value)
{
    // Keep the scheme word ("Basic", "Bearer", "ZEPHR-HMAC-SHA256"): it says how, not what.
    const qsizetype space = value.indexOf(' ');
    if (sameName(name, "authorization") && space > 0)
        return value.left(space) + " ***";
    return "***";
}

QString HttpRequest::redactedText() const
{
    QString text =
        QString::fromLatin1(method) + QLatin1Char(' ') + url.toString(QUrl::FullyEncoded) + QLatin1Char('\n');
    for (const Header& header : headers)
        text += QString::fromLatin1(header.first) + QStringLiteral(": ") +
                QString::fromUtf8(redacted(header)) + QLatin1Char('\n');
    if (body.isEmpty())
        return text;
    text += QLatin1Char('\n');
    if (const std::optional<QList<MultipartBody::Part>> parts =
            MultipartBody::parse(header("Content-Type"), body)) {
        // Text parts in full; a file as what identifies it, never as raw bytes.
        const QString delimiter =
            QStringLiteral("--") + QString::fromLatin1(MultipartBody::boundaryOf(header("Content-Type")));
        for (const MultipartBody::Part& part : *parts) {
            text += delimiter + QStringLiteral("\nContent-Disposition: form-data; name=\"%1\"")
                                    .arg(QString::fromUtf8(part.name));
            if (!part.fileName.isEmpty())
                text += QStringLiteral("; filename=\"%1\"").arg(QString::fromUtf8(part.fileName));
            text += QStringLiteral("\nContent-Type: %1\n\n").arg(QString::fromLatin1(part.contentType));
            if (part.fileName.isEmpty() && isPrintableText(part.content))
                text += QString::fromUtf8(part.content) + QLatin1Char('\n');
            else
                text += QStringLiteral("<file \"%1\": %2, %3 bytes, SHA-256 %4>\n")
                            .arg(QString::fromUtf8(part.fileName), QString::fromLatin1(part.contentType))
                            .arg(part.content.size())
                            .arg(QString::fromLatin1(
                                QCryptographicHash::hash(part.content, QCryptographicHash::Sha256).toHex()));
        }
        return text + delimiter + QStringLiteral("--\n");
    }
    if (isPrintableText(body))
        text += QString::fromUtf8(body);
    else
        text += QStringLiteral("<%1 bytes of binary data>").arg(body.size());
    if (!body.endsWith('\n'))
        text += QLatin1Char('\n');
    return text;
}

} // namespace AccountDesk
