#pragma once

#include "Provider.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace AccountDesk {

// Every provider Account Desk knows: the bundled ones (":/providers") and any the user adds by
// dropping a spec and a hints file into a providers folder. A broken provider is skipped, with
// diagnostics; it never takes the others down.
class ProviderRegistry
{
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

    QList<ProviderPtr> providers() const; // sorted by id
    ProviderPtr provider(const QString& id) const;
    QStringList ids() const;
    const SpecDiagnostics& diagnostics() const { return m_diagnostics; }

private:
    struct Origin
    {
        QString hintsPath;
        bool bundled = false;
    };

    bool refuseTakenId(const QString& id, const QString& hintsPath);
    bool refuseUnreasonableFile(const QString& hintsPath);
    void refuse(const QString& source, const QString& pointer, const QString& message);

    QList<ProviderPtr> m_providers;
    QHash<QString, Origin> m_origins; // id -> the hints file it was loaded from
    SpecDiagnostics m_diagnostics;
};

} // namespace AccountDesk
