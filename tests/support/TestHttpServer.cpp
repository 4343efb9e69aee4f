#include "TestHttpServer.h"

#include <QDir>
#include <QHash>
#include <QProcess>

#include <httplib.h>

#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace AccountDesk::TestSupport {

QByteArray TestHttpServer::Request::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return QByteArray();
}

TestHttpServer::TestHttpServer(Handler handler, const QString& certificateDirectory)
    : m_handler(std::move(handler))
{
    if (!certificateDirectory.isEmpty()) {
        const QDir dir(certificateDirectory);
        m_tlsServer = std::make_unique<httplib::SSLServer>(
            dir.filePath(QStringLiteral("cert.pem")).toLocal8Bit().constData(),
            dir.filePath(QStringLiteral("key.pem")).toLocal8Bit().constData());
        m_tls = true;
        auto record = [this](const httplib::Request& request, httplib::Response& response) {
            Request recorded;
            recorded.method = QByteArray::fromStdString(request.method);
            recorded.path = QByteArray::fromStdString(request.target);
            recorded.body = QByteArray::fromStdString(request.body);
            const Response answer = respond(recorded);
            response.status = answer.status;
            response.set_content(answer.body.toStdString(), answer.contentType.toStdString());
        };
        const std::string any = ".*";
        m_tlsServer->Get(any, record);
        m_tlsServer->Put(any, record);
        m_tlsServer->Patch(any, record);
        m_port = m_tlsServer->bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_tlsServer->listen_after_bind(); });
        for (int i = 0; i < 500 && !m_tlsServer->is_running(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return;
    }

    m_listenSocket = ::socket(AF_INET, SOCK_STREAM, 0);
    const int yes = 1;
    ::setsockopt(m_listenSocket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::bind(m_listenSocket, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(m_listenSocket, 16) != 0) {
        ::close(m_listenSocket);
        m_listenSocket = -1;
        return;
    }
    socklen_t length = sizeof address;
    ::getsockname(m_listenSocket, reinterpret_cast<sockaddr*>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { servePlain(); });
}

TestHttpServer::~TestHttpServer()
{
    m_stopping = true;
    if (m_tlsServer)
        m_tlsServer->stop();
    if (m_thread.joinable())
        m_thread.join();
    if (m_listenSocket >= 0)
        ::close(m_listenSocket);
}

TestHttpServer::Response TestHttpServer::respond(const Request& request)
{
    int index = 0;
    Handler current;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        index = int(m_requests.size());
        m_requests.append(request);
        current = m_handler;
    }
    // Counted from the request read to just before its answer is written: once the answer is on
    // its way the client may send its next request, which must not overlap this one in the count.
    const int handling = ++m_handling;
    for (int most = m_mostHandling;
         handling > most && !m_mostHandling.compare_exchange_weak(most, handling);) {
    }
    const Response answer = current ? current(request, index) : Response();
    if (answer.delayMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(answer.delayMs));
    --m_handling;
    return answer;
}

void TestHttpServer::servePlain()
{
    while (!m_stopping) {
        pollfd descriptor{m_listenSocket, POLLIN, 0};
        if (::poll(&descriptor, 1, 50) <= 0)
            continue;
        const int connection = ::accept(m_listenSocket, nullptr, nullptr);
        if (connection < 0)
            continue;
        auto serve = [this, connection] {
            handleConnection(connection);
            ::close(connection);
        };
        if (m_concurrent)
            m_connectionThreads.emplace_back(serve);
        else
            serve();
    }
    for (std::thread& thread : m_connectionThreads)
        thread.join();
}

