// Every way a call can fail, each with its exit code: 3 server said no, 4 network, 5 credentials.
#include "CliRunner.h"
#include "KeychainRequirement.h"
#include "RefusingPort.h"
#include "TestHttpServer.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

TestHttpServer::Response answer(int status, const QByteArray& body = "{}",
                                QList<QPair<QByteArray, QByteArray>> headers = {})
{
    TestHttpServer::Response response;
    response.status = status;
    response.body = body;
    response.headers = std::move(headers);
    return response;
}

class CliFault : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ACCOUNTDESK_REQUIRE_KEYCHAIN();
        ASSERT_TRUE(storeCredentials(QStringLiteral("pismo"), "token=pismo-token\n"));
        ASSERT_TRUE(storeCredentials(QStringLiteral("softwareone"), "token=swo-token\n"));
    }

    static CliRun pismoUpdate(const QString& baseUrl, const QStringList& extra = {})
    {
        QStringList arguments{QStringLiteral("update"),     QStringLiteral("pismo"),
                              QStringLiteral("--account"),  QStringLiteral("123"),
                              QStringLiteral("--base-url"), baseUrl,
                              QStringLiteral("--set"),      QStringLiteral("/account_name=Cash")};
        return runCli(arguments + extra);
    }
};

} // namespace

TEST_F(CliFault, ProblemDetailsComeBackAsFieldErrorsWithExitThree)
{
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        return answer(400, R"({"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            "title": "One or more validation errors occurred.", "status": 400,
            "errors": [{"message": "Name must be unique.", "properties": ["Name"]}]})");
    });
    const CliRun run =
        runCli({QStringLiteral("update"), QStringLiteral("softwareone"), QStringLiteral("--account"),
                QStringLiteral("ACC-1"), QStringLiteral("--base-url"), server.baseUrl(),
                QStringLiteral("--no-fetch"), QStringLiteral("--set"), QStringLiteral("/name=Acme")});
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("400 Bad Request")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("HTTP 400: One or more validation errors occurred.")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("/name: Name must be unique.")));
}

TEST_F(CliFault, PismoMessageErrorsWithExitThree)
{
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        return answer(404, R"({"message": "Account not found with id: 123"})");
    });
    const CliRun run = pismoUpdate(server.baseUrl());
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("message: Account not found with id: 123")))
        << run.err.toStdString();
}

TEST_F(CliFault, AFailedReadChangesNothing)
{
    TestHttpServer server(
        [](const TestHttpServer::Request&, int) { return answer(401, R"({"error": "bad token"})"); });
    const CliRun run =
        runCli({QStringLiteral("update"), QStringLiteral("softwareone"), QStringLiteral("--account"),
                QStringLiteral("ACC-1"), QStringLiteral("--base-url"), server.baseUrl(),
                QStringLiteral("--set"), QStringLiteral("/name=Acme")});
    EXPECT_EQ(run.exitCode, 3);
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().method, QByteArray("GET"));
    EXPECT_TRUE(run.err.contains(QStringLiteral("nothing was changed")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("message: bad token")));
}

TEST_F(CliFault, ConnectionRefusedIsANetworkFailure)
{
    const RefusingPort refusing;
    ASSERT_TRUE(refusing.isValid());
    const CliRun run = pismoUpdate(refusing.baseUrl());
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_TRUE(run.err.contains(QStringLiteral("connection refused"))) << run.err.toStdString();
}

TEST_F(CliFault, ATimeoutIsANetworkFailure)
{
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        TestHttpServer::Response slow = answer(200);
        slow.delayMs = 3000;
        return slow;
    });
    const CliRun run = pismoUpdate(server.baseUrl(), {QStringLiteral("--timeout"), QStringLiteral("1")});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_TRUE(run.err.contains(QStringLiteral("timeout"))) << run.err.toStdString();
    EXPECT_EQ(server.requestCount(), 1) << "a request that may have been applied is not retried";
}

TEST_F(CliFault, TlsErrorsAreNeverIgnored)
{
    QTemporaryDir certificates;
    ASSERT_TRUE(TestHttpServer::createSelfSignedCertificate(certificates.path()));
    TestHttpServer server({}, certificates.path());
    ASSERT_TRUE(server.baseUrl().startsWith(QStringLiteral("https://")));
    const CliRun run = pismoUpdate(server.baseUrl());
    EXPECT_EQ(run.exitCode, 4) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("TLS"))) << run.err.toStdString();
    EXPECT_EQ(server.requestCount(), 0) << "no request may complete over an untrusted connection";
}

TEST_F(CliFault, ARedirectToAnotherOriginIsRefused)
{
    TestHttpServer elsewhere;
    TestHttpServer server([&elsewhere](const TestHttpServer::Request&, int) {
        return answer(307, "", {{"Location", (elsewhere.baseUrl() + QStringLiteral("/steal")).toUtf8()}});
    });
    const CliRun run = pismoUpdate(server.baseUrl());
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_TRUE(run.err.contains(QStringLiteral("refused redirect"))) << run.err.toStdString();
    EXPECT_EQ(elsewhere.requestCount(), 0) << "the credentials never reach another origin";
}

