// `accountdesk-cli import` through the real binary: a provider nobody here wrote is added from its
// OpenAPI document, listed, edited and sent like the bundled ones, replaced only on purpose and
// removed; a bundled provider can be neither.
#include "CliRunner.h"
#include "KeychainRequirement.h"
#include "TestHttpServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

const QString kSpec = dataPath(QStringLiteral("providers/acme-crm/acme-crm.openapi.yaml"));

CliRun importAcme(const QString& id, const QStringList& extra = {})
{
    return runCli(QStringList{QStringLiteral("import"), kSpec, QStringLiteral("--id"), id,
                              QStringLiteral("--update"), QStringLiteral("patchCustomer"),
                              QStringLiteral("--read"), QStringLiteral("getCustomer"),
                              QStringLiteral("--production-server"), QStringLiteral("PRODUCTION")} +
                  extra);
}

} // namespace

TEST(Import, AnImportedProviderIsListedEditedAndSentLikeABundledOne)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    const CliRun imported = importAcme(QStringLiteral("imported-acme"),
                                       {QStringLiteral("--name"), QStringLiteral("Acme (imported)")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(
        runCli({QStringLiteral("providers")})
            .out.contains(QStringLiteral("imported-acme\tAcme (imported)\tPATCH /customers/{customerId}")));
    const QJsonDocument fields = QJsonDocument::fromJson(
        runCli({QStringLiteral("fields"), QStringLiteral("imported-acme")}).out.toUtf8());
    ASSERT_TRUE(fields.isArray());
    EXPECT_GT(fields.array().size(), 3);

    ASSERT_TRUE(storeCredentials(QStringLiteral("imported-acme"), "token=acme-token\n"));
    TestHttpServer server;
    const CliRun sent =
        runCli({QStringLiteral("update"), QStringLiteral("imported-acme"), QStringLiteral("--account"),
                QStringLiteral("3f2c1f9e-8d4b-4c1a-9c57-1b2f3e4d5a6b"), QStringLiteral("--base-url"),
                server.baseUrl(), QStringLiteral("--set"), QStringLiteral("/displayName=Acme AG")});
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().method, QByteArray("PATCH"));
    EXPECT_EQ(server.requests().first().header("Authorization"), QByteArray("Bearer acme-token"));

    // Production is what the import said: the spec's PRODUCTION server asks for --yes.
    const CliRun production = runCli(
        {QStringLiteral("update"), QStringLiteral("imported-acme"), QStringLiteral("--account"),
         QStringLiteral("3f2c1f9e-8d4b-4c1a-9c57-1b2f3e4d5a6b"), QStringLiteral("--server"),
         QStringLiteral("production"), QStringLiteral("--set"), QStringLiteral("/displayName=Acme X")});
    EXPECT_EQ(production.exitCode, 2);
    EXPECT_TRUE(production.err.contains(QStringLiteral("production server"))) << production.err.toStdString();

    EXPECT_EQ(importAcme(QStringLiteral("imported-acme")).exitCode, 2)
        << "an id taken by an import needs --replace";
    EXPECT_EQ(importAcme(QStringLiteral("imported-acme"), {QStringLiteral("--replace")}).exitCode, 0);
    EXPECT_EQ(runCli({QStringLiteral("import"), QStringLiteral("--remove"), QStringLiteral("imported-acme")})
                  .exitCode,
              0);
    EXPECT_FALSE(runCli({QStringLiteral("providers")}).out.contains(QStringLiteral("imported-acme")));
}

TEST(Import, BundledProvidersAreNeverReplacedOrRemoved)
{
    const CliRun replace = importAcme(QStringLiteral("pismo"), {QStringLiteral("--replace")});
    EXPECT_EQ(replace.exitCode, 2);
    EXPECT_TRUE(replace.err.contains(QStringLiteral("bundled provider"))) << replace.err.toStdString();
    EXPECT_EQ(
        runCli({QStringLiteral("import"), QStringLiteral("--remove"), QStringLiteral("pismo")}).exitCode, 2);
    EXPECT_TRUE(runCli({QStringLiteral("providers")}).out.contains(QStringLiteral("pismo\tPismo")));
}

