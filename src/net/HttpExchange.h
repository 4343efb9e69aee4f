#pragma once

#include "ApiResult.h"
#include "CallOptions.h"
#include "http/HttpRequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace AccountDesk {

// One HTTP exchange: the request written at most once (Qt never writes it again behind our back,
// see OneShotBody) and its answer read as it arrives, under an overall deadline, an idle timeout
// and a size limit. An answer counts only when complete; see ApiResult for what each outcome and
// requestMayHaveArrived mean. Emits `finished` exactly once, unless destroyed before.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    HttpExchange(QNetworkAccessManager& manager, HttpRequest request, const CallOptions& options,
                 QObject* parent = nullptr);
    ~HttpExchange() override;

    void start();
    void cancel();

    // A Content-Length value: digits, or a list of equal ones ("5, 5"); nullopt otherwise.
    static std::optional<qint64> parseContentLength(const QByteArray& value);
    // "16 MiB", "512 KiB" or "1000 bytes".
    static QString describeSize(qint64 bytes);

Q_SIGNALS:
    void finished(const AccountDesk::ApiResult& result);

private:
    enum class Ending
    {
        None,
        Cancelled,
        Deadline,
        Idle,
        TooLarge
    };

    void connectReply();
    void noteConnecting();
    void noteProgress();
    void onMetaData();
    void onReadyRead();
    void onDownloadProgress(qint64 received, qint64 total);
    void onFinished();
    void end(Ending why);
    bool take(QNetworkReply& reply);
    ApiResult endedEarly() const;
    ApiResult verdict(QNetworkReply& reply);
    ApiResult cutShort(int status, std::optional<qint64> announced, const QString& detail) const;

    QNetworkAccessManager& m_manager;
    HttpRequest m_request;
    CallOptions m_options;
    int m_idleMs = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_idle;
    QByteArray m_body;
    qint64 m_received = 0;
    qint64 m_announced = -1;
    Ending m_ending = Ending::None;
    bool m_connecting = false; // Qt started connecting (or reused a connection and wrote)
    bool m_written = false;    // Qt reported the request (partly) written, or the answer began
    bool m_done = false;
};

} // namespace AccountDesk
