#include "OpenApiDocument.h"

#include "DocumentReader.h"
#include "JsonPointer.h"
#include "SchemaResolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace AccountDesk {
namespace {

const QStringList kMethods = {QStringLiteral("get"),    QStringLiteral("put"),     QStringLiteral("post"),
                              QStringLiteral("delete"), QStringLiteral("options"), QStringLiteral("head"),
                              QStringLiteral("patch"),  QStringLiteral("trace")};
const QStringList kParameterLocations = {QStringLiteral("path"), QStringLiteral("query"),
                                         QStringLiteral("header"), QStringLiteral("cookie")};

} // namespace

// Walks the raw tree once, reporting every problem with its pointer.
class OpenApiDocument::Loader
{
public:
    Loader(OpenApiDocument& document, SpecDiagnostics& diagnostics)
        : m_document(document)
        , m_diagnostics(diagnostics)
        , m_resolver(document.m_structure, diagnostics)
    {}

    void load()
    {
        const QJsonValue rootValue = m_document.m_structure.root;
        if (!rootValue.isObject()) {
            error(QString(), QStringLiteral("an OpenAPI document must be an object"));
            return;
        }
        const QJsonObject root = rootValue.toObject();
        if (root.contains(QStringLiteral("swagger"))) {
            error(QStringLiteral("/swagger"),
                  QStringLiteral("Swagger 2.0 is not supported; convert the document to OpenAPI 3"));
            return;
        }
        const QJsonValue version = root.value(QStringLiteral("openapi"));
        if (!version.isString()) {
            error(QStringLiteral("/openapi"),
                  QStringLiteral("missing: the OpenAPI version (\"3.0.3\", \"3.1.0\")"));
            return;
        }
        m_document.m_openApiVersion = version.toString();
        if (!m_document.m_openApiVersion.startsWith(QStringLiteral("3.0")) &&
            !m_document.m_openApiVersion.startsWith(QStringLiteral("3.1"))) {
            error(QStringLiteral("/openapi"),
                  QStringLiteral("version \"%1\" is not supported (3.0.x and 3.1.x are)")
                      .arg(version.toString()));
            return;
        }

        const QJsonValue info = root.value(QStringLiteral("info"));
        if (!info.isObject()) {
            error(QStringLiteral("/info"), QStringLiteral("missing or not an object"));
        } else {
            m_document.m_title = info.toObject().value(QStringLiteral("title")).toString();
            m_document.m_version = info.toObject().value(QStringLiteral("version")).toString();
        }

        m_document.m_servers = readServers(root.value(QStringLiteral("servers")), QStringLiteral("/servers"));
        readSecuritySchemes(root);
        const QList<QStringList> documentSecurity =
            readSecurity(root.value(QStringLiteral("security")), QStringLiteral("/security"));

        const QJsonValue paths = root.value(QStringLiteral("paths"));
        if (paths.isUndefined()) {
            if (!m_document.isOpenApi31())
                error(QStringLiteral("/paths"),
                      QStringLiteral("missing: an OpenAPI 3.0 document needs paths"));
            return;
        }
        if (!paths.isObject()) {
            error(QStringLiteral("/paths"), QStringLiteral("must be an object"));
            return;
        }
        const QJsonObject pathObject = paths.toObject();
        for (const QString& path : m_document.m_structure.orderedKeys(QStringLiteral("/paths"), pathObject))
            readPathItem(path, pathObject.value(path), documentSecurity);
    }

private:
    QList<Server> readServers(const QJsonValue& value, const QString& pointer)
    {
        QList<Server> servers;
        if (value.isUndefined())
            return servers;
        if (!value.isArray()) {
            error(pointer, QStringLiteral("must be an array"));
            return servers;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString serverPointer = JsonPointer::append(pointer, i);
            const QJsonObject object = array.at(i).toObject();
            if (!object.value(QStringLiteral("url")).isString()) {
                error(JsonPointer::append(serverPointer, QStringLiteral("url")),
                      QStringLiteral("missing or not a string"));
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
                          QStringLiteral("a server variable needs a default"));
                parsed.defaultValue = variable.value(QStringLiteral("default")).toString();
                parsed.description = variable.value(QStringLiteral("description")).toString();
                for (const QJsonValue& option : variable.value(QStringLiteral("enum")).toArray())
                    parsed.enumValues.append(option.toString());
                server.variables.append(parsed);
            }
            static const QRegularExpression variablePattern(QStringLiteral("\\{([^}]+)\\}"));
            for (auto match = variablePattern.globalMatch(server.url); match.hasNext();) {
                const QString name = match.next().captured(1);
                const bool declared =
                    std::any_of(server.variables.cbegin(), server.variables.cend(),
                                [&name](const Server::Variable& v) { return v.name == name; });
                if (!declared)
                    error(JsonPointer::append(serverPointer, QStringLiteral("url")),
                          QStringLiteral("variable {%1} is not declared under variables").arg(name));
            }
            servers.append(server);
        }
        return servers;
    }

    void readSecuritySchemes(const QJsonObject& root)
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
                      QStringLiteral("unknown security scheme type \"%1\"").arg(scheme.type));
            else if (scheme.type == QStringLiteral("http") && scheme.scheme.isEmpty())
                error(JsonPointer::append(schemePointer, QStringLiteral("scheme")),
                      QStringLiteral("an http security scheme needs a scheme (basic, bearer)"));
            else if (scheme.type == QStringLiteral("apiKey") &&
                     (scheme.parameterName.isEmpty() || scheme.in.isEmpty()))
                error(schemePointer, QStringLiteral("an apiKey security scheme needs `name` and `in`"));
            m_document.m_securitySchemes.append(scheme);
        }
    }

    QList<QStringList> readSecurity(const QJsonValue& value, const QString& pointer)
    {
        QList<QStringList> alternatives;
        if (value.isUndefined())
            return alternatives;
        if (!value.isArray()) {
            error(pointer, QStringLiteral("must be an array of security requirements"));
            return alternatives;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QStringList names = array.at(i).toObject().keys();
            for (const QString& name : names)
                if (!m_document.securityScheme(name))
                    error(JsonPointer::append(JsonPointer::append(pointer, i), name),
                          QStringLiteral("no security scheme \"%1\" under components/securitySchemes")
                              .arg(name));
            alternatives.append(names);
        }
        return alternatives;
    }

    void readPathItem(const QString& path, const QJsonValue& value,
                      const QList<QStringList>& documentSecurity)
    {
        const QString pointer = JsonPointer::append(QStringLiteral("/paths"), path);
        if (!path.startsWith(QLatin1Char('/')))
            error(pointer, QStringLiteral("a path must start with '/'"));
        if (!value.isObject()) {
            error(pointer, QStringLiteral("a path item must be an object"));
            return;
        }
        const QJsonObject item = value.toObject();
        const QList<Parameter> shared =
            readParameters(item.value(QStringLiteral("parameters")),
                           JsonPointer::append(pointer, QStringLiteral("parameters")));
        for (const QString& key : m_document.m_structure.orderedKeys(pointer, item)) {
            if (!kMethods.contains(key))
                continue;
            readOperation(path, key, item.value(key), JsonPointer::append(pointer, key), shared,
                          documentSecurity);
        }
    }

    void readOperation(const QString& path, const QString& method, const QJsonValue& value,
                       const QString& pointer, const QList<Parameter>& shared,
                       const QList<QStringList>& documentSecurity)
    {
        if (!value.isObject()) {
            error(pointer, QStringLiteral("an operation must be an object"));
            return;
        }
        const QJsonObject object = value.toObject();
        Operation operation;
        operation.method = method.toUpper();
        operation.path = path;
        operation.pointer = pointer;
        operation.operationId = object.value(QStringLiteral("operationId")).toString();
        operation.summary = object.value(QStringLiteral("summary")).toString();
        operation.description = object.value(QStringLiteral("description")).toString();
        operation.deprecated = object.value(QStringLiteral("deprecated")).toBool();

        operation.parameters = shared;
        const QList<Parameter> own =
            readParameters(object.value(QStringLiteral("parameters")),
                           JsonPointer::append(pointer, QStringLiteral("parameters")));
        for (const Parameter& parameter : own) {
            auto existing = std::find_if(operation.parameters.begin(), operation.parameters.end(),
                                         [&parameter](const Parameter& p) {
                                             return p.name == parameter.name && p.in == parameter.in;
                                         });
            if (existing != operation.parameters.end())
                *existing = parameter;
            else
                operation.parameters.append(parameter);
        }
        static const QRegularExpression templatePattern(QStringLiteral("\\{([^}]+)\\}"));
        for (auto match = templatePattern.globalMatch(path); match.hasNext();) {
            const QString name = match.next().captured(1);
            if (!operation.parameter(QStringLiteral("path"), name))
                error(JsonPointer::append(pointer, QStringLiteral("parameters")),
                      QStringLiteral("the path template names {%1} but no path parameter \"%1\" is declared")
                          .arg(name));
        }

        readRequestBody(operation, object.value(QStringLiteral("requestBody")),
                        JsonPointer::append(pointer, QStringLiteral("requestBody")));
        readResponses(operation, object.value(QStringLiteral("responses")),
                      JsonPointer::append(pointer, QStringLiteral("responses")));

        if (object.contains(QStringLiteral("security"))) {
            operation.hasOwnSecurity = true;
            operation.security = readSecurity(object.value(QStringLiteral("security")),
                                              JsonPointer::append(pointer, QStringLiteral("security")));
        } else {
            operation.security = documentSecurity;
        }

        if (!operation.operationId.isEmpty() && m_document.operationById(operation.operationId))
            error(JsonPointer::append(pointer, QStringLiteral("operationId")),
                  QStringLiteral("operationId \"%1\" is used twice").arg(operation.operationId));
        m_document.m_operations.append(operation);
    }

    // Follows a $ref on a component object (parameter, request body, response), not a schema.
    std::optional<QJsonObject> component(const QJsonValue& value, QString& pointer)
    {
        QJsonValue current = value;
        for (int hops = 0; hops < 8; ++hops) {
            if (!current.isObject()) {
                error(pointer, QStringLiteral("must be an object"));
                return std::nullopt;
            }
            const QJsonObject object = current.toObject();
            if (!object.contains(QStringLiteral("$ref")))
                return object;
            QString target;
            const auto dereferenced =
                m_resolver.dereference(object.value(QStringLiteral("$ref")).toString(), pointer, &target);
            if (!dereferenced)
                return std::nullopt;
            current = *dereferenced;
            pointer = target;
        }
        error(pointer, QStringLiteral("too many chained references"));
        return std::nullopt;
    }

    QList<Parameter> readParameters(const QJsonValue& value, const QString& pointer)
    {
        QList<Parameter> parameters;
        if (value.isUndefined())
            return parameters;
        if (!value.isArray()) {
            error(pointer, QStringLiteral("must be an array"));
            return parameters;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString parameterPointer = JsonPointer::append(pointer, i);
            const std::optional<QJsonObject> object = component(array.at(i), parameterPointer);
            if (!object)
                continue;
            Parameter parameter;
            parameter.pointer = parameterPointer;
            parameter.name = object->value(QStringLiteral("name")).toString();
            parameter.in = object->value(QStringLiteral("in")).toString();
            parameter.description = object->value(QStringLiteral("description")).toString();
            parameter.required = object->value(QStringLiteral("required")).toBool();
            parameter.deprecated = object->value(QStringLiteral("deprecated")).toBool();
            if (parameter.name.isEmpty()) {
                error(JsonPointer::append(parameterPointer, QStringLiteral("name")),
                      QStringLiteral("a parameter needs a name"));
                continue;
            }
            if (!kParameterLocations.contains(parameter.in)) {
                error(JsonPointer::append(parameterPointer, QStringLiteral("in")),
                      QStringLiteral("must be one of path, query, header, cookie"));
                continue;
            }
            if (parameter.in == QStringLiteral("path") && !parameter.required)
                error(JsonPointer::append(parameterPointer, QStringLiteral("required")),
                      QStringLiteral("a path parameter must be required"));
            if (object->contains(QStringLiteral("schema")))
                parameter.schema =
                    m_resolver.resolve(object->value(QStringLiteral("schema")),
                                       JsonPointer::append(parameterPointer, QStringLiteral("schema")));
            else
                parameter.schema = std::make_shared<Schema>();
            parameters.append(parameter);
        }
        return parameters;
    }

    void readRequestBody(Operation& operation, const QJsonValue& value, const QString& basePointer)
    {
        if (value.isUndefined())
            return;
        QString pointer = basePointer;
        const std::optional<QJsonObject> body = component(value, pointer);
        if (!body)
            return;
        operation.requestBodyRequired = body->value(QStringLiteral("required")).toBool();
        const QJsonValue content = body->value(QStringLiteral("content"));
        const QString contentPointer = JsonPointer::append(pointer, QStringLiteral("content"));
        if (!content.isObject()) {
            error(contentPointer, QStringLiteral("a request body needs a content object"));
            return;
        }
        const QJsonObject contentObject = content.toObject();
        for (const QString& contentType : m_document.m_structure.orderedKeys(contentPointer, contentObject)) {
            const QString mediaPointer = JsonPointer::append(contentPointer, contentType);
            const QJsonObject media = contentObject.value(contentType).toObject();
            MediaType mediaType;
            mediaType.contentType = contentType;
            mediaType.pointer = mediaPointer;
            mediaType.schema =
                media.contains(QStringLiteral("schema"))
                    ? m_resolver.resolve(media.value(QStringLiteral("schema")),
                                         JsonPointer::append(mediaPointer, QStringLiteral("schema")))
                    : std::make_shared<Schema>();
            const QJsonObject encoding = media.value(QStringLiteral("encoding")).toObject();
            for (auto it = encoding.constBegin(); it != encoding.constEnd(); ++it) {
                const QString partType =
                    it.value().toObject().value(QStringLiteral("contentType")).toString();
                if (!partType.isEmpty())
                    mediaType.partContentTypes.insert(it.key(), partType);
                if (!mediaType.schema->property(it.key()))
                    error(JsonPointer::append(JsonPointer::append(mediaPointer, QStringLiteral("encoding")),
                                              it.key()),
                          QStringLiteral("encoding names a part \"%1\" that the schema does not have")
                              .arg(it.key()));
            }
            operation.requestBodies.append(mediaType);
        }
    }

    void readResponses(Operation& operation, const QJsonValue& value, const QString& pointer)
    {
        if (value.isUndefined())
            return;
        if (!value.isObject()) {
            error(pointer, QStringLiteral("must be an object"));
            return;
        }
        const QJsonObject responses = value.toObject();
        for (const QString& status : m_document.m_structure.orderedKeys(pointer, responses)) {
            QString responsePointer = JsonPointer::append(pointer, status);
            const std::optional<QJsonObject> response = component(responses.value(status), responsePointer);
            if (!response)
                continue;
            const QJsonObject json = response->value(QStringLiteral("content"))
                                         .toObject()
                                         .value(QStringLiteral("application/json"))
                                         .toObject();
            if (json.contains(QStringLiteral("schema"))) {
                const QString schemaPointer = JsonPointer::append(
                    JsonPointer::append(JsonPointer::append(responsePointer, QStringLiteral("content")),
                                        QStringLiteral("application/json")),
                    QStringLiteral("schema"));
                operation.responses.insert(
                    status, m_resolver.resolve(json.value(QStringLiteral("schema")), schemaPointer));
            } else {
                operation.responses.insert(status, nullptr);
            }
        }
    }

    void error(const QString& pointer, const QString& message)
    {
        m_diagnostics.append(SpecDiagnostic::error(pointer, message));
    }

    OpenApiDocument& m_document;
    SpecDiagnostics& m_diagnostics;
    SchemaResolver m_resolver;
};

