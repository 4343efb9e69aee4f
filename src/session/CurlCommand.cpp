#include "CurlCommand.h"

#include "http/MultipartBody.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace AccountDesk {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CurlCommand", text);
}

// A value inside curl's own double quotes (--form 'name="…"'): backslash and quote escaped.
QString curlQuoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool fileStillHolds(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() != content.size())
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result() == QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

} // namespace

QString CurlCommand::singleQuoted(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CurlCommand::variableFor(const QString& credentialField)
{
    return QStringLiteral("ACCOUNTDESK_") + credentialField.toUpper();
}

CurlCommand::Result CurlCommand::build(const PreparedUpdate& update)
{
    const HttpRequest& request = update.request;
    QStringList notes;
    QStringList parts{QStringLiteral("curl --request %1 %2")
                          .arg(QString::fromLatin1(request.method),
                               singleQuoted(request.url.toString(QUrl::FullyEncoded)))};
    const std::optional<QList<MultipartBody::Part>> multipart =
        MultipartBody::parse(request.header("Content-Type"), request.body);
    for (const HttpRequest::Header& header : request.headers) {
        const QString name = QString::fromLatin1(header.first);
        if (multipart && header.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            continue; // curl writes its own, with its own boundary
        if (!request.isSecret(header.first)) {
            parts << QStringLiteral("--header ") +
                         singleQuoted(name + QStringLiteral(": ") + QString::fromUtf8(header.second));
            continue;
        }
        switch (update.authKind) {
        case AuthKind::Basic:
            parts << QStringLiteral("--user \"$%1:$%2\"")
                         .arg(variableFor(QStringLiteral("username")),
                              variableFor(QStringLiteral("password")));
            notes << variableFor(QStringLiteral("username")) << variableFor(QStringLiteral("password"));
            break;
        case AuthKind::Bearer:
            parts << QStringLiteral("--header \"%1: Bearer $%2\"")
                         .arg(name, variableFor(QStringLiteral("token")));
            notes << variableFor(QStringLiteral("token"));
            break;
        case AuthKind::ApiKey:
            parts << QStringLiteral("--header \"%1: $%2\"").arg(name, variableFor(QStringLiteral("api_key")));
            notes << variableFor(QStringLiteral("api_key"));
            break;
        case AuthKind::ZephrHmac:
            parts << QStringLiteral("--header ") +
                         singleQuoted(name + QStringLiteral(": ") +
                                      QString::fromUtf8(
                                          HttpRequest::redactedHeaderValue("Authorization", header.second)));
            break;
        }
    }
    if (multipart) {
        for (const MultipartBody::Part& part : *multipart) {
            const QString type = QString::fromLatin1(part.contentType);
            if (part.fileName.isEmpty()) {
                parts << QStringLiteral("--form ") +
                             singleQuoted(QString::fromUtf8(part.name) + QLatin1Char('=') +
                                          curlQuoted(QString::fromUtf8(part.content)) +
                                          QStringLiteral(";type=") + type);
                continue;
            }
            if (!update.file || !fileStillHolds(update.file->sourcePath, part.content))
                return {QString(),
                        tr("The file \"%1\" is no longer where it was read from, or it has changed: "
                           "a curl command would send something else.")
                            .arg(QString::fromUtf8(part.fileName))};
            parts << QStringLiteral("--form ") +
                         singleQuoted(QString::fromUtf8(part.name) + QStringLiteral("=@") +
                                      curlQuoted(update.file->sourcePath) + QStringLiteral(";type=") + type +
                                      QStringLiteral(";filename=") +
                                      curlQuoted(QString::fromUtf8(part.fileName)));
        }
    } else if (!request.body.isEmpty()) {
        parts << QStringLiteral("--data-binary ") + singleQuoted(QString::fromUtf8(request.body));
    }
    QString command;
    if (!notes.isEmpty())
        command += QStringLiteral("# ") +
                   tr("Set %1 before running this command.").arg(notes.join(tr(" and "))) + QLatin1Char('\n');
    if (update.authKind == AuthKind::ZephrHmac)
        command += QStringLiteral("# ") +
                   tr("The Zephr signature holds for one timestamp and nonce and is shown redacted (***): "
                      "sign the request again before sending it this way.") +
                   QLatin1Char('\n');
    return {command + parts.join(QStringLiteral(" \\\n  ")), QString()};
}

} // namespace AccountDesk
