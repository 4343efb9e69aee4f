#include "ProviderRegistry.h"

#include "core/BoundedFile.h"

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

void ProviderRegistry::reload()
{
    // Bundled providers cannot change: they keep what was loaded. Every other folder is read again.
    const QList<Entry> before = m_entries;
    const QStringList directories = m_directories;
    m_entries.clear();
    m_directories.clear();
    m_diagnostics.clear();
    for (const QString& directory : directories)
        loadDirectory(directory);
    for (Entry& entry : m_entries)
        for (const Entry& old : before)
            if (old.hintsPath == entry.hintsPath && old.attempted && old.bundled) {
                entry.attempted = true;
                entry.provider = old.provider;
                entry.diagnostics = old.diagnostics;
            }
}

void ProviderRegistry::loadDirectory(const QString& directory)
{
    m_directories.append(directory);
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
        const QString id = fileName.chopped(suffix.size());
        if (refuseTakenId(id, path) || refuseUnreasonableFile(path))
            continue;
        // Only the hints now: enough to list it; the spec waits until the provider is used.
        SpecDiagnostics found;
        const BoundedFile::Result read = BoundedFile::read(path, kMaximumHintsBytes);
        const std::optional<ProviderHints> hints = read.status == BoundedFile::Status::Read
                                                       ? ProviderHints::parse(read.content, found)
                                                       : std::nullopt;
        if (!hints || hints->id != id) {
            Entry broken; // Provider::load says precisely why
            broken.hintsPath = path;
            m_diagnostics.append(ensureLoaded(broken).diagnostics);
            continue;
        }
        Entry added;
        added.listed = {hints->id, hints->displayName, hints->description};
        added.hintsPath = path;
        added.bundled = bundled;
        m_entries.append(added);
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry& a, const Entry& b) { return a.listed.id < b.listed.id; });
}

const ProviderRegistry::Entry& ProviderRegistry::ensureLoaded(const Entry& entry) const
{
    if (!entry.attempted) {
        entry.attempted = true;
        entry.provider = Provider::load(entry.hintsPath, entry.diagnostics);
        if (!entry.listed.id.isEmpty())
            m_diagnostics.append(entry.diagnostics);
    }
    return entry;
}

const ProviderRegistry::Entry* ProviderRegistry::entry(const QString& id) const
{
    for (const Entry& candidate : m_entries)
        if (candidate.listed.id == id)
            return &candidate;
    return nullptr;
}

bool ProviderRegistry::refuseTakenId(const QString& id, const QString& hintsPath)
{
    const Entry* holder = entry(id);
    if (!holder)
        return false;
    refuse(hintsPath, QStringLiteral("/id"),
           holder->bundled
               ? QStringLiteral("the id \"%1\" belongs to the bundled provider %2, which cannot be replaced; "
                                "this file is ignored")
                     .arg(id, holder->hintsPath)
               : tr("the id \"%1\" is taken by %2, found first; this file is ignored")
                     .arg(id, holder->hintsPath));
    return true;
}

bool ProviderRegistry::refuseUnreasonableFile(const QString& hintsPath)
{
    const QFileInfo info(hintsPath);
    if (!info.isFile()) {
        refuse(info.fileName(), QString(), tr("not a regular file"));
        return true;
    }
    if (info.size() > kMaximumHintsBytes) {
        refuse(info.fileName(), QString(), tr("the hints file is larger than 1 MiB; it was not read"));
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

QList<ProviderRegistry::Listed> ProviderRegistry::listing() const
{
    QList<Listed> result;
    for (const Entry& candidate : m_entries)
        result.append(candidate.listed);
    return result;
}

QList<ProviderPtr> ProviderRegistry::providers() const
{
    QList<ProviderPtr> result;
    for (const Entry& candidate : m_entries)
        if (const ProviderPtr loaded = ensureLoaded(candidate).provider)
            result.append(loaded);
    return result;
}

ProviderPtr ProviderRegistry::provider(const QString& id) const
{
    const Entry* found = entry(id);
    return found ? ensureLoaded(*found).provider : nullptr;
}

QStringList ProviderRegistry::ids() const
{
    QStringList result;
    for (const ProviderPtr& loaded : providers())
        result.append(loaded->id());
    return result;
}

const SpecDiagnostics& ProviderRegistry::diagnostics() const
{
    providers();
    return m_diagnostics;
}

bool ProviderRegistry::isBundled(const QString& id) const
{
    const Entry* found = entry(id);
    return found && found->bundled;
}

QString ProviderRegistry::hintsPathOf(const QString& id) const
{
    const Entry* found = entry(id);
    return found ? found->hintsPath : QString();
}

QString ProviderRegistry::whyNot(const QString& id) const
{
    const Entry* found = entry(id);
    if (!found)
        return tr("unknown provider \"%1\" (known: %2)").arg(id, ids().join(QStringLiteral(", ")));
    for (const SpecDiagnostic& diagnostic : ensureLoaded(*found).diagnostics)
        if (diagnostic.severity == SpecDiagnostic::Severity::Error)
            return tr("provider \"%1\" could not be loaded: %2").arg(id, diagnostic.toString());
    return QString();
}

} // namespace AccountDesk
