#include "ProviderImporter.h"

#include "core/BoundedFile.h"
#include "openapi/DocumentReader.h"
#include "openapi/OpenApiDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace AccountDesk {
namespace {

SpecDiagnostics problem(const QString& pointer, const QString& message)
{
    return {SpecDiagnostic::error(pointer, message)};
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

} // namespace

ProviderImporter::ProviderImporter(QString directory)
    : m_directory(std::move(directory))
{}

QString ProviderImporter::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("providers"));
}

QString ProviderImporter::hintsPath(const QString& id) const
{
    return QDir(m_directory).filePath(id + QStringLiteral(".provider.json"));
}

bool ProviderImporter::isImported(const QString& id, const ProviderRegistry& registry) const
{
    const QString existing = registry.hintsPathOf(id);
    return !existing.isEmpty() && QFileInfo(existing) == QFileInfo(hintsPath(id));
}

ProviderPtr ProviderImporter::preview(const Choices& choices, const ProviderRegistry& registry,
                                      SpecDiagnostics& problems) const
{
    const std::optional<Prepared> prepared = prepare(choices, registry, problems);
    return prepared ? prepared->provider : nullptr;
}

SpecDiagnostics ProviderImporter::import(const Choices& choices, const ProviderRegistry& registry) const
{
    SpecDiagnostics problems;
    const std::optional<Prepared> prepared = prepare(choices, registry, problems);
    if (!prepared)
        return problems;
    if (!QDir().mkpath(m_directory))
        return problem(QString(), tr("cannot create %1").arg(m_directory));
    // Each file is replaced atomically, the spec first: a failed write leaves the old provider whole.
    if (!writeFile(QDir(m_directory).filePath(prepared->specName), prepared->spec) ||
        !writeFile(hintsPath(choices.id), prepared->hints))
        return problem(QString(), tr("cannot write to %1").arg(m_directory));
    // A replaced one may have had its spec under the other extension.
    for (const QString& extension : {QStringLiteral(".openapi.json"), QStringLiteral(".openapi.yaml")})
        if (choices.id + extension != prepared->specName)
            QFile::remove(QDir(m_directory).filePath(choices.id + extension));
    return {};
}

