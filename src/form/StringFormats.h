#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace AccountDesk {

// The string formats of JSON Schema that a form checks as the operator types: what is wrong with a
// text for its `format`, in words for the field, or nothing. Unknown formats are annotations only
// (JSON Schema says so) and pass.
class StringFormats
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::StringFormats)

public:
    static QString problem(const QString& format, const QString& text);

    // RFC 3339 full-date: "2026-11-24", a real day.
    static bool isDate(const QString& text);
    // RFC 3339 date-time: a date, "T", a time with optional fraction, and "Z" or an offset; an instant
    // without an offset means different moments on different machines, so it is refused.
    static bool isDateTime(const QString& text);
    // An absolute URI: a scheme and what follows, no spaces.
    static bool isAbsoluteUri(const QString& text);
    // Dotted-quad IPv4 ("192.0.2.1"), each part 0-255 without leading zeros.
    static bool isIpv4(const QString& text);
    static bool isIpv6(const QString& text);
    static bool isEmailAddress(const QString& text);
    static bool isUuid(const QString& text);
    // Each non-empty line an IPv4/IPv6 address or CIDR block; returns the problems by line.
    static QStringList ipListProblems(const QString& text);
};

} // namespace AccountDesk
