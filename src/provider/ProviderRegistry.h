#pragma once

#include "Provider.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace AccountDesk {

// Every provider Account Desk knows: the bundled ones (":/providers") and any the user adds by
// dropping a spec and a hints file into a providers folder. A broken provider is skipped, with
// diagnostics; it never takes the others down.
//
// Reading a folder reads only the small hints files; a provider's spec is parsed the first time
// the provider is asked for (`provider(id)`), so a start-up or a CLI command pays only for the
// provider it uses. `providers()`, `ids()` and `diagnostics()` load every provider.
class ProviderRegistry
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::ProviderRegistry)

public:
    static QString bundledDirectory() { return QStringLiteral(":/providers"); }
    // The bundled folder, then each folder of $ACCOUNTDESK_PROVIDERS_PATH, then <app data>/providers.
    static QStringList defaultSearchPath();
    static ProviderRegistry loadDefault();

    // A hints file is a few hundred bytes; one larger than this is refused unread.
    static constexpr qint64 kMaximumHintsBytes = 1024 * 1024;

    // Loads every `*.provider.json` in `directory`. An id that is already taken (by a bundled
    // provider, or by a folder loaded earlier) is refused with an error naming both files, and the
    // provider that had it stays: a dropped-in file can never stand in for a bundled provider.
    void loadDirectory(const QString& directory);
    // Reads every folder loaded so far again (after an import or a removal). Providers already
    // handed out stay valid; bundled ones are not parsed again.
    void reload();

    // What a list of providers shows, from the hints alone (nothing is parsed): sorted by id.
    struct Listed
    {
        QString id;
        QString displayName;
        QString description;
    };
    QList<Listed> listing() const;

    QList<ProviderPtr> providers() const; // sorted by id; loads every provider
    // The provider, loaded on first use; nullptr when there is none or it does not load.
    ProviderPtr provider(const QString& id) const;
    QStringList ids() const; // of the providers that load
    const SpecDiagnostics& diagnostics() const;
    // Why `id` is not a provider to work with: unknown, or what stopped it loading.
    QString whyNot(const QString& id) const;
    bool isBundled(const QString& id) const;
    // The hints file `id` was listed from; empty when there is none.
    QString hintsPathOf(const QString& id) const;

private:
    struct Entry
    {
        Listed listed;
        QString hintsPath;
        bool bundled = false;
        mutable bool attempted = false; // its spec was read (or tried)
        mutable ProviderPtr provider;
        mutable SpecDiagnostics diagnostics;
    };

    const Entry* entry(const QString& id) const;
    const Entry& ensureLoaded(const Entry& entry) const;
    bool refuseTakenId(const QString& id, const QString& hintsPath);
    bool refuseUnreasonableFile(const QString& hintsPath);
    void refuse(const QString& source, const QString& pointer, const QString& message);

    QList<Entry> m_entries; // sorted by id
    QStringList m_directories;
    mutable SpecDiagnostics m_diagnostics;
};

} // namespace AccountDesk
