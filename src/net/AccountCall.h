#pragma once

#include "ApiResult.h"
#include "CallOptions.h"
#include "http/HttpRequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace AccountDesk {

class HttpExchange;

// One logical request on the shared QNetworkAccessManager: signs each attempt, follows redirects by
// hand (same origin only while credentials are attached, never HTTPS to HTTP, capped), retries
// 429/503 after a valid Retry-After (capped; see RetryAfter), never ignores TLS errors, and can be
// cancelled. Each attempt and each redirect hop is an HttpExchange with its own deadline; an answer
// counts only when complete (see ApiResult).
class AccountCall : public QObject
{
    Q_OBJECT

public:
    using Signer = std::function<void(HttpRequest&)>;

    AccountCall(QNetworkAccessManager& manager, HttpRequest request, Signer signer, CallOptions options,
                QObject* parent = nullptr);
    ~AccountCall() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const ApiResult& result() const { return m_result; }
    // The request as last sent (signed), for logs and previews; redact before showing.
    const HttpRequest& lastRequest() const { return m_lastRequest; }

Q_SIGNALS:
    void finished(const AccountDesk::ApiResult& result);
    void retrying(int attempt, int waitSeconds);

private:
    void sendAttempt();
    void handleResult(ApiResult result);
    void finish(ApiResult result);
    bool followRedirect(const ApiResult& answer);
    // Seconds to wait before retrying a 429/503, or -1 when it is not retried.
    int retryDelaySeconds(const ApiResult& answer) const;

    QNetworkAccessManager& m_manager;
    HttpRequest m_request;
    Signer m_signer;
    CallOptions m_options;
    HttpRequest m_lastRequest;
    QPointer<HttpExchange> m_exchange;
    QTimer m_retryTimer;
    ApiResult m_result;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_finished = false;
    bool m_seenSeeOther = false; // a 303 answered the request: it was processed
    bool m_cancelling = false;
    bool m_credentialsAttached = true;
};

} // namespace AccountDesk
