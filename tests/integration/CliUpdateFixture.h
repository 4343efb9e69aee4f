#pragma once

// The CLI's update command against a real loopback server and the real Secret Service: the
// fixture shared by CliUpdateTest.cpp and CliInvalidInputTest.cpp.
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

namespace AccountDesk::TestSupport {

inline QJsonObject jsonOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

inline TestHttpServer::Response json(int status, const QByteArray& body)
{
    TestHttpServer::Response response;
    response.status = status;
    response.body = body;
    return response;
}

inline const QByteArray kPng = TestSupport::tinyPng();

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

} // namespace AccountDesk::TestSupport
