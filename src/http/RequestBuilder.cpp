#include "RequestBuilder.h"

#include "auth/Credentials.h"
#include "core/ApplicationIdentity.h"
#include "form/Validator.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUuid>

namespace AccountDesk {
namespace {

QByteArray quotedParameter(const QString& value)
{
    // RFC 7578: names and file names in quotes; escape quotes and strip line breaks.
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.remove(QLatin1Char('\r'));
    escaped.remove(QLatin1Char('\n'));
    return '"' + escaped.toUtf8() + '"';
}

} // namespace

RequestBuilder::RequestBuilder(const Provider& provider)
    : m_provider(provider)
{}

QByteArray RequestBuilder::userAgent()
{
    return "AccountDesk/" + ApplicationIdentity::version().toLatin1();
}

QByteArray RequestBuilder::newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray RequestBuilder::newBoundary()
{
    return "AccountDeskBoundary" + QUuid::createUuid().toByteArray(QUuid::Id128);
}

bool RequestBuilder::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<FieldError> RequestBuilder::checkBaseUrl(const QUrl& url)
{
    const QString where = QStringLiteral("--base-url");
    // Messages never repeat what was typed: it may hold a password.
    if (!url.userInfo().isEmpty())
        return FieldError{where, tr("holds a user name or password: put credentials in Credentials… "
                                    "(or `credentials set`), never in the URL")};
    if (!url.isValid() || url.host().isEmpty())
        return FieldError{where, tr("is not an absolute URL such as https://api.example.com/v1")};
    if (url.hasQuery() || url.hasFragment())
        return FieldError{where, tr("a base URL has no query (?…) or fragment (#…)")};
    if (url.host().contains(QLatin1Char('{')))
        return FieldError{where, tr("\"%1\" still has a {variable}: give the full URL").arg(url.toString())};
    const QString scheme = url.scheme().toLower();
    if (scheme == QStringLiteral("https"))
        return std::nullopt;
    if (scheme == QStringLiteral("http")) {
        if (isLoopback(url))
            return std::nullopt;
        return FieldError{where, tr("plain http:// is only allowed to a loopback address; use https://")};
    }
    return FieldError{where, tr("scheme \"%1\" is not supported; use https://").arg(url.scheme())};
}

QString RequestBuilder::detectContentType(const QByteArray& content)
{
    return QMimeDatabase().mimeTypeForData(content).name();
}

std::variant<HttpRequest, FieldErrors> RequestBuilder::start(const Operation& operation,
                                                             const RequestTarget& target) const
{
    FieldErrors errors;
    if (const std::optional<FieldError> problem = checkBaseUrl(target.baseUrl))
        errors.append(*problem);

    // Fill the path template; every value is percent-encoded as one segment.
    QString path = operation.path;
    for (const Parameter& parameter : operation.parametersIn(QStringLiteral("path"))) {
        const QString value = target.pathParameters.value(parameter.name);
        if (const std::optional<FieldError> problem = Validator::validatePathParameter(parameter, value)) {
            errors.append(*problem);
            continue;
        }
        path.replace(QLatin1Char('{') + parameter.name + QLatin1Char('}'),
                     QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    for (auto it = target.pathParameters.constBegin(); it != target.pathParameters.constEnd(); ++it)
        if (!operation.parameter(QStringLiteral("path"), it.key()) && !it.value().isEmpty())
            errors.append({QLatin1Char('{') + it.key() + QLatin1Char('}'),
                           tr("%1 takes no such path parameter").arg(operation.displayName())});
    if (!errors.isEmpty())
        return errors;

    HttpRequest request;
    request.method = operation.method.toLatin1();
    QString base = target.baseUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    request.url = QUrl(base + path, QUrl::StrictMode);
    request.headers.append(HttpRequest::Header("Accept", "application/json"));
    // Stated, so Qt adds no compression of its own: a compressed answer cut short would decompress
    // into a "complete" shorter body, and Review would not show the header.
    request.headers.append(HttpRequest::Header("Accept-Encoding", "identity"));
    for (const Parameter& parameter : operation.parametersIn(QStringLiteral("header"))) {
        if (parameter.name.compare(QStringLiteral("Authorization"), Qt::CaseInsensitive) == 0)
            continue;
        // The spec's default, else its only allowed value (Sequence-Version: 2024-07-30).
        QString value = parameter.schema->defaultValue.toVariant().toString();
        if (value.isEmpty() && parameter.schema->enumValues.size() == 1)
            value = parameter.schema->enumValues.first().toVariant().toString();
        if (const std::optional<QString> problem = Credentials::problemWith(value);
            problem && !value.isEmpty())
            errors.append({parameter.name, tr("the spec's value for this header %1").arg(*problem),
                           FieldError::Location::Other});
        else if (!value.isEmpty())
            request.headers.append(HttpRequest::Header(parameter.name.toLatin1(), value.toUtf8()));
        else if (parameter.required)
            errors.append({parameter.name, tr("the spec requires this header but gives no value for it")});
    }
    request.headers.append(HttpRequest::Header("User-Agent", userAgent()));
    request.headers.append(HttpRequest::Header("X-Request-ID", newRequestId()));
    if (!errors.isEmpty())
        return errors;
    return request;
}

std::variant<HttpRequest, FieldErrors> RequestBuilder::buildRead(const RequestTarget& target) const
{
    const Operation* read = m_provider.readOperation();
    if (!read)
        return FieldErrors{
            {QStringLiteral("<provider>"), tr("%1 has no read operation").arg(m_provider.id())}};
    return start(*read, target);
}

std::variant<HttpRequest, FieldErrors>
RequestBuilder::buildUpdate(const QJsonObject& body, const RequestTarget& target,
                            const std::optional<FileAttachment>& file) const
{
    std::variant<HttpRequest, FieldErrors> started = start(m_provider.updateOperation(), target);
    if (std::holds_alternative<FieldErrors>(started))
        return started;
    HttpRequest request = std::get<HttpRequest>(std::move(started));
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);

    if (!file) {
        request.headers.insert(1,
                               HttpRequest::Header("Content-Type", m_provider.bodyContentType().toLatin1()));
        request.body = json;
        return request;
    }
    if (!m_provider.multipart())
        return FieldErrors{{QStringLiteral("--logo"), tr("%1 takes no file upload").arg(m_provider.id())}};
    const QByteArray boundary = newBoundary();
    request.headers.insert(
        1, HttpRequest::Header("Content-Type",
                               m_provider.multipart()->contentType.toLatin1() + "; boundary=" + boundary));
    request.body = multipartBody(boundary, json, *file);
    return request;
}

QByteArray RequestBuilder::multipartBody(const QByteArray& boundary, const QByteArray& json,
                                         const FileAttachment& file) const
{
    const ProviderHints::Multipart& parts = *m_provider.multipart();
    QByteArray jsonType = m_provider.multipartPartContentType(parts.jsonPart).toLatin1();
    if (jsonType.isEmpty())
        jsonType = "application/json";
    // The spec's encoding for the file part is a constraint: application/octet-stream (or none, or a
    // wildcard) admits any file, so the part carries the file's real type; a specific type is kept.
    const QString specFileType = m_provider.multipartPartContentType(parts.filePart);
    QString fileType = file.contentType.isEmpty() ? detectContentType(file.content) : file.contentType;
    if (!specFileType.isEmpty() && specFileType != QStringLiteral("application/octet-stream") &&
        !specFileType.contains(QLatin1Char('*')) && !specFileType.split(QLatin1Char(',')).contains(fileType))
        fileType = specFileType.split(QLatin1Char(',')).first().trimmed();

    QByteArray body;
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=" + quotedParameter(parts.jsonPart) + "\r\n";
    body += "Content-Type: " + jsonType + "\r\n\r\n";
    body += json + "\r\n";
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=" + quotedParameter(parts.filePart) +
            "; filename=" + quotedParameter(file.fileName) + "\r\n";
    body += "Content-Type: " + fileType.toLatin1() + "\r\n\r\n";
    body += file.content + "\r\n";
    body += "--" + boundary + "--\r\n";
    return body;
}

} // namespace AccountDesk
