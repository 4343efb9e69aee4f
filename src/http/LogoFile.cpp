#include "LogoFile.h"

#include "RequestBuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace AccountDesk {

const QStringList& LogoFile::acceptedTypes()
{
    static const QStringList types = {QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                      QStringLiteral("image/svg+xml"), QStringLiteral("image/webp")};
    return types;
}

std::optional<FieldError> LogoFile::check(const QString& fileName, const QByteArray& content,
                                          QString* contentType)
{
    const QString where = QStringLiteral("--logo");
    if (content.size() > kMaximumBytes)
        return FieldError{where, QStringLiteral("%1 is %2; a logo may be at most 5 MB")
                                     .arg(fileName, QLocale::c().formattedDataSize(content.size()))};
    if (content.isEmpty())
        return FieldError{where, QStringLiteral("%1 is empty").arg(fileName)};
    const QString detected = RequestBuilder::detectContentType(content);
    if (!acceptedTypes().contains(detected))
        return FieldError{where,
                          QStringLiteral("%1 is not a PNG, JPEG, SVG or WebP image (its content is %2)")
                              .arg(fileName, detected)};
    if (contentType)
        *contentType = detected;
    return std::nullopt;
}

std::variant<FileAttachment, FieldError> LogoFile::load(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return FieldError{QStringLiteral("--logo"), QStringLiteral("%1: no such file").arg(path)};
    if (info.size() > kMaximumBytes)
        return FieldError{QStringLiteral("--logo"),
                          QStringLiteral("%1 is %2; a logo may be at most 5 MB")
                              .arg(info.fileName(), QLocale::c().formattedDataSize(info.size()))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FieldError{QStringLiteral("--logo"), QStringLiteral("%1: %2").arg(path, file.errorString())};
    FileAttachment attachment;
    attachment.fileName = info.fileName();
    attachment.content = file.readAll();
    if (const std::optional<FieldError> problem =
            check(attachment.fileName, attachment.content, &attachment.contentType))
        return *problem;
    return attachment;
}

} // namespace AccountDesk
