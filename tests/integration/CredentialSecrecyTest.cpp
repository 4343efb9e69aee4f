// Secrets live only in the OS keychain: after storing one and using it, it appears in no file under
// HOME (the Secret Service keeps its collection encrypted) and in no output of the CLI.
#include "CliRunner.h"
#include "KeychainRequirement.h"
#include "TestHttpServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QUuid>

#include <gtest/gtest.h>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

QStringList filesContaining(const QString& root, const QList<QByteArray>& needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray& needle : needles)
            if (content.contains(needle))
                hits.append(path);
    }
    return hits;
}

} // namespace

TEST(CredentialSecrecy, AStoredSecretIsInNoFileAndNoOutput)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    const QByteArray password = "pw-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray token = "tok-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QList<QByteArray> secrets = {password, token, QByteArray("user-x:" + password).toBase64()};

    QStringList outputs;
    CliRun run = runCli({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("sequence")},
                        "username=user-x\npassword=" + password + "\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    outputs << run.out << run.err;
    run = runCli({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("pismo")},
                 "token=" + token + "\n");
    ASSERT_EQ(run.exitCode, 0);
    outputs << run.out << run.err;

    run = runCli({QStringLiteral("credentials"), QStringLiteral("status"), QStringLiteral("sequence")});
    EXPECT_EQ(run.out, QStringLiteral("username\tstored\npassword\tstored\n"));
    outputs << run.out << run.err;

    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        response.status = request.method == "GET" ? 200 : 400;
        response.body = request.method == "GET" ? R"({"alertEmailAddresses": []})"
                                                : R"({"error": {"type": "x", "message": "rejected"}})";
        return response;
    });
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("update"), QStringLiteral("sequence"), QStringLiteral("--account"),
                      QStringLiteral("a"), QStringLiteral("--base-url"), server.baseUrl(),
                      QStringLiteral("--set-json"),
                      QStringLiteral("/alertEmailAddresses=[\"a@example.com\"]")},
          QStringList{QStringLiteral("update"), QStringLiteral("sequence"), QStringLiteral("--account"),
                      QStringLiteral("a"), QStringLiteral("--base-url"), server.baseUrl(),
                      QStringLiteral("--set-json"),
                      QStringLiteral("/alertEmailAddresses=[\"a@example.com\"]"),
                      QStringLiteral("--dry-run")},
          QStringList{QStringLiteral("update"), QStringLiteral("pismo"), QStringLiteral("--account"),
                      QStringLiteral("1"), QStringLiteral("--base-url"), server.baseUrl(),
                      QStringLiteral("--set"), QStringLiteral("/account_name=x"),
                      QStringLiteral("--dry-run")}}) {
        run = runCli(arguments);
        outputs << run.out << run.err;
    }
    // The secrets did reach the server (so the test is not vacuous)...
    bool sawBasic = false;
    for (const auto& request : server.requests())
        sawBasic = sawBasic || request.header("Authorization") == "Basic " + secrets.at(2);
    EXPECT_TRUE(sawBasic);
    // ...but no output and no file under HOME holds them.
    for (const QString& output : outputs)
        for (const QByteArray& secret : secrets)
            EXPECT_FALSE(output.toUtf8().contains(secret)) << output.toStdString();
    const QString home = QDir::homePath();
    ASSERT_FALSE(home.isEmpty());
    EXPECT_TRUE(filesContaining(home, secrets).isEmpty())
        << filesContaining(home, secrets).join(QLatin1Char(' ')).toStdString();

    run = runCli({QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("sequence")});
    EXPECT_EQ(run.exitCode, 0);
    run = runCli({QStringLiteral("credentials"), QStringLiteral("status"), QStringLiteral("sequence")});
    EXPECT_EQ(run.out, QStringLiteral("username\tmissing\npassword\tmissing\n"));
}

TEST(CredentialSecrecy, SetRejectsUnknownFieldsAndStoresNothing)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    const CliRun run = runCli({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("zephr"),
                               QStringLiteral("--profile"), QStringLiteral("strict")},
                              "access_key=a\npasword=typo\n");
    EXPECT_EQ(run.exitCode, 2);
    // The line is not quoted, not even its field name: it could be a secret on the wrong line.
    EXPECT_TRUE(run.err.contains(QStringLiteral("stdin line 2: not a field of zephr (it takes: access_key, "
                                                "secret_key); nothing was stored")))
        << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("pasword"))) << run.err.toStdString();
    const CliRun status =
        runCli({QStringLiteral("credentials"), QStringLiteral("status"), QStringLiteral("zephr"),
                QStringLiteral("--profile"), QStringLiteral("strict")});
    EXPECT_EQ(status.out, QStringLiteral("access_key\tmissing\nsecret_key\tmissing\n"));
}
