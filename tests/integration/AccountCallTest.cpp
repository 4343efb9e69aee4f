// AccountCall against a real socket on 127.0.0.1 whose answers are scripted byte for byte: an answer
// counts only when complete and bounded, a request is written once, and every exchange has a
// deadline.
#include "AccountCallRunner.h"
#include "TestHttpServer.h"

#include <gtest/gtest.h>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

} // namespace

TEST(AccountCallTransport, ACompleteAnswerIsAnsweredAndTheBodyWasWrittenOnce)
{
    TestHttpServer server(always(rawAnswer(head200(11) + R"({"ok":true})")));
    const EndedCall call = runCall(patchRequest(server.baseUrl()));
    EXPECT_EQ(call.result.outcome, ApiResult::Outcome::Answered) << messageOf(call.result);
    EXPECT_TRUE(call.result.isSuccess());
    EXPECT_TRUE(call.result.requestMayHaveArrived);
    EXPECT_EQ(call.result.body, QByteArray(R"({"ok":true})"));
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().body, QByteArray(R"({"account_name":"Cash"})"));
    EXPECT_EQ(server.requests().first().header("Content-Length"), QByteArray("23"));
}

TEST(AccountCallTransport, A200CutShortByACloseIsANetworkFailure)
{
    TestHttpServer server(always(rawAnswer(head200(200) + QByteArray(12, 'x'))));
    const EndedCall call = runCall(patchRequest(server.baseUrl()));
    EXPECT_EQ(call.result.outcome, ApiResult::Outcome::NetworkFailure);
    EXPECT_EQ(call.result.failure, ApiResult::Failure::CutShort);
    EXPECT_FALSE(call.result.isSuccess());
    EXPECT_EQ(call.result.status, 0) << "no status of an incomplete answer is passed on";
    EXPECT_TRUE(call.result.body.isEmpty());
    EXPECT_TRUE(call.result.requestMayHaveArrived);
    EXPECT_TRUE(call.result.errorMessage.contains(QStringLiteral("cut short: 12 of 200 bytes")))
        << messageOf(call.result);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST(AccountCallTransport, A200ResetMidBodyIsANetworkFailure)
{
    TestHttpServer::Response reset = rawAnswer(head200(200) + QByteArray(50, 'x'));
    reset.holdOpenMs = 200; // let the first bytes arrive, then reset
    reset.resetOnClose = true;
    TestHttpServer server(always(reset));
    const EndedCall call = runCall(patchRequest(server.baseUrl()));
    EXPECT_EQ(call.result.outcome, ApiResult::Outcome::NetworkFailure);
    EXPECT_EQ(call.result.failure, ApiResult::Failure::CutShort) << messageOf(call.result);
    EXPECT_TRUE(call.result.requestMayHaveArrived);
    EXPECT_EQ(server.requestCount(), 1);
}

TEST(AccountCallTransport, AnErrorStatusCutShortIsNotAnAnswerEither)
{
    TestHttpServer server(
        always(rawAnswer("HTTP/1.1 404 Not Found\r\nContent-Length: 80\r\nConnection: close\r\n\r\n"
                         R"({"message": "Acc)")));
    const EndedCall call = runCall(patchRequest(server.baseUrl()));
    EXPECT_EQ(call.result.outcome, ApiResult::Outcome::NetworkFailure);
    EXPECT_EQ(call.result.failure, ApiResult::Failure::CutShort) << messageOf(call.result);
}

TEST(AccountCallTransport, ACompleteErrorStatusIsAnAnswer)
{
    TestHttpServer::Response notFound;
    notFound.status = 404;
    notFound.body = R"({"message": "Account not found"})";
    TestHttpServer server(always(notFound));
    const EndedCall call = runCall(patchRequest(server.baseUrl()));
    EXPECT_EQ(call.result.outcome, ApiResult::Outcome::Answered) << messageOf(call.result);
    EXPECT_EQ(call.result.status, 404);
    EXPECT_EQ(call.result.body, notFound.body);
}

TEST(AccountCallTransport, AChunkedAnswerCutShortIsANetworkFailure)
{
    TestHttpServer server(
        always(rawAnswer("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                         "10\r\n0123456789abcdef\r\n10\r\n0123")));
    const EndedCall call = runCall(patchRequest(server.baseUrl()));
    EXPECT_EQ(call.result.outcome, ApiResult::Outcome::NetworkFailure);
    EXPECT_EQ(call.result.failure, ApiResult::Failure::CutShort) << messageOf(call.result);
}

TEST(AccountCallTransport, ConflictingContentLengthsAreNotAnAnswer)
{
    TestHttpServer server(always(rawAnswer(
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 7\r\nConnection: close\r\n\r\n0123456")));
    const EndedCall call = runCall(patchRequest(server.baseUrl()));
    EXPECT_EQ(call.result.outcome, ApiResult::Outcome::NetworkFailure);
    EXPECT_TRUE(call.result.errorMessage.contains(QStringLiteral("invalid Content-Length")))
        << messageOf(call.result);
}

TEST(AccountCallTransport, AConnectionClosedBeforeTheAnswerIsNeverSentAgainBehindOurBack)
{
    // Qt 6.4 rewrites a request on a new connection when the first closes before the status line.
    for (const qsizetype bytes : {qsizetype(0), qsizetype(10)}) {
        TestHttpServer::Response closing = rawAnswer(head200(2) + "{}");
        closing.closeAfterBytes = bytes;
        TestHttpServer server(always(closing));
        const EndedCall call = runCall(patchRequest(server.baseUrl()));
        EXPECT_EQ(call.result.outcome, ApiResult::Outcome::NetworkFailure);
        EXPECT_EQ(call.result.failure, ApiResult::Failure::ConnectionLost) << messageOf(call.result);
        EXPECT_TRUE(call.result.requestMayHaveArrived);
        EXPECT_EQ(server.requestCount(), 1) << "closed after " << bytes << " bytes";
    }
}

TEST(AccountCallTransport, ARequestWithoutABodyIsNeverSentAgainEither)
{
    TestHttpServer::Response closing = rawAnswer(head200(2) + "{}");
    closing.closeAfterBytes = 0;
    TestHttpServer server(always(closing));
    HttpRequest post = patchRequest(server.baseUrl());
    post.method = "POST";
    post.body.clear();
    const EndedCall call = runCall(post);
    EXPECT_EQ(call.result.failure, ApiResult::Failure::ConnectionLost) << messageOf(call.result);
    ASSERT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.requests().first().header("Content-Length"), QByteArray("0"));
}

TEST(AccountCallTransport, AnAnswerOverTheLimitIsCutOffAndNotKept)
{
    // No Content-Length: the size shows only while reading.
    TestHttpServer server(
        always(rawAnswer("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + QByteArray(17 * kMiB, 'x'))));
    const EndedCall call = runCall(patchRequest(server.baseUrl()));
    EXPECT_EQ(call.result.outcome, ApiResult::Outcome::NetworkFailure);
    EXPECT_EQ(call.result.failure, ApiResult::Failure::TooLarge) << messageOf(call.result);
    EXPECT_TRUE(call.result.errorMessage.contains(QStringLiteral("over the limit of 16 MiB")))
        << messageOf(call.result);
    EXPECT_LE(call.result.body.size(), 16 * kMiB);
    EXPECT_TRUE(call.result.requestMayHaveArrived);
}

TEST(AccountCallTransport, TheLimitIsAnOption)
{
    TestHttpServer server(always(rawAnswer(head200(2000) + QByteArray(2000, 'x'))));
    CallOptions options;
    options.maxResponseBytes = 1000;
    EXPECT_EQ(runCall(patchRequest(server.baseUrl()), options).result.failure, ApiResult::Failure::TooLarge);
    options.maxResponseBytes = 2000;
    EXPECT_EQ(runCall(patchRequest(server.baseUrl()), options).result.outcome, ApiResult::Outcome::Answered);
}

TEST(AccountCallTransport, AnAnnouncedHugeAnswerFailsAtOnce)
{
    TestHttpServer::Response huge = rawAnswer(head200(100 * kMiB) + "{");
    huge.holdOpenMs = 30000; // the body would never come: only the announcement can end this early
    TestHttpServer server(always(huge));
    const EndedCall call = runCall(patchRequest(server.baseUrl()));
    EXPECT_EQ(call.result.failure, ApiResult::Failure::TooLarge) << messageOf(call.result);
    EXPECT_TRUE(call.result.errorMessage.contains(QStringLiteral("announces 104857600 bytes")))
        << messageOf(call.result);
    EXPECT_LT(call.elapsedMs, 20000);
}

TEST(AccountCallTransport, ATricklingServerHitsTheDeadline)
{
    TestHttpServer::Response trickle = rawAnswer(head200(100) + QByteArray(100, 'x'));
    trickle.trickleBytes = 1;
    trickle.trickleDelayMs = 1000; // one byte a second: 3 minutes for the whole answer
    TestHttpServer server(always(trickle));
    CallOptions options;
    options.timeoutMs = 2000; // idle timeout left at its default
    const EndedCall call = runCall(patchRequest(server.baseUrl()), options);
    EXPECT_EQ(call.result.outcome, ApiResult::Outcome::NetworkFailure);
    EXPECT_EQ(call.result.failure, ApiResult::Failure::Deadline) << messageOf(call.result);
    EXPECT_TRUE(call.result.errorMessage.contains(QStringLiteral("no complete answer within 2 s (deadline")))
        << messageOf(call.result);
    EXPECT_TRUE(call.result.requestMayHaveArrived);
    EXPECT_LT(call.elapsedMs, 30000) << "ended near the deadline, not when the server was done";
}

TEST(AccountCallTransport, ProgressKeepsTheIdleTimeoutAwayButNotTheDeadline)
{
    const QByteArray head = head200(100);
    TestHttpServer::Response trickle = rawAnswer(head + QByteArray(100, 'x'));
    trickle.trickleFrom = head.size(); // the status line and headers at once, then the body slowly
    trickle.trickleBytes = 1;
    trickle.trickleDelayMs = 500;
    TestHttpServer server(always(trickle));
    CallOptions options;
    options.timeoutMs = 3000;
    options.idleTimeoutMs = 1500;
    const EndedCall call = runCall(patchRequest(server.baseUrl()), options);
    EXPECT_EQ(call.result.failure, ApiResult::Failure::Deadline) << messageOf(call.result);
    EXPECT_TRUE(call.result.errorMessage.contains(QStringLiteral("within 3 s (deadline")))
        << messageOf(call.result);
}

TEST(AccountCallTransport, ASilentServerHitsTheIdleTimeout)
{
    TestHttpServer::Response stall = rawAnswer(head200(100) + "{");
    stall.holdOpenMs = 30000;
    TestHttpServer server(always(stall));
    CallOptions options;
    options.timeoutMs = 20000;
    options.idleTimeoutMs = 500;
    const EndedCall call = runCall(patchRequest(server.baseUrl()), options);
    EXPECT_EQ(call.result.failure, ApiResult::Failure::IdleTimeout) << messageOf(call.result);
    EXPECT_TRUE(call.result.errorMessage.contains(QStringLiteral("no data for 0.5 s (idle timeout)")))
        << messageOf(call.result);
    EXPECT_TRUE(call.result.requestMayHaveArrived);
}
