#pragma once

#include "core/Clock.h"
#include "http/HttpRequest.h"

#include <functional>

namespace AccountDesk {

// Zephr's request signature (ZephrHmacHttp):
//   Authorization: ZEPHR-HMAC-SHA256 {access_key}:{timestamp}:{nonce}:{hash}
//   hash = lowercase hex SHA-256 of secret_key + body + path + query + method + timestamp + nonce
// with no separators, the query without '?', the timestamp in milliseconds since the epoch and a
// fresh random nonce per request.
class ZephrSigner
{
public:
    using NonceSource = std::function<QByteArray()>;

    ZephrSigner(QString accessKey, QString secretKey, const Clock& clock = Clock::system(),
                NonceSource nonceSource = randomNonce);

    void sign(HttpRequest& request) const;

    static QByteArray hash(const QByteArray& secretKey, const QByteArray& body, const QByteArray& path,
                           const QByteArray& query, const QByteArray& method, const QByteArray& timestamp,
                           const QByteArray& nonce);
    static QByteArray randomNonce();

private:
    QString m_accessKey;
    QString m_secretKey;
    const Clock& m_clock;
    NonceSource m_nonceSource;
};

} // namespace AccountDesk
