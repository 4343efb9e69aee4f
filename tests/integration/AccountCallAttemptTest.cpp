// AccountCall's retries, redirects and cancels against a real socket on 127.0.0.1, and whether the
// result says the request may have reached the server.
#include "AccountCallRunner.h"
#include "RefusingPort.h"
#include "TestHttpServer.h"
#include "net/NetworkAccess.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

TEST(AccountCallAttempts, EachRetryHasADeadlineOfItsOwn)
{
    TestHttpServer server([](const TestHttpServer::Request&, int index) {
        TestHttpServer::Response response;
        response.delayMs = 1200; // together longer than the deadline, each shorter
        if (index == 0) {
            response.status = 429;
            response.headers = {{"Retry-After", "0"}};
        }
        return response;
    });
    CallOptions options;
    options.timeoutMs = 2000;
    const EndedCall call = runCall(patchRequest(server.baseUrl()), options);
    EXPECT_EQ(call.result.outcome, ApiResult::Outcome::Answered) << messageOf(call.result);
    EXPECT_EQ(call.result.status, 200);
    EXPECT_EQ(call.result.attempts, 2);
}

TEST(AccountCallAttempts, ARefusedConnectionNeverReachedTheServer)
{
    const RefusingPort refusing;
    ASSERT_TRUE(refusing.isValid());
    const EndedCall call = runCall(patchRequest(refusing.baseUrl()));
    EXPECT_EQ(call.result.outcome, ApiResult::Outcome::NetworkFailure);
    EXPECT_EQ(call.result.failure, ApiResult::Failure::NotConnected) << messageOf(call.result);
    EXPECT_FALSE(call.result.requestMayHaveArrived);
}

