#include "StringFormats.h"

#include "Validator.h"

#include <QDate>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace AccountDesk {

QString StringFormats::problem(const QString& format, const QString& text)
{
    if (format == QStringLiteral("email"))
        return Validator::isEmailAddress(text) ? QString() : QStringLiteral("is not an e-mail address");
    if (format == QStringLiteral("uuid"))
        return Validator::isUuid(text)
                   ? QString()
                   : QStringLiteral("is not a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)");
    if (format == QStringLiteral("date"))
        return isDate(text) ? QString() : QStringLiteral("is not a date (YYYY-MM-DD)");
    if (format == QStringLiteral("date-time"))
        return isDateTime(text) ? QString()
                                : QStringLiteral("is not a date and time with its offset "
                                                 "(YYYY-MM-DDThh:mm:ssZ or …+01:00)");
    if (format == QStringLiteral("uri"))
        return isAbsoluteUri(text) ? QString() : QStringLiteral("is not an absolute URI (https://…)");
    if (format == QStringLiteral("ipv4"))
        return isIpv4(text) ? QString() : QStringLiteral("is not an IPv4 address (such as 192.0.2.1)");
    if (format == QStringLiteral("ipv6"))
        return isIpv6(text) ? QString() : QStringLiteral("is not an IPv6 address");
    return QString();
}

bool StringFormats::isDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

bool StringFormats::isDateTime(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch() || !isDate(match.captured(1)))
        return false;
    // 60 is a leap second, which RFC 3339 allows.
    return match.captured(2).toInt() <= 23 && match.captured(3).toInt() <= 59 &&
           match.captured(4).toInt() <= 60;
}

bool StringFormats::isAbsoluteUri(const QString& text)
{
    if (text.isEmpty() || text.contains(QLatin1Char(' ')))
        return false;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.isRelative() && !url.scheme().isEmpty() &&
           text.size() > url.scheme().size() + 1;
}

bool StringFormats::isIpv4(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return false;
    for (int part = 1; part <= 4; ++part)
        if (match.captured(part).toInt() > 255)
            return false;
    return true;
}

bool StringFormats::isIpv6(const QString& text)
{
    QHostAddress address;
    return text.contains(QLatin1Char(':')) && !text.contains(QLatin1Char('%')) && address.setAddress(text) &&
           address.protocol() == QAbstractSocket::IPv6Protocol;
}

} // namespace AccountDesk
