// The command line's share of the trust rules, through the real binary: production is confirmed
// before credentials and before any connection; an answer cut short is a network failure; a
// stored credential that cannot be sent stops the update; an update that changes nothing sends
// nothing.
#include "CliRunner.h"
#include "KeychainRequirement.h"
#include "TestHttpServer.h"
#include "store/KeychainCredentialStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QUuid>

#include <gtest/gtest.h>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

QString freshProfile()
{
    return QStringLiteral("trust-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

} // namespace

TEST(CliTrust, ANonLoopbackBaseUrlWithoutYesAndWithoutATerminalIsRefusedBeforeAnything)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    // No credentials exist for this profile: reaching the keychain would exit 5, a connection 4.
    // 192.0.2.1 is TEST-NET-1: a connection attempt could only time out.
    QElapsedTimer timer;
    timer.start();
    const CliRun run =
        runCli({QStringLiteral("update"), QStringLiteral("pismo"), QStringLiteral("--account"),
                QStringLiteral("12"), QStringLiteral("--base-url"), QStringLiteral("https://192.0.2.1"),
                QStringLiteral("--profile"), freshProfile(), QStringLiteral("--timeout"),
                QStringLiteral("20"), QStringLiteral("--set"), QStringLiteral("/account_name=x")});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("--yes: https://192.0.2.1 is a production server; nothing was sent")))
        << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("credentials")));
    EXPECT_LT(timer.elapsed(), 10000) << "no connection was waited for";
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(CliTrust, ASpecServerTakesItsOwnFlagAndTheDryRunNeverAsks)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    const QString profile = freshProfile();
    auto update = [&](const QString& baseUrl, const QStringList& extra) {
        QStringList arguments{
            QStringLiteral("update"),     QStringLiteral("sequence"),
            QStringLiteral("--account"),  QStringLiteral("ACC-1"),
            QStringLiteral("--base-url"), baseUrl,
            QStringLiteral("--profile"),  profile,
            QStringLiteral("--set-json"), QStringLiteral("/alertEmailAddresses=[\"ops@example.com\"]")};
        return runCli(arguments + extra);
    };
    const CliRun production = update(QStringLiteral("https://eu.sequencehq.com/api"), {});
    EXPECT_EQ(production.exitCode, 2);
    EXPECT_TRUE(production.err.contains(QStringLiteral("production server"))) << production.err.toStdString();
    // The sandbox is not production: the run goes on to the keychain, where this profile has nothing.
    const CliRun sandbox = update(QStringLiteral("https://sandbox.sequencehq.com/api"), {});
    EXPECT_EQ(sandbox.exitCode, 5) << sandbox.err.toStdString();
    EXPECT_FALSE(sandbox.err.contains(QStringLiteral("production")));
    // --yes confirms: the same production run also reaches the keychain.
    EXPECT_EQ(update(QStringLiteral("https://eu.sequencehq.com/api"), {QStringLiteral("--yes")}).exitCode, 5);
    // A dry run sends nothing, so it asks nothing.
    EXPECT_EQ(update(QStringLiteral("https://eu.sequencehq.com/api"), {QStringLiteral("--dry-run")}).exitCode,
              5);
}

TEST(CliTrust, AnAnswerCutShortIsANetworkFailureEvenWithA200)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    ASSERT_TRUE(storeCredentials(QStringLiteral("pismo"), "token=pismo-token\n"));
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        TestHttpServer::Response response;
        response.body = R"({"account_id": 12, "account_name": "New", "note": "the rest never comes"})";
        response.closeAfterBytes = 100;
        return response;
    });
    const CliRun run = runCli({QStringLiteral("update"), QStringLiteral("pismo"), QStringLiteral("--account"),
                               QStringLiteral("12"), QStringLiteral("--base-url"), server.baseUrl(),
                               QStringLiteral("--set"), QStringLiteral("/account_name=New")});
    EXPECT_EQ(run.exitCode, 4) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("may have been applied"))) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("200"))) << "no success is printed";
    EXPECT_EQ(server.requestCount(), 1);
}

TEST(CliTrust, AStoredCredentialThatCannotBeSentStopsTheUpdate)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    const QString profile = freshProfile();
    KeychainCredentialStore keychain;
    QEventLoop loop;
    keychain.write(QStringLiteral("pismo/%1/token").arg(profile), QStringLiteral("abc\r\nX-Injected: 1"),
                   [&loop](const CredentialStore::Result&) { loop.quit(); });
    loop.exec();
    TestHttpServer server;
    const CliRun run = runCli({QStringLiteral("update"), QStringLiteral("pismo"), QStringLiteral("--account"),
                               QStringLiteral("12"), QStringLiteral("--base-url"), server.baseUrl(),
                               QStringLiteral("--profile"), profile, QStringLiteral("--set"),
                               QStringLiteral("/account_name=New")});
    EXPECT_EQ(run.exitCode, 5) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("unusable"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("X-Injected")));
    EXPECT_EQ(server.requestCount(), 0);
}

TEST(CliTrust, AReplacementThatChangesNothingSendsNothing)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    ASSERT_TRUE(storeCredentials(QStringLiteral("softwareone"), "token=swo-token\n"));
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        TestHttpServer::Response response;
        response.body = R"({"id": "ACC-1", "name": "Acme", "website": "https://acme.example"})";
        return response;
    });
    const CliRun run =
        runCli({QStringLiteral("update"), QStringLiteral("softwareone"), QStringLiteral("--account"),
                QStringLiteral("ACC-1"), QStringLiteral("--base-url"), server.baseUrl(),
                QStringLiteral("--set"), QStringLiteral("/name=Acme")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("unchanged"))) << run.err.toStdString();
    ASSERT_EQ(server.requestCount(), 1) << "the read, and no write";
    EXPECT_EQ(server.requests().first().method, QByteArray("GET"));
}
