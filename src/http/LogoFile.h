#pragma once

#include "FileAttachment.h"
#include "FileRule.h"
#include "form/FieldError.h"

#include <QCoreApplication>

#include <variant>

namespace AccountDesk {

// A file to upload as a multipart file part (SoftwareOne's logo): read bounded by the rule's size
// limit, its type judged by its bytes and checked against the types the part accepts.
class LogoFile
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::LogoFile)

public:
    static constexpr qint64 kMaximumBytes = FileRule::kDefaultMaximumBytes;

    static std::variant<FileAttachment, FieldError> load(const QString& path,
                                                         const FileRule& rule = FileRule::images());
    static std::optional<FieldError> check(const QString& fileName, const QByteArray& content,
                                           const FileRule& rule, QString* contentType);
};

} // namespace AccountDesk
