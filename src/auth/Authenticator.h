#pragma once

#include "Credentials.h"
#include "ZephrSigner.h"
#include "http/HttpRequest.h"
#include "provider/AuthKind.h"

#include <optional>

namespace AccountDesk {

// Applies one auth kind to a request: Basic, Bearer, an API-key header, or Zephr's signature.
// Sign again before every attempt (retries, redirects): Zephr's timestamp and nonce are per request.
class Authenticator
{
public:
    Authenticator(AuthKind kind, Credentials credentials, QString apiKeyHeader = QString(),
                  const Clock& clock = Clock::system(),
                  ZephrSigner::NonceSource nonceSource = ZephrSigner::randomNonce);

    // The first of `kinds` whose credential fields are all present; nullopt when none is complete.
    static std::optional<AuthKind> chooseKind(const QList<AuthKind>& kinds, const Credentials& credentials);

    AuthKind kind() const { return m_kind; }
    void sign(HttpRequest& request) const;
    // The same auth with every credential replaced by "***": signs a request for review so that it
    // shows every header it will carry without holding a secret.
    Authenticator withPlaceholders() const;

private:
    AuthKind m_kind;
    Credentials m_credentials;
    QString m_apiKeyHeader;
    const Clock& m_clock;
    ZephrSigner::NonceSource m_nonceSource;
};

} // namespace AccountDesk
