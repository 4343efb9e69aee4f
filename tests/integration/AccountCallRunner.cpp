#include "AccountCallRunner.h"

#include "net/NetworkAccess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

namespace AccountDesk::TestSupport {

HttpRequest patchRequest(const QString& baseUrl)
{
    HttpRequest request;
    request.method = "PATCH";
    request.url = QUrl(baseUrl + QStringLiteral("/accounts/1"));
    request.headers = {{"Content-Type", "application/json"}};
    request.body = R"({"account_name":"Cash"})";
    return request;
}

EndedCall runCall(const HttpRequest& request, const CallOptions& options,
                  const std::function<void(AccountCall&)>& during)
{
    AccountCall call(NetworkAccess::manager(), request, {}, options);
    EndedCall outcome;
    QEventLoop loop;
    QObject::connect(&call, &AccountCall::finished, &loop, &QEventLoop::quit);
    QObject::connect(&call, &AccountCall::retrying, &loop,
                     [&outcome](int, int wait) { outcome.retryWaits.append(wait); });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit); // a hung call fails the test, not the run
    QElapsedTimer clock;
    clock.start();
    call.start();
    if (during)
        during(call);
    if (!call.isFinished())
        loop.exec();
    outcome.elapsedMs = clock.elapsed();
    EXPECT_TRUE(call.isFinished()) << "the call never ended";
    outcome.result = call.result();
    return outcome;
}

void cancelAfter(AccountCall& call, int ms)
{
    QTimer::singleShot(ms, &call, [&call] { call.cancel(); });
}

TestHttpServer::Response rawAnswer(const QByteArray& bytes)
{
    TestHttpServer::Response response;
    response.rawResponse = bytes;
    return response;
}

QByteArray head200(qint64 contentLength)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(contentLength) + "\r\nConnection: close\r\n\r\n";
}

TestHttpServer::Handler always(const TestHttpServer::Response& response)
{
    return [response](const TestHttpServer::Request&, int) { return response; };
}

std::string messageOf(const ApiResult& result)
{
    return result.errorMessage.toStdString();
}

} // namespace AccountDesk::TestSupport
