#pragma once

#include <QString>
#include <QStringList>

namespace AccountDesk {

// What a multipart file part takes: its name, the content types it accepts (detected from the
// content, never from the file name; empty: any) and its size limit. A provider's comes from its
// hints, else from the spec's `encoding` of that part (Provider::fileRule).
struct FileRule
{
    static constexpr qint64 kDefaultMaximumBytes = 5 * 1024 * 1024;

    QString part = QStringLiteral("file");
    QStringList acceptedTypes;
    qint64 maximumBytes = kDefaultMaximumBytes;

    // Images a browser shows: PNG, JPEG, SVG, WebP, at most 5 MB (SoftwareOne's logo).
    static FileRule images(const QString& part = QStringLiteral("logo"))
    {
        return {part,
                {QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/svg+xml"),
                 QStringLiteral("image/webp")},
                kDefaultMaximumBytes};
    }
    bool operator==(const FileRule&) const = default;
};

} // namespace AccountDesk
