#pragma once

#include <QByteArray>
#include <QList>
#include <QMultiMap>
#include <QString>

#include <atomic>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

namespace httplib {
class Server;
}

namespace AccountDesk::TestSupport {

// A real HTTP server on 127.0.0.1 and an ephemeral port, running in its own thread. It records
// every request byte for byte (multipart bodies included) and answers with `handler`. Plain HTTP is
// served by a small socket loop; HTTPS (self-signed, for the TLS tests) by cpp-httplib.
class TestHttpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // with the query, as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray& name) const;
    };

    struct Response
    {
        int status = 200;
        QByteArray body = "{}";
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0; // before the first byte of the answer

        // Fault scripts, for the transport tests. All default to a well-behaved answer.
        // When set, written verbatim instead of status, headers and body.
        QByteArray rawResponse;
        // >= 0: announce this Content-Length instead of the body's size.
        qint64 contentLength = -1;
        // >= 0: write only this many bytes of the answer, then close.
        qsizetype closeAfterBytes = -1;
        // Close with a TCP reset (RST) instead of an orderly FIN.
        bool resetOnClose = false;
        // trickleBytes > 0: write the first trickleFrom bytes at once, then trickleBytes at a time,
        // each after a pause of trickleDelayMs.
        qsizetype trickleFrom = 0;
        qsizetype trickleBytes = 0;
        int trickleDelayMs = 0;
        // After writing, keep the connection open this long (or until the client goes away).
        int holdOpenMs = 0;
    };

    using Handler = std::function<Response(const Request&, int index)>;

    // `certificateDirectory` empty: plain HTTP; else HTTPS with cert.pem / key.pem from there.
    explicit TestHttpServer(Handler handler = {}, const QString& certificateDirectory = QString());
    ~TestHttpServer();

    QString baseUrl() const;
    int port() const { return m_port; }
    QList<Request> requests() const;
    int requestCount() const;
    void setHandler(Handler handler);
    // Plain HTTP: from now on each connection is served in a thread of its own, so that requests
    // overlap as they would at a real server (by default one connection is served at a time).
    void serveConcurrently() { m_concurrent = true; }
    // The most requests that were under way at once (read, and their answer not yet written).
    int mostRequestsAtOnce() const { return m_mostHandling; }

    // Writes a self-signed certificate for 127.0.0.1 into `directory` (uses the openssl tool).
    static bool createSelfSignedCertificate(const QString& directory);

private:
    void servePlain();
    void handleConnection(int socket);
    QByteArray compose(const Response& answer) const;
    void write(int socket, const Response& answer);
    // Sleeps up to `ms`; false as soon as the client has closed its end or the server is stopping.
    bool pause(int socket, int ms) const;
    Response respond(const Request& request);

    std::unique_ptr<httplib::Server> m_tlsServer;
    int m_listenSocket = -1;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_concurrent{false};
    std::atomic<int> m_handling{0};
    std::atomic<int> m_mostHandling{0};
    std::list<std::thread> m_connectionThreads; // touched by the serving thread only
    std::thread m_thread;
    int m_port = 0;
    bool m_tls = false;
    mutable std::mutex m_mutex;
    QList<Request> m_requests;
    Handler m_handler;
};

} // namespace AccountDesk::TestSupport
