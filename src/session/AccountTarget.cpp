#include "AccountTarget.h"

#include "provider/Provider.h"

#include <QCoreApplication>

namespace AccountDesk {

QString AccountTarget::accountName() const
{
    return account.isEmpty() ? QCoreApplication::translate("AccountTarget", "your account")
                             : QCoreApplication::translate("AccountTarget", "account %1").arg(account);
}

QString AccountTarget::describe() const
{
    const QString where =
        baseUrl.isEmpty() ? QCoreApplication::translate("AccountTarget", "no server") : baseUrl.toString();
    return QCoreApplication::translate("AccountTarget", "%1 at %2 (profile %3)")
        .arg(accountName(), where, profile);
}

RequestTarget AccountTarget::requestTarget(const Provider& spec) const
{
    RequestTarget result;
    result.baseUrl = baseUrl;
    const QList<Parameter> parameters = spec.pathParameters();
    if (!parameters.isEmpty())
        result.pathParameters.insert(parameters.first().name, account);
    return result;
}

} // namespace AccountDesk
