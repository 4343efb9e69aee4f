// accountdesk-cli bulk against a loopback server that keeps the accounts it is sent: every row is
// checked before anything is sent, a dry run only reads, a run killed with SIGKILL and resumed from
// its journal writes every account exactly once, and a storm of 429s slows the run and loses nothing.
#include "CliRunner.h"
#include "KeychainRequirement.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "net/CallOptions.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <mutex>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

// Pismo accounts by id: GET reads one, PATCH merges into it; each write is counted.
class AccountStore
{
public:
    TestHttpServer::Response handle(const TestHttpServer::Request& request)
    {
        const QString id = QString::fromLatin1(request.path.mid(request.path.lastIndexOf('/') + 1));
        std::lock_guard lock(m_mutex);
        QJsonObject& account = m_accounts[id];
        if (account.isEmpty())
            account = QJsonObject{{QStringLiteral("account_id"), id.toLongLong()},
                                  {QStringLiteral("account_name"), QStringLiteral("old %1").arg(id)}};
        TestHttpServer::Response response;
        if (request.method == "PATCH") {
            if (m_busyAnswers > 0) {
                --m_busyAnswers;
                response.status = 429;
                response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
                return response;
            }
            const QJsonObject edits = QJsonDocument::fromJson(request.body).object();
            for (auto it = edits.begin(); it != edits.end(); ++it)
                account.insert(it.key(), it.value());
            ++m_writes[id];
        }
        response.body = QJsonDocument(account).toJson(QJsonDocument::Compact);
        return response;
    }
    int writes(const QString& id) const
    {
        std::lock_guard lock(m_mutex);
        return m_writes.value(id);
    }
    int totalWrites() const
    {
        std::lock_guard lock(m_mutex);
        int total = 0;
        for (const int count : m_writes)
            total += count;
        return total;
    }
    QJsonObject account(const QString& id) const
    {
        std::lock_guard lock(m_mutex);
        return m_accounts.value(id);
    }
    void answerBusy(int times)
    {
        std::lock_guard lock(m_mutex);
        m_busyAnswers = times;
    }

private:
    mutable std::mutex m_mutex;
    QHash<QString, QJsonObject> m_accounts;
    QHash<QString, int> m_writes;
    int m_busyAnswers = 0;
};

QString writeCsv(const QTemporaryDir& directory, const QByteArray& content)
{
    const QString path = directory.filePath(QStringLiteral("rows.csv"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return path;
}

QByteArray rows(int count)
{
    QByteArray csv = "account,/account_name\n";
    for (int i = 1; i <= count; ++i)
        csv += QByteArray::number(1000 + i) + ",Renamed " + QByteArray::number(i) + "\n";
    return csv;
}

class Bulk : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ACCOUNTDESK_REQUIRE_KEYCHAIN();
        ASSERT_TRUE(storeCredentials(QStringLiteral("pismo"), "token=pismo-token\n"));
    }

    QStringList bulk(const TestHttpServer& server, const QString& csv, const QStringList& extra = {})
    {
        return QStringList{QStringLiteral("bulk"),       QStringLiteral("pismo"),
                           QStringLiteral("--csv"),      csv,
                           QStringLiteral("--base-url"), server.baseUrl()} +
               extra;
    }

    AccountStore m_accounts;
    TestHttpServer m_server{
        [this](const TestHttpServer::Request& request, int) { return m_accounts.handle(request); }};
    QTemporaryDir m_directory;
};

} // namespace

TEST_F(Bulk, AnInvalidRowStopsTheRunBeforeAnythingIsSent)
{
    const QString csv =
        writeCsv(m_directory, "account,/account_name,/division_id\n1001,Fine,7\n1002,Also fine,seven\n"
                              "1001,Twice,8\n");
    const CliRun run = runCli(bulk(m_server, csv));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("row 2: /division_id: "))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("row 3: account: the same account as row 1")))
        << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(m_server.requestCount(), 0);
}

