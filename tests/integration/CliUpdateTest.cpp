// accountdesk-cli update against a real HTTP server on 127.0.0.1, with credentials in the real
// Secret Service: what exactly reaches the server for each provider.
#include "CliRunner.h"
#include "KeychainRequirement.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "auth/ZephrSigner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

QJsonObject jsonOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

TestHttpServer::Response json(int status, const QByteArray& body)
{
    TestHttpServer::Response response;
    response.status = status;
    response.body = body;
    return response;
}

const QByteArray kPng = TestSupport::tinyPng();

class CliUpdate : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ACCOUNTDESK_REQUIRE_KEYCHAIN();
        ASSERT_TRUE(storeCredentials(QStringLiteral("pismo"), "token=pismo-token\n"));
        ASSERT_TRUE(storeCredentials(QStringLiteral("sequence"), "username=seq-user\npassword=seq-pass\n"));
        ASSERT_TRUE(storeCredentials(QStringLiteral("softwareone"), "token=swo-token\n"));
        // quiva prefers a token when both are stored; this profile has only an API key.
        ASSERT_EQ(runCli({QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("quiva")})
                      .exitCode,
                  0);
        ASSERT_TRUE(storeCredentials(QStringLiteral("quiva"), "api_key=quiva-key\n"));
        ASSERT_TRUE(
            storeCredentials(QStringLiteral("zephr"), "access_key=zephr-access\nsecret_key=zephr-secret\n"));
    }

    CliRun update(const QString& provider, const QStringList& arguments, const TestHttpServer& server)
    {
        QStringList all{QStringLiteral("update"), provider, QStringLiteral("--base-url"), server.baseUrl()};
        all << arguments;
        return runCli(all);
    }
};

} // namespace

TEST_F(CliUpdate, PismoPatchSendsOnlyTheEditsWithBearerAuth)
{
    TestHttpServer server(
        [](const TestHttpServer::Request&, int) { return json(200, R"({"account_id": 123})"); });
    const CliRun run = update(QStringLiteral("pismo"),
                              {QStringLiteral("--account"), QStringLiteral("123"), QStringLiteral("--set"),
                               QStringLiteral("/account_name=Cash management"), QStringLiteral("--null"),
                               QStringLiteral("/parent_account_id"), QStringLiteral("--set"),
                               QStringLiteral("/division_id=9007199254740993"), QStringLiteral("--set-json"),
                               QStringLiteral("/custom_fields={\"field_01\": \"value01\"}")},
                              server);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(server.requestCount(), 1);
    const TestHttpServer::Request request = server.requests().first();
    EXPECT_EQ(request.method, QByteArray("PATCH"));
    EXPECT_EQ(request.path, QByteArray("/accounts/v1/accounts/123"));
    EXPECT_EQ(request.header("Authorization"), QByteArray("Bearer pismo-token"));
    EXPECT_EQ(request.header("Content-Type"), QByteArray("application/json"));
    EXPECT_TRUE(request.header("User-Agent").startsWith("AccountDesk/"));
    EXPECT_EQ(request.header("X-Request-ID").size(), 36);
    // int64 beyond 2^53 arrives exactly.
    EXPECT_EQ(request.body,
              QByteArray(R"({"account_name":"Cash management","custom_fields":{"field_01":"value01"},)"
                         R"("division_id":9007199254740993,"parent_account_id":null})"));
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("HTTP/1.1 200 OK\n"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("\"account_id\": 123")));
}

TEST_F(CliUpdate, QuivaPatchUsesTheApiKeyHeaderAndNoAccountId)
{
    TestHttpServer server([](const TestHttpServer::Request&, int) { return json(200, R"({"data": {}})"); });
    const CliRun run =
        update(QStringLiteral("quiva"),
               {QStringLiteral("--set"), QStringLiteral("/country=DE"), QStringLiteral("--set"),
                QStringLiteral("/cloud=true"), QStringLiteral("--set-json"),
                QStringLiteral("/onboarding_progress={\"step\": 3}")},
               server);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(server.requestCount(), 1);
    const TestHttpServer::Request request = server.requests().first();
    EXPECT_EQ(request.method, QByteArray("PATCH"));
    EXPECT_EQ(request.path, QByteArray("/accounts"));
    EXPECT_EQ(request.header("X-Api-Key"), QByteArray("quiva-key"));
    EXPECT_TRUE(request.header("Authorization").isEmpty());
    EXPECT_EQ(jsonOf(request.body),
              jsonOf(R"({"country": "DE", "cloud": true, "onboarding_progress": {"step": 3}})"));
}

