#include "OpenApiLoader.h"

#include "JsonPointer.h"
#include "OpenApiDocument.h"
#include "OperationReader.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace AccountDesk {

OpenApiLoader::OpenApiLoader(OpenApiDocument& document, SpecDiagnostics& diagnostics)
    : m_document(document)
    , m_diagnostics(diagnostics)
    , m_resolver(document.m_structure, diagnostics)
{}

void OpenApiLoader::load()
{
    const QJsonValue rootValue = m_document.m_structure.root;
    if (!rootValue.isObject()) {
        error(QString(), tr("an OpenAPI document must be an object"));
        return;
    }
    const QJsonObject root = rootValue.toObject();
    if (root.contains(QStringLiteral("swagger"))) {
        error(QStringLiteral("/swagger"),
              tr("Swagger 2.0 is not supported; convert the document to OpenAPI 3"));
        return;
    }
    const QJsonValue version = root.value(QStringLiteral("openapi"));
    if (!version.isString()) {
        error(QStringLiteral("/openapi"), tr("missing: the OpenAPI version (\"3.0.3\", \"3.1.0\")"));
        return;
    }
    m_document.m_openApiVersion = version.toString();
    if (!m_document.m_openApiVersion.startsWith(QStringLiteral("3.0")) &&
        !m_document.m_openApiVersion.startsWith(QStringLiteral("3.1"))) {
        error(QStringLiteral("/openapi"),
              tr("version \"%1\" is not supported (3.0.x and 3.1.x are)").arg(version.toString()));
        return;
    }

    const QJsonValue info = root.value(QStringLiteral("info"));
    if (!info.isObject()) {
        error(QStringLiteral("/info"), tr("missing or not an object"));
    } else {
        m_document.m_title = info.toObject().value(QStringLiteral("title")).toString();
        m_document.m_version = info.toObject().value(QStringLiteral("version")).toString();
    }

    m_document.m_servers = readServers(root.value(QStringLiteral("servers")), QStringLiteral("/servers"));
    readSecuritySchemes(root);
    OperationReader operations(m_document.m_structure, m_document.m_securitySchemes, m_resolver,
                               m_diagnostics);
    const QList<QStringList> documentSecurity =
        operations.readSecurity(root.value(QStringLiteral("security")), QStringLiteral("/security"));

    const QJsonValue paths = root.value(QStringLiteral("paths"));
    if (paths.isUndefined()) {
        if (!m_document.isOpenApi31())
            error(QStringLiteral("/paths"), tr("missing: an OpenAPI 3.0 document needs paths"));
        return;
    }
    if (!paths.isObject()) {
        error(QStringLiteral("/paths"), tr("must be an object"));
        return;
    }
    const QJsonObject pathObject = paths.toObject();
    for (const QString& path : m_document.m_structure.orderedKeys(QStringLiteral("/paths"), pathObject))
        operations.readPathItem(path, pathObject.value(path), documentSecurity, m_document.m_operations);
}

QList<Server> OpenApiLoader::readServers(const QJsonValue& value, const QString& pointer)
{
    QList<Server> servers;
    if (value.isUndefined())
        return servers;
    if (!value.isArray()) {
        error(pointer, tr("must be an array"));
        return servers;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString serverPointer = JsonPointer::append(pointer, i);
        const QJsonObject object = array.at(i).toObject();
        if (!object.value(QStringLiteral("url")).isString()) {
            error(JsonPointer::append(serverPointer, QStringLiteral("url")), tr("missing or not a string"));
            continue;
        }
        Server server;
        server.url = object.value(QStringLiteral("url")).toString();
        server.description = object.value(QStringLiteral("description")).toString();
        const QJsonObject variables = object.value(QStringLiteral("variables")).toObject();
        const QString variablesPointer = JsonPointer::append(serverPointer, QStringLiteral("variables"));
        for (const QString& name : m_document.m_structure.orderedKeys(variablesPointer, variables)) {
            const QJsonObject variable = variables.value(name).toObject();
            Server::Variable parsed;
            parsed.name = name;
            if (!variable.value(QStringLiteral("default")).isString())
                error(JsonPointer::append(JsonPointer::append(variablesPointer, name),
                                          QStringLiteral("default")),
                      tr("a server variable needs a default"));
            parsed.defaultValue = variable.value(QStringLiteral("default")).toString();
            parsed.description = variable.value(QStringLiteral("description")).toString();
            for (const QJsonValue& option : variable.value(QStringLiteral("enum")).toArray())
                parsed.enumValues.append(option.toString());
            server.variables.append(parsed);
        }
        static const QRegularExpression variablePattern(QStringLiteral("\\{([^}]+)\\}"));
        for (auto match = variablePattern.globalMatch(server.url); match.hasNext();) {
            const QString name = match.next().captured(1);
            const bool declared = std::any_of(server.variables.cbegin(), server.variables.cend(),
                                              [&name](const Server::Variable& v) { return v.name == name; });
            if (!declared)
                error(JsonPointer::append(serverPointer, QStringLiteral("url")),
                      tr("variable {%1} is not declared under variables").arg(name));
        }
        servers.append(server);
    }
    return servers;
}

void OpenApiLoader::readSecuritySchemes(const QJsonObject& root)
{
    const QString pointer = QStringLiteral("/components/securitySchemes");
    const QJsonObject schemes = root.value(QStringLiteral("components"))
                                    .toObject()
                                    .value(QStringLiteral("securitySchemes"))
                                    .toObject();
    for (const QString& name : m_document.m_structure.orderedKeys(pointer, schemes)) {
        const QString schemePointer = JsonPointer::append(pointer, name);
        QJsonObject object = schemes.value(name).toObject();
        if (object.contains(QStringLiteral("$ref"))) {
            const auto target =
                m_resolver.dereference(object.value(QStringLiteral("$ref")).toString(), schemePointer);
            if (!target)
                continue;
            object = target->toObject();
        }
        SecurityScheme scheme;
        scheme.name = name;
        scheme.type = object.value(QStringLiteral("type")).toString();
        scheme.scheme = object.value(QStringLiteral("scheme")).toString().toLower();
        scheme.bearerFormat = object.value(QStringLiteral("bearerFormat")).toString();
        scheme.in = object.value(QStringLiteral("in")).toString();
        scheme.parameterName = object.value(QStringLiteral("name")).toString();
        scheme.description = object.value(QStringLiteral("description")).toString();
        static const QStringList knownTypes = {QStringLiteral("http"), QStringLiteral("apiKey"),
                                               QStringLiteral("oauth2"), QStringLiteral("openIdConnect"),
                                               QStringLiteral("mutualTLS")};
        if (!knownTypes.contains(scheme.type))
            error(JsonPointer::append(schemePointer, QStringLiteral("type")),
                  tr("unknown security scheme type \"%1\"").arg(scheme.type));
        else if (scheme.type == QStringLiteral("http") && scheme.scheme.isEmpty())
            error(JsonPointer::append(schemePointer, QStringLiteral("scheme")),
                  tr("an http security scheme needs a scheme (basic, bearer)"));
        else if (scheme.type == QStringLiteral("apiKey") &&
                 (scheme.parameterName.isEmpty() || scheme.in.isEmpty()))
            error(schemePointer, tr("an apiKey security scheme needs `name` and `in`"));
        m_document.m_securitySchemes.append(scheme);
    }
}

void OpenApiLoader::error(const QString& pointer, const QString& message)
{
    m_diagnostics.append(SpecDiagnostic::error(pointer, message));
}

} // namespace AccountDesk