TEST_F(Bulk, ADryRunReadsEveryRowAndShowsItsDiffWithoutWriting)
{
    const QString csv = writeCsv(m_directory, rows(3));
    const CliRun run = runCli(bulk(m_server, csv, {QStringLiteral("--dry-run")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    EXPECT_EQ(first.value(QStringLiteral("outcome")).toString(), QStringLiteral("planned"));
    EXPECT_FALSE(first.value(QStringLiteral("changes")).toArray().isEmpty());
    EXPECT_EQ(m_accounts.totalWrites(), 0);
}

TEST_F(Bulk, AKilledRunResumedFromItsJournalWritesEveryAccountExactlyOnce)
{
    constexpr int kRows = 500;
    const QString csv = writeCsv(m_directory, rows(kRows));
    const QString journal = m_directory.filePath(QStringLiteral("run.journal"));
    QProcess first;
    first.start(QStringLiteral(ACCOUNTDESK_CLI_PATH),
                bulk(m_server, csv, {QStringLiteral("--journal"), journal}));
    ASSERT_TRUE(first.waitForStarted());
    for (int waited = 0; m_accounts.totalWrites() < 120 && waited < 60000; waited += 5)
        QThread::msleep(5);
    first.kill(); // SIGKILL: no chance to finish anything
    first.waitForFinished();
    ASSERT_TRUE(QFile::exists(journal + QStringLiteral(".lock")))
        << "the killed run leaves its lock behind; the resumed run must take it over";
    const int before = m_accounts.totalWrites();
    ASSERT_GE(before, 120);
    ASSERT_LT(before, kRows) << "the run was killed in the middle";

    const CliRun resumed = runCli(bulk(m_server, csv, {QStringLiteral("--journal"), journal}));
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err.toStdString();
    int skipped = 0;
    for (const QString& line : resumed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        skipped +=
            QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("outcome")).toString() ==
            QStringLiteral("skipped");
    EXPECT_GT(skipped, 100);
    for (int i = 1; i <= kRows; ++i) {
        const QString id = QString::number(1000 + i);
        EXPECT_EQ(m_accounts.writes(id), 1) << "account " << id.toStdString();
        EXPECT_EQ(m_accounts.account(id).value(QStringLiteral("account_name")).toString(),
                  QStringLiteral("Renamed %1").arg(i));
    }
}

// Two runs on one journal at once would both find a row undone and both write it: while one runs,
// another is refused before it sends anything.
TEST_F(Bulk, ASecondRunOnAJournalInUseIsRefusedBeforeSendingAnything)
{
    AccountStore accounts;
    TestHttpServer slow([&accounts](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response = accounts.handle(request);
        response.delayMs = 100;
        return response;
    });
    constexpr int kRows = 30;
    const QString csv = writeCsv(m_directory, rows(kRows));
    const QString journal = m_directory.filePath(QStringLiteral("shared.journal"));
    QProcess first;
    first.start(
        QStringLiteral(ACCOUNTDESK_CLI_PATH),
        bulk(slow, csv,
             {QStringLiteral("--journal"), journal, QStringLiteral("--concurrency"), QStringLiteral("1")}));
    ASSERT_TRUE(first.waitForStarted());
    for (int waited = 0; accounts.totalWrites() < 1 && waited < 30000; waited += 5)
        QThread::msleep(5);
    ASSERT_GE(accounts.totalWrites(), 1);

    const CliRun second = runCli(bulk(slow, csv, {QStringLiteral("--journal"), journal}));
    EXPECT_EQ(second.exitCode, 2) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains(QStringLiteral("in use by another run"))) << second.err.toStdString();
    EXPECT_TRUE(second.out.isEmpty()) << second.out.toStdString();

    ASSERT_TRUE(first.waitForFinished(60000));
    EXPECT_EQ(first.exitCode(), 0) << first.readAllStandardError().toStdString();
    for (int i = 1; i <= kRows; ++i)
        EXPECT_EQ(accounts.writes(QString::number(1000 + i)), 1) << "account " << 1000 + i;
    EXPECT_FALSE(QFile::exists(journal + QStringLiteral(".lock"))) << "the run lets its journal go";

    const CliRun after = runCli(bulk(slow, csv, {QStringLiteral("--journal"), journal}));
    EXPECT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_EQ(after.out.count(QStringLiteral("\"skipped\"")), kRows) << after.out.toStdString();
}

// Run again after it finished, every row is done by the journal: the run skips them all and ends.
TEST_F(Bulk, ARunWhoseJournalHasEveryRowDoneSkipsThemAllAndEnds)
{
    const QString csv = writeCsv(m_directory, rows(3));
    const QString journal = m_directory.filePath(QStringLiteral("done.journal"));
    ASSERT_EQ(runCli(bulk(m_server, csv, {QStringLiteral("--journal"), journal})).exitCode, 0);
    const CliRun again = runCli(bulk(m_server, csv, {QStringLiteral("--journal"), journal}));
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.out.count(QStringLiteral("\"skipped\"")), 3) << again.out.toStdString();
    EXPECT_EQ(m_accounts.totalWrites(), 3);
}

// A journal file left empty (a kill before its first line reached the disk) recorded nothing, so
// nothing was sent under it: the run starts afresh instead of being refused forever.
TEST_F(Bulk, AnEmptyJournalStartsAfresh)
{
    const QString csv = writeCsv(m_directory, rows(3));
    const QString journal = m_directory.filePath(QStringLiteral("empty.journal"));
    QFile empty(journal);
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    const CliRun run = runCli(bulk(m_server, csv, {QStringLiteral("--journal"), journal}));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(m_accounts.totalWrites(), 3);
}

// A file that is not empty and not a journal (a mistyped --journal naming the CSV itself) is never
// overwritten: it is refused.
TEST_F(Bulk, AFileThatIsNoJournalIsRefusedAndLeftAsItWas)
{
    const QString csv = writeCsv(m_directory, rows(3));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const CliRun run = runCli(bulk(m_server, csv, {QStringLiteral("--journal"), csv}));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_EQ(m_accounts.totalWrites(), 0);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}

TEST_F(Bulk, AStormOfBusyAnswersSlowsTheRunAndLosesNothing)
{
    const QString csv = writeCsv(m_directory, rows(20));
    m_accounts.answerBusy(12);
    const CliRun run = runCli(bulk(m_server, csv, {QStringLiteral("--concurrency"), QStringLiteral("8")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    for (int i = 1; i <= 20; ++i)
        EXPECT_EQ(m_accounts.writes(QString::number(1000 + i)), 1);
}

TEST_F(Bulk, ProductionIsConfirmedOnceForTheWholeRunBeforeAnyRequest)
{
    const QString csv =
        writeCsv(m_directory, "account,json:/alertEmailAddresses\n"
                              "b6b0bb79-7b03-4cc0-9c70-2d3aec3aeb17,\"[\"\"ops@example.com\"\"]\"\n"
                              "0d5c2b4e-9a55-4c3e-8d1b-2f4e6a7c9b10,\"[\"\"ops@example.com\"\"]\"\n");
    const CliRun run = runCli({QStringLiteral("bulk"), QStringLiteral("sequence"), QStringLiteral("--csv"),
                               csv, QStringLiteral("--server"), QStringLiteral("PRODUCTION")});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("is a production server; nothing was sent")))
        << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

// As many rows are under way at once as asked for, more than the six connections Qt opens to one
// server from one network manager: the server, answering each request after 200 ms, counts the
// requests it has under way at the same time.
TEST_F(Bulk, AsManyRowsAreUnderWayAtOnceAsTheConcurrencyAsks)
{
    for (const int concurrency : {3, 8, 13}) {
        SCOPED_TRACE(concurrency);
        AccountStore accounts;
        TestHttpServer server([&accounts](const TestHttpServer::Request& request, int) {
            TestHttpServer::Response response = accounts.handle(request);
            response.delayMs = 200;
            return response;
        });
        server.serveConcurrently();
        const QString csv = writeCsv(m_directory, rows(2 * concurrency));
        const CliRun run =
            runCli(bulk(server, csv, {QStringLiteral("--concurrency"), QString::number(concurrency)}));
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_EQ(accounts.totalWrites(), 2 * concurrency);
        EXPECT_EQ(server.mostRequestsAtOnce(), concurrency);
    }
}

// A provider with no read operation (an imported spec may have none): a row the server answered
// 429 is retried and written, not mistaken for a write a killed run left unknown (which is reported
// and never resent).
TEST_F(Bulk, ARowRetriedAfterABusyAnswerIsSentEvenWithoutAReadOperation)
{
    QTemporaryDir providers;
    ASSERT_TRUE(QFile::copy(QStringLiteral(":/providers/pismo.openapi.json"),
                            providers.filePath(QStringLiteral("pismo.openapi.json"))));
    QFile hints(providers.filePath(QStringLiteral("noread.provider.json")));
    ASSERT_TRUE(hints.open(QIODevice::WriteOnly));
    hints.write(R"({"id": "noread", "displayName": "Pismo without reads", "spec": "pismo.openapi.json",
                   "updateOperation": "patch-accounts-v1-accounts", "auth": ["bearer"],
                   "defaultServer": "API server for testing"})");
    hints.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ACCOUNTDESK_PROVIDERS_PATH"), providers.path());
    ASSERT_EQ(runCli({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("noread")},
                     "token=noread-token\n", environment)
                  .exitCode,
              0);

    const QString csv = writeCsv(m_directory, rows(1));
    m_accounts.answerBusy(CallOptions().maxAttempts); // the call gives up: the run retries the row
    QStringList arguments = bulk(
        m_server, csv, {QStringLiteral("--journal"), m_directory.filePath(QStringLiteral("noread.journal"))});
    arguments[1] = QStringLiteral("noread");
    const CliRun run = runCli(arguments, QByteArray(), environment);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    EXPECT_EQ(m_accounts.writes(QStringLiteral("1001")), 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("\"outcome\":\"updated\""))) << run.out.toStdString();
}
