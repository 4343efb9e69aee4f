// Which servers are production: a fact of the provider's hints, not a guess from a description.
#include "TestSupport.h"
#include "provider/Provider.h"
#include "provider/ServerUrl.h"

#include <gtest/gtest.h>

using namespace AccountDesk;
using AccountDesk::TestSupport::bundledProvider;

namespace {

bool production(const QString& provider, const QString& url)
{
    return bundledProvider(provider).isProduction(QUrl(url));
}

} // namespace

TEST(ProductionServer, SpecServersTakeTheFlagTheHintsGiveThem)
{
    EXPECT_TRUE(production(QStringLiteral("sequence"), QStringLiteral("https://eu.sequencehq.com/api")));
    EXPECT_FALSE(
        production(QStringLiteral("sequence"), QStringLiteral("https://sandbox.sequencehq.com/api")));
    EXPECT_FALSE(production(QStringLiteral("sequence"), QStringLiteral("https://dev.seqhq.io/api/")))
        << "a trailing slash is the same server";
    EXPECT_TRUE(
        production(QStringLiteral("softwareone"), QStringLiteral("https://api.platform.softwareone.com")));
    EXPECT_TRUE(production(QStringLiteral("quiva"), QStringLiteral("https://API.quiva.ai:443")))
        << "host case and the default port do not make another server";
    EXPECT_FALSE(production(QStringLiteral("pismo"), QStringLiteral("https://sandbox.pismolabs.io")));
}

TEST(ProductionServer, ATenantOfZephrsTemplatedServerIsProduction)
{
    EXPECT_TRUE(production(QStringLiteral("zephr"), QStringLiteral("https://acme.api.zephr.com")));
    const Server* tenant = bundledProvider(QStringLiteral("zephr"))
                               .serverAt(QUrl(QStringLiteral("https://acme.api.zephr.com/")));
    ASSERT_NE(tenant, nullptr);
    EXPECT_EQ(tenant->description, QStringLiteral("TENANT"));
    EXPECT_EQ(bundledProvider(QStringLiteral("zephr"))
                  .serverAt(QUrl(QStringLiteral("https://acme.evil.com/.api.zephr.com"))),
              nullptr)
        << "a variable stays inside one host label";
}

TEST(ProductionServer, ACustomUrlIsProductionUnlessItIsLoopback)
{
    EXPECT_TRUE(production(QStringLiteral("pismo"), QStringLiteral("https://pismo.internal.example")));
    EXPECT_TRUE(
        production(QStringLiteral("pismo"), QStringLiteral("https://sandbox.pismolabs.io.evil.example")));
    EXPECT_FALSE(production(QStringLiteral("pismo"), QStringLiteral("http://127.0.0.1:8080")));
    EXPECT_FALSE(production(QStringLiteral("quiva"), QStringLiteral("http://localhost:9000")));
    EXPECT_FALSE(production(QStringLiteral("sequence"), QStringLiteral("http://[::1]:8080/api")));
}

TEST(ProductionServer, ServerUrlsCompareByOriginAndPath)
{
    Server sandbox{QStringLiteral("https://sandbox.example.com/api"), QStringLiteral("SANDBOX"), {}};
    EXPECT_TRUE(ServerUrl::matches(sandbox, QUrl(QStringLiteral("https://SANDBOX.example.com:443/api/"))));
    EXPECT_FALSE(ServerUrl::matches(sandbox, QUrl(QStringLiteral("https://sandbox.example.com/api/v2"))));
    EXPECT_FALSE(ServerUrl::matches(sandbox, QUrl(QStringLiteral("http://sandbox.example.com/api"))));
    EXPECT_FALSE(ServerUrl::matches(sandbox, QUrl(QStringLiteral("https://sandbox.example.com:8443/api"))));
    EXPECT_FALSE(
        ServerUrl::matches(sandbox, QUrl(QStringLiteral("https://user:pw@sandbox.example.com/api"))));
}