std::shared_ptr<const OpenApiDocument> OpenApiDocument::load(const QByteArray& text,
                                                             SpecDiagnostics& diagnostics)
{
    SpecDiagnostics found;
    std::optional<StructuredDocument> structure = DocumentReader::read(text, found);
    if (!structure) {
        diagnostics.append(found);
        return nullptr;
    }
    auto document = std::make_shared<OpenApiDocument>();
    document->m_structure = std::move(*structure);
    Loader(*document, found).load();
    diagnostics.append(found);
    if (hasErrors(found))
        return nullptr;
    return document;
}

std::shared_ptr<const OpenApiDocument> OpenApiDocument::loadFile(const QString& path,
                                                                 SpecDiagnostics& diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.append(SpecDiagnostic::error(
            QString(), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
        return nullptr;
    }
    return load(file.readAll(), diagnostics);
}

const SecurityScheme* OpenApiDocument::securityScheme(const QString& name) const
{
    for (const SecurityScheme& scheme : m_securitySchemes)
        if (scheme.name == name)
            return &scheme;
    return nullptr;
}

const Operation* OpenApiDocument::operationById(const QString& operationId) const
{
    for (const Operation& operation : m_operations)
        if (!operation.operationId.isEmpty() && operation.operationId == operationId)
            return &operation;
    return nullptr;
}

const Operation* OpenApiDocument::operation(const QString& method, const QString& path) const
{
    for (const Operation& operation : m_operations)
        if (operation.method.compare(method, Qt::CaseInsensitive) == 0 && operation.path == path)
            return &operation;
    return nullptr;
}

const Operation* OpenApiDocument::findOperation(const QString& reference) const
{
    const qsizetype space = reference.indexOf(QLatin1Char(' '));
    if (space > 0)
        return operation(reference.left(space), reference.mid(space + 1).trimmed());
    return operationById(reference);
}

} // namespace AccountDesk