TEST_F(CliUpdate, SequencePutReadsFirstAndSendsTheMergedAccount)
{
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        if (request.method == "GET")
            return json(200, R"({"id": "b6b0bb79-7b03-4cc0-9c70-2d3aec3aeb17", "companyName": "Acme Inc.",
                                 "country": "GB", "alertEmailAddresses": ["old@example.com"]})");
        return json(200, request.body);
    });
    const CliRun run =
        update(QStringLiteral("sequence"),
               {QStringLiteral("--account"), QStringLiteral("b6b0bb79-7b03-4cc0-9c70-2d3aec3aeb17"),
                QStringLiteral("--set"), QStringLiteral("/alertEmailAddresses/-=new@example.com")},
               server);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<TestHttpServer::Request> requests = server.requests();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests.at(0).method, QByteArray("GET"));
    EXPECT_EQ(requests.at(0).path, QByteArray("/sequence-accounts/b6b0bb79-7b03-4cc0-9c70-2d3aec3aeb17"));
    const TestHttpServer::Request& put = requests.at(1);
    EXPECT_EQ(put.method, QByteArray("PUT"));
    EXPECT_EQ(put.header("Authorization"), "Basic " + QByteArray("seq-user:seq-pass").toBase64());
    EXPECT_EQ(put.header("Sequence-Version"), QByteArray("2024-07-30"));
    // Only what the update schema knows; the read-only members of the answer are not sent back.
    EXPECT_EQ(put.body, QByteArray(R"({"alertEmailAddresses":["old@example.com","new@example.com"]})"));
}

TEST_F(CliUpdate, SoftwareOnePutWithALogoIsMultipartByteForByte)
{
    QTemporaryDir directory;
    const QString logoPath = directory.filePath(QStringLiteral("acme logo.png"));
    QFile logo(logoPath);
    ASSERT_TRUE(logo.open(QIODevice::WriteOnly));
    logo.write(kPng);
    logo.close();

    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        if (request.method == "GET")
            return json(
                200,
                R"({"id": "ACC-1234-5678", "revision": 4, "name": "Acme", "audit": {"created": {"at": "2024-01-01T00:00:00Z"}},
                                 "$meta": {"omitted": []}, "groups": [{"id": "UGR-1"}], "address": {"city": "Zurich", "country": "CH"},
                                 "technicalSupportEmail": "help@acme.example"})");
        return json(200, R"({"id": "ACC-1234-5678"})");
    });
    const CliRun run =
        update(QStringLiteral("softwareone"),
               {QStringLiteral("--account"), QStringLiteral("ACC-1234-5678"), QStringLiteral("--set"),
                QStringLiteral("/address/city=Basel"), QStringLiteral("--logo"), logoPath},
               server);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<TestHttpServer::Request> requests = server.requests();
    ASSERT_EQ(requests.size(), 2);
    const TestHttpServer::Request& put = requests.at(1);
    EXPECT_EQ(put.path, QByteArray("/public/v1/accounts/accounts/ACC-1234-5678"));
    EXPECT_EQ(put.header("Authorization"), QByteArray("Bearer swo-token"));
    const QByteArray contentType = put.header("Content-Type");
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^multipart/form-data; boundary=(\\S+)$"))
            .match(QString::fromLatin1(contentType));
    ASSERT_TRUE(match.hasMatch()) << contentType.toStdString();
    const QByteArray boundary = match.captured(1).toLatin1();
    const QByteArray account =
        R"({"address":{"city":"Basel","country":"CH"},"name":"Acme","technicalSupportEmail":"help@acme.example"})";
    const QByteArray expected =
        "--" + boundary + "\r\n" +
        "Content-Disposition: form-data; name=\"account\"\r\n"
        "Content-Type: application/json\r\n\r\n" +
        account + "\r\n" + "--" + boundary + "\r\n" +
        "Content-Disposition: form-data; name=\"logo\"; filename=\"acme logo.png\"\r\n"
        "Content-Type: image/png\r\n\r\n" +
        kPng + "\r\n" + "--" + boundary + "--\r\n";
    EXPECT_EQ(put.body, expected);
}

TEST_F(CliUpdate, SoftwareOneWithoutALogoIsJsonAndNoFetchSendsOnlyTheEdits)
{
    TestHttpServer server;
    const CliRun run =
        update(QStringLiteral("softwareone"),
               {QStringLiteral("--account"), QStringLiteral("ACC-1"), QStringLiteral("--no-fetch"),
                QStringLiteral("--set"), QStringLiteral("/name=Acme AG")},
               server);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().method, QByteArray("PUT"));
    EXPECT_EQ(server.requests().first().header("Content-Type"), QByteArray("application/json"));
    EXPECT_EQ(server.requests().first().body, QByteArray(R"({"name":"Acme AG"})"));
}

