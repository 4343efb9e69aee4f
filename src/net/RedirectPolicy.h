#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace AccountDesk {

// Whether a redirect may be followed by a request that carries credentials: never from HTTPS to
// HTTP, never to another origin (scheme, host, port), never more than a few times.
class RedirectPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::RedirectPolicy)

public:
    // nullopt when allowed; otherwise why not.
    static std::optional<QString> refusal(const QUrl& from, const QUrl& to, int redirectsSoFar, int maximum);
    static bool sameOrigin(const QUrl& a, const QUrl& b);
};

} // namespace AccountDesk
