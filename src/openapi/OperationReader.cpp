#include "OperationReader.h"

#include "JsonPointer.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace AccountDesk {
namespace {

const QStringList kMethods = {QStringLiteral("get"),    QStringLiteral("put"),     QStringLiteral("post"),
                              QStringLiteral("delete"), QStringLiteral("options"), QStringLiteral("head"),
                              QStringLiteral("patch"),  QStringLiteral("trace")};
const QStringList kParameterLocations = {QStringLiteral("path"), QStringLiteral("query"),
                                         QStringLiteral("header"), QStringLiteral("cookie")};

} // namespace

OperationReader::OperationReader(const StructuredDocument& structure, const QList<SecurityScheme>& schemes,
                                 SchemaResolver& resolver, SpecDiagnostics& diagnostics)
    : m_structure(structure)
    , m_schemes(schemes)
    , m_resolver(resolver)
    , m_diagnostics(diagnostics)
{}

void OperationReader::readPathItem(const QString& path, const QJsonValue& value,
                                   const QList<QStringList>& documentSecurity, QList<Operation>& operations)
{
    const QString pointer = JsonPointer::append(QStringLiteral("/paths"), path);
    if (!path.startsWith(QLatin1Char('/')))
        error(pointer, tr("a path must start with '/'"));
    if (!value.isObject()) {
        error(pointer, tr("a path item must be an object"));
        return;
    }
    const QJsonObject item = value.toObject();
    const QList<Parameter> shared = readParameters(
        item.value(QStringLiteral("parameters")), JsonPointer::append(pointer, QStringLiteral("parameters")));
    for (const QString& key : m_structure.orderedKeys(pointer, item)) {
        if (!kMethods.contains(key))
            continue;
        readOperation(path, key, item.value(key), JsonPointer::append(pointer, key), shared, documentSecurity,
                      operations);
    }
}

QList<QStringList> OperationReader::readSecurity(const QJsonValue& value, const QString& pointer)
{
    QList<QStringList> alternatives;
    if (value.isUndefined())
        return alternatives;
    if (!value.isArray()) {
        error(pointer, tr("must be an array of security requirements"));
        return alternatives;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QStringList names = array.at(i).toObject().keys();
        for (const QString& name : names)
            if (!hasScheme(name))
                error(JsonPointer::append(JsonPointer::append(pointer, i), name),
                      tr("no security scheme \"%1\" under components/securitySchemes").arg(name));
        alternatives.append(names);
    }
    return alternatives;
}

void OperationReader::readOperation(const QString& path, const QString& method, const QJsonValue& value,
                                    const QString& pointer, const QList<Parameter>& shared,
                                    const QList<QStringList>& documentSecurity, QList<Operation>& operations)
{
    if (!value.isObject()) {
        error(pointer, tr("an operation must be an object"));
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
    const QList<Parameter> own = readParameters(object.value(QStringLiteral("parameters")),
                                                JsonPointer::append(pointer, QStringLiteral("parameters")));
    for (const Parameter& parameter : own) {
        auto existing = std::find_if(
            operation.parameters.begin(), operation.parameters.end(),
            [&parameter](const Parameter& p) { return p.name == parameter.name && p.in == parameter.in; });
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
                  tr("the path template names {%1} but no path parameter \"%1\" is declared").arg(name));
    }

    readRequestBody(operation, object.value(QStringLiteral("requestBody")),
                    JsonPointer::append(pointer, QStringLiteral("requestBody")));
    // Responses are not read: nothing here uses their schemas, and resolving them (an account's
    // whole read model, for SoftwareOne) was most of the cost of loading a spec.

    if (object.contains(QStringLiteral("security"))) {
        operation.hasOwnSecurity = true;
        operation.security = readSecurity(object.value(QStringLiteral("security")),
                                          JsonPointer::append(pointer, QStringLiteral("security")));
    } else {
        operation.security = documentSecurity;
    }

    const bool taken =
        !operation.operationId.isEmpty() &&
        std::any_of(operations.cbegin(), operations.cend(), [&operation](const Operation& other) {
            return other.operationId == operation.operationId;
        });
    if (taken)
        error(JsonPointer::append(pointer, QStringLiteral("operationId")),
              tr("operationId \"%1\" is used twice").arg(operation.operationId));
    operations.append(operation);
}

// Follows a $ref on a component object (parameter, request body, response), not a schema.
std::optional<QJsonObject> OperationReader::component(const QJsonValue& value, QString& pointer)
{
    QJsonValue current = value;
    for (int hops = 0; hops < 8; ++hops) {
        if (!current.isObject()) {
            error(pointer, tr("must be an object"));
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
    error(pointer, tr("too many chained references"));
    return std::nullopt;
}

QList<Parameter> OperationReader::readParameters(const QJsonValue& value, const QString& pointer)
{
    QList<Parameter> parameters;
    if (value.isUndefined())
        return parameters;
    if (!value.isArray()) {
        error(pointer, tr("must be an array"));
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
                  tr("a parameter needs a name"));
            continue;
        }
        if (!kParameterLocations.contains(parameter.in)) {
            error(JsonPointer::append(parameterPointer, QStringLiteral("in")),
                  tr("must be one of path, query, header, cookie"));
            continue;
        }
        if (parameter.in == QStringLiteral("path") && !parameter.required)
            error(JsonPointer::append(parameterPointer, QStringLiteral("required")),
                  tr("a path parameter must be required"));
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

void OperationReader::readRequestBody(Operation& operation, const QJsonValue& value,
                                      const QString& basePointer)
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
        error(contentPointer, tr("a request body needs a content object"));
        return;
    }
    const QJsonObject contentObject = content.toObject();
    for (const QString& contentType : m_structure.orderedKeys(contentPointer, contentObject)) {
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
            // OpenAPI says the part MUST be a property; documents in the wild get it wrong now and
            // then, in operations nobody uses here. The entry is ignored, with a warning, rather
            // than the whole document refused.
            if (!mediaType.schema->property(it.key())) {
                m_diagnostics.append(SpecDiagnostic::warning(
                    JsonPointer::append(JsonPointer::append(mediaPointer, QStringLiteral("encoding")),
                                        it.key()),
                    tr("encoding names a part \"%1\" that the schema does not have; it is ignored")
                        .arg(it.key())));
                continue;
            }
            const QString partType = it.value().toObject().value(QStringLiteral("contentType")).toString();
            if (!partType.isEmpty())
                mediaType.partContentTypes.insert(it.key(), partType);
        }
        operation.requestBodies.append(mediaType);
    }
}

bool OperationReader::hasScheme(const QString& name) const
{
    return std::any_of(m_schemes.cbegin(), m_schemes.cend(),
                       [&name](const SecurityScheme& scheme) { return scheme.name == name; });
}

void OperationReader::error(const QString& pointer, const QString& message)
{
    m_diagnostics.append(SpecDiagnostic::error(pointer, message));
}

} // namespace AccountDesk
