#include "ProviderRegistry.h"

#include <QDir>
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
    const QStringList files =
        dir.entryList({QStringLiteral("*.provider.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& fileName : files) {
        ProviderPtr provider = Provider::load(dir.filePath(fileName), m_diagnostics);
        if (!provider)
            continue;
        auto existing = std::find_if(m_providers.begin(), m_providers.end(),
                                     [&provider](const ProviderPtr& p) { return p->id() == provider->id(); });
        if (existing != m_providers.end())
            *existing = provider;
        else
            m_providers.append(provider);
    }
    std::sort(m_providers.begin(), m_providers.end(),
              [](const ProviderPtr& a, const ProviderPtr& b) { return a->id() < b->id(); });
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
