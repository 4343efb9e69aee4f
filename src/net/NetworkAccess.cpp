#include "NetworkAccess.h"

#include "ProxyAuthenticator.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <algorithm>
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

QList<QNetworkAccessManager*> g_managers; // by index; null where none was made yet
bool g_managerDestroyed = false;          // a manager's HTTP thread was told to end

#ifdef ACCOUNTDESK_ADDRESS_SANITIZER
// Whether a thread of this process still carries the name Qt gives a manager's HTTP thread
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
        return; // an exit with the managers alive: their threads are not ending, nothing to wait for
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (networkThreadRunning() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
}
#endif

} // namespace

QNetworkAccessManager& NetworkAccess::manager(int index)
{
    Q_ASSERT(index >= 0);
    if (index >= g_managers.size())
        g_managers.resize(index + 1, nullptr);
    QNetworkAccessManager*& manager = g_managers[index];
    if (!manager) {
        manager = new QNetworkAccessManager(QCoreApplication::instance());
        // Redirects are followed by AccountCall, never by Qt behind our back.
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        manager->setAutoDeleteReplies(false);
        QNetworkAccessManager* made = manager;
        QObject::connect(made, &QNetworkAccessManager::proxyAuthenticationRequired, made,
                         [made](const QNetworkProxy& proxy, QAuthenticator* authenticator) {
                             ProxyAuthenticator::answer(made, proxy, authenticator);
                         });
        QObject::connect(made, &QObject::destroyed, [index] {
            g_managerDestroyed = true;
            g_managers[index] = nullptr;
        });
    }
    return *manager;
}

int NetworkAccess::managersFor(int concurrentRequests)
{
    return qMax(1, (concurrentRequests + kConnectionsPerHost - 1) / kConnectionsPerHost);
}

void NetworkAccess::dropConnections()
{
    for (QNetworkAccessManager* manager : std::as_const(g_managers))
        if (manager)
            manager->clearConnectionCache();
}

void NetworkAccess::settle()
{
#ifdef ACCOUNTDESK_ADDRESS_SANITIZER
    const bool anyMade = std::any_of(g_managers.cbegin(), g_managers.cend(),
                                     [](const QNetworkAccessManager* manager) { return manager; });
    if (!anyMade || !QCoreApplication::instance())
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
