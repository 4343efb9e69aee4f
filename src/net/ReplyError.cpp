#include "ReplyError.h"

namespace AccountDesk {

ApiResult::Failure ReplyError::failure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return ApiResult::Failure::NotConnected;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiResult::Failure::Tls;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::ProxyConnectionClosedError:
        return ApiResult::Failure::ConnectionLost;
    default:
        return ApiResult::Failure::Other;
    }
}

QString ReplyError::describe(QNetworkReply::NetworkError error, const QString& detail)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused: %1").arg(detail);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // Qt wanted to write the request again: see OneShotBody
        return QStringLiteral("the server closed the connection before answering; the request may have "
                              "arrived and was not sent again");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host not found: %1").arg(detail);
    case QNetworkReply::TimeoutError:
        return QStringLiteral("timeout: %1").arg(detail);
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("TLS error (the certificate was not trusted; TLS errors are never ignored): %1")
            .arg(detail);
    default:
        return detail;
    }
}

bool ReplyError::endsACompleteAnswer(QNetworkReply::NetworkError error, int status)
{
    if (error == QNetworkReply::ContentReSendError)
        return status == 307 || status == 308;
    if (status < 400)
        return false;
    switch (error) {
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return status == 407;
    default:
        return false;
    }
}

bool ReplyError::meansNeverConnected(QNetworkReply::NetworkError error)
{
    return failure(error) == ApiResult::Failure::NotConnected || failure(error) == ApiResult::Failure::Tls;
}

} // namespace AccountDesk
