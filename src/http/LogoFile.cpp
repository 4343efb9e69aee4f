#include "LogoFile.h"

#include "RequestBuilder.h"
#include "core/BoundedFile.h"

#include <QFileInfo>
#include <QLocale>

namespace AccountDesk {

namespace {

QString sizeOf(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 2, QLocale::DataSizeTraditionalFormat);
}

// A limit as people write it: "5 MB".
QString limitOf(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, bytes % 1024 == 0 ? 0 : 1,
                                          QLocale::DataSizeTraditionalFormat);
}

} // namespace

std::optional<FieldError> LogoFile::check(const QString& fileName, const QByteArray& content,
                                          const FileRule& rule, QString* contentType)
{
    const QString where = QStringLiteral("--logo");
    if (content.size() > rule.maximumBytes)
        return FieldError{where,
                          tr("%1 is %2; the \"%3\" part takes at most %4")
                              .arg(fileName, sizeOf(content.size()), rule.part, limitOf(rule.maximumBytes))};
    if (content.isEmpty())
        return FieldError{where, tr("%1 is empty").arg(fileName)};
    const QString detected = RequestBuilder::detectContentType(content);
    if (!rule.acceptedTypes.isEmpty() && !rule.acceptedTypes.contains(detected))
        return FieldError{
            where, tr("%1 is %2, and the \"%3\" part takes only %4")
                       .arg(fileName, detected, rule.part, rule.acceptedTypes.join(QStringLiteral(", ")))};
    if (contentType)
        *contentType = detected;
    return std::nullopt;
}

std::variant<FileAttachment, FieldError> LogoFile::load(const QString& path, const FileRule& rule)
{
    const QString where = QStringLiteral("--logo");
    const QFileInfo info(path);
    // Never more than the limit plus one byte in memory, whatever the file does after a stat.
    BoundedFile::Result read = BoundedFile::read(path, rule.maximumBytes);
    switch (read.status) {
    case BoundedFile::Status::Read:
        break;
    case BoundedFile::Status::Missing:
        return FieldError{where, tr("%1: no such file").arg(path)};
    case BoundedFile::Status::NotARegularFile:
        return FieldError{where, tr("%1 is not a regular file").arg(path)};
    case BoundedFile::Status::TooLarge:
        if (read.size > rule.maximumBytes + 1)
            return FieldError{
                where, tr("%1 is %2; the \"%3\" part takes at most %4")
                           .arg(info.fileName(), sizeOf(read.size), rule.part, limitOf(rule.maximumBytes))};
        return FieldError{where, tr("%1 is over the limit: the \"%2\" part takes at most %3")
                                     .arg(info.fileName(), rule.part, limitOf(rule.maximumBytes))};
    case BoundedFile::Status::Unreadable:
        return FieldError{where, QStringLiteral("%1: %2").arg(path, read.error)};
    }
    FileAttachment attachment;
    attachment.fileName = info.fileName();
    attachment.sourcePath = info.absoluteFilePath(); // "Copy as curl" names the file by it
    attachment.content = std::move(read.content);
    if (const std::optional<FieldError> problem =
            check(attachment.fileName, attachment.content, rule, &attachment.contentType))
        return *problem;
    return attachment;
}

} // namespace AccountDesk
