#include "ProxyChoice.h"

#include "NetworkAccess.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>

namespace AccountDesk {
namespace {

const QString kSettingsKey = QStringLiteral("network/proxy");

} // namespace

std::variant<ProxyChoice, QString> ProxyChoice::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    ProxyChoice choice;
    if (trimmed.isEmpty() || trimmed == QStringLiteral("system"))
        return choice;
    if (trimmed == QStringLiteral("none")) {
        choice.mode = Mode::None;
        return choice;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        // The text is not repeated: it may hold a password (ops:secret@proxy).
        return tr("not a proxy: give system, none, or a URL such as http://proxy.example.com:3128");
    if (scheme == QStringLiteral("https"))
        return tr("a proxy is reached with http:// or socks5:// (the connection to the server is still "
                  "encrypted end to end)");
    if (scheme != QStringLiteral("http") && scheme != QStringLiteral("socks5"))
        return tr("proxy scheme \"%1\" is not supported; use http:// or socks5://").arg(url.scheme());
    if (!url.password().isEmpty())
        return tr("a proxy password is never given on the command line or kept in the settings: leave it "
                  "out, and it is asked for when the proxy wants it");
    if ((!url.path().isEmpty() && url.path() != QStringLiteral("/")) || url.hasQuery() || url.hasFragment())
        return tr("a proxy URL is only a scheme, a host and a port");
    choice.mode = Mode::Manual;
    choice.url.setScheme(scheme);
    choice.url.setUserName(url.userName());
    choice.url.setHost(url.host());
    choice.url.setPort(url.port(scheme == QStringLiteral("socks5") ? 1080 : 8080));
    return choice;
}

QString ProxyChoice::toString() const
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        break;
    }
    return url.toString(QUrl::RemovePassword);
}

void ProxyChoice::apply() const
{
    switch (mode) {
    case Mode::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case Mode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case Mode::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(
            url.scheme() == QStringLiteral("socks5") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
            url.host(), quint16(url.port()), url.userName()));
        break;
    }
    NetworkAccess::dropConnections(); // connections made before go through the old route
}

ProxyChoice ProxyChoice::fromSettings()
{
    const auto parsed = parse(QSettings().value(kSettingsKey).toString());
    return std::holds_alternative<ProxyChoice>(parsed) ? std::get<ProxyChoice>(parsed) : ProxyChoice();
}

void ProxyChoice::save() const
{
    if (mode == Mode::System)
        QSettings().remove(kSettingsKey);
    else
        QSettings().setValue(kSettingsKey, toString());
}

} // namespace AccountDesk
