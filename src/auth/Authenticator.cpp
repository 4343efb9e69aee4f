#include "Authenticator.h"

namespace AccountDesk {

Authenticator::Authenticator(AuthKind kind, Credentials credentials, QString apiKeyHeader, const Clock& clock,
                             ZephrSigner::NonceSource nonceSource)
    : m_kind(kind)
    , m_credentials(std::move(credentials))
    , m_apiKeyHeader(std::move(apiKeyHeader))
    , m_clock(clock)
    , m_nonceSource(std::move(nonceSource))
{}

std::optional<AuthKind> Authenticator::chooseKind(const QList<AuthKind>& kinds,
                                                  const Credentials& credentials)
{
    for (const AuthKind kind : kinds)
        if (credentials.hasAll(AuthKinds::credentialFields(kind)))
            return kind;
    return std::nullopt;
}

Authenticator Authenticator::withPlaceholders() const
{
    Credentials placeholders;
    for (auto it = m_credentials.fields.constBegin(); it != m_credentials.fields.constEnd(); ++it)
        placeholders.fields.insert(it.key(), QStringLiteral("***"));
    return Authenticator(m_kind, placeholders, m_apiKeyHeader, m_clock, m_nonceSource);
}

void Authenticator::sign(HttpRequest& request) const
{
    switch (m_kind) {
    case AuthKind::Basic: {
        const QByteArray pair = m_credentials.value(QStringLiteral("username")).toUtf8() + ':' +
                                m_credentials.value(QStringLiteral("password")).toUtf8();
        request.setSecretHeader("Authorization", "Basic " + pair.toBase64());
        return;
    }
    case AuthKind::Bearer:
        request.setSecretHeader("Authorization",
                                "Bearer " + m_credentials.value(QStringLiteral("token")).toUtf8());
        return;
    case AuthKind::ApiKey:
        request.setSecretHeader(m_apiKeyHeader.toLatin1(),
                                m_credentials.value(QStringLiteral("api_key")).toUtf8());
        return;
    case AuthKind::ZephrHmac:
        ZephrSigner(m_credentials.value(QStringLiteral("access_key")),
                    m_credentials.value(QStringLiteral("secret_key")), m_clock, m_nonceSource)
            .sign(request);
        return;
    }
}

} // namespace AccountDesk