std::optional<ProviderImporter::Prepared> ProviderImporter::prepare(const Choices& choices,
                                                                    const ProviderRegistry& registry,
                                                                    SpecDiagnostics& problems) const
{
    auto refuse = [&problems](const QString& pointer, const QString& message) {
        problems.append(SpecDiagnostic::error(pointer, message));
        return std::nullopt;
    };
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(choices.id).hasMatch())
        return refuse(QStringLiteral("--id"), tr("use lower-case letters, digits and '-' only"));
    if (registry.isBundled(choices.id))
        return refuse(QStringLiteral("--id"),
                      tr("\"%1\" is a bundled provider: it can never be replaced").arg(choices.id));
    const QString existing = registry.hintsPathOf(choices.id);
    Prepared prepared;
    // On disk, not only in this registry: another window or the CLI may have imported it meanwhile.
    prepared.replacing = isImported(choices.id, registry) || QFile::exists(hintsPath(choices.id));
    if (!existing.isEmpty() && !prepared.replacing)
        return refuse(QStringLiteral("--id"), tr("\"%1\" is taken by %2").arg(choices.id, existing));
    if (prepared.replacing && !choices.replace)
        return refuse(QStringLiteral("--id"),
                      tr("\"%1\" was imported already: give --replace to replace it").arg(choices.id));

    if (!choices.specText.isEmpty()) {
        if (choices.specText.size() > OpenApiDocument::kMaximumBytes)
            return refuse(QStringLiteral("<openapi file>"), tr("the document is larger than 8 MiB, "
                                                               "the limit for a spec"));
        prepared.spec = choices.specText;
    } else {
        const BoundedFile::Result spec = BoundedFile::read(choices.specPath, OpenApiDocument::kMaximumBytes);
        if (spec.status != BoundedFile::Status::Read)
            return refuse(QStringLiteral("<openapi file>"),
                          spec.status == BoundedFile::Status::TooLarge
                              ? tr("%1 is larger than 8 MiB, the limit for a spec").arg(choices.specPath)
                              : tr("cannot read %1").arg(choices.specPath));
        prepared.spec = spec.content;
    }
    const std::shared_ptr<const OpenApiDocument> document = OpenApiDocument::load(prepared.spec, problems);
    if (!document)
        return std::nullopt;
    const bool json = prepared.spec.trimmed().startsWith('{');
    prepared.specName =
        choices.id + (json ? QStringLiteral(".openapi.json") : QStringLiteral(".openapi.yaml"));

    const QString origin =
        !choices.specPath.isEmpty()
            ? QStringLiteral("Imported from %1.").arg(QFileInfo(choices.specPath).fileName())
            : QStringLiteral("Imported from a pasted document."); // a file: English
    QJsonObject hints{{QStringLiteral("id"), choices.id},
                      {QStringLiteral("displayName"),
                       choices.displayName.isEmpty() ? document->title() : choices.displayName},
                      {QStringLiteral("description"), origin},
                      {QStringLiteral("spec"), prepared.specName},
                      {QStringLiteral("updateOperation"), choices.updateOperation}};
    if (!choices.readOperation.isEmpty())
        hints.insert(QStringLiteral("readOperation"), choices.readOperation);
    if (!choices.auth.isEmpty())
        hints.insert(QStringLiteral("auth"), choices.auth);
    if (!choices.productionServers.isEmpty())
        hints.insert(QStringLiteral("productionServers"),
                     QJsonArray::fromStringList(choices.productionServers));
    if (!choices.multipartJsonPart.isEmpty() || !choices.multipartFilePart.isEmpty())
        hints.insert(QStringLiteral("multipart"),
                     QJsonObject{{QStringLiteral("contentType"), QStringLiteral("multipart/form-data")},
                                 {QStringLiteral("jsonPart"), choices.multipartJsonPart},
                                 {QStringLiteral("filePart"), choices.multipartFilePart}});
    prepared.hints = QJsonDocument(hints).toJson(QJsonDocument::Indented);

    // Loaded from a scratch copy, exactly as the registry will load it: only a provider that loads
    // is written.
    QTemporaryDir scratch;
    const QString scratchHints = scratch.filePath(choices.id + QStringLiteral(".provider.json"));
    if (!scratch.isValid() || !writeFile(scratch.filePath(prepared.specName), prepared.spec) ||
        !writeFile(scratchHints, prepared.hints))
        return refuse(QString(), tr("cannot write a scratch copy to check it"));
    SpecDiagnostics loading;
    prepared.provider = Provider::load(scratchHints, loading);
    if (!prepared.provider) {
        // A problem with a choice is named by its option, not by the scratch hints file.
        static const QList<QPair<QString, QString>> options = {
            {QStringLiteral("/updateOperation"), QStringLiteral("--update")},
            {QStringLiteral("/readOperation"), QStringLiteral("--read")},
            {QStringLiteral("/auth"), QStringLiteral("--auth")},
            {QStringLiteral("/productionServers"), QStringLiteral("--production-server")},
            {QStringLiteral("/multipart"), QStringLiteral("multipart")}};
        for (SpecDiagnostic& diagnostic : loading)
            for (const auto& [pointer, option] : options)
                if (diagnostic.source.endsWith(QStringLiteral(".provider.json")) &&
                    diagnostic.pointer.startsWith(pointer)) {
                    diagnostic.source.clear();
                    diagnostic.pointer = option;
                }
        problems.append(loading);
        return std::nullopt;
    }
    return prepared;
}

SpecDiagnostics ProviderImporter::remove(const QString& id, const ProviderRegistry& registry) const
{
    if (registry.isBundled(id))
        return problem(QStringLiteral("--remove"),
                       tr("\"%1\" is a bundled provider: it can never be removed").arg(id));
    if (!QFile::exists(hintsPath(id)))
        return problem(QStringLiteral("--remove"), tr("no imported provider \"%1\"").arg(id));
    // The hints file first: without it the registry no longer lists the provider.
    bool removed = QFile::remove(hintsPath(id));
    for (const QString& extension : {QStringLiteral(".openapi.json"), QStringLiteral(".openapi.yaml")})
        QFile::remove(QDir(m_directory).filePath(id + extension));
    if (!removed)
        return problem(QStringLiteral("--remove"), tr("cannot remove %1").arg(hintsPath(id)));
    return {};
}

} // namespace AccountDesk
