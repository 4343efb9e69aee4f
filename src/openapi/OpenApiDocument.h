#pragma once

#include "Operation.h"
#include "SecurityScheme.h"
#include "Server.h"
#include "SpecDiagnostic.h"
#include "StructuredDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <memory>

namespace AccountDesk {

// An OpenAPI 3.0 or 3.1 document (JSON or YAML) with its operations resolved. Loading never
// throws or crashes: a malformed document yields no document and diagnostics that say where and why.
class OpenApiDocument
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::OpenApiDocument)

public:
    // A spec larger than this is refused unread: no real API description comes near it.
    static constexpr qint64 kMaximumBytes = 8 * 1024 * 1024;

    static std::shared_ptr<const OpenApiDocument> load(const QByteArray& text, SpecDiagnostics& diagnostics);
    static std::shared_ptr<const OpenApiDocument> loadFile(const QString& path, SpecDiagnostics& diagnostics);

    QString openApiVersion() const { return m_openApiVersion; }
    bool isOpenApi31() const { return m_openApiVersion.startsWith(QStringLiteral("3.1")); }
    QString title() const { return m_title; }
    QString version() const { return m_version; }
    const QList<Server>& servers() const { return m_servers; }
    const QList<SecurityScheme>& securitySchemes() const { return m_securitySchemes; }
    const SecurityScheme* securityScheme(const QString& name) const;
    const QList<Operation>& operations() const { return m_operations; }

    const Operation* operationById(const QString& operationId) const;
    const Operation* operation(const QString& method, const QString& path) const;
    // "updateAccount" (an operationId) or "PATCH /accounts" (method and path template).
    const Operation* findOperation(const QString& reference) const;

    const StructuredDocument& structure() const { return m_structure; }

private:
    friend class OpenApiLoader;

    StructuredDocument m_structure;
    QString m_openApiVersion;
    QString m_title;
    QString m_version;
    QList<Server> m_servers;
    QList<SecurityScheme> m_securitySchemes;
    QList<Operation> m_operations;
};

} // namespace AccountDesk