TEST(Import, ABrokenDocumentOrChoiceIsRefusedSayingWhereAndNothingIsWritten)
{
    QTemporaryDir directory;
    const QString broken = directory.filePath(QStringLiteral("broken.yaml"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        "openapi: 3.0.3\ninfo: {title: Broken, version: '1'}\npaths:\n  /a:\n    patch:\n"
        "      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Nope'}}}}\n");
    file.close();
    const CliRun refused =
        runCli({QStringLiteral("import"), broken, QStringLiteral("--id"), QStringLiteral("broken"),
                QStringLiteral("--update"), QStringLiteral("PATCH /a")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("/components/schemas/Nope")))
        << refused.err.toStdString();
    const CliRun unknownOperation =
        importAcme(QStringLiteral("acme-typo"), {QStringLiteral("--update"), QStringLiteral("nosuch")});
    EXPECT_EQ(unknownOperation.exitCode, 2);
    EXPECT_TRUE(
        unknownOperation.err.contains(QStringLiteral("--update: the spec has no operation \"nosuch\"")))
        << unknownOperation.err.toStdString();
    const QString providers = runCli({QStringLiteral("providers")}).out;
    EXPECT_FALSE(providers.contains(QStringLiteral("broken")));
    EXPECT_FALSE(providers.contains(QStringLiteral("acme-typo")));
}

TEST(Import, APublicDocumentNobodyHereWroteIsImportedAndUsed)
{
    // The Swagger Petstore as ReadMe ships it (npm @readme/oas-examples, tests/public): its user
    // update is a PUT, so the CLI reads the user first and sends the whole of it back, edited.
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    const QString publicSpecs = qEnvironmentVariable("ACCOUNTDESK_PUBLIC_SPECS");
    if (publicSpecs.isEmpty())
        GTEST_SKIP() << "ACCOUNTDESK_PUBLIC_SPECS is not set (scripts/test sets it)";
    const CliRun imported = runCli(
        {QStringLiteral("import"), QDir(publicSpecs).filePath(QStringLiteral("3.0/json/petstore.json")),
         QStringLiteral("--id"), QStringLiteral("petstore"), QStringLiteral("--update"),
         QStringLiteral("updateUser"), QStringLiteral("--read"), QStringLiteral("getUserByName"),
         QStringLiteral("--auth"), QStringLiteral("bearer")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(runCli({QStringLiteral("providers")})
                    .out.contains(QStringLiteral("petstore\tSwagger Petstore\tPUT /user/{username}")))
        << runCli({QStringLiteral("providers")}).out.toStdString();

    ASSERT_TRUE(storeCredentials(QStringLiteral("petstore"), "token=petstore-token\n"));
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        if (request.method == "GET")
            response.body =
                R"({"id": 10, "username": "jdoe", "firstName": "John", "email": "john@example.com",
                              "userStatus": 1})";
        return response;
    });
    const CliRun sent =
        runCli({QStringLiteral("update"), QStringLiteral("petstore"), QStringLiteral("--account"),
                QStringLiteral("jdoe"), QStringLiteral("--base-url"), server.baseUrl(),
                QStringLiteral("--set"), QStringLiteral("/firstName=Johnny")});
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    ASSERT_GE(server.requestCount(), 2);
    const TestHttpServer::Request put = server.requests().at(server.requestCount() - 1);
    EXPECT_EQ(put.method, QByteArray("PUT"));
    EXPECT_EQ(put.path, QByteArray("/user/jdoe"));
    EXPECT_EQ(put.header("Authorization"), QByteArray("Bearer petstore-token"));
    const QJsonObject body = QJsonDocument::fromJson(put.body).object();
    EXPECT_EQ(body.value(QStringLiteral("firstName")).toString(), QStringLiteral("Johnny"));
    EXPECT_EQ(body.value(QStringLiteral("email")).toString(), QStringLiteral("john@example.com"))
        << "what was read is sent back";
    EXPECT_EQ(
        runCli({QStringLiteral("import"), QStringLiteral("--remove"), QStringLiteral("petstore")}).exitCode,
        0);
}
