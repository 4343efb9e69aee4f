#include "RedirectPolicy.h"

namespace AccountDesk {
namespace {

int effectivePort(const QUrl& url)
{
    return url.port(url.scheme().compare(QStringLiteral("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
}

} // namespace

bool RedirectPolicy::sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

std::optional<QString> RedirectPolicy::refusal(const QUrl& from, const QUrl& to, int redirectsSoFar,
                                               int maximum)
{
    if (!to.isValid() || to.host().isEmpty())
        return tr("not a valid URL");
    if (redirectsSoFar >= maximum)
        return tr("more than %1 redirects").arg(maximum);
    if (from.scheme().compare(QStringLiteral("https"), Qt::CaseInsensitive) == 0 &&
        to.scheme().compare(QStringLiteral("https"), Qt::CaseInsensitive) != 0)
        return tr("it would leave HTTPS");
    if (!sameOrigin(from, to))
        return tr("another origin must not receive the credentials");
    return std::nullopt;
}

} // namespace AccountDesk
