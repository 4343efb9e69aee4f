#include "NetworkAccess.h"

#include "ProxyAuthenticator.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

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
    const QDeadlineTimer deadline(100);
    while (!deadline.hasExpired()) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
#endif
}

} // namespace AccountDesk
