#include "AccountTarget.h"

#include "form/Validator.h"
#include "http/RequestBuilder.h"
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

FieldErrors AccountTarget::problems(const Provider& spec) const
{
    FieldErrors errors;
    const QString where = QStringLiteral("--base-url");
    if (baseUrl.isEmpty())
        errors.append({where, QCoreApplication::translate("AccountTarget", "enter the base URL"),
                       FieldError::Location::BaseUrl});
    else if (std::optional<FieldError> problem = RequestBuilder::checkBaseUrl(baseUrl))
        errors.append({problem->pointer, problem->message, FieldError::Location::BaseUrl});
    for (const Parameter& parameter : spec.pathParameters())
        if (std::optional<FieldError> problem = Validator::validatePathParameter(parameter, account))
            errors.append({problem->pointer, problem->message, FieldError::Location::PathParameter});
    return errors;
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
