#include "ApplicationIdentity.h"

#include <QCoreApplication>

namespace AccountDesk {

QString ApplicationIdentity::version()
{
    return QStringLiteral(ACCOUNTDESK_VERSION);
}

void ApplicationIdentity::apply()
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace AccountDesk
