#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QAuthenticator;
class QObject;
class QNetworkProxy;

namespace AccountDesk {

// Answers a proxy's request for credentials (HTTP 407, SOCKS5 authentication) by asking the
// operator once per session: the window with a dialog, the CLI on its terminal. What the operator
// types stays in this process's memory only, never written anywhere. Each network access manager
// is given it once (Qt then offers it to that manager's later connections itself); when a manager
// comes back, the proxy refused it, and the operator is asked again, so a wrong answer cannot loop.
class ProxyAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::ProxyAuthenticator)

public:
    struct Login
    {
        QString user;
        QString password;
    };
    // `proxy` names the proxy ("proxy.example.com:3128"); `refused` is true when the last answer was
    // not accepted. No value: the operator declined (the request then fails with the proxy's error).
    using Asker =
        std::function<std::optional<Login>(const QString& proxy, const QString& user, bool refused)>;

    // Who to ask from now on (none: a proxy's request for credentials is refused).
    static void install(Asker asker);
    // Forgets which proxies were answered (tests; a change of proxy).
    static void forget();
    // Connected to each of the process's network access managers when it is made.
    static void answer(const QObject* manager, const QNetworkProxy& proxy, QAuthenticator* authenticator);
};

} // namespace AccountDesk
