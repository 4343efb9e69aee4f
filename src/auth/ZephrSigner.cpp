#include "ZephrSigner.h"

#include <QCryptographicHash>
#include <QUuid>

namespace AccountDesk {

ZephrSigner::ZephrSigner(QString accessKey, QString secretKey, const Clock& clock, NonceSource nonceSource)
    : m_accessKey(std::move(accessKey))
    , m_secretKey(std::move(secretKey))
    , m_clock(clock)
    , m_nonceSource(std::move(nonceSource))
{}

void ZephrSigner::sign(HttpRequest& request) const
{
    const QByteArray timestamp = QByteArray::number(m_clock.currentMSecsSinceEpoch());
    const QByteArray nonce = m_nonceSource();
    const QByteArray path = request.url.path(QUrl::FullyEncoded).toUtf8();
    const QByteArray query = request.url.query(QUrl::FullyEncoded).toUtf8();
    const QByteArray digest =
        hash(m_secretKey.toUtf8(), request.body, path, query, request.method.toUpper(), timestamp, nonce);
    request.setSecretHeader("Authorization", "ZEPHR-HMAC-SHA256 " + m_accessKey.toUtf8() + ':' + timestamp +
                                                 ':' + nonce + ':' + digest);
}

QByteArray ZephrSigner::hash(const QByteArray& secretKey, const QByteArray& body, const QByteArray& path,
                             const QByteArray& query, const QByteArray& method, const QByteArray& timestamp,
                             const QByteArray& nonce)
{
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    for (const QByteArray* part : {&secretKey, &body, &path, &query, &method, &timestamp, &nonce})
        sha256.addData(*part);
    return sha256.result().toHex();
}

QByteArray ZephrSigner::randomNonce()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace AccountDesk
