#include "AccountCall.h"

#include "HttpExchange.h"
#include "RedirectPolicy.h"
#include "RetryAfter.h"
#include "core/Clock.h"

#include <QDateTime>

#include <climits>
#include <optional>

namespace AccountDesk {
namespace {

// A header's value, telling "absent" from "present but empty" (which is not a valid Retry-After).
std::optional<QByteArray> headerValue(const ApiResult& result, const QByteArray& name)
{
    for (const HttpRequest::Header& header : result.headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    return std::nullopt;
}

ApiResult cancelledBeforeSending(int attempts)
{
    ApiResult result;
    result.outcome = ApiResult::Outcome::Cancelled;
    result.errorMessage = QStringLiteral("cancelled");
    result.attempts = attempts;
    result.requestMayHaveArrived = false;
    return result;
}

} // namespace

AccountCall::AccountCall(QNetworkAccessManager& manager, HttpRequest request, Signer signer,
                         CallOptions options, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
    , m_signer(std::move(signer))
    , m_options(options)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AccountCall::sendAttempt);
}

AccountCall::~AccountCall()
{
    if (m_exchange) {
        m_exchange->disconnect(this);
        delete m_exchange; // aborts its reply quietly
    }
}

void AccountCall::start()
{
    if (m_finished || m_exchange || m_attempts > 0)
        return; // once only; a call cancelled before it started stays unsent
    sendAttempt();
}

void AccountCall::cancel()
{
    if (m_finished)
        return;
    m_cancelling = true;
    m_retryTimer.stop();
    if (m_exchange)
        m_exchange->cancel(); // reports through handleResult, usually at once
    if (!m_finished && !m_exchange)
        finish(cancelledBeforeSending(m_attempts)); // nothing was in flight (Retry-After wait)
}

void AccountCall::sendAttempt()
{
    ++m_attempts;
    HttpRequest signedRequest = m_request;
    if (m_signer && m_credentialsAttached)
        m_signer(signedRequest); // per attempt: Zephr signatures carry a timestamp and a nonce
    m_lastRequest = signedRequest;

    auto* exchange = new HttpExchange(m_manager, signedRequest, m_options, this);
    m_exchange = exchange;
    connect(exchange, &HttpExchange::finished, this, [this, exchange](const ApiResult& result) {
        exchange->deleteLater();
        if (m_exchange == exchange)
            m_exchange = nullptr;
        handleResult(result);
    });
    exchange->start();
}

void AccountCall::handleResult(ApiResult result)
{
    result.attempts = m_attempts;
    if (result.outcome != ApiResult::Outcome::Answered) {
        finish(result);
        return;
    }
    const bool redirect = result.status >= 300 && result.status < 400 && result.status != 304 &&
                          headerValue(result, "Location").has_value();
    const bool busy = result.status == 429 || result.status == 503;
    if ((redirect || busy) && m_cancelling) {
        finish(cancelledBeforeSending(m_attempts)); // the answer was "not here" or "not now"
        return;
    }
    if (redirect) {
        if (!followRedirect(result))
            finish(m_result);
        return;
    }
    if (busy && m_attempts < m_options.maxAttempts) {
        const int wait = retryDelaySeconds(result);
        if (wait >= 0) {
            Q_EMIT retrying(m_attempts + 1, wait);
            m_retryTimer.start(int(qMin<qint64>(qint64(wait) * 1000, INT_MAX)));
            return;
        }
    }
    finish(result);
}

bool AccountCall::followRedirect(const ApiResult& answer)
{
    const QUrl location = answer.finalUrl.resolved(QUrl::fromEncoded(answer.header("Location")));
    if (const std::optional<QString> why =
            RedirectPolicy::refusal(m_request.url, location, m_redirects, m_options.maxRedirects)) {
        // Nothing was sent to the new location; the hop before answered with a redirect. A 303
        // (See Other) says the server processed the request and points at its result.
        m_result = ApiResult();
        m_result.outcome = ApiResult::Outcome::NetworkFailure;
        m_result.failure = ApiResult::Failure::RedirectRefused;
        m_result.requestMayHaveArrived = m_seenSeeOther || answer.status == 303;
        m_result.attempts = m_attempts;
        m_result.finalUrl = answer.finalUrl;
        m_result.errorMessage =
            tr("refused redirect (%1) to %2: %3").arg(answer.status).arg(location.toString(), *why);
        return false;
    }
    ++m_redirects;
    m_request.url = location;
    if (answer.status == 303) { // See Other: fetch the result with GET
        m_seenSeeOther = true;
        m_request.method = "GET";
        m_request.body.clear();
        m_request.removeHeader("Content-Type");
    }
    --m_attempts; // a redirect is not a retry
    sendAttempt();
    return true;
}

int AccountCall::retryDelaySeconds(const ApiResult& answer) const
{
    const std::optional<QByteArray> value = headerValue(answer, "Retry-After");
    if (!value)
        return 1; // no Retry-After: a short pause
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(Clock::system().currentMSecsSinceEpoch(), Qt::UTC);
    const std::optional<int> seconds = RetryAfter::parse(*value, now);
    if (!seconds || *seconds > m_options.maxRetryAfterSeconds)
        return -1; // not understood, or longer than we wait: the 429/503 is the answer
    return *seconds;
}

void AccountCall::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    if (m_seenSeeOther && !result.isSuccess())
        result.requestMayHaveArrived = true; // the request itself was processed before the 303
    m_result = result;
    Q_EMIT finished(m_result);
}

} // namespace AccountDesk