void TestHttpServer::handleConnection(int socket)
{
    // One request per connection ("Connection: close"): simple, and clients cope.
    QByteArray data;
    char buffer[65536];
    qsizetype headerEnd = -1;
    auto readMore = [&]() {
        pollfd descriptor{socket, POLLIN, 0};
        if (::poll(&descriptor, 1, 10000) <= 0)
            return false;
        const ssize_t received = ::recv(socket, buffer, sizeof buffer, 0);
        if (received <= 0)
            return false;
        data.append(buffer, qsizetype(received));
        return true;
    };
    while ((headerEnd = data.indexOf("\r\n\r\n")) < 0)
        if (!readMore())
            return;
    Request request;
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 2)
        return;
    request.method = requestLine.at(0);
    request.path = requestLine.at(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    const qsizetype bodyStart = headerEnd + 4;
    while (data.size() - bodyStart < contentLength)
        if (!readMore())
            return;
    request.body = data.mid(bodyStart, contentLength);

    write(socket, respond(request));
}

QByteArray TestHttpServer::compose(const Response& answer) const
{
    static const QHash<int, QByteArray> reasons = {{200, "OK"},
                                                   {201, "Created"},
                                                   {204, "No Content"},
                                                   {307, "Temporary Redirect"},
                                                   {308, "Permanent Redirect"},
                                                   {400, "Bad Request"},
                                                   {401, "Unauthorized"},
                                                   {404, "Not Found"},
                                                   {429, "Too Many Requests"},
                                                   {500, "Internal Server Error"},
                                                   {503, "Service Unavailable"}};
    const qint64 announced = answer.contentLength >= 0 ? answer.contentLength : answer.body.size();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' +
                          reasons.value(answer.status, "Status") + "\r\n";
    response += "Content-Type: " + answer.contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(announced) + "\r\n";
    response += "Connection: close\r\n";
    for (const auto& [name, value] : answer.headers)
        response += name + ": " + value + "\r\n";
    return response + "\r\n" + answer.body;
}

void TestHttpServer::write(int socket, const Response& answer)
{
    const QByteArray response = answer.rawResponse.isEmpty() ? compose(answer) : answer.rawResponse;
    const qsizetype end =
        answer.closeAfterBytes >= 0 ? qMin(answer.closeAfterBytes, response.size()) : response.size();
    qsizetype sent = 0;
    while (sent < end) {
        const bool trickling = answer.trickleBytes > 0 && sent >= answer.trickleFrom;
        if (trickling && answer.trickleDelayMs > 0 && !pause(socket, answer.trickleDelayMs))
            return;
        const qsizetype chunkEnd = qMin(end, trickling                 ? sent + answer.trickleBytes
                                             : answer.trickleBytes > 0 ? answer.trickleFrom
                                                                       : end);
        while (sent < chunkEnd) {
            const ssize_t written =
                ::send(socket, response.constData() + sent, size_t(chunkEnd - sent), MSG_NOSIGNAL);
            if (written <= 0)
                return; // the client went away
            sent += written;
        }
    }
    if (answer.holdOpenMs > 0 && !pause(socket, answer.holdOpenMs))
        return;
    if (answer.resetOnClose) {
        // A zero linger time makes close() send RST and drop whatever is still unsent.
        const linger abortive{1, 0};
        ::setsockopt(socket, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
        return;
    }
    ::shutdown(socket, SHUT_WR);
}

bool TestHttpServer::pause(int socket, int ms) const
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < until) {
        if (m_stopping)
            return false;
        // The client sends nothing after its request, so readable means it closed or reset.
        pollfd descriptor{socket, POLLIN, 0};
        if (::poll(&descriptor, 1, 10) > 0) {
            char discard[512];
            if (::recv(socket, discard, sizeof discard, MSG_DONTWAIT) <= 0)
                return false;
        }
    }
    return true;
}

QString TestHttpServer::baseUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port);
}

QList<TestHttpServer::Request> TestHttpServer::requests() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_requests;
}

int TestHttpServer::requestCount() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return int(m_requests.size());
}

void TestHttpServer::setHandler(Handler handler)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_handler = std::move(handler);
}

bool TestHttpServer::createSelfSignedCertificate(const QString& directory)
{
    const QDir dir(directory);
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("cert.pem"))});
    return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
}

} // namespace AccountDesk::TestSupport
