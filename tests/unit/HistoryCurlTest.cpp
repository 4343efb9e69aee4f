// "Copy as curl" from the history: the same partial update again, credentials as variables; no
// command for a replacement, whose whole body the history does not keep.
#include "session/HistoryCurl.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

HistoryEntry pismoEntry()
{
    HistoryEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.provider = QStringLiteral("pismo");
    entry.server = QStringLiteral("https://sandbox.pismolabs.io");
    entry.account = QStringLiteral("42");
    entry.method = QStringLiteral("PATCH");
    entry.url = QStringLiteral("https://sandbox.pismolabs.io/accounts/v1/accounts/42");
    entry.status = 200;
    entry.changes = {{QStringLiteral("/account_name"), QStringLiteral("Old"), QStringLiteral("It's new")},
                     {QStringLiteral("/parent_account_id"), 7, QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("/division_id"), 3, QJsonValue(QJsonValue::Undefined)}};
    return entry;
}

} // namespace

TEST(HistoryCurl, APartialUpdateIsSentAgainWithTheCredentialAsAVariable)
{
    const CurlCommand::Result result =
        HistoryCurl::build(pismoEntry(), &TestSupport::bundledProvider(QStringLiteral("pismo")));
    ASSERT_TRUE(result.problem.isEmpty()) << result.problem.toStdString();
    const QString& command = result.command;
    EXPECT_TRUE(command.contains(
        QStringLiteral("curl --request PATCH 'https://sandbox.pismolabs.io/accounts/v1/accounts/42'")))
        << command.toStdString();
    EXPECT_TRUE(command.contains(QStringLiteral("--header \"Authorization: Bearer $ACCOUNTDESK_TOKEN\"")))
        << command.toStdString();
    EXPECT_TRUE(command.contains(QStringLiteral("--header 'Content-Type: application/json'")));
    // The changes are the body: null unlinks, a removed member cannot be part of a PATCH.
    EXPECT_TRUE(command.contains(
        QStringLiteral(R"(--data-binary '{"account_name":"It'\''s new","parent_account_id":null}')")))
        << command.toStdString();
    EXPECT_FALSE(command.contains(QStringLiteral("***")));
}

TEST(HistoryCurl, AReplacementHasNoCommandAndSaysHowToGetOne)
{
    HistoryEntry entry = pismoEntry();
    entry.provider = QStringLiteral("softwareone");
    entry.method = QStringLiteral("PUT");
    const CurlCommand::Result result =
        HistoryCurl::build(entry, &TestSupport::bundledProvider(QStringLiteral("softwareone")));
    EXPECT_TRUE(result.command.isEmpty());
    EXPECT_TRUE(result.problem.contains(QStringLiteral("Edit again"))) << result.problem.toStdString();
}

TEST(HistoryCurl, AProviderThatIsGoneHasNoCommand)
{
    const CurlCommand::Result missing = HistoryCurl::build(pismoEntry(), nullptr);
    EXPECT_TRUE(missing.command.isEmpty());
    EXPECT_TRUE(missing.problem.contains(QStringLiteral("pismo")));
    // Nor does another provider stand in for it.
    const CurlCommand::Result other =
        HistoryCurl::build(pismoEntry(), &TestSupport::bundledProvider(QStringLiteral("quiva")));
    EXPECT_TRUE(other.command.isEmpty());
}