TEST_F(CliFault, ASameOriginRedirectIsFollowedWithMethodAndBody)
{
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        if (request.path == "/accounts/v1/accounts/123")
            return answer(308, "", {{"Location", "/v2/accounts/123"}});
        return answer(200, R"({"moved": true})");
    });
    const CliRun run = pismoUpdate(server.baseUrl());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto requests = server.requests();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests.at(1).method, QByteArray("PATCH"));
    EXPECT_EQ(requests.at(1).path, QByteArray("/v2/accounts/123"));
    EXPECT_EQ(requests.at(1).body, QByteArray(R"({"account_name":"Cash"})"));
    EXPECT_EQ(requests.at(1).header("Authorization"), QByteArray("Bearer pismo-token"));
}

TEST_F(CliFault, RedirectLoopsAreCapped)
{
    TestHttpServer server([](const TestHttpServer::Request& request, int index) {
        return answer(307, "", {{"Location", request.path + "x" + QByteArray::number(index)}});
    });
    const CliRun run = pismoUpdate(server.baseUrl());
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_TRUE(run.err.contains(QStringLiteral("more than 5 redirects"))) << run.err.toStdString();
    EXPECT_EQ(server.requestCount(), 6);
}

TEST_F(CliFault, TooManyRequestsIsRetriedAfterRetryAfter)
{
    TestHttpServer server([](const TestHttpServer::Request&, int index) {
        if (index == 0)
            return answer(429, R"({"message": "slow down"})", {{"Retry-After", "1"}});
        return answer(200, R"({"ok": true})");
    });
    const CliRun run = pismoUpdate(server.baseUrl());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("attempt 2 in 1 s")));
    // Each attempt is a request of its own.
    EXPECT_NE(server.requests().at(0).header("X-Request-ID"), QByteArray());
}

TEST_F(CliFault, ServiceUnavailableIsTriedAtMostThreeTimes)
{
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        return answer(503, R"({"message": "maintenance"})", {{"Retry-After", "0"}});
    });
    const CliRun run = pismoUpdate(server.baseUrl());
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(server.requestCount(), 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("maintenance")));
}

TEST_F(CliFault, ARetryAfterBeyondTheCapIsNotWaitedFor)
{
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        return answer(429, "{}", {{"Retry-After", "3600"}});
    });
    const CliRun run = pismoUpdate(server.baseUrl());
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(CliFault, OtherServerErrorsAreNotRetried)
{
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        return answer(500, R"({"message": "Not possible to update custom fields."})");
    });
    const CliRun run = pismoUpdate(server.baseUrl());
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Not possible to update custom fields.")));
}

TEST_F(CliFault, MissingCredentialsExitWithFiveAndSendNothing)
{
    TestHttpServer server;
    const CliRun run = runCli({QStringLiteral("update"), QStringLiteral("pismo"), QStringLiteral("--profile"),
                               QStringLiteral("nobody"), QStringLiteral("--account"), QStringLiteral("1"),
                               QStringLiteral("--base-url"), server.baseUrl(), QStringLiteral("--set"),
                               QStringLiteral("/account_name=x")});
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_EQ(server.requestCount(), 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("credentials set pismo --profile nobody")))
        << run.err.toStdString();
}

TEST_F(CliFault, NoKeychainExitsWithFiveAndSaysSo)
{
    TestHttpServer server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/bus"));
    const CliRun run = runCli({QStringLiteral("update"), QStringLiteral("pismo"), QStringLiteral("--account"),
                               QStringLiteral("1"), QStringLiteral("--base-url"), server.baseUrl(),
                               QStringLiteral("--set"), QStringLiteral("/account_name=x")},
                              QByteArray(), environment);
    EXPECT_EQ(run.exitCode, 5) << run.err.toStdString();
    EXPECT_EQ(server.requestCount(), 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("keychain"))) << run.err.toStdString();

    const CliRun store =
        runCli({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("pismo")}, "token=t\n",
               environment);
    EXPECT_EQ(store.exitCode, 5);
    EXPECT_TRUE(store.err.contains(QStringLiteral("no keychain is available"))) << store.err.toStdString();
}

TEST_F(CliFault, ShowPrintsTheAccountAndUnwrapsQuivaData)
{
    ASSERT_TRUE(storeCredentials(QStringLiteral("quiva"), "token=quiva-jwt\n"));
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        return answer(200, R"({"data": {"name": "acme", "country": "US"}})");
    });
    const CliRun run = runCli(
        {QStringLiteral("show"), QStringLiteral("quiva"), QStringLiteral("--base-url"), server.baseUrl()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(server.requests().first().path, QByteArray("/accounts/info"));
    EXPECT_EQ(server.requests().first().header("Authorization"), QByteArray("Bearer quiva-jwt"));
    EXPECT_EQ(QJsonDocument::fromJson(run.out.toUtf8()).object(),
              QJsonDocument::fromJson(R"({"name": "acme", "country": "US"})").object());
}
