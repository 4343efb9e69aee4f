// The history through the real CLI: every update sent is recorded, successful or not, and read
// back with filters; several processes writing at once lose nothing; no secret is in it.
#include "CliRunner.h"
#include "KeychainRequirement.h"
#include "TestHttpServer.h"
#include "store/HistoryEntry.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

QList<HistoryEntry> parse(const QString& output)
{
    QList<HistoryEntry> entries;
    for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (std::optional<HistoryEntry> entry = HistoryEntry::fromJson(line.toUtf8()))
            entries.append(*entry);
    return entries;
}

CliRun update(const TestHttpServer& server, const QString& account, const QString& name)
{
    return runCli({QStringLiteral("update"), QStringLiteral("pismo"), QStringLiteral("--account"), account,
                   QStringLiteral("--base-url"), server.baseUrl(), QStringLiteral("--set"),
                   QStringLiteral("/account_name=") + name});
}

} // namespace

TEST(History, EveryUpdateSentIsRecordedAndReadBack)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    ASSERT_TRUE(storeCredentials(QStringLiteral("pismo"), "token=history-secret-token\n"));
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        if (request.path.endsWith("/2")) {
            response.status = 400;
            response.body = R"({"message": "account_name is too long"})";
        }
        return response;
    });
    const int before = parse(runCli({QStringLiteral("history")}).out).size();
    EXPECT_EQ(update(server, QStringLiteral("1"), QStringLiteral("Accepted")).exitCode, 0);
    EXPECT_EQ(update(server, QStringLiteral("2"), QStringLiteral("Refused")).exitCode, 3);
    const CliRun all = runCli({QStringLiteral("history")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QList<HistoryEntry> entries = parse(all.out);
    ASSERT_EQ(entries.size(), before + 2);
    const HistoryEntry accepted = entries.at(before);
    EXPECT_EQ(accepted.source, QStringLiteral("cli"));
    EXPECT_EQ(accepted.provider, QStringLiteral("pismo"));
    EXPECT_EQ(accepted.account, QStringLiteral("1"));
    EXPECT_EQ(accepted.method, QStringLiteral("PATCH"));
    EXPECT_EQ(accepted.url, server.baseUrl() + QStringLiteral("/accounts/v1/accounts/1"));
    EXPECT_EQ(accepted.status, 200);
    EXPECT_TRUE(accepted.error.isEmpty());
    EXPECT_EQ(accepted.requestId, QString::fromLatin1(server.requests().at(0).header("X-Request-ID")));
    ASSERT_EQ(accepted.changes.size(), 1);
    EXPECT_EQ(accepted.changes.first().after, QJsonValue(QStringLiteral("Accepted")));
    const HistoryEntry refused = entries.at(before + 1);
    EXPECT_EQ(refused.status, 400);
    EXPECT_FALSE(refused.error.isEmpty());

    const QList<HistoryEntry> onlyTwo =
        parse(runCli({QStringLiteral("history"), QStringLiteral("--account"), QStringLiteral("2")}).out);
    ASSERT_FALSE(onlyTwo.isEmpty());
    for (const HistoryEntry& entry : onlyTwo)
        EXPECT_EQ(entry.account, QStringLiteral("2"));
    EXPECT_TRUE(
        parse(
            runCli({QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("2999-01-01")}).out)
            .isEmpty());
    EXPECT_EQ(
        runCli({QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("yesterday")}).exitCode,
        2);

    // No file anywhere under HOME holds the token.
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.size() < 10 * 1024 * 1024 && file.open(QIODevice::ReadOnly)) {
            EXPECT_FALSE(file.readAll().contains("history-secret-token")) << file.fileName().toStdString();
        }
    }
}

TEST(History, ANetworkFailureIsRecordedWithoutAStatus)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    ASSERT_TRUE(storeCredentials(QStringLiteral("pismo"), "token=history-secret-token\n"));
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        TestHttpServer::Response cut;
        cut.body = R"({"account_id": 9, "account_name": "never complete"})";
        cut.closeAfterBytes = 100;
        return cut;
    });
    EXPECT_EQ(update(server, QStringLiteral("9"), QStringLiteral("Cut")).exitCode, 4);
    const QList<HistoryEntry> nine =
        parse(runCli({QStringLiteral("history"), QStringLiteral("--account"), QStringLiteral("9")}).out);
    ASSERT_FALSE(nine.isEmpty());
    EXPECT_FALSE(nine.last().status);
    EXPECT_TRUE(nine.last().error.contains(QStringLiteral("may have been applied")))
        << nine.last().error.toStdString();
}

TEST(History, ProcessesWritingAtOnceLoseNothing)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    ASSERT_TRUE(storeCredentials(QStringLiteral("pismo"), "token=history-secret-token\n"));
    TestHttpServer server;
    const int before = parse(runCli({QStringLiteral("history")}).out).size();
    QList<QProcess*> running;
    for (int index = 0; index < 8; ++index) {
        auto* process = new QProcess;
        process->start(QStringLiteral(ACCOUNTDESK_CLI_PATH),
                       {QStringLiteral("update"), QStringLiteral("pismo"), QStringLiteral("--account"),
                        QStringLiteral("%1").arg(100 + index), QStringLiteral("--base-url"), server.baseUrl(),
                        QStringLiteral("--set"), QStringLiteral("/account_name=Parallel")});
        running.append(process);
    }
    for (QProcess* process : running) {
        EXPECT_TRUE(process->waitForFinished(30000));
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
        delete process;
    }
    EXPECT_EQ(parse(runCli({QStringLiteral("history")}).out).size(), before + 8);
}
