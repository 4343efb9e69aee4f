#pragma once

#include "Provider.h"

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

    // Loads every `*.provider.json` in `directory`; a provider whose id is already known replaces it.
    void loadDirectory(const QString& directory);

    QList<ProviderPtr> providers() const; // sorted by id
    ProviderPtr provider(const QString& id) const;
    QStringList ids() const;
    const SpecDiagnostics& diagnostics() const { return m_diagnostics; }

private:
    QList<ProviderPtr> m_providers;
    SpecDiagnostics m_diagnostics;
};

} // namespace AccountDesk
