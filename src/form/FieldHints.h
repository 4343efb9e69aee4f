#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace AccountDesk {

// What a provider's hints file says about one field of its update body.
struct FieldHints
{
    QString hint;
    std::optional<bool> hidden;
    std::optional<bool> readOnly;
    std::optional<bool> nullable;
    std::optional<qint64> maxBytes;
    QString label;

    static const QStringList& knownHints()
    {
        static const QStringList hints = {QStringLiteral("country"), QStringLiteral("multiline"),
                                          QStringLiteral("ip-list"), QStringLiteral("json-array-string"),
                                          QStringLiteral("email-list")};
        return hints;
    }
};

} // namespace AccountDesk
