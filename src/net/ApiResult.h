#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace AccountDesk {

// How one call ended: a complete HTTP answer (any status), a network failure, or a cancel.
struct ApiResult
{
    enum class Outcome
    {
        Answered,       // a complete answer: every byte the answer announced arrived
        NetworkFailure, // no complete answer, even if a status line came (see failure)
        Cancelled
    };

    // Why there is no complete answer (None when Answered or Cancelled).
    enum class Failure
    {
        None,
        NotConnected,    // connection refused, host not found, proxy unreachable
        Tls,             // TLS handshake failed (untrusted certificate, ...)
        ConnectionLost,  // closed or reset before an answer came
        CutShort,        // closed, reset or broken after the status line, fewer bytes than announced
        TooLarge,        // the answer is (or announces itself as) over CallOptions::maxResponseBytes
        Deadline,        // CallOptions::timeoutMs passed before the last byte
        IdleTimeout,     // no byte moved for the idle timeout
        RedirectRefused, // a redirect RedirectPolicy does not allow
        Other
    };

    Outcome outcome = Outcome::NetworkFailure;
    Failure failure = Failure::None;
    // Status, reason, version, headers and body are those of a complete answer; on a failure or a
    // cancel they are empty (status 0), even if part of an answer came: errorMessage says what did.
    int status = 0;
    QByteArray reasonPhrase;
    QByteArray httpVersion; // "HTTP/1.1", "HTTP/2"
    QList<HttpRequest::Header> headers;
    QByteArray body;
    QString errorMessage; // failures and cancels: what happened, in words
    int attempts = 0;
    QUrl finalUrl;

    // Whether the server may have received the request, so an update may have been applied although
    // no complete answer came. Decided for the last exchange of the call; the first rule that
    // matches wins:
    //   1. Answered: true.
    //   2. No exchange in flight: false. Cancelled before start, or during the Retry-After wait
    //      (the last answer was a 429/503); a redirect refused (the last answer was the redirect,
    //      nothing went to its target) — unless a 303 answered the request: then it was processed,
    //      and any failure after it is "may have arrived".
    //   3. Qt reported the TLS session up, the request (partly) written, or any part of an answer:
    //      true. Cut short, reset mid-answer, over the size limit, timeouts while waiting, ...
    //   4. A failure that happens only before a connection exists: false. Connection refused, host
    //      not found, TLS handshake failure, proxy refused or not found.
    //   5. Cancel, deadline or idle timeout: true once Qt had started connecting, else false.
    //   6. Any other failure (closed or reset before an answer, unknown errors): true.
    // Qt reports progress from its network thread; what is already on its way is collected before
    // deciding, so only a cancel within microseconds of the write itself could be judged too early.
    bool requestMayHaveArrived = false;

    bool isSuccess() const { return outcome == Outcome::Answered && status >= 200 && status < 300; }
    QByteArray header(const QByteArray& name) const;
    QString statusLine() const; // "HTTP/1.1 200 OK"
};

} // namespace AccountDesk
