#include "net/RetryAfter.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include <climits>
#include <optional>

using namespace AccountDesk;

namespace {

// "Now" for every case: Wednesday 21 October 2015, 07:28:00.250 UTC.
const QDateTime kNow(QDate(2015, 10, 21), QTime(7, 28, 0, 250), Qt::UTC);

struct Case
{
    const char* value;
    std::optional<int> seconds; // nullopt: not valid, so no retry
};

class RetryAfterCases : public ::testing::TestWithParam<Case>
{};

} // namespace

TEST_P(RetryAfterCases, ParsesOnlyWhatTheGrammarAllows)
{
    const Case& c = GetParam();
    EXPECT_EQ(RetryAfter::parse(QByteArray(c.value), kNow), c.seconds) << "Retry-After: [" << c.value << "]";
}

INSTANTIATE_TEST_SUITE_P(
    Table, RetryAfterCases,
    ::testing::Values(
        // delta-seconds
        Case{"0", 0}, Case{"5", 5}, Case{"120", 120}, Case{"007", 7}, Case{"2147483647", INT_MAX},
        Case{"2147483648", std::nullopt},           // one more than an int holds: too long, not wrapped
        Case{"99999999999999999999", std::nullopt}, // would wrap a 64-bit number too
        Case{"-1", std::nullopt}, Case{"+5", std::nullopt}, Case{"1.5", std::nullopt},
        Case{"1e3", std::nullopt}, Case{" 5", std::nullopt}, Case{"5 ", std::nullopt},
        Case{"5 5", std::nullopt}, Case{"0x10", std::nullopt},
        Case{"５", std::nullopt}, // a full-width digit is not an ASCII digit
        // IMF-fixdate
        Case{"Wed, 21 Oct 2015 07:28:00 GMT", 0}, // this very second, already begun: no wait
        Case{"Wed, 21 Oct 2015 07:27:00 GMT", 0}, // in the past: no negative wait
        Case{"Tue, 20 Oct 2015 07:28:00 GMT", 0}, Case{"Thu, 01 Jan 1970 00:00:00 GMT", 0},
        Case{"Wed, 21 Oct 2015 07:28:10 GMT", 10}, // 9.75 s away: rounded up, never early
        Case{"Wed, 21 Oct 2015 08:28:00 GMT", 3600}, Case{"Fri, 31 Dec 9999 23:59:59 GMT", INT_MAX},
        Case{"Thu, 21 Oct 2015 07:28:10 GMT", std::nullopt},     // the weekday does not match the date
        Case{"Wed, 21 Oct 2015 07:28:10 UTC", std::nullopt},     // only GMT
        Case{"Wednesday, 21-Oct-15 07:28:10 GMT", std::nullopt}, // obsolete RFC 850 form
        Case{"Wed Oct 21 07:28:10 2015", std::nullopt},          // obsolete asctime form
        Case{"Wed, 21 oct 2015 07:28:10 GMT", std::nullopt},     // names are case-sensitive
        Case{"Wed, 1 Oct 2015 07:28:10 GMT", std::nullopt},      // two-digit day
        Case{"Sat, 31 Feb 2015 07:28:10 GMT", std::nullopt},     // no such day
        Case{"Wed, 21 Oct 2015 24:00:00 GMT", std::nullopt},
        Case{"Wed, 21 Oct 2015 07:28:10 GMT ", std::nullopt},
        Case{"Wed, 21 Oct 2015 07:2a:10 GMT", std::nullopt},
        // neither
        Case{"", std::nullopt}, Case{"soon", std::nullopt}, Case{"Wed, 21 Oct 2015", std::nullopt}));

TEST(RetryAfter, ADateInThePastOfTheRealClockMeansNoWait)
{
    EXPECT_EQ(RetryAfter::parse("Wed, 21 Oct 2015 07:28:00 GMT", QDateTime::currentDateTimeUtc()), 0);
}
