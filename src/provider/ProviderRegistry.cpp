#include "ProviderRegistry.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace AccountDesk {

QStringList ProviderRegistry::defaultSearchPath()
{
    QStringList directories{bundledDirectory()};
    const QString fromEnvironment = qEnvironmentVariable("ACCOUNTDESK_PROVIDERS_PATH");
    for (const QString& directory : fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        directories.append(directory);
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!appData.isEmpty())
        directories.append(QDir(appData).filePath(QStringLiteral("providers")));
    return directories;
}

ProviderRegistry ProviderRegistry::loadDefault()
{
    ProviderRegistry registry;
    for (const QString& directory : defaultSearchPath())
        registry.loadDirectory(directory);
    return registry;
}

void ProviderRegistry::loadDirectory(const QString& directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return;
    const bool bundled = directory == bundledDirectory();
    const QString suffix = QStringLiteral(".provider.json");
    const QStringList files =
        dir.entryList({QLatin1Char('*') + suffix}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& fileName : files) {
        const QString path = dir.filePath(fileName);
        // The file name is the id (Provider::load insists), so a taken id is refused unread.
        if (refuseTakenId(fileName.chopped(suffix.size()), path) || refuseUnreasonableFile(path))
            continue;
        ProviderPtr provider = Provider::load(path, m_diagnostics);
        if (!provider || refuseTakenId(provider->id(), path))
            continue;
        m_providers.append(provider);
        m_origins.insert(provider->id(), {path, bundled});
    }
    std::sort(m_providers.begin(), m_providers.end(),
              [](const ProviderPtr& a, const ProviderPtr& b) { return a->id() < b->id(); });
}

bool ProviderRegistry::refuseTakenId(const QString& id, const QString& hintsPath)
{
    const auto holder = m_origins.constFind(id);
    if (holder == m_origins.constEnd())
        return false;
    refuse(hintsPath, QStringLiteral("/id"),
           holder->bundled
               ? QStringLiteral("the id \"%1\" belongs to the bundled provider %2, which cannot be replaced; "
                                "this file is ignored")
                     .arg(id, holder->hintsPath)
               : QStringLiteral("the id \"%1\" is taken by %2, found first; this file is ignored")
                     .arg(id, holder->hintsPath));
    return true;
}

bool ProviderRegistry::refuseUnreasonableFile(const QString& hintsPath)
{
    const QFileInfo info(hintsPath);
    if (!info.isFile()) {
        refuse(info.fileName(), QString(), QStringLiteral("not a regular file"));
        return true;
    }
    if (info.size() > kMaximumHintsBytes) {
        refuse(info.fileName(), QString(),
               QStringLiteral("the hints file is larger than 1 MiB; it was not read"));
        return true;
    }
    return false;
}

void ProviderRegistry::refuse(const QString& source, const QString& pointer, const QString& message)
{
    SpecDiagnostic diagnostic = SpecDiagnostic::error(pointer, message);
    diagnostic.source = source;
    m_diagnostics.append(diagnostic);
}

QList<ProviderPtr> ProviderRegistry::providers() const
{
    return m_providers;
}

ProviderPtr ProviderRegistry::provider(const QString& id) const
{
    for (const ProviderPtr& provider : m_providers)
        if (provider->id() == id)
            return provider;
    return nullptr;
}

QStringList ProviderRegistry::ids() const
{
    QStringList result;
    for (const ProviderPtr& provider : m_providers)
        result.append(provider->id());
    return result;
}

} // namespace AccountDesk
