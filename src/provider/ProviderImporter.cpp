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

SpecDiagnostics ProviderImporter::import(const Choices& choices, const ProviderRegistry& registry) const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(choices.id).hasMatch())
        return problem(QStringLiteral("--id"), QStringLiteral("use lower-case letters, digits and '-' only"));
    if (registry.isBundled(choices.id))
        return problem(
            QStringLiteral("--id"),
            QStringLiteral("\"%1\" is a bundled provider: it can never be replaced").arg(choices.id));
    const QString existing = registry.hintsPathOf(choices.id);
    const bool imported = QFileInfo(existing) == QFileInfo(hintsPath(choices.id));
    if (!existing.isEmpty() && !imported)
        return problem(QStringLiteral("--id"),
                       QStringLiteral("\"%1\" is taken by %2").arg(choices.id, existing));
    if (imported && !choices.replace)
        return problem(
            QStringLiteral("--id"),
            QStringLiteral("\"%1\" was imported already: give --replace to replace it").arg(choices.id));

    const BoundedFile::Result spec = BoundedFile::read(choices.specPath, OpenApiDocument::kMaximumBytes);
    if (spec.status != BoundedFile::Status::Read)
        return problem(
            QStringLiteral("<openapi file>"),
            spec.status == BoundedFile::Status::TooLarge
                ? QStringLiteral("%1 is larger than 8 MiB, the limit for a spec").arg(choices.specPath)
                : QStringLiteral("cannot read %1").arg(choices.specPath));
    SpecDiagnostics found;
    const std::shared_ptr<const OpenApiDocument> document = OpenApiDocument::load(spec.content, found);
    if (!document)
        return found;
    const bool json = spec.content.trimmed().startsWith('{');
    const QString specName =
        choices.id + (json ? QStringLiteral(".openapi.json") : QStringLiteral(".openapi.yaml"));

    QJsonObject hints{{QStringLiteral("id"), choices.id},
                      {QStringLiteral("displayName"),
                       choices.displayName.isEmpty() ? document->title() : choices.displayName},
                      {QStringLiteral("description"),
                       QStringLiteral("Imported from %1.").arg(QFileInfo(choices.specPath).fileName())},
                      {QStringLiteral("spec"), specName},
                      {QStringLiteral("updateOperation"), choices.updateOperation}};
    if (!choices.readOperation.isEmpty())
        hints.insert(QStringLiteral("readOperation"), choices.readOperation);
    if (!choices.auth.isEmpty())
        hints.insert(QStringLiteral("auth"), choices.auth);
    if (!choices.productionServers.isEmpty())
        hints.insert(QStringLiteral("productionServers"),
                     QJsonArray::fromStringList(choices.productionServers));
    const QByteArray hintsText = QJsonDocument(hints).toJson(QJsonDocument::Indented);

    // Loaded from a scratch copy first, exactly as the registry will load it: only a provider that
    // loads is written.
    QTemporaryDir scratch;
    if (!scratch.isValid() || !writeFile(scratch.filePath(specName), spec.content) ||
        !writeFile(scratch.filePath(choices.id + QStringLiteral(".provider.json")), hintsText))
        return problem(QString(), QStringLiteral("cannot write a scratch copy to check it"));
    SpecDiagnostics loading;
    if (!Provider::load(scratch.filePath(choices.id + QStringLiteral(".provider.json")), loading)) {
        // A problem with a choice is named by its option, not by the scratch hints file.
        static const QList<QPair<QString, QString>> options = {
            {QStringLiteral("/updateOperation"), QStringLiteral("--update")},
            {QStringLiteral("/readOperation"), QStringLiteral("--read")},
            {QStringLiteral("/auth"), QStringLiteral("--auth")},
            {QStringLiteral("/productionServers"), QStringLiteral("--production-server")}};
        for (SpecDiagnostic& diagnostic : loading)
            for (const auto& [pointer, option] : options)
                if (diagnostic.source.endsWith(QStringLiteral(".provider.json")) &&
                    diagnostic.pointer.startsWith(pointer)) {
                    diagnostic.source.clear();
                    diagnostic.pointer = option;
                }
        return loading;
    }

    if (!QDir().mkpath(m_directory))
        return problem(QString(), QStringLiteral("cannot create %1").arg(m_directory));
    if (imported)
        remove(choices.id, registry); // a replaced one may have had the other spec extension
    if (!writeFile(QDir(m_directory).filePath(specName), spec.content) ||
        !writeFile(hintsPath(choices.id), hintsText))
        return problem(QString(), QStringLiteral("cannot write to %1").arg(m_directory));
    return {};
}

SpecDiagnostics ProviderImporter::remove(const QString& id, const ProviderRegistry& registry) const
{
    if (registry.isBundled(id))
        return problem(QStringLiteral("--remove"),
                       QStringLiteral("\"%1\" is a bundled provider: it can never be removed").arg(id));
    if (!QFile::exists(hintsPath(id)))
        return problem(QStringLiteral("--remove"), QStringLiteral("no imported provider \"%1\"").arg(id));
    // The hints file first: without it the registry no longer lists the provider.
    bool removed = QFile::remove(hintsPath(id));
    for (const QString& extension : {QStringLiteral(".openapi.json"), QStringLiteral(".openapi.yaml")})
        QFile::remove(QDir(m_directory).filePath(id + extension));
    if (!removed)
        return problem(QStringLiteral("--remove"), QStringLiteral("cannot remove %1").arg(hintsPath(id)));
    return {};
}

} // namespace AccountDesk
