#pragma once

#include <QString>

namespace AccountDesk {

// components/securitySchemes entry: `http` (basic, bearer), `apiKey`, `oauth2`, `openIdConnect`.
struct SecurityScheme
{
    QString name; // the key under components/securitySchemes
    QString type;
    QString scheme;        // http: "basic", "bearer"
    QString bearerFormat;  // http bearer: "JWT"
    QString in;            // apiKey: "header", "query", "cookie"
    QString parameterName; // apiKey: header or query parameter name
    QString description;
};

} // namespace AccountDesk
