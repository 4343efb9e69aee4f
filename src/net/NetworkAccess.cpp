#include "NetworkAccess.h"

#include "ProxyAuthenticator.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ACCOUNTDESK_ADDRESS_SANITIZER 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define ACCOUNTDESK_ADDRESS_SANITIZER 1
#endif

namespace AccountDesk {
namespace {

QNetworkAccessManager* g_manager = nullptr;
bool g_managerDestroyed = false; // its HTTP thread was told to end

#ifdef ACCOUNTDESK_ADDRESS_SANITIZER
// Whether a thread of this process still carries the name Qt gives the manager's HTTP thread
// ("QNetworkAccessManager thread", cut to the 15 characters Linux keeps).
bool networkThreadRunning()
{
    std::error_code error;
    for (const auto& task : std::filesystem::directory_iterator("/proc/self/task", error)) {
        std::ifstream comm(task.path() / "comm");
        std::string name;
        if (std::getline(comm, name) && name.starts_with("QNetworkAccess"))
            return true;
    }
    return false;
}

// Runs from exit(), after the application object (and with it the manager) is gone and before the
// leak check, which was registered earlier and so runs later.
void waitForNetworkThreadToEnd()
{
    if (!g_managerDestroyed)
        return; // an exit with the manager alive: its thread is not ending, so nothing to wait for
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (networkThreadRunning() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
}
#endif

} // namespace

QNetworkAccessManager& NetworkAccess::manager()
{
    static QNetworkAccessManager* manager = [] {
        auto* created = new QNetworkAccessManager(QCoreApplication::instance());
        // Redirects are followed by AccountCall, never by Qt behind our back.
        created->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        created->setAutoDeleteReplies(false);
        QObject::connect(created, &QNetworkAccessManager::proxyAuthenticationRequired, created,
                         &ProxyAuthenticator::answer);
        g_manager = created;
        QObject::connect(created, &QObject::destroyed, [] { g_managerDestroyed = true; });
        return created;
    }();
    return *manager;
}

QNetworkAccessManager* NetworkAccess::existing()
{
    return g_manager;
}

void NetworkAccess::settle()
{
#ifdef ACCOUNTDESK_ADDRESS_SANITIZER
    if (!g_manager || !QCoreApplication::instance())
        return;
    static const bool waitsAtExit = std::atexit(waitForNetworkThreadToEnd) == 0;
    Q_UNUSED(waitsAtExit);
    const QDeadlineTimer deadline(100);
    while (!deadline.hasExpired()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
#endif
}

} // namespace AccountDesk