TEST_F(CliUpdate, ZephrPutIsSignedAsTheServerRecomputesIt)
{
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        if (request.method == "GET")
            return json(
                200,
                R"({"id": "acc-9", "name": "Uni", "number_of_seats": 5, "premises_tags": "[\"gold-tier\"]"})");
        return json(201, "{}");
    });
    const CliRun run =
        update(QStringLiteral("zephr"),
               {QStringLiteral("--account"), QStringLiteral("acc-9"), QStringLiteral("--set"),
                QStringLiteral("/on_premises_ips=125.124.143.24\n10.0.0.0/8"), QStringLiteral("--set"),
                QStringLiteral("/session_limit_behaviour=DELETE_OLDEST_SESSIONS")},
               server);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("HTTP/1.1 201 Created")));
    const QList<TestHttpServer::Request> requests = server.requests();
    ASSERT_EQ(requests.size(), 2);
    QList<QByteArray> nonces;
    for (const TestHttpServer::Request& request : requests) {
        const QByteArray authorization = request.header("Authorization");
        ASSERT_TRUE(authorization.startsWith("ZEPHR-HMAC-SHA256 ")) << authorization.toStdString();
        const QList<QByteArray> parts = authorization.mid(18).split(':');
        ASSERT_EQ(parts.size(), 4);
        EXPECT_EQ(parts.at(0), QByteArray("zephr-access"));
        const QByteArray path = request.path.left(request.path.indexOf('?') < 0 ? request.path.size()
                                                                                : request.path.indexOf('?'));
        const QByteArray expected = QCryptographicHash::hash("zephr-secret" + request.body + path + "" +
                                                                 request.method + parts.at(1) + parts.at(2),
                                                             QCryptographicHash::Sha256)
                                        .toHex();
        EXPECT_EQ(parts.at(3), expected) << request.method.toStdString();
        const qint64 timestamp = parts.at(1).toLongLong();
        EXPECT_LT(qAbs(timestamp - QDateTime::currentMSecsSinceEpoch()), 120000);
        nonces.append(parts.at(2));
    }
    EXPECT_NE(nonces.at(0), nonces.at(1));
    EXPECT_EQ(jsonOf(requests.at(1).body),
              jsonOf(R"({"name": "Uni", "number_of_seats": 5, "premises_tags": "[\"gold-tier\"]",
                         "on_premises_ips": "125.124.143.24\n10.0.0.0/8", "session_limit_behaviour": "DELETE_OLDEST_SESSIONS"})"));
}

TEST_F(CliUpdate, DryRunPrintsTheRedactedRequestAndSendsNothing)
{
    TestHttpServer server;
    const CliRun run = update(QStringLiteral("pismo"),
                              {QStringLiteral("--account"), QStringLiteral("7"), QStringLiteral("--set"),
                               QStringLiteral("/account_name=Cash"), QStringLiteral("--dry-run")},
                              server);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(server.requestCount(), 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("PATCH %1/accounts/v1/accounts/7\n").arg(server.baseUrl())))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Authorization: Bearer ***\n")));
    EXPECT_TRUE(run.out.endsWith(QStringLiteral("\n\n{\"account_name\":\"Cash\"}\n")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("pismo-token")));
}

// Every invalid input ends with exit 2, one line per problem, and not a single request.
struct InvalidCase
{
    const char* name;
    QStringList arguments; // after `update`; {base} is replaced by the server's URL
    QString expectedLine;
};

void PrintTo(const InvalidCase& invalidCase, std::ostream* os)
{
    *os << invalidCase.name;
}

class CliInvalidInput : public CliUpdate, public ::testing::WithParamInterface<InvalidCase>
{};

TEST_P(CliInvalidInput, ExitsWithTwoAndSendsNothing)
{
    TestHttpServer server;
    QStringList arguments{QStringLiteral("update")};
    for (const QString& argument : GetParam().arguments)
        arguments.append(QString(argument).replace(QStringLiteral("{base}"), server.baseUrl()));
    const CliRun run = runCli(arguments);
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_EQ(server.requestCount(), 0);
    EXPECT_TRUE(run.err.contains(GetParam().expectedLine)) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
}

