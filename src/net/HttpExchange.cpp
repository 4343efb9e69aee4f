#include "HttpExchange.h"

#include "OneShotBody.h"
#include "ReplyError.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace AccountDesk {
namespace {

// Qt stops reading the socket while this much of the answer waits for us: memory stays bounded
// even when the answer arrives faster than we take it.
constexpr qint64 kReadBufferBytes = 1024 * 1024;

QString seconds(int ms)
{
    return QString::number(ms / 1000.0);
}

} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager& manager, HttpRequest request, const CallOptions& options,
                           QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
    , m_options(options)
{
    // An idle timeout as long as the deadline would never fire first: the deadline speaks then.
    m_idleMs = m_options.idleTimeoutMs;
    if (m_options.timeoutMs > 0 && (m_idleMs <= 0 || m_idleMs >= m_options.timeoutMs))
        m_idleMs = 0;
    m_deadline.setSingleShot(true);
    m_idle.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { end(Ending::Deadline); });
    connect(&m_idle, &QTimer::timeout, this, [this] { end(Ending::Idle); });
}

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpExchange::start()
{
    QNetworkRequest request(m_request.url);
    for (const HttpRequest::Header& header : m_request.headers)
        request.setRawHeader(header.first, header.second);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(0); // our own idle timer, which can say that it was the one that fired

    // Reads may be written again by Qt (harmless); anything else goes out at most once.
    static const QList<QByteArray> safeMethods = {"GET", "HEAD", "OPTIONS", "TRACE"};
    if (safeMethods.contains(m_request.method.toUpper()) && m_request.body.isEmpty()) {
        m_reply = m_manager.sendCustomRequest(request, m_request.method, QByteArray());
    } else {
        if (!m_request.hasHeader("Content-Length"))
            request.setHeader(QNetworkRequest::ContentLengthHeader, qint64(m_request.body.size()));
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(m_request.body);
        m_reply = m_manager.sendCustomRequest(request, m_request.method, body);
        body->setParent(m_reply);
    }
    m_reply->setReadBufferSize(kReadBufferBytes);
    connectReply();
    if (m_options.timeoutMs > 0)
        m_deadline.start(m_options.timeoutMs);
    if (m_idleMs > 0)
        m_idle.start(m_idleMs);
}

void HttpExchange::connectReply()
{
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::socketStartedConnecting, this, &HttpExchange::noteConnecting);
    connect(reply, &QNetworkReply::requestSent, this, &HttpExchange::noteProgress);
    connect(reply, &QNetworkReply::encrypted, this, &HttpExchange::noteProgress);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            noteProgress();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, &HttpExchange::onDownloadProgress);
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
}

void HttpExchange::cancel()
{
    end(Ending::Cancelled);
}

void HttpExchange::noteConnecting()
{
    m_connecting = true;
    if (m_idleMs > 0 && !m_done)
        m_idle.start(m_idleMs);
}

void HttpExchange::noteProgress()
{
    m_written = true;
    noteConnecting();
}

void HttpExchange::onMetaData()
{
    noteProgress();
    if (!m_reply || !m_reply->hasRawHeader("Content-Length"))
        return;
    const std::optional<qint64> announced = parseContentLength(m_reply->rawHeader("Content-Length"));
    if (announced && *announced > m_options.maxResponseBytes) {
        m_announced = *announced;
        end(Ending::TooLarge); // at once: not one byte of it is read
    }
}

void HttpExchange::onReadyRead()
{
    noteProgress();
    if (m_reply && m_ending == Ending::None && !take(*m_reply))
        end(Ending::TooLarge);
}

void HttpExchange::onDownloadProgress(qint64 received, qint64 total)
{
    if (received > 0)
        noteProgress();
    // Qt may hold more than we have taken yet: stop as soon as it has passed the limit.
    if (received > m_options.maxResponseBytes || total > m_options.maxResponseBytes) {
        if (total > m_options.maxResponseBytes)
            m_announced = total;
        end(Ending::TooLarge);
    }
}

bool HttpExchange::take(QNetworkReply& reply)
{
    const QByteArray chunk = reply.readAll();
    m_received += chunk.size();
    if (m_received > m_options.maxResponseBytes) {
        m_body = QByteArray(); // never hold more than the limit
        return false;
    }
    m_body += chunk;
    return true;
}

void HttpExchange::end(Ending why)
{
    if (m_done || !m_reply || m_ending != Ending::None)
        return;
    if (why != Ending::TooLarge) {
        // Qt reports progress from its network thread; collect what is already on its way before
        // judging whether the request may have been written. (TooLarge comes from inside the
        // reply's own signals, where delivering more of them would re-enter Qt.)
        const QPointer<HttpExchange> self(this);
        QCoreApplication::sendPostedEvents(m_reply, QEvent::MetaCall);
        if (!self || m_done || !m_reply || m_ending != Ending::None)
            return; // it finished (or ended otherwise) meanwhile
    }
    m_ending = why;
    m_reply->abort(); // finished() follows, handled by onFinished
}

