#include "ServerUrl.h"

#include <QRegularExpression>

namespace AccountDesk {

QString ServerUrl::normalized(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QStringLiteral("https") ? 443 : 80);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return scheme + QStringLiteral("://") + url.host(QUrl::FullyEncoded).toLower() + QLatin1Char(':') +
           QString::number(port) + path;
}

bool ServerUrl::matches(const Server& server, const QUrl& baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || baseUrl.hasQuery() || baseUrl.hasFragment() ||
        !baseUrl.userInfo().isEmpty())
        return false;
    const QString candidate = normalized(baseUrl);
    if (server.variables.isEmpty())
        return candidate == normalized(QUrl(server.url));
    // Normalise the template with a marker per variable, then turn the markers into patterns.
    QString templ = server.url;
    for (qsizetype i = 0; i < server.variables.size(); ++i)
        templ.replace(QLatin1Char('{') + server.variables.at(i).name + QLatin1Char('}'),
                      QStringLiteral("accountdeskvariable%1").arg(i));
    QString pattern = QRegularExpression::escape(normalized(QUrl(templ)));
    for (qsizetype i = 0; i < server.variables.size(); ++i)
        pattern.replace(QStringLiteral("accountdeskvariable%1").arg(i), QStringLiteral("[^/.:]+"));
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    return expression.match(candidate).hasMatch();
}

} // namespace AccountDesk
