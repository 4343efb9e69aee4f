#pragma once

#include "AuthKind.h"
#include "ProviderHints.h"
#include "form/FormSchema.h"
#include "http/FileRule.h"
#include "openapi/OpenApiDocument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace AccountDesk {

// A platform Account Desk can edit accounts on: its OpenAPI document, the operations that read and
// update an account, how it authenticates, and the form of its update body. Built from data only.
class Provider
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::Provider)

public:
    // Loads `<dir>/<id>.provider.json` and the spec it names; nullptr with diagnostics on any error.
    static std::shared_ptr<const Provider> load(const QString& hintsPath, SpecDiagnostics& diagnostics);

    QString id() const { return m_hints.id; }
    QString displayName() const { return m_hints.displayName; }
    QString description() const { return m_hints.description; }
    QString hintsPath() const { return m_hintsPath; }
    QString specPath() const { return m_specPath; }
    const ProviderHints& hints() const { return m_hints; }
    const OpenApiDocument& document() const { return *m_document; }

    const Operation& updateOperation() const { return *m_updateOperation; }
    const Operation* readOperation() const { return m_readOperation; }
    QString readResultPointer() const { return m_hints.readResultPointer; }
    // The account in an answer of the read operation (unwrapped at readResultPointer); nullopt
    // when the answer is not JSON or holds no object there.
    std::optional<QJsonObject> accountFromReadAnswer(const QByteArray& body) const;
    // Whether the update replaces the whole account (PUT): it must start from the current account,
    // or it would blank every field it does not send. The one place that asks "is this a PUT".
    bool replacesWholeAccount() const;
    // See ProviderHints::versionMember; empty when the provider names none.
    QString versionMember() const { return m_hints.versionMember; }
    // The documented rate limit, as requests a second; 0 when there is none (bulk runs then are
    // bounded by their concurrency alone).
    double requestsPerSecond() const { return m_hints.requestsPerMinute / 60.0; }

    const QList<AuthKind>& authKinds() const { return m_authKinds; }
    QString apiKeyHeader() const { return m_apiKeyHeader; }
    // The union of the credential fields of every auth kind, in order.
    QStringList credentialFields() const;

    const QList<Server>& servers() const { return m_document->servers(); }
    // The server the hints name as default, else the first one; nullptr when the spec lists none.
    const Server* defaultServer() const;
    // A server by its description, case-insensitively ("sandbox" finds "SANDBOX").
    const Server* server(const QString& description) const;
    // The spec server a base URL is (a templated server matches any value of its variables);
    // nullptr for a custom URL.
    const Server* serverAt(const QUrl& baseUrl) const;
    // Whether a send to `baseUrl` changes real customer data: loopback never; a spec server when
    // the hints list it as production; any other URL always.
    bool isProduction(const QUrl& baseUrl) const;
    bool isProductionServer(const Server& server) const;

    QString bodyContentType() const { return m_hints.bodyContentType; }
    const MediaType& body() const { return *m_body; }
    const std::optional<ProviderHints::Multipart>& multipart() const { return m_hints.multipart; }
    // What the multipart file part takes: the hints' types and limit, else the spec's `encoding`
    // of the part (a list of types; "*/*" or application/octet-stream: any), 5 MB by default.
    FileRule fileRule() const;
    // The content type of the multipart file part, from the spec's encoding.
    QString multipartPartContentType(const QString& part) const;

    const FormSchema& form() const { return m_form; }
    QList<Parameter> pathParameters() const
    {
        return m_updateOperation->parametersIn(QStringLiteral("path"));
    }
    // Header parameters the operator or the spec sets (Sequence-Version); Authorization is the auth's.
    QList<Parameter> headerParameters() const;

private:
    QString m_hintsPath;
    QString m_specPath;
    ProviderHints m_hints;
    std::shared_ptr<const OpenApiDocument> m_document;
    const Operation* m_updateOperation = nullptr;
    const Operation* m_readOperation = nullptr;
    const MediaType* m_body = nullptr;
    QList<AuthKind> m_authKinds;
    QString m_apiKeyHeader;
    FormSchema m_form;
};

using ProviderPtr = std::shared_ptr<const Provider>;

} // namespace AccountDesk
