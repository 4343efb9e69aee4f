// A proxy that asks for credentials (HTTP 407 to the CONNECT of an HTTPS request): the operator is
// asked, what they give is used, and when the proxy refuses it the operator is asked again, never
// the refused answer resent on their behalf. The proxy is a real local server that counts the
// CONNECTs it receives; the requests go through the process's network access managers.
#include "TestHttpServer.h"
#include "net/NetworkAccess.h"
#include "net/ProxyAuthenticator.h"

#include <QEventLoop>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

const QByteArray kAccepted = "Basic " + QByteArray("ops:right").toBase64();

// The credentials the proxy accepts; a test may change them (the proxy account's password rotated).
class ProxyAccount
{
public:
    QByteArray accepted() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_accepted;
    }
    void accept(const QByteArray& userColonPassword)
    {
        const QMutexLocker lock(&m_mutex);
        m_accepted = "Basic " + userColonPassword.toBase64();
    }

private:
    mutable QMutex m_mutex;
    QByteArray m_accepted = kAccepted;
};

// Answers 407 to every CONNECT without the accepted credentials, and 403 (no tunnel to there)
// to one that has them: enough to tell which credentials arrived, without a tunnel.
TestHttpServer::Response answerConnect(const TestHttpServer::Request& request, const ProxyAccount& account)
{
    TestHttpServer::Response response;
    response.contentType = "text/plain";
    response.body = "no";
    if (request.header("Proxy-Authorization") == account.accepted()) {
        response.status = 403;
        return response;
    }
    response.status = 407;
    response.headers.append(qMakePair(QByteArray("Proxy-Authenticate"), QByteArray("Basic realm=\"corp\"")));
    return response;
}

struct Question
{
    QString proxy;
    QString user;
    bool refused = false;
};

class ProxyAuthentication : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProxyAuthenticator::forget();
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxy.port()));
    }
    void TearDown() override
    {
        ProxyAuthenticator::install(nullptr);
        ProxyAuthenticator::forget();
        QNetworkProxy::setApplicationProxy(QNetworkProxy::DefaultProxy);
        NetworkAccess::manager(0).clearAccessCache();
        NetworkAccess::manager(1).clearAccessCache();
    }

    // The operator answers with `answers` in turn, then declines.
    void answerWith(QList<ProxyAuthenticator::Login> answers)
    {
        ProxyAuthenticator::install(
            [this, answers](const QString& proxy, const QString& user,
                            bool refused) -> std::optional<ProxyAuthenticator::Login> {
                m_questions.append({proxy, user, refused});
                if (m_questions.size() > answers.size())
                    return std::nullopt;
                return answers.at(m_questions.size() - 1);
            });
    }

    // One GET through the proxy, to a name only the proxy could resolve (Qt never proxies loopback).
    QNetworkReply::NetworkError get(int manager = 0)
    {
        std::unique_ptr<QNetworkReply> reply(NetworkAccess::manager(manager).get(
            QNetworkRequest(QUrl(QStringLiteral("https://accounts.proxied.test/a")))));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        EXPECT_TRUE(reply->isFinished()) << "the request neither finished nor failed within 10 s";
        return reply->error();
    }

    int connects() const { return m_proxy.requestCount(); }

    ProxyAccount m_account;
    TestHttpServer m_proxy{
        [this](const TestHttpServer::Request& request, int) { return answerConnect(request, m_account); }};
    QList<Question> m_questions;
};

} // namespace

TEST_F(ProxyAuthentication, ARefusedAnswerIsAskedAgainNotResent)
{
    answerWith(
        {{QStringLiteral("ops"), QStringLiteral("wrong")}, {QStringLiteral("ops"), QStringLiteral("right")}});
    get();
    ASSERT_EQ(m_questions.size(), 2);
    EXPECT_EQ(m_questions.at(0).proxy, QStringLiteral("127.0.0.1:%1").arg(m_proxy.port()));
    EXPECT_FALSE(m_questions.at(0).refused);
    EXPECT_TRUE(m_questions.at(1).refused) << "the operator learns that the first answer was refused";
    EXPECT_LE(connects(), 4) << "each answer is tried once";
    EXPECT_EQ(m_proxy.requests().last().header("Proxy-Authorization"), kAccepted);
}

