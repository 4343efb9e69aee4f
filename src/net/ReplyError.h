#pragma once

#include "ApiResult.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace AccountDesk {

// What a QNetworkReply::NetworkError means for a caller: which failure, in which words, and whether
// it leaves a complete answer standing.
class ReplyError
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::ReplyError)

public:
    static ApiResult::Failure failure(QNetworkReply::NetworkError error);
    static QString describe(QNetworkReply::NetworkError error, const QString& detail);
    // Errors Qt sets on a complete answer: a 4xx/5xx status restated as an error code (404
    // ContentNotFoundError, 503 ServiceUnavailableError, ...), and ContentReSendError on a 307/308,
    // where Qt tries to rewind the body for a redirect even when it will not follow it.
    static bool endsACompleteAnswer(QNetworkReply::NetworkError error, int status);
    // Errors Qt reports only when no connection to the server was made.
    static bool meansNeverConnected(QNetworkReply::NetworkError error);
};

} // namespace AccountDesk
