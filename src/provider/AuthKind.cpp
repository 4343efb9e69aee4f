#include "AuthKind.h"

namespace AccountDesk {

QString AuthKinds::name(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Basic:
        return QStringLiteral("basic");
    case AuthKind::Bearer:
        return QStringLiteral("bearer");
    case AuthKind::ApiKey:
        return QStringLiteral("apiKey");
    case AuthKind::ZephrHmac:
        return QStringLiteral("zephrHmac");
    }
    return QString();
}

std::optional<AuthKind> AuthKinds::fromName(const QString& name)
{
    for (const AuthKind kind : {AuthKind::Basic, AuthKind::Bearer, AuthKind::ApiKey, AuthKind::ZephrHmac})
        if (AuthKinds::name(kind) == name)
            return kind;
    return std::nullopt;
}

QStringList AuthKinds::allNames()
{
    return {name(AuthKind::Basic), name(AuthKind::Bearer), name(AuthKind::ApiKey), name(AuthKind::ZephrHmac)};
}

QStringList AuthKinds::credentialFields(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Basic:
        return {QStringLiteral("username"), QStringLiteral("password")};
    case AuthKind::Bearer:
        return {QStringLiteral("token")};
    case AuthKind::ApiKey:
        return {QStringLiteral("api_key")};
    case AuthKind::ZephrHmac:
        return {QStringLiteral("access_key"), QStringLiteral("secret_key")};
    }
    return {};
}

QString AuthKinds::displayName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Basic:
        return tr("HTTP Basic");
    case AuthKind::Bearer:
        return tr("Bearer token");
    case AuthKind::ApiKey:
        return tr("API key");
    case AuthKind::ZephrHmac:
        return tr("Zephr HMAC signature");
    }
    return QString();
}

} // namespace AccountDesk
