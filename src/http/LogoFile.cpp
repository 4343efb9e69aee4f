#include "LogoFile.h"

#include "RequestBuilder.h"
#include "core/BoundedFile.h"

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
    const QString where = QStringLiteral("--logo");
    const QFileInfo info(path);
    // Never more than the limit plus one byte in memory, whatever the file does after a stat.
    BoundedFile::Result read = BoundedFile::read(path, kMaximumBytes);
    switch (read.status) {
    case BoundedFile::Status::Read:
        break;
    case BoundedFile::Status::Missing:
        return FieldError{where, QStringLiteral("%1: no such file").arg(path)};
    case BoundedFile::Status::NotARegularFile:
        return FieldError{where, QStringLiteral("%1 is not a regular file").arg(path)};
    case BoundedFile::Status::TooLarge:
        if (read.size > kMaximumBytes + 1)
            return FieldError{where, QStringLiteral("%1 is %2; a logo may be at most 5 MB")
                                         .arg(info.fileName(), QLocale::c().formattedDataSize(read.size))};
        return FieldError{
            where, QStringLiteral("%1 is over the limit: a logo may be at most 5 MB").arg(info.fileName())};
    case BoundedFile::Status::Unreadable:
        return FieldError{where, QStringLiteral("%1: %2").arg(path, read.error)};
    }
    FileAttachment attachment;
    attachment.fileName = info.fileName();
    attachment.sourcePath = info.absoluteFilePath(); // "Copy as curl" names the file by it
    attachment.content = std::move(read.content);
    if (const std::optional<FieldError> problem =
            check(attachment.fileName, attachment.content, &attachment.contentType))
        return *problem;
    return attachment;
}

} // namespace AccountDesk
