#include "StringFormats.h"

#include <QDate>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace AccountDesk {

QString StringFormats::problem(const QString& format, const QString& text)
{
    if (format == QStringLiteral("email"))
        return isEmailAddress(text) ? QString() : tr("is not an e-mail address");
    if (format == QStringLiteral("uuid"))
        return isUuid(text) ? QString() : tr("is not a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)");
    if (format == QStringLiteral("date"))
        return isDate(text) ? QString() : tr("is not a date (YYYY-MM-DD)");
    if (format == QStringLiteral("date-time"))
        return isDateTime(text) ? QString()
                                : tr("is not a date and time with its offset "
                                     "(YYYY-MM-DDThh:mm:ssZ or …+01:00)");
    if (format == QStringLiteral("uri"))
        return isAbsoluteUri(text) ? QString() : tr("is not an absolute URI (https://…)");
    if (format == QStringLiteral("ipv4"))
        return isIpv4(text) ? QString() : tr("is not an IPv4 address (such as 192.0.2.1)");
    if (format == QStringLiteral("ipv6"))
        return isIpv6(text) ? QString() : tr("is not an IPv6 address");
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

bool StringFormats::isEmailAddress(const QString& text)
{
    // Pragmatic: one @, a non-empty local part without spaces, a dotted domain of letters/digits/-.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return text.size() <= 320 && pattern.match(text).hasMatch() && !text.contains(QStringLiteral(".."));
}

bool StringFormats::isUuid(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

QStringList StringFormats::ipListProblems(const QString& text)
{
    QStringList problems;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            if (i + 1 < lines.size())
                problems.append(tr("line %1 is empty").arg(i + 1));
            continue;
        }
        const bool isSubnet = line.contains(QLatin1Char('/'));
        bool valid = false;
        if (isSubnet) {
            const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(line);
            valid = !subnet.first.isNull() && subnet.second >= 0;
        } else {
            QHostAddress address;
            valid = address.setAddress(line) && !line.contains(QLatin1Char('%'));
        }
        if (!valid)
            problems.append(tr("line %1: \"%2\" is not an IP address or CIDR block").arg(i + 1).arg(line));
    }
    return problems;
}

} // namespace AccountDesk
