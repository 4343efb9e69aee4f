#include "ProxyAuthenticator.h"

#include <QAuthenticator>
#include <QNetworkProxy>
#include <QSet>

namespace AccountDesk {
namespace {

struct State
{
    ProxyAuthenticator::Asker asker;
    QSet<QString> asked; // "host:port" of the proxies the operator answered, this session only
};

State& state()
{
    static State instance;
    return instance;
}

} // namespace

void ProxyAuthenticator::install(Asker asker)
{
    state().asker = std::move(asker);
}

void ProxyAuthenticator::forget()
{
    state().asked.clear();
}

void ProxyAuthenticator::answer(const QNetworkProxy& proxy, QAuthenticator* authenticator)
{
    State& current = state();
    const QString key = QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
    // Qt keeps what was answered for a proxy and offers it to every later connection itself; it
    // comes here only when it has nothing for this proxy yet, or when the proxy refused what it
    // offered. Answering from a memory of our own would resend the refused credentials at once, in
    // a loop as fast as the proxy answers; the operator is asked instead.
    const bool refused = current.asked.contains(key);
    if (!current.asker)
        return;
    const std::optional<Login> login = current.asker(key, proxy.user(), refused);
    if (!login)
        return;
    current.asked.insert(key);
    authenticator->setUser(login->user);
    authenticator->setPassword(login->password);
}

} // namespace AccountDesk