TEST(AccountCallAttempts, AnUntrustedCertificateNeverReachedTheServer)
{
    QTemporaryDir certificates;
    ASSERT_TRUE(TestHttpServer::createSelfSignedCertificate(certificates.path()));
    TestHttpServer server({}, certificates.path());
    const EndedCall call = runCall(patchRequest(server.baseUrl()));
    EXPECT_EQ(call.result.failure, ApiResult::Failure::Tls) << messageOf(call.result);
    EXPECT_FALSE(call.result.requestMayHaveArrived);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST(AccountCallAttempts, ARefusedRedirectSentNothingToItsTarget)
{
    TestHttpServer elsewhere;
    TestHttpServer::Response redirect;
    redirect.status = 307;
    redirect.headers = {{"Location", (elsewhere.baseUrl() + QStringLiteral("/steal")).toUtf8()}};
    TestHttpServer server(always(redirect));
    const EndedCall call = runCall(patchRequest(server.baseUrl()));
    EXPECT_EQ(call.result.failure, ApiResult::Failure::RedirectRefused) << messageOf(call.result);
    EXPECT_FALSE(call.result.requestMayHaveArrived);
    EXPECT_EQ(elsewhere.requestCount(), 0);
}

TEST(AccountCallAttempts, ARefusedSeeOtherStillSaysTheUpdateMayHaveBeenApplied)
{
    // A 303 answers a request the server has processed, pointing at its result.
    TestHttpServer elsewhere;
    TestHttpServer::Response seeOther;
    seeOther.status = 303;
    seeOther.headers = {{"Location", (elsewhere.baseUrl() + QStringLiteral("/result")).toUtf8()}};
    TestHttpServer server(always(seeOther));
    const EndedCall call = runCall(patchRequest(server.baseUrl()));
    EXPECT_EQ(call.result.failure, ApiResult::Failure::RedirectRefused) << messageOf(call.result);
    EXPECT_TRUE(call.result.requestMayHaveArrived);
    EXPECT_EQ(elsewhere.requestCount(), 0);
}

TEST(AccountCallAttempts, A429WithAnInvalidRetryAfterIsTheAnswer)
{
    for (const QByteArray& value : {QByteArray("soon"), QByteArray("-1"), QByteArray("1.5"), QByteArray("+1"),
                                    QByteArray("99999999999999999999"), QByteArray("3600")}) {
        TestHttpServer::Response busy;
        busy.status = 429;
        busy.headers = {{"Retry-After", value}};
        TestHttpServer server(always(busy));
        const EndedCall call = runCall(patchRequest(server.baseUrl()));
        EXPECT_EQ(call.result.outcome, ApiResult::Outcome::Answered) << value.constData();
        EXPECT_EQ(call.result.status, 429);
        EXPECT_EQ(server.requestCount(), 1) << "Retry-After: " << value.constData();
        EXPECT_TRUE(call.retryWaits.isEmpty());
    }
}

TEST(AccountCallAttempts, A429WithRetryAfterZeroIsRetried)
{
    TestHttpServer server([](const TestHttpServer::Request&, int index) {
        TestHttpServer::Response response;
        if (index == 0) {
            response.status = 429;
            response.headers = {{"Retry-After", "0"}};
        }
        return response;
    });
    const EndedCall call = runCall(patchRequest(server.baseUrl()));
    EXPECT_TRUE(call.result.isSuccess()) << messageOf(call.result);
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_EQ(call.retryWaits, QList<int>{0});
    EXPECT_EQ(call.result.attempts, 2);
}

TEST(AccountCallAttempts, RetriesStopAtMaxAttempts)
{
    TestHttpServer::Response busy;
    busy.status = 503;
    busy.headers = {{"Retry-After", "0"}};
    TestHttpServer server(always(busy));
    CallOptions options;
    options.maxAttempts = 2;
    const EndedCall call = runCall(patchRequest(server.baseUrl()), options);
    EXPECT_EQ(call.result.status, 503);
    EXPECT_EQ(server.requestCount(), 2);
}

TEST(AccountCallAttempts, ACancelDuringASlowAnswerMayHaveArrived)
{
    TestHttpServer::Response slow = rawAnswer(head200(100) + QByteArray(100, 'x'));
    slow.trickleBytes = 1;
    slow.trickleDelayMs = 1000;
    TestHttpServer server(always(slow));
    const EndedCall call =
        runCall(patchRequest(server.baseUrl()), {}, [](AccountCall& c) { cancelAfter(c, 500); });
    EXPECT_EQ(call.result.outcome, ApiResult::Outcome::Cancelled) << messageOf(call.result);
    EXPECT_TRUE(call.result.requestMayHaveArrived);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST(AccountCallAttempts, ACancelDuringTheRetryAfterWaitSendsNothingMore)
{
    TestHttpServer::Response busy;
    busy.status = 429;
    busy.headers = {{"Retry-After", "5"}};
    TestHttpServer server(always(busy));
    const EndedCall call =
        runCall(patchRequest(server.baseUrl()), {}, [](AccountCall& c) { cancelAfter(c, 500); });
    EXPECT_EQ(call.result.outcome, ApiResult::Outcome::Cancelled);
    EXPECT_FALSE(call.result.requestMayHaveArrived) << "the one request sent was answered 429";
    EXPECT_EQ(server.requestCount(), 1);
}

TEST(AccountCallAttempts, ACancelBeforeStartingSendsNothing)
{
    TestHttpServer server;
    AccountCall call(NetworkAccess::manager(), patchRequest(server.baseUrl()), {}, CallOptions());
    call.cancel();
    call.start();
    ASSERT_TRUE(call.isFinished());
    EXPECT_EQ(call.result().outcome, ApiResult::Outcome::Cancelled);
    EXPECT_FALSE(call.result().requestMayHaveArrived);
    QEventLoop loop;
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(server.requestCount(), 0);
}

TEST(AccountCallAttempts, ASameOriginTemporaryRedirectWritesTheBodyAgainToItsTarget)
{
    // Qt tries (and fails) to rewind the one-shot body for a 307 even though it does not follow it:
    // the redirect is still a complete answer, and AccountCall sends a fresh request.
    TestHttpServer server([](const TestHttpServer::Request& request, int) {
        TestHttpServer::Response response;
        if (request.path == "/accounts/1") {
            response.status = 307;
            response.headers = {{"Location", "/v2/accounts/1"}};
        }
        return response;
    });
    CallOptions options;
    options.timeoutMs = 1000;
    const EndedCall call = runCall(patchRequest(server.baseUrl()), options);
    EXPECT_TRUE(call.result.isSuccess()) << messageOf(call.result);
    const auto requests = server.requests();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests.at(1).method, QByteArray("PATCH"));
    EXPECT_EQ(requests.at(1).path, QByteArray("/v2/accounts/1"));
    EXPECT_EQ(requests.at(1).body, requests.at(0).body);
    EXPECT_EQ(call.result.attempts, 1) << "a redirect is not a retry";
}
