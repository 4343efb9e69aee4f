#include "AccountCall.h"

#include "RedirectPolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace AccountDesk {
namespace {

QString describeNetworkError(QNetworkReply::NetworkError error, const QString& detail, int timeoutMs)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused: %1").arg(detail);
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("the server closed the connection: %1").arg(detail);
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host not found: %1").arg(detail);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("no answer within %1 s (timeout)").arg(timeoutMs / 1000.0);
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("TLS error (the certificate was not trusted; TLS errors are never ignored): %1")
            .arg(detail);
    default:
        return detail;
    }
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
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void AccountCall::start()
{
    sendAttempt();
}

void AccountCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // handleReply() reports the cancel
        return;
    }
    ApiResult result;
    result.outcome = ApiResult::Outcome::Cancelled;
    result.errorMessage = QStringLiteral("cancelled");
    result.attempts = m_attempts;
    finish(result);
}

void AccountCall::sendAttempt()
{
    ++m_attempts;
    HttpRequest signedRequest = m_request;
    if (m_signer && m_credentialsAttached)
        m_signer(signedRequest); // per attempt: Zephr signatures carry a timestamp and a nonce
    m_lastRequest = signedRequest;

    QNetworkRequest request(signedRequest.url);
    for (const HttpRequest::Header& header : signedRequest.headers)
        request.setRawHeader(header.first, header.second);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_options.timeoutMs);

    m_reply = m_manager.sendCustomRequest(request, signedRequest.method, signedRequest.body);
    connect(m_reply, &QNetworkReply::finished, this, &AccountCall::handleReply);
}

void AccountCall::handleReply()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    ApiResult result;
    result.attempts = m_attempts;
    result.finalUrl = reply->url();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_cancelled) {
        result.outcome = ApiResult::Outcome::Cancelled;
        result.errorMessage = QStringLiteral("cancelled");
        finish(result);
        return;
    }
    if (!status.isValid()) {
        result.outcome = ApiResult::Outcome::NetworkFailure;
        result.errorMessage = describeNetworkError(reply->error(), reply->errorString(), m_options.timeoutMs);
        finish(result);
        return;
    }
    result.outcome = ApiResult::Outcome::Answered;
    result.status = status.toInt();
    result.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    result.httpVersion =
        reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() ? "HTTP/2" : "HTTP/1.1";
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();

    if (result.status >= 300 && result.status < 400 && result.status != 304 &&
        reply->hasRawHeader("Location")) {
        const QUrl location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (!followRedirect(location, result.status)) {
            result.outcome = ApiResult::Outcome::NetworkFailure;
            finish(result);
        }
        return;
    }

    if ((result.status == 429 || result.status == 503) && m_attempts < m_options.maxAttempts) {
        const int wait = retryDelaySeconds(reply->rawHeader("Retry-After"));
        if (wait >= 0) {
            Q_EMIT retrying(m_attempts + 1, wait);
            m_retryTimer.start(wait * 1000);
            return;
        }
    }
    finish(result);
}

bool AccountCall::followRedirect(const QUrl& location, int status)
{
    const QUrl current = m_request.url;
    auto refuse = [&](const QString& why) {
        m_result.errorMessage =
            QStringLiteral("refused redirect (%1) to %2: %3").arg(status).arg(location.toString(), why);
        return false;
    };
    if (const std::optional<QString> why =
            RedirectPolicy::refusal(current, location, m_redirects, m_options.maxRedirects))
        return refuse(*why);
    ++m_redirects;
    m_request.url = location;
    if (status == 303) { // See Other: fetch the result with GET
        m_request.method = "GET";
        m_request.body.clear();
        m_request.removeHeader("Content-Type");
    }
    --m_attempts; // a redirect is not a retry
    sendAttempt();
    return true;
}

int AccountCall::retryDelaySeconds(const QByteArray& retryAfter) const
{
    int seconds = 1; // no Retry-After: a short pause
    if (!retryAfter.isEmpty()) {
        bool isNumber = false;
        seconds = retryAfter.trimmed().toInt(&isNumber);
        if (!isNumber) {
            const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(retryAfter.trimmed()),
                                                           QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
            if (!when.isValid())
                return -1;
            seconds =
                int(QDateTime::currentDateTimeUtc().secsTo(QDateTime(when.date(), when.time(), Qt::UTC)));
        }
    }
    seconds = qMax(0, seconds);
    return seconds > m_options.maxRetryAfterSeconds ? -1 : seconds;
}

void AccountCall::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (result.errorMessage.isEmpty())
        result.errorMessage = m_result.errorMessage;
    m_result = result;
    Q_EMIT finished(m_result);
}

} // namespace AccountDesk