void HttpExchange::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_idle.stop();
    if (m_ending == Ending::None && !take(*reply))
        m_ending = Ending::TooLarge;
    ApiResult result = m_ending == Ending::None ? verdict(*reply) : endedEarly();
    result.finalUrl = reply->url();
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    m_body = QByteArray();
    Q_EMIT finished(result); // last: a receiver may delete this exchange
}

ApiResult HttpExchange::endedEarly() const
{
    ApiResult result;
    result.outcome = ApiResult::Outcome::NetworkFailure;
    result.requestMayHaveArrived = m_connecting || m_written;
    switch (m_ending) {
    case Ending::Cancelled:
        result.outcome = ApiResult::Outcome::Cancelled;
        result.errorMessage = QStringLiteral("cancelled");
        break;
    case Ending::Deadline:
        result.failure = ApiResult::Failure::Deadline;
        result.errorMessage =
            tr("no complete answer within %1 s (deadline timeout)").arg(seconds(m_options.timeoutMs));
        break;
    case Ending::Idle:
        result.failure = ApiResult::Failure::IdleTimeout;
        result.errorMessage = tr("no data for %1 s (idle timeout)").arg(seconds(m_idleMs));
        break;
    case Ending::TooLarge:
        result.failure = ApiResult::Failure::TooLarge;
        result.requestMayHaveArrived = true;
        result.errorMessage = m_announced >= 0
                                  ? tr("the answer announces %1 bytes, over the limit of %2; not read")
                                        .arg(m_announced)
                                        .arg(describeSize(m_options.maxResponseBytes))
                                  : tr("the answer is over the limit of %1; cut off after %2 bytes")
                                        .arg(describeSize(m_options.maxResponseBytes))
                                        .arg(m_received);
        break;
    case Ending::None:
        break;
    }
    return result;
}

ApiResult HttpExchange::verdict(QNetworkReply& reply)
{
    const QNetworkReply::NetworkError error = reply.error();
    const QVariant statusAttribute = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    ApiResult result;
    if (!statusAttribute.isValid()) {
        result.outcome = ApiResult::Outcome::NetworkFailure;
        result.failure = ReplyError::failure(error);
        result.errorMessage = ReplyError::describe(error, reply.errorString());
        result.requestMayHaveArrived = m_written || !ReplyError::meansNeverConnected(error);
        return result;
    }
    const int status = statusAttribute.toInt();
    // No body follows a HEAD, a 1xx, 204 or 304, whatever Content-Length says.
    const bool bodyExpected = m_request.method != "HEAD" && status >= 200 && status != 204 && status != 304;
    std::optional<qint64> announced;
    if (reply.hasRawHeader("Content-Length")) {
        announced = parseContentLength(reply.rawHeader("Content-Length"));
        if (!announced && bodyExpected)
            return cutShort(
                status, announced,
                tr("invalid Content-Length: %1").arg(QString::fromLatin1(reply.rawHeader("Content-Length"))));
    }
    if (error != QNetworkReply::NoError && !ReplyError::endsACompleteAnswer(error, status))
        return cutShort(status, bodyExpected ? announced : std::nullopt, reply.errorString());
    if (bodyExpected && announced && m_received != *announced)
        return cutShort(status, announced, QString());

    result.outcome = ApiResult::Outcome::Answered;
    result.requestMayHaveArrived = true;
    result.status = status;
    result.reasonPhrase = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    result.httpVersion =
        reply.attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() ? "HTTP/2" : "HTTP/1.1";
    result.headers = reply.rawHeaderPairs();
    result.body = m_body;
    return result;
}

ApiResult HttpExchange::cutShort(int status, std::optional<qint64> announced, const QString& detail) const
{
    ApiResult result;
    result.outcome = ApiResult::Outcome::NetworkFailure;
    result.failure = ApiResult::Failure::CutShort;
    result.requestMayHaveArrived = true;
    result.errorMessage = announced
                              ? tr("the answer was cut short: %1 of %2 bytes").arg(m_received).arg(*announced)
                              : tr("the answer was cut short after %1 bytes").arg(m_received);
    result.errorMessage += detail.isEmpty() ? QStringLiteral(" (HTTP %1)").arg(status)
                                            : QStringLiteral(" (HTTP %1; %2)").arg(status).arg(detail);
    return result;
}

std::optional<qint64> HttpExchange::parseContentLength(const QByteArray& value)
{
    std::optional<qint64> length;
    for (const QByteArray& part : value.split(',')) {
        const QByteArray digits = part.trimmed();
        if (digits.isEmpty() || digits.size() > 18)
            return std::nullopt; // 18 digits cannot overflow a qint64
        for (const char c : digits)
            if (c < '0' || c > '9')
                return std::nullopt;
        const qint64 parsed = digits.toLongLong();
        if (length && *length != parsed)
            return std::nullopt;
        length = parsed;
    }
    return length;
}

QString HttpExchange::describeSize(qint64 bytes)
{
    if (bytes > 0 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes > 0 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace AccountDesk
