#include "ProxyAuthenticator.h"

#include <QAuthenticator>
#include <QNetworkProxy>

namespace AccountDesk {
namespace {

struct State
{
    ProxyAuthenticator::Asker asker;
    QHash<QString, ProxyAuthenticator::Login> answers; // by "host:port", this session only
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
}

void ProxyAuthenticator::answer(const QNetworkProxy& proxy, QAuthenticator* authenticator)
{
    State& current = state();
    const QString key = QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
    // An authenticator that already carries a user held credentials the proxy refused.
    const bool refused = !authenticator->user().isEmpty();
    if (!refused && current.answers.contains(key)) {
        authenticator->setUser(current.answers.value(key).user);
        authenticator->setPassword(current.answers.value(key).password);
        return;
    }
    current.answers.remove(key);
    if (!current.asker)
        return;
    const std::optional<Login> login = current.asker(key, proxy.user(), refused);
    if (!login)
        return;
    current.answers.insert(key, *login);
    authenticator->setUser(login->user);
    authenticator->setPassword(login->password);
}

} // namespace AccountDesk