#define ARGS(...)                                                                                            \
    QStringList                                                                                              \
    {                                                                                                        \
        __VA_ARGS__                                                                                          \
    }
#define S QStringLiteral

INSTANTIATE_TEST_SUITE_P(
    Providers, CliInvalidInput,
    ::testing::Values(
        InvalidCase{"UnknownProvider", ARGS(S("nosuch"), S("--set"), S("/a=b")),
                    S("<provider>: unknown provider")},
        InvalidCase{"NoProvider", ARGS(S("--set"), S("/a=b")), S("<provider>: missing")},
        InvalidCase{"UnknownOption", ARGS(S("pismo"), S("--frobnicate")), S("--frobnicate: unknown option")},
        InvalidCase{"NoEdits", ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}")),
                    S("nothing to change")},
        InvalidCase{"PismoAccountZero",
                    ARGS(S("pismo"), S("--account"), S("0"), S("--base-url"), S("{base}"), S("--set"),
                         S("/account_name=x")),
                    S("{accountId}: must be ≥ 1")},
        InvalidCase{"PismoAccountNotANumber",
                    ARGS(S("pismo"), S("--account"), S("12ab"), S("--base-url"), S("{base}"), S("--set"),
                         S("/account_name=x")),
                    S("{accountId}: \"12ab\" is not a whole number")},
        InvalidCase{"SoftwareOneAccountDotDot",
                    ARGS(S("softwareone"), S("--account"), S(".."), S("--base-url"), S("{base}"), S("--set"),
                         S("/name=x")),
                    S("{id}: \".\" and \"..\" are not account ids")},
        InvalidCase{"PismoAccountMissing",
                    ARGS(S("pismo"), S("--base-url"), S("{base}"), S("--set"), S("/account_name=x")),
                    S("{accountId}: is required")},
        InvalidCase{"PismoNameTooLong",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--set"),
                         S("/account_name=") + QString(61, QLatin1Char('n'))),
                    S("/account_name: takes at most 60 characters (has 61)")},
        InvalidCase{"PismoDivisionNotInteger",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--set"),
                         S("/division_id=1.5")),
                    S("/division_id: \"1.5\" is not a whole number")},
        InvalidCase{"PismoCustomFieldsTooBig",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--set-json"),
                         S("/custom_fields={\"k\": \"") + QString(1010, QLatin1Char('x')) + S("\"}")),
                    S("/custom_fields: is 1018 bytes as JSON; the limit is 1014 bytes")},
        InvalidCase{"PismoNullNotAllowed",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--null"),
                         S("/account_name")),
                    S("/account_name: cannot be null")},
        InvalidCase{"PismoUnknownField",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--set"),
                         S("/nickname=x")),
                    S("/nickname: the update has no such field")},
        InvalidCase{"PismoBooleanWord",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--set"),
                         S("/centralizer=yes")),
                    S("/centralizer: \"yes\" is not true or false")},
        InvalidCase{"QuivaTakesNoAccount",
                    ARGS(S("quiva"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--set"),
                         S("/country=DE")),
                    S("--account: quiva edits the account of the credentials' owner")},
        InvalidCase{"QuivaCountryUnknown",
                    ARGS(S("quiva"), S("--base-url"), S("{base}"), S("--set"), S("/country=XX")),
                    S("/country: \"XX\" is not an ISO 3166-1 alpha-2 country code")},
        InvalidCase{"QuivaCloudNotBoolean",
                    ARGS(S("quiva"), S("--base-url"), S("{base}"), S("--set-json"), S("/cloud=\"true\"")),
                    S("/cloud: must be true or false")},
        InvalidCase{"SequenceBadEmail",
                    ARGS(S("sequence"), S("--account"), S("a"), S("--base-url"), S("{base}"), S("--set-json"),
                         S("/alertEmailAddresses=[\"nope\"]")),
                    S("/alertEmailAddresses/0: \"nope\" is not an e-mail address")},
        InvalidCase{"SequenceListWithSet",
                    ARGS(S("sequence"), S("--account"), S("a"), S("--base-url"), S("{base}"), S("--set"),
                         S("/alertEmailAddresses=a@b.co")),
                    S("/alertEmailAddresses: is a list")},
        InvalidCase{"SequenceUnknownServer",
                    ARGS(S("sequence"), S("--account"), S("a"), S("--server"), S("staging"), S("--set-json"),
                         S("/alertEmailAddresses=[]")),
                    S("--server: sequence has no server \"staging\" (it has: dev, sandbox, production)")},
        InvalidCase{"SoftwareOneHiddenField",
                    ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--set"),
                         S("/revision=5")),
                    S("/revision: is managed by the server")},
        InvalidCase{"SoftwareOneEmptyName",
                    ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--set"),
                         S("/name=")),
                    S("/name: cannot be empty")},
        InvalidCase{"SoftwareOneBadEmail",
                    ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--set"),
                         S("/technicalSupportEmail=help")),
                    S("/technicalSupportEmail: is not an e-mail address")},
        InvalidCase{"SoftwareOneBadEnum",
                    ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--set"),
                         S("/status=Frozen")),
                    S("/status: must be one of Active, Enabled, Disabled")},
        InvalidCase{"SoftwareOneBadUuid",
                    ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--set"),
                         S("/externalIds/pyraTenantId=123")),
                    S("/externalIds/pyraTenantId: is not a UUID")},
        InvalidCase{"SoftwareOneLogoNotAnImage",
                    ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--logo"),
                         S(ACCOUNTDESK_SOURCE_DIR "/README.md")),
                    S("--logo: README.md is not a PNG, JPEG, SVG or WebP image")},
        InvalidCase{"SoftwareOneLogoMissing",
                    ARGS(S("softwareone"), S("--account"), S("A"), S("--base-url"), S("{base}"), S("--logo"),
                         S("/nonexistent.png")),
                    S("--logo: /nonexistent.png: no such file")},
        InvalidCase{"PismoTakesNoLogo",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--logo"),
                         S(ACCOUNTDESK_SOURCE_DIR "/README.md")),
                    S("--logo: pismo takes no file upload")},
        InvalidCase{"ZephrNeedsBaseUrl", ARGS(S("zephr"), S("--account"), S("a"), S("--set"), S("/name=x")),
                    S("--base-url: zephr's server is https://{tenant}.api.zephr.com")},
        InvalidCase{"ZephrBadIp",
                    ARGS(S("zephr"), S("--account"), S("a"), S("--base-url"), S("{base}"), S("--set"),
                         S("/on_premises_ips=1.2.3.4\n999.0.0.1")),
                    S("/on_premises_ips: line 2: \"999.0.0.1\" is not an IP address or CIDR block")},
        InvalidCase{"ZephrTagsNotJson",
                    ARGS(S("zephr"), S("--account"), S("a"), S("--base-url"), S("{base}"), S("--set"),
                         S("/premises_tags=gold")),
                    S("/premises_tags: must be a JSON array of strings")},
        InvalidCase{"ZephrBadBehaviour",
                    ARGS(S("zephr"), S("--account"), S("a"), S("--base-url"), S("{base}"), S("--set"),
                         S("/session_limit_behaviour=KICK")),
                    S("/session_limit_behaviour: must be one of PREVENT_LOGIN, DELETE_OLDEST_SESSIONS")},
        InvalidCase{"ZephrSeatsNotNumber",
                    ARGS(S("zephr"), S("--account"), S("a"), S("--base-url"), S("{base}"), S("--set"),
                         S("/number_of_seats=five")),
                    S("/number_of_seats: \"five\" is not a number")},
        InvalidCase{"PlainHttpToARemoteHost",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("http://203.0.113.7"),
                         S("--set"), S("/account_name=x")),
                    S("--base-url: plain http:// is only allowed to a loopback address")},
        InvalidCase{"BadTimeout",
                    ARGS(S("pismo"), S("--account"), S("1"), S("--base-url"), S("{base}"), S("--timeout"),
                         S("0"), S("--set"), S("/account_name=x")),
                    S("--timeout: \"0\" is not a number of seconds")}),
    [](const ::testing::TestParamInfo<InvalidCase>& parameter) { return std::string(parameter.param.name); });

TEST_F(CliUpdate, InvalidMergedBodyIsRefusedAfterTheReadWithoutAnUpdate)
{
    // The current account violates the schema (a name longer than allowed): nothing is PUT.
    TestHttpServer server([](const TestHttpServer::Request&, int) {
        return json(200, QByteArray(R"({"name": ")") + QByteArray(501, 'n') + R"("})");
    });
    const CliRun run = update(QStringLiteral("softwareone"),
                              {QStringLiteral("--account"), QStringLiteral("A"), QStringLiteral("--set"),
                               QStringLiteral("/website=https://acme.example")},
                              server);
    EXPECT_EQ(run.exitCode, 2);
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().method, QByteArray("GET"));
    EXPECT_TRUE(run.err.contains(QStringLiteral("/name: takes at most 500 characters")))
        << run.err.toStdString();
}
