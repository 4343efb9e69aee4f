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
        return tr("connection refused: %1").arg(detail);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // Qt wanted to write the request again: see OneShotBody
        return tr("the server closed the connection before answering; the request may have "
                  "arrived and was not sent again");
    case QNetworkReply::HostNotFoundError:
        return tr("host not found: %1").arg(detail);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return tr("the proxy did not carry the request (see Preferences or --proxy): %1").arg(detail);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("the proxy wants a user name and password, which are asked for in the window or at a "
                  "terminal, never read from a file: %1")
            .arg(detail);
    case QNetworkReply::TimeoutError:
        return tr("timeout: %1").arg(detail);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("TLS error (the certificate was not trusted; TLS errors are never ignored): %1")
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
