#include "Provider.h"

#include "ProviderRegistry.h"
#include "ServerUrl.h"
#include "core/BoundedFile.h"
#include "form/FormSchemaBuilder.h"
#include "http/RequestBuilder.h"
#include "openapi/JsonPointer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace AccountDesk {

std::shared_ptr<const Provider> Provider::load(const QString& hintsPath, SpecDiagnostics& diagnostics)
{
    const QFileInfo hintsFile(hintsPath);
    SpecDiagnostics found;
    auto finish = [&](std::shared_ptr<Provider> provider) -> std::shared_ptr<const Provider> {
        diagnostics.append(found);
        return hasErrors(found) ? nullptr : provider;
    };
    auto fail = [&](const QString& pointer, const QString& message) {
        SpecDiagnostic diagnostic = SpecDiagnostic::error(pointer, message);
        diagnostic.source = hintsFile.fileName();
        found.append(diagnostic);
    };

    // Bounded: the registry checked the size, but the file may have grown since.
    const BoundedFile::Result read = BoundedFile::read(hintsPath, ProviderRegistry::kMaximumHintsBytes);
    if (read.status != BoundedFile::Status::Read) {
        fail(QString(),
             read.status == BoundedFile::Status::TooLarge
                 ? tr("the hints file is larger than 1 MiB; it was not read")
                 : tr("cannot read: %1").arg(read.error.isEmpty() ? tr("not a readable file") : read.error));
        return finish(nullptr);
    }
    std::optional<ProviderHints> hints = ProviderHints::parse(read.content, found);
    setSource(found, hintsFile.fileName());
    if (!hints)
        return finish(nullptr);

    const QString expectedSuffix = QStringLiteral(".provider.json");
    if (hintsFile.fileName() != hints->id + expectedSuffix)
        fail(QStringLiteral("/id"),
             tr("id \"%1\" does not match the file name (expected %1%2)").arg(hints->id, expectedSuffix));

    auto provider = std::make_shared<Provider>();
    provider->m_hintsPath = hintsFile.absoluteFilePath();
    provider->m_specPath = hintsFile.dir().filePath(hints->spec);
    provider->m_hints = *hints;

    SpecDiagnostics specDiagnostics;
    provider->m_document = OpenApiDocument::loadFile(provider->m_specPath, specDiagnostics);
    setSource(specDiagnostics, hints->spec);
    found.append(specDiagnostics);
    if (!provider->m_document)
        return finish(nullptr);
    const OpenApiDocument& document = *provider->m_document;

    provider->m_updateOperation = document.findOperation(hints->updateOperation);
    if (!provider->m_updateOperation) {
        fail(QStringLiteral("/updateOperation"),
             tr("the spec has no operation \"%1\"").arg(hints->updateOperation));
        return finish(nullptr);
    }
    if (!hints->readOperation.isEmpty()) {
        provider->m_readOperation = document.findOperation(hints->readOperation);
        if (!provider->m_readOperation)
            fail(QStringLiteral("/readOperation"),
                 tr("the spec has no operation \"%1\"").arg(hints->readOperation));
        else if (provider->m_readOperation->method != QStringLiteral("GET"))
            fail(QStringLiteral("/readOperation"), tr("a read operation must be a GET"));
    }

    provider->m_body = provider->m_updateOperation->requestBody(hints->bodyContentType);
    if (!provider->m_body) {
        fail(QStringLiteral("/bodyContentType"),
             tr("%1 takes no \"%2\" body")
                 .arg(provider->m_updateOperation->displayName(), hints->bodyContentType));
        return finish(nullptr);
    }
    if (provider->m_body->schema->type != Schema::Type::Object)
        fail(QStringLiteral("/bodyContentType"), tr("the update body must be a JSON object"));

    if (hints->multipart) {
        const MediaType* multipart = provider->m_updateOperation->requestBody(hints->multipart->contentType);
        if (!multipart) {
            fail(QStringLiteral("/multipart/contentType"),
                 tr("%1 takes no \"%2\" body")
                     .arg(provider->m_updateOperation->displayName(), hints->multipart->contentType));
        } else {
            if (!multipart->schema->property(hints->multipart->jsonPart))
                fail(QStringLiteral("/multipart/jsonPart"),
                     tr("the multipart body has no part \"%1\"").arg(hints->multipart->jsonPart));
            const Schema::Property* filePart = multipart->schema->property(hints->multipart->filePart);
            if (!filePart)
                fail(QStringLiteral("/multipart/filePart"),
                     tr("the multipart body has no part \"%1\"").arg(hints->multipart->filePart));
            else if (filePart->schema->format != QStringLiteral("binary"))
                fail(QStringLiteral("/multipart/filePart"),
                     tr("part \"%1\" is not a binary string").arg(hints->multipart->filePart));
        }
    }

    // Auth: the hints' word, else what the operation's security schemes say.
    provider->m_authKinds = hints->auth;
    for (const QStringList& alternative : provider->m_updateOperation->security) {
        for (const QString& name : alternative) {
            const SecurityScheme* scheme = document.securityScheme(name);
            if (!scheme)
                continue;
            std::optional<AuthKind> kind;
            if (scheme->type == QStringLiteral("http") && scheme->scheme == QStringLiteral("basic"))
                kind = AuthKind::Basic;
            else if (scheme->type == QStringLiteral("http") && scheme->scheme == QStringLiteral("bearer"))
                kind = AuthKind::Bearer;
            else if (scheme->type == QStringLiteral("apiKey") && scheme->in == QStringLiteral("header") &&
                     scheme->parameterName.compare(QStringLiteral("Authorization"), Qt::CaseInsensitive) != 0)
                kind = AuthKind::ApiKey;
            if (kind == AuthKind::ApiKey && provider->m_apiKeyHeader.isEmpty())
                provider->m_apiKeyHeader = scheme->parameterName;
            if (kind && hints->auth.isEmpty() && !provider->m_authKinds.contains(*kind))
                provider->m_authKinds.append(*kind);
        }
    }
    if (provider->m_authKinds.isEmpty())
        fail(QStringLiteral("/auth"), tr("neither the hints nor the spec's security schemes say how "
                                         "to authenticate"));
    if (provider->m_authKinds.contains(AuthKind::ApiKey) && provider->m_apiKeyHeader.isEmpty())
        fail(QStringLiteral("/auth"), tr("apiKey auth needs an apiKey security scheme in a header"));

    for (qsizetype i = 0; i < hints->productionServers.size(); ++i)
        if (!provider->server(hints->productionServers.at(i)))
            fail(JsonPointer::append(QStringLiteral("/productionServers"), i),
                 tr("the spec has no server described as \"%1\"").arg(hints->productionServers.at(i)));
    if (!hints->defaultServer.isEmpty() && !provider->server(hints->defaultServer))
        fail(QStringLiteral("/defaultServer"),
             tr("the spec has no server described as \"%1\"").arg(hints->defaultServer));

    SpecDiagnostics formDiagnostics;
    provider->m_form = FormSchemaBuilder::build(*provider->m_body->schema, hints->fields, formDiagnostics);
    setSource(formDiagnostics, hintsFile.fileName());
    found.append(formDiagnostics);
    return finish(provider);
}

