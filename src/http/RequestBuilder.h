#pragma once

#include "FileAttachment.h"
#include "HttpRequest.h"
#include "RequestTarget.h"
#include "form/FieldError.h"
#include "provider/Provider.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>
#include <variant>

namespace AccountDesk {

// Builds the exact unsigned requests of a provider: the update (JSON or multipart) and the read.
// Adds Content-Type, Accept, the spec's header parameters, User-Agent and a request id.
class RequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::RequestBuilder)

public:
    explicit RequestBuilder(const Provider& provider);

    std::variant<HttpRequest, FieldErrors>
    buildUpdate(const QJsonObject& body, const RequestTarget& target,
                const std::optional<FileAttachment>& file = std::nullopt) const;
    std::variant<HttpRequest, FieldErrors> buildRead(const RequestTarget& target) const;

    // Base URLs: https anywhere, http only to loopback. nullopt when acceptable.
    static std::optional<FieldError> checkBaseUrl(const QUrl& url);
    static bool isLoopback(const QUrl& url);

    static QByteArray userAgent();
    static QByteArray newRequestId();
    // The content type of a file, judged by its bytes (not its name).
    static QString detectContentType(const QByteArray& content);

    // Multipart bodies use this boundary prefix plus a random part.
    static QByteArray newBoundary();

private:
    std::variant<HttpRequest, FieldErrors> start(const Operation& operation,
                                                 const RequestTarget& target) const;
    QByteArray multipartBody(const QByteArray& boundary, const QByteArray& json,
                             const FileAttachment& file) const;

    const Provider& m_provider;
};

} // namespace AccountDesk
