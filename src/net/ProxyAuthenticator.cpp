#include "ProxyAuthenticator.h"

#include <QAuthenticator>
#include <QHash>
#include <QNetworkProxy>
#include <QSet>

namespace AccountDesk {
namespace {

struct State
{
    ProxyAuthenticator::Asker asker;
    // By "host:port", this session only: what the operator answered last, and the managers given it.
    QHash<QString, ProxyAuthenticator::Login> answers;
    QHash<QString, QSet<const QObject*>> givenTo;
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
    state().answers.clear();
    state().givenTo.clear();
}

void ProxyAuthenticator::answer(const QObject* manager, const QNetworkProxy& proxy,
                                QAuthenticator* authenticator)
{
    State& current = state();
    const QString key = QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
    // Qt keeps what a manager was given for a proxy and offers it to that manager's later
    // connections itself; a manager comes here only when it has nothing for this proxy yet, or when
    // the proxy refused what it offered. So the operator's answer is given once to each manager, and
    // a manager that comes back was refused: it is never given the same answer again (that would
    // loop as fast as the proxy answers); the operator is asked instead.
    const auto known = current.answers.constFind(key);
    if (known != current.answers.cend() && !current.givenTo[key].contains(manager)) {
        current.givenTo[key].insert(manager);
        authenticator->setUser(known->user);
        authenticator->setPassword(known->password);
        return;
    }
    const bool refused = known != current.answers.cend();
    if (refused) { // never handed to another manager again, whatever the operator answers now
        current.answers.remove(key);
        current.givenTo.remove(key);
    }
    if (!current.asker)
        return;
    // In the window the question runs an event loop, in which another manager may come here too
    // (several bulk rows meeting the proxy at once): each asks, the last answer is kept. Nothing is
    // held across the question that such a nested call could invalidate.
    const std::optional<Login> login = current.asker(key, proxy.user(), refused);
    if (!login)
        return;
    current.answers.insert(key, *login);
    current.givenTo[key] = {manager}; // the others are given it when they come
    authenticator->setUser(login->user);
    authenticator->setPassword(login->password);
}

} // namespace AccountDesk