QStringList Provider::credentialFields() const
{
    QStringList fields;
    for (const AuthKind kind : m_authKinds)
        for (const QString& field : AuthKinds::credentialFields(kind))
            if (!fields.contains(field))
                fields.append(field);
    return fields;
}

const Server* Provider::defaultServer() const
{
    if (!m_hints.defaultServer.isEmpty())
        if (const Server* named = server(m_hints.defaultServer))
            return named;
    return servers().isEmpty() ? nullptr : &servers().first();
}

const Server* Provider::server(const QString& description) const
{
    for (const Server& candidate : servers())
        if (candidate.description.compare(description, Qt::CaseInsensitive) == 0 ||
            candidate.url == description)
            return &candidate;
    return nullptr;
}

const Server* Provider::serverAt(const QUrl& baseUrl) const
{
    for (const Server& candidate : servers())
        if (ServerUrl::matches(candidate, baseUrl))
            return &candidate;
    return nullptr;
}

bool Provider::isProductionServer(const Server& server) const
{
    for (const QString& name : m_hints.productionServers)
        if (server.description.compare(name, Qt::CaseInsensitive) == 0 || server.url == name)
            return true;
    return false;
}

bool Provider::isProduction(const QUrl& baseUrl) const
{
    if (RequestBuilder::isLoopback(baseUrl))
        return false;
    const Server* known = serverAt(baseUrl);
    return !known || isProductionServer(*known);
}

bool Provider::replacesWholeAccount() const
{
    return m_updateOperation->method.compare(QStringLiteral("PUT"), Qt::CaseInsensitive) == 0;
}

std::optional<QJsonObject> Provider::accountFromReadAnswer(const QByteArray& body) const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const std::optional<QJsonValue> account = JsonPointer::resolve(document.object(), readResultPointer());
    if (!account || !account->isObject())
        return std::nullopt;
    return account->toObject();
}

QString Provider::multipartPartContentType(const QString& part) const
{
    if (!m_hints.multipart)
        return QString();
    const MediaType* multipart = m_updateOperation->requestBody(m_hints.multipart->contentType);
    return multipart ? multipart->partContentTypes.value(part) : QString();
}

QList<Parameter> Provider::headerParameters() const
{
    QList<Parameter> headers;
    for (const Parameter& parameter : m_updateOperation->parametersIn(QStringLiteral("header")))
        if (parameter.name.compare(QStringLiteral("Authorization"), Qt::CaseInsensitive) != 0)
            headers.append(parameter);
    return headers;
}

FileRule Provider::fileRule() const
{
    FileRule rule;
    if (!m_hints.multipart)
        return rule;
    rule.part = m_hints.multipart->filePart;
    rule.maximumBytes = m_hints.multipart->maximumBytes.value_or(FileRule::kDefaultMaximumBytes);
    rule.acceptedTypes = m_hints.multipart->acceptedTypes;
    if (rule.acceptedTypes.isEmpty()) {
        const MediaType* body = m_updateOperation->requestBody(m_hints.multipart->contentType);
        const QString declared = body ? body->partContentTypes.value(rule.part) : QString();
        for (const QString& type : declared.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString clean = type.trimmed().toLower();
            if (clean == QLatin1String("*/*") || clean == QLatin1String("application/octet-stream"))
                return {rule.part, {}, rule.maximumBytes}; // any content
            rule.acceptedTypes.append(clean);
        }
    }
    return rule;
}

} // namespace AccountDesk
