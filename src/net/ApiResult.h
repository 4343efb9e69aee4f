#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace AccountDesk {

// How one call ended: an HTTP answer (any status), a network failure, or a cancel.
struct ApiResult
{
    enum class Outcome
    {
        Answered,
        NetworkFailure,
        Cancelled
    };

    Outcome outcome = Outcome::NetworkFailure;
    int status = 0;
    QByteArray reasonPhrase;
    QByteArray httpVersion; // "HTTP/1.1", "HTTP/2"
    QList<HttpRequest::Header> headers;
    QByteArray body;
    QString errorMessage; // network failures: what happened, in words
    int attempts = 0;
    // Whether the request may have reached the server (false when it certainly did not: refused,
    // no such host, TLS handshake failed, cancelled before it left).
    bool requestMayHaveArrived = true;
    QUrl finalUrl;

    bool isSuccess() const { return outcome == Outcome::Answered && status >= 200 && status < 300; }
    QByteArray header(const QByteArray& name) const;
    QString statusLine() const; // "HTTP/1.1 200 OK"
};

} // namespace AccountDesk
