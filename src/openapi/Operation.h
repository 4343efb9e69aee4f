#pragma once

#include "MediaType.h"
#include "Parameter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace AccountDesk {

// One HTTP operation of an OpenAPI document, with its references resolved.
struct Operation
{
    QString method; // upper case: "PATCH"
    QString path;   // template: "/accounts/v1/accounts/{accountId}"
    QString operationId;
    QString summary;
    QString description;
    bool deprecated = false;
    QList<Parameter> parameters; // path-level and operation-level, operation-level winning
    bool requestBodyRequired = false;
    QList<MediaType> requestBodies; // in document order
    QList<QStringList> security;    // alternatives, each a list of scheme names; empty: none stated
    bool hasOwnSecurity = false;    // the operation overrides the document's `security`
    QString pointer;

    const MediaType* requestBody(const QString& contentType) const
    {
        for (const MediaType& body : requestBodies)
            if (body.contentType == contentType)
                return &body;
        return nullptr;
    }

    QList<Parameter> parametersIn(const QString& location) const
    {
        QList<Parameter> result;
        for (const Parameter& parameter : parameters)
            if (parameter.in == location)
                result.append(parameter);
        return result;
    }

    const Parameter* parameter(const QString& location, const QString& name) const
    {
        for (const Parameter& candidate : parameters)
            if (candidate.in == location &&
                candidate.name.compare(name, location == QStringLiteral("header") ? Qt::CaseInsensitive
                                                                                  : Qt::CaseSensitive) == 0)
                return &candidate;
        return nullptr;
    }

    QString displayName() const { return method + QLatin1Char(' ') + path; }
};

} // namespace AccountDesk
