// accountdesk-cli update against a real HTTP server on 127.0.0.1, with credentials in the real
// Secret Service: what exactly reaches the server for each provider.
#include "CliUpdateFixture.h"

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
