#include "auth/Authenticator.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 now)
        : m_now(now)
    {}
    qint64 currentMSecsSinceEpoch() const override { return m_now; }

private:
    qint64 m_now;
};

HttpRequest request(const char* method, const char* url, const QByteArray& body)
{
    HttpRequest result;
    result.method = method;
    result.url = QUrl(QString::fromLatin1(url));
    result.body = body;
    return result;
}

Credentials credentials(std::initializer_list<std::pair<const char*, const char*>> fields)
{
    Credentials result;
    for (const auto& [name, value] : fields)
        result.fields.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return result;
}

} // namespace

TEST(ZephrSigner, MatchesTheTestVector)
{
    EXPECT_EQ(ZephrSigner::hash("secret", R"({"name":"Acme"})", "/v3/accounts/123", "", "PUT",
                                "1700000000000", "abc"),
              QByteArray("f03cb4110b58542fa72c242586caf97ef17fcbd300aed1fb995285b1a3a64fb9"));
}

TEST(ZephrSigner, SignsWithTheInjectedClockAndNonce)
{
    const FixedClock clock(1700000000000);
    HttpRequest put = request("PUT", "https://acme.api.zephr.com/v3/accounts/123", R"({"name":"Acme"})");
    ZephrSigner(QStringLiteral("AK"), QStringLiteral("secret"), clock, [] {
        return QByteArray("abc");
    }).sign(put);
    EXPECT_EQ(
        put.header("Authorization"),
        QByteArray("ZEPHR-HMAC-SHA256 "
                   "AK:1700000000000:abc:f03cb4110b58542fa72c242586caf97ef17fcbd300aed1fb995285b1a3a64fb9"));
}

TEST(ZephrSigner, QueryAndMethodAreSigned)
{
    const FixedClock clock(1);
    HttpRequest withQuery = request("GET", "https://t.api.zephr.com/v3/accounts/1?x=1&y=2", "");
    ZephrSigner(QStringLiteral("AK"), QStringLiteral("s"), clock, [] {
        return QByteArray("n");
    }).sign(withQuery);
    EXPECT_TRUE(withQuery.header("Authorization")
                    .endsWith(ZephrSigner::hash("s", "", "/v3/accounts/1", "x=1&y=2", "GET", "1", "n")));
}

TEST(ZephrSigner, UsesAFreshNonceEveryTime)
{
    HttpRequest first = request("PUT", "https://t.api.zephr.com/v3/accounts/1", "{}");
    HttpRequest second = first;
    const ZephrSigner signer(QStringLiteral("AK"), QStringLiteral("s"));
    signer.sign(first);
    signer.sign(second);
    const QList<QByteArray> a = first.header("Authorization").split(':');
    const QList<QByteArray> b = second.header("Authorization").split(':');
    ASSERT_EQ(a.size(), 4);
    EXPECT_NE(a.at(2), b.at(2));
    EXPECT_GE(a.at(2).size(), 16);
}

TEST(Authenticator, BasicBearerAndApiKey)
{
    HttpRequest basic = request("PUT", "https://x.example/a", "");
    Authenticator(AuthKind::Basic, credentials({{"username", "user"}, {"password", "p@ss:word"}}))
        .sign(basic);
    EXPECT_EQ(basic.header("Authorization"), "Basic " + QByteArray("user:p@ss:word").toBase64());

    HttpRequest bearer = request("PATCH", "https://x.example/a", "");
    Authenticator(AuthKind::Bearer, credentials({{"token", "eyJ.token"}})).sign(bearer);
    EXPECT_EQ(bearer.header("Authorization"), QByteArray("Bearer eyJ.token"));

    HttpRequest apiKey = request("PATCH", "https://x.example/a", "");
    Authenticator(AuthKind::ApiKey, credentials({{"api_key", "k-1"}}), QStringLiteral("X-Api-Key"))
        .sign(apiKey);
    EXPECT_EQ(apiKey.header("X-Api-Key"), QByteArray("k-1"));
    EXPECT_FALSE(apiKey.hasHeader("Authorization"));
}

