#include "net/HttpExchange.h"

#include <gtest/gtest.h>

using namespace AccountDesk;

TEST(ContentLength, AcceptsDigitsAndRepeatsOfOneValueOnly)
{
    EXPECT_EQ(HttpExchange::parseContentLength("200"), 200);
    EXPECT_EQ(HttpExchange::parseContentLength("0"), 0);
    EXPECT_EQ(HttpExchange::parseContentLength("5, 5"), 5); // Qt joins repeated headers with ", "
    EXPECT_EQ(HttpExchange::parseContentLength("5, 7"), std::nullopt);
    EXPECT_EQ(HttpExchange::parseContentLength("-5"), std::nullopt);
    EXPECT_EQ(HttpExchange::parseContentLength("+5"), std::nullopt);
    EXPECT_EQ(HttpExchange::parseContentLength(""), std::nullopt);
    EXPECT_EQ(HttpExchange::parseContentLength("1e3"), std::nullopt);
    EXPECT_EQ(HttpExchange::parseContentLength("99999999999999999999"), std::nullopt);
}

TEST(ContentLength, SizesAreWrittenForPeople)
{
    EXPECT_EQ(HttpExchange::describeSize(16 * 1024 * 1024), QStringLiteral("16 MiB"));
    EXPECT_EQ(HttpExchange::describeSize(512 * 1024), QStringLiteral("512 KiB"));
    EXPECT_EQ(HttpExchange::describeSize(1000), QStringLiteral("1000 bytes"));
}
