#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace AccountDesk {

// How a provider authenticates, and so which credential fields an operator stores for it.
enum class AuthKind
{
    Basic,
    Bearer,
    ApiKey,
    ZephrHmac
};

struct AuthKinds
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::AuthKinds)

public:
    static QString name(AuthKind kind);
    static std::optional<AuthKind> fromName(const QString& name);
    static QStringList allNames();
    // The keychain fields of a kind: Basic {username, password}, Bearer {token}, ...
    static QStringList credentialFields(AuthKind kind);
    static QString displayName(AuthKind kind);
};

} // namespace AccountDesk
