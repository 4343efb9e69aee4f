#include "ApiError.h"

namespace AccountDesk {

QStringList ApiError::describe() const
{
    QStringList lines;
    QString headline = QStringLiteral("HTTP %1").arg(status);
    if (!title.isEmpty())
        headline += QStringLiteral(": ") + title;
    lines.append(headline);
    if (!type.isEmpty() && type != QStringLiteral("about:blank"))
        lines.append(QStringLiteral("type: ") + type);
    if (!code.isEmpty())
        lines.append(QStringLiteral("code: ") + code);
    if (!detail.isEmpty())
        lines.append(QStringLiteral("detail: ") + detail);
    if (!message.isEmpty())
        lines.append(QStringLiteral("message: ") + message);
    for (const FieldError& error : fieldErrors)
        lines.append(error.toString());
    if (title.isEmpty() && detail.isEmpty() && message.isEmpty() && fieldErrors.isEmpty() &&
        !raw.trimmed().isEmpty())
        lines.append(raw.trimmed().left(2000));
    return lines;
}

} // namespace AccountDesk
