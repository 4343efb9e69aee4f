#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace AccountDesk {

// One exact HTTP request as a plain value: what is previewed, exported as curl, signed and sent
// are the same bytes. No Qt Network types, so everything that builds one is testable offline.
struct HttpRequest
{
    using Header = QPair<QByteArray, QByteArray>;

    QByteArray method;
    QUrl url;
    QList<Header> headers; // in sending order; names compared case-insensitively
    QByteArray body;
    QList<QByteArray> secretHeaders; // names of headers the authenticator set; redacted like Authorization

    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    void setHeader(const QByteArray& name, const QByteArray& value); // replaces, keeps position
    void removeHeader(const QByteArray& name);
    // Sets a header carrying a credential: it is redacted in every rendering and removed by
    // removeSecretHeaders(), whatever its name.
    void setSecretHeader(const QByteArray& name, const QByteArray& value);
    void removeSecretHeaders();
    bool isSecret(const QByteArray& name) const;

    // "PUT https://host/path\nName: value\n...\n\n<body>" with every secret replaced by ***; a
    // multipart body part by part, each file as its name, type, size and SHA-256.
    QString redactedText() const;

    // The value with its secret part hidden: "Basic ***", "Bearer ***", "ZEPHR-HMAC-SHA256 ***".
    static QByteArray redactedHeaderValue(const QByteArray& name, const QByteArray& value);
    static bool isSecretHeader(const QByteArray& name);

    bool operator==(const HttpRequest&) const = default;

private:
    QByteArray redacted(const Header& header) const;
    static QByteArray hiddenValue(const QByteArray& name, const QByteArray& value);
};

} // namespace AccountDesk