TEST(Authenticator, ChoosesTheFirstCompleteKind)
{
    const QList<AuthKind> quiva{AuthKind::Bearer, AuthKind::ApiKey};
    EXPECT_EQ(Authenticator::chooseKind(quiva, credentials({{"api_key", "k"}})), AuthKind::ApiKey);
    EXPECT_EQ(Authenticator::chooseKind(quiva, credentials({{"api_key", "k"}, {"token", "t"}})),
              AuthKind::Bearer);
    EXPECT_FALSE(Authenticator::chooseKind(quiva, credentials({})));
    EXPECT_FALSE(Authenticator::chooseKind({AuthKind::Basic}, credentials({{"username", "u"}})));
}

TEST(HttpRequest, RedactsSecretsInThePreview)
{
    HttpRequest signedRequest = request("PUT", "https://x.example/a?b=c", R"({"name":"Acme"})");
    signedRequest.headers = {
        {"Content-Type", "application/json"}, {"Authorization", "Basic dXNlcjpwYXNz"}, {"X-Api-Key", "k-1"}};
    const QString preview = signedRequest.redactedText();
    EXPECT_EQ(preview, QStringLiteral("PUT https://x.example/a?b=c\nContent-Type: application/json\n"
                                      "Authorization: Basic ***\nX-Api-Key: ***\n\n{\"name\":\"Acme\"}\n"));
    EXPECT_FALSE(preview.contains(QStringLiteral("dXNlcjpwYXNz")));
    EXPECT_EQ(HttpRequest::redactedHeaderValue("Authorization", "ZEPHR-HMAC-SHA256 AK:1:n:h"),
              QByteArray("ZEPHR-HMAC-SHA256 ***"));
}

#include "net/RedirectPolicy.h"
#include "session/CurlCommand.h"

TEST(RedirectPolicy, FollowsOnlySameOriginAndNeverDowngrades)
{
    const QUrl from(QStringLiteral("https://api.example.com/v1/a"));
    EXPECT_FALSE(RedirectPolicy::refusal(from, QUrl(QStringLiteral("https://api.example.com/v1/b")), 0, 5));
    EXPECT_FALSE(RedirectPolicy::refusal(from, QUrl(QStringLiteral("https://API.example.com:443/v2")), 0, 5));
    EXPECT_EQ(RedirectPolicy::refusal(from, QUrl(QStringLiteral("http://api.example.com/v1/b")), 0, 5),
              QStringLiteral("it would leave HTTPS"));
    EXPECT_EQ(RedirectPolicy::refusal(from, QUrl(QStringLiteral("https://evil.example.com/")), 0, 5),
              QStringLiteral("another origin must not receive the credentials"));
    EXPECT_TRUE(RedirectPolicy::refusal(from, QUrl(QStringLiteral("https://api.example.com:8443/")), 0, 5));
    EXPECT_TRUE(RedirectPolicy::refusal(from, QUrl(QStringLiteral("https://api.example.com/c")), 5, 5));
    EXPECT_TRUE(RedirectPolicy::refusal(from, QUrl(), 0, 5));
}

TEST(HttpRequest, WhateverHeaderTheAuthenticatorSetsIsRedactedAndRemovable)
{
    // A user-added provider may name its API-key header anything.
    HttpRequest patch = request("PATCH", "https://x.example/a", R"({"a":1})");
    patch.headers = {{"Content-Type", "application/json"}};
    Authenticator(AuthKind::ApiKey, credentials({{"api_key", "k-secret-9"}}), QStringLiteral("X-Acme-Token"))
        .sign(patch);
    EXPECT_EQ(patch.header("X-Acme-Token"), QByteArray("k-secret-9"));
    EXPECT_TRUE(patch.redactedText().contains(QStringLiteral("X-Acme-Token: ***\n")));
    EXPECT_FALSE(patch.redactedText().contains(QStringLiteral("k-secret-9")));
    PreparedUpdate update;
    update.request = patch;
    update.authKind = AuthKind::ApiKey;
    const QString curl = CurlCommand::build(update).command;
    EXPECT_FALSE(curl.contains(QStringLiteral("k-secret-9"))) << curl.toStdString();
    EXPECT_TRUE(curl.contains(QStringLiteral("--header \"X-Acme-Token: $ACCOUNTDESK_API_KEY\"")))
        << curl.toStdString();
    patch.removeSecretHeaders();
    EXPECT_FALSE(patch.hasHeader("X-Acme-Token"));
    EXPECT_EQ(patch.header("Content-Type"), QByteArray("application/json"));
}
