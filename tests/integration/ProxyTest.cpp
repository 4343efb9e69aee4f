// Company networks: requests go through the system's proxy configuration (https_proxy here), or
// the one given with --proxy, or none; a proxy that asks for credentials gets them only from a
// person at a terminal, never from a file; TLS through the proxy is checked as without one. The
// proxy is a real local server that records the CONNECT it receives.
#include "CliRunner.h"
#include "KeychainRequirement.h"
#include "TestHttpServer.h"
#include "TestSupport.h"

#include <QProcessEnvironment>

#include <gtest/gtest.h>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

// Qt never proxies loopback addresses, so the account server has a name only the proxy resolves.
const QString kServer = QStringLiteral("https://accounts.proxied.test");

TestHttpServer::Response refuse(int status)
{
    TestHttpServer::Response response;
    response.status = status;
    response.body = "no";
    response.contentType = "text/plain";
    if (status == 407)
        response.headers.append(
            qMakePair(QByteArray("Proxy-Authenticate"), QByteArray("Basic realm=\"corp\"")));
    return response;
}

CliRun show(const QStringList& extra,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    return runCli(QStringList{QStringLiteral("show"), QStringLiteral("pismo"), QStringLiteral("--account"),
                              QStringLiteral("42"), QStringLiteral("--base-url"), kServer} +
                      extra,
                  QByteArray(), environment);
}

QProcessEnvironment withHttpsProxy(const QString& proxy)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("https_proxy"), proxy);
    environment.remove(QStringLiteral("no_proxy"));
    return environment;
}

class Proxy : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ACCOUNTDESK_REQUIRE_KEYCHAIN();
        ASSERT_TRUE(storeCredentials(QStringLiteral("pismo"), "token=pismo-token\n"));
    }
};

} // namespace

TEST_F(Proxy, TheGivenProxyCarriesTheConnectionAndNeverSeesTheCredentials)
{
    TestHttpServer proxy([](const TestHttpServer::Request&, int) { return refuse(403); });
    const CliRun run =
        show({QStringLiteral("--proxy"), QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())});
    EXPECT_EQ(run.exitCode, 4) << run.err.toStdString();
    ASSERT_GE(proxy.requestCount(), 1);
    const TestHttpServer::Request connect = proxy.requests().first();
    EXPECT_EQ(connect.method, QByteArray("CONNECT"));
    EXPECT_EQ(connect.path, QByteArray("accounts.proxied.test:443"));
    EXPECT_TRUE(connect.header("Authorization").isEmpty()) << "the API token travels only inside TLS";
    for (const auto& header : connect.headers)
        EXPECT_FALSE(header.second.contains("pismo-token"));
}

TEST_F(Proxy, TheSystemsProxySettingsAreFollowedUnlessNoneIsSaid)
{
    TestHttpServer proxy([](const TestHttpServer::Request&, int) { return refuse(403); });
    const QProcessEnvironment environment =
        withHttpsProxy(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    const CliRun viaSystem = show({}, environment);
    EXPECT_EQ(viaSystem.exitCode, 4) << viaSystem.err.toStdString();
    ASSERT_EQ(proxy.requestCount(), 1) << "https_proxy is the system's configuration on Linux";
    EXPECT_EQ(proxy.requests().first().method, QByteArray("CONNECT"));

    const CliRun direct = show({QStringLiteral("--proxy"), QStringLiteral("none")}, environment);
    EXPECT_EQ(direct.exitCode, 4);
    EXPECT_EQ(proxy.requestCount(), 1) << "--proxy none goes direct (and finds no such host)";
    EXPECT_TRUE(direct.err.contains(QStringLiteral("host not found"))) << direct.err.toStdString();
}

TEST_F(Proxy, AProxyAskingForCredentialsIsNotAnsweredByAScript)
{
    TestHttpServer proxy([](const TestHttpServer::Request&, int) { return refuse(407); });
    const CliRun run =
        show({QStringLiteral("--proxy"), QStringLiteral("http://ops@127.0.0.1:%1").arg(proxy.port())});
    EXPECT_EQ(run.exitCode, 4) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("roxy"))) << run.err.toStdString();
    // Qt offers the user name from the URL with an empty password; no password exists to offer.
    for (const TestHttpServer::Request& request : proxy.requests()) {
        const QByteArray offered = request.header("Proxy-Authorization");
        EXPECT_TRUE(offered.isEmpty() || offered == "Basic " + QByteArray("ops:").toBase64())
            << offered.constData();
    }
}

TEST_F(Proxy, APasswordOrAnHttpsProxyIsRefusedBeforeAnythingIsSent)
{
    TestHttpServer proxy([](const TestHttpServer::Request&, int) { return refuse(403); });
    for (const QString& bad :
         {QStringLiteral("http://ops:secret@127.0.0.1:%1").arg(proxy.port()),
          QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()), QStringLiteral("ftp://127.0.0.1"),
          QStringLiteral("proxy.example.com"), QStringLiteral("ops:secret@proxy.example.com:3128"),
          QStringLiteral("http://ops:secret@proxy example.com:3128"), QStringLiteral("http://ops:secret@")}) {
        const CliRun run = show({QStringLiteral("--proxy"), bad});
        EXPECT_EQ(run.exitCode, 2) << bad.toStdString() << ": " << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(QStringLiteral("secret")));
    }
    EXPECT_EQ(proxy.requestCount(), 0);
}
