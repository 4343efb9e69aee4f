#pragma once

#include "TestHttpServer.h"
#include "net/AccountCall.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <string>

namespace AccountDesk::TestSupport {

// Drives AccountCall on the application's QNetworkAccessManager to its end, for the transport tests.
struct EndedCall
{
    ApiResult result;
    qint64 elapsedMs = 0;
    QList<int> retryWaits; // each `retrying` signal's wait, in seconds
};

// A PATCH with a small JSON body to <baseUrl>/accounts/1.
HttpRequest patchRequest(const QString& baseUrl);
// Runs one call to its end; `during` runs once it has started (e.g. to cancel it later).
EndedCall runCall(const HttpRequest& request, const CallOptions& options = {},
                  const std::function<void(AccountCall&)>& during = {});
void cancelAfter(AccountCall& call, int ms);

// Answers written byte for byte.
TestHttpServer::Response rawAnswer(const QByteArray& bytes);
QByteArray head200(qint64 contentLength); // status line and headers of a 200 announcing this length
TestHttpServer::Handler always(const TestHttpServer::Response& response);
std::string messageOf(const ApiResult& result);

} // namespace AccountDesk::TestSupport
