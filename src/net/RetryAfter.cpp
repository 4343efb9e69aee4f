#include "RetryAfter.h"

#include <QDate>
#include <QTime>

#include <array>
#include <climits>

namespace AccountDesk {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The value of `count` digits at `from`, or -1 when one of them is not a digit.
int digits(const QByteArray& text, qsizetype from, int count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isDigit(text.at(i)))
            return -1;
        value = value * 10 + (text.at(i) - '0');
    }
    return value;
}

// Index of `name` (three letters, case-sensitive as the grammar says) in `names`, or -1.
template <std::size_t N> int indexOf(const std::array<const char*, N>& names, const QByteArray& name)
{
    for (std::size_t i = 0; i < N; ++i)
        if (name == names[i])
            return int(i);
    return -1;
}

} // namespace

std::optional<int> RetryAfter::parse(const QByteArray& value, const QDateTime& now)
{
    if (value.isEmpty())
        return std::nullopt;
    if (isDigit(value.front()))
        return parseDeltaSeconds(value);
    const std::optional<QDateTime> when = parseImfFixdate(value);
    if (!when)
        return std::nullopt;
    const qint64 ms = now.msecsTo(*when);
    if (ms <= 0)
        return 0;
    const qint64 seconds = (ms + 999) / 1000;
    return seconds > INT_MAX ? INT_MAX : int(seconds);
}

std::optional<int> RetryAfter::parseDeltaSeconds(const QByteArray& value)
{
    int seconds = 0;
    for (const char c : value) {
        if (!isDigit(c))
            return std::nullopt;
        const int digit = c - '0';
        if (seconds > (INT_MAX - digit) / 10)
            return std::nullopt; // too long: refuse rather than wrap
        seconds = seconds * 10 + digit;
    }
    return seconds;
}

std::optional<QDateTime> RetryAfter::parseImfFixdate(const QByteArray& value)
{
    // "Sun, 06 Nov 1994 08:49:37 GMT": fixed width, so fixed positions.
    static const std::array<const char*, 7> weekdays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const std::array<const char*, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (value.size() != 29 || value.mid(3, 2) != ", " || value.at(7) != ' ' || value.at(11) != ' ' ||
        value.at(16) != ' ' || value.at(19) != ':' || value.at(22) != ':' || value.mid(25) != " GMT")
        return std::nullopt;
    const int weekday = indexOf(weekdays, value.left(3));
    const int month = indexOf(months, value.mid(8, 3));
    const int day = digits(value, 5, 2);
    const int year = digits(value, 12, 4);
    const int hour = digits(value, 17, 2);
    const int minute = digits(value, 20, 2);
    const int second = digits(value, 23, 2);
    if (weekday < 0 || month < 0 || day < 0 || year < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    const QDate date(year, month + 1, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid() || date.dayOfWeek() != weekday + 1)
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace AccountDesk
