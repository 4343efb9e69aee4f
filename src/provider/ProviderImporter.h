#pragma once

#include "ProviderRegistry.h"

#include <QString>
#include <QStringList>

namespace AccountDesk {

// Adds a provider from an OpenAPI document someone else wrote: the document and a hints file made
// from the operator's choices go to <app data>/providers, where the registry finds them. Nothing is
// written unless the provider loads from them exactly as it will be loaded later; a bundled
// provider can never be replaced or removed, an imported one only on purpose (`replace`).
class ProviderImporter
{
public:
    struct Choices
    {
        QString specPath;        // the OpenAPI 3.0/3.1 document, JSON or YAML
        QString id;              // lower-case letters, digits, '-'
        QString updateOperation; // an operationId or "METHOD /path"
        QString readOperation;   // optional
        QString auth;            // optional: basic, bearer, apiKey, zephrHmac
        QString displayName;     // optional: the document's title otherwise
        QStringList productionServers;
        bool replace = false;
    };

    explicit ProviderImporter(QString directory = defaultDirectory());
    static QString defaultDirectory();

    // Problems as diagnostics (each with where and why); empty when the provider was added.
    SpecDiagnostics import(const Choices& choices, const ProviderRegistry& registry) const;
    SpecDiagnostics remove(const QString& id, const ProviderRegistry& registry) const;

    QString directory() const { return m_directory; }

private:
    QString hintsPath(const QString& id) const;

    QString m_directory;
};

} // namespace AccountDesk
