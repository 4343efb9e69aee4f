#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <variant>

namespace AccountDesk {

// Which proxy requests go through. By default the system's configuration (http_proxy, https_proxy
// and no_proxy on Linux; the system settings on Windows and macOS); or none; or one given proxy
// (`--proxy`, Preferences). A proxy's password is never part of the choice: it is asked for when
// the proxy wants it and kept only for the session. TLS is verified through a proxy as without one.
class ProxyChoice
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::ProxyChoice)

public:
    enum class Mode
    {
        System,
        None,
        Manual
    };

    Mode mode = Mode::System;
    QUrl url; // Manual: http://[user@]host[:port] or socks5://[user@]host[:port]

    // "system", "none", or a proxy URL; the problem in words when it is none of these.
    static std::variant<ProxyChoice, QString> parse(const QString& text);
    QString toString() const;

    // Makes every request of the process go as chosen (new connections; existing ones are closed).
    void apply() const;

    static ProxyChoice fromSettings();
    void save() const;
};

} // namespace AccountDesk
