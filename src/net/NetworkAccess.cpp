#include "NetworkAccess.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace AccountDesk {

QNetworkAccessManager& NetworkAccess::manager()
{
    static QNetworkAccessManager* manager = [] {
        auto* created = new QNetworkAccessManager(QCoreApplication::instance());
        // Redirects are followed by AccountCall, never by Qt behind our back.
        created->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        created->setAutoDeleteReplies(false);
        return created;
    }();
    return *manager;
}

} // namespace AccountDesk
