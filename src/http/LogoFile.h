#pragma once

#include "FileAttachment.h"
#include "form/FieldError.h"

#include <variant>

namespace AccountDesk {

// An image to upload as a logo: PNG, JPEG, SVG or WebP, judged by its bytes, at most 5 MB.
class LogoFile
{
public:
    static constexpr qint64 kMaximumBytes = 5 * 1024 * 1024;
    static const QStringList& acceptedTypes();

    static std::variant<FileAttachment, FieldError> load(const QString& path);
    static std::optional<FieldError> check(const QString& fileName, const QByteArray& content,
                                           QString* contentType);
};

} // namespace AccountDesk
