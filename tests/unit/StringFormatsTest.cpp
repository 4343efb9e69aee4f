// The string formats a form checks as the operator types: date, date-time, uri, ipv4, ipv6.
#include "form/StringFormats.h"

#include "TestSupport.h"
#include "form/Validator.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace AccountDesk;

TEST(StringFormats, DatesAreRealDays)
{
    EXPECT_TRUE(StringFormats::isDate(QStringLiteral("2026-11-24")));
    EXPECT_TRUE(StringFormats::isDate(QStringLiteral("2024-02-29")));
    EXPECT_FALSE(StringFormats::isDate(QStringLiteral("2026-02-29"))) << "not a leap year";
    EXPECT_FALSE(StringFormats::isDate(QStringLiteral("2026-13-01")));
    EXPECT_FALSE(StringFormats::isDate(QStringLiteral("24.11.2026")));
    EXPECT_FALSE(StringFormats::isDate(QStringLiteral("2026-11-24T10:00:00Z")));
    EXPECT_EQ(StringFormats::problem(QStringLiteral("date"), QStringLiteral("2026-1-2")),
              QStringLiteral("is not a date (YYYY-MM-DD)"));
}

TEST(StringFormats, DateTimesNeedTheirOffset)
{
    for (const char* good : {"2026-11-24T09:30:00Z", "2026-11-24t09:30:00.123z", "2026-11-24T09:30:00+01:00",
                             "2026-12-31T23:59:60Z"})
        EXPECT_TRUE(StringFormats::isDateTime(QString::fromLatin1(good))) << good;
    // Without an offset the same text is a different instant on every machine.
    for (const char* bad : {"2026-11-24T09:30:00", "2026-11-24 09:30:00Z", "2026-11-24T24:00:00Z",
                            "2026-02-30T10:00:00Z", "2026-11-24T09:30Z", "yesterday"})
        EXPECT_FALSE(StringFormats::isDateTime(QString::fromLatin1(bad))) << bad;
}

TEST(StringFormats, UrisAreAbsolute)
{
    EXPECT_TRUE(StringFormats::isAbsoluteUri(QStringLiteral("https://example.com/logo.png")));
    EXPECT_TRUE(StringFormats::isAbsoluteUri(QStringLiteral("mailto:ops@example.com")));
    EXPECT_FALSE(StringFormats::isAbsoluteUri(QStringLiteral("example.com/logo.png")));
    EXPECT_FALSE(StringFormats::isAbsoluteUri(QStringLiteral("/logo.png")));
    EXPECT_FALSE(StringFormats::isAbsoluteUri(QStringLiteral("https://exa mple.com")));
    EXPECT_FALSE(StringFormats::isAbsoluteUri(QStringLiteral("https:")));
}

TEST(StringFormats, AddressesAreWrittenTheUsualWay)
{
    EXPECT_TRUE(StringFormats::isIpv4(QStringLiteral("192.0.2.1")));
    EXPECT_TRUE(StringFormats::isIpv4(QStringLiteral("0.0.0.0")));
    for (const char* bad : {"256.0.0.1", "192.0.2", "192.0.2.01", "1", "::1", "192.0.2.1/24"})
        EXPECT_FALSE(StringFormats::isIpv4(QString::fromLatin1(bad))) << bad;
    EXPECT_TRUE(StringFormats::isIpv6(QStringLiteral("2001:db8::1")));
    EXPECT_TRUE(StringFormats::isIpv6(QStringLiteral("::1")));
    EXPECT_FALSE(StringFormats::isIpv6(QStringLiteral("192.0.2.1")));
    EXPECT_FALSE(StringFormats::isIpv6(QStringLiteral("2001:db8::g")));
}

TEST(StringFormats, UnknownFormatsAreAnnotationsOnly)
{
    EXPECT_TRUE(StringFormats::problem(QStringLiteral("color"), QStringLiteral("anything")).isEmpty());
    EXPECT_TRUE(StringFormats::problem(QString(), QStringLiteral("anything")).isEmpty());
}

TEST(StringFormats, TheValidatorReportsThemAtTheirField)
{
    const FormSchema form = TestSupport::formFromSchema(R"(
type: object
properties:
  renewOn: {type: string, format: date}
  homepage: {type: string, format: uri}
  gateway: {type: string, format: ipv4}
)");
    const FieldErrors errors = Validator(form).validateBody(
        QJsonObject{{QStringLiteral("renewOn"), QStringLiteral("2026-02-30")},
                    {QStringLiteral("homepage"), QStringLiteral("www.example.com")},
                    {QStringLiteral("gateway"), QStringLiteral("10.0.0.1")}});
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(0).pointer, QStringLiteral("/renewOn"));
    EXPECT_EQ(errors.at(0).message, QStringLiteral("is not a date (YYYY-MM-DD)"));
    EXPECT_EQ(errors.at(1).pointer, QStringLiteral("/homepage"));
}