TEST_F(ProxyAuthentication, AnOperatorWhoDeclinesEndsTheRequest)
{
    answerWith({{QStringLiteral("ops"), QStringLiteral("wrong")},
                {QStringLiteral("ops"), QStringLiteral("still wrong")}});
    EXPECT_EQ(get(), QNetworkReply::ProxyAuthenticationRequiredError);
    EXPECT_EQ(m_questions.size(), 3) << "two refused answers, then the operator declined";
    EXPECT_LE(connects(), 5) << "no refused answer is resent on the operator's behalf";
}

TEST_F(ProxyAuthentication, AnAcceptedAnswerServesTheRestOfTheSessionWithoutAsking)
{
    answerWith({{QStringLiteral("ops"), QStringLiteral("right")}});
    get();
    get();
    get();
    EXPECT_EQ(m_questions.size(), 1) << "asked once per session";
    // Every new connection to the proxy starts without credentials, as Qt does; when the proxy asks,
    // only the accepted answer is offered again.
    int answered = 0;
    for (const TestHttpServer::Request& request : m_proxy.requests()) {
        const QByteArray offered = request.header("Proxy-Authorization");
        EXPECT_TRUE(offered.isEmpty() || offered == kAccepted) << offered.constData();
        answered += offered == kAccepted ? 1 : 0;
    }
    EXPECT_GE(answered, 3);
}

// A bulk run sends through several managers (NetworkAccess): the operator still answers once, and
// each manager is given that answer without asking again.
TEST_F(ProxyAuthentication, OneAnswerServesEveryNetworkManager)
{
    answerWith({{QStringLiteral("ops"), QStringLiteral("right")}});
    get(0);
    get(1);
    EXPECT_EQ(m_questions.size(), 1) << "the second manager is given the answer the first one had";
    EXPECT_EQ(m_proxy.requests().last().header("Proxy-Authorization"), kAccepted);
}

// The answer another manager was given is not accepted any more (the proxy account's password
// changed meanwhile): that manager is refused, and the operator is asked, not the old answer resent.
TEST_F(ProxyAuthentication, AnAnswerRefusedOnAnotherManagerIsAskedAgain)
{
    answerWith(
        {{QStringLiteral("ops"), QStringLiteral("right")}, {QStringLiteral("ops"), QStringLiteral("new")}});
    get(0);
    ASSERT_EQ(m_questions.size(), 1);
    m_account.accept("ops:new");
    const int before = connects();
    get(1);
    ASSERT_EQ(m_questions.size(), 2) << "manager 1 tried the old answer once, then the operator was asked";
    EXPECT_TRUE(m_questions.at(1).refused);
    EXPECT_LE(connects() - before, 4) << "each answer is tried once";
    EXPECT_EQ(m_proxy.requests().last().header("Proxy-Authorization"), m_account.accepted());
}

// An answer the proxy refused is forgotten, even when the operator then declines: another manager
// is never handed those known-bad credentials (each try could count toward locking the account).
TEST_F(ProxyAuthentication, ARefusedAnswerIsNeverHandedToAnotherManager)
{
    answerWith({{QStringLiteral("ops"), QStringLiteral("wrong")}}); // then declines
    EXPECT_EQ(get(0), QNetworkReply::ProxyAuthenticationRequiredError);
    ASSERT_EQ(m_questions.size(), 2);
    const qsizetype before = m_proxy.requests().size();
    EXPECT_EQ(get(1), QNetworkReply::ProxyAuthenticationRequiredError);
    const QByteArray wrong = "Basic " + QByteArray("ops:wrong").toBase64();
    const QList<TestHttpServer::Request> requests = m_proxy.requests();
    for (qsizetype i = before; i < requests.size(); ++i)
        EXPECT_NE(requests.at(i).header("Proxy-Authorization"), wrong) << "the refused answer was sent again";
    ASSERT_EQ(m_questions.size(), 3) << "manager 1 asks the operator, who declines";
    EXPECT_FALSE(m_questions.at(2).refused);
}
