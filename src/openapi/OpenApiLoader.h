#pragma once

#include "SchemaResolver.h"
#include "Server.h"
#include "SpecDiagnostic.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace AccountDesk {

class OpenApiDocument;

// Fills an OpenApiDocument from its raw tree in one walk: the version, info, servers, security
// schemes and, through OperationReader, every path's operations. Every problem is reported with its
// JSON Pointer.
class OpenApiLoader
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::OpenApiLoader)

public:
    OpenApiLoader(OpenApiDocument& document, SpecDiagnostics& diagnostics);

    void load();

private:
    QList<Server> readServers(const QJsonValue& value, const QString& pointer);
    void readSecuritySchemes(const QJsonObject& root);
    void error(const QString& pointer, const QString& message);

    OpenApiDocument& m_document;
    SpecDiagnostics& m_diagnostics;
    SchemaResolver m_resolver;
};

} // namespace AccountDesk
