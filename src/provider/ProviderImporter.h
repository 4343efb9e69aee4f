#pragma once

#include "ProviderRegistry.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace AccountDesk {

// Adds a provider from an OpenAPI document someone else wrote: the document and a hints file made
// from the operator's choices go to <app data>/providers, where the registry finds them. Nothing is
// written unless the provider loads from them exactly as it will be loaded later; a bundled
// provider can never be replaced or removed, an imported one only on purpose (`replace`).
class ProviderImporter
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::ProviderImporter)

public:
    struct Choices
    {
        QString specPath;        // the OpenAPI 3.0/3.1 document, JSON or YAML
        QByteArray specText;     // the document itself (pasted, or as read and previewed); wins over the path
        QString id;              // lower-case letters, digits, '-'
        QString updateOperation; // an operationId or "METHOD /path"
        QString readOperation;   // optional
        QString auth;            // optional: basic, bearer, apiKey, zephrHmac
        QString displayName;     // optional: the document's title otherwise
        QStringList productionServers; // by description, or by URL for servers without one
        // Multipart alongside the JSON body (both optional): the part carrying the JSON, the file part.
        QString multipartJsonPart;
        QString multipartFilePart;
        bool replace = false;
    };

    explicit ProviderImporter(QString directory = defaultDirectory());
    static QString defaultDirectory();

    // Problems as diagnostics (each with where and why); empty when the provider was added.
    SpecDiagnostics import(const Choices& choices, const ProviderRegistry& registry) const;
    // The provider the choices would make, loaded exactly as an import would load it; nothing is
    // written. Null with the problems when it would be refused.
    ProviderPtr preview(const Choices& choices, const ProviderRegistry& registry,
                        SpecDiagnostics& problems) const;
    // Whether `id` names a provider imported into this directory (so replacing it is possible).
    bool isImported(const QString& id, const ProviderRegistry& registry) const;
    SpecDiagnostics remove(const QString& id, const ProviderRegistry& registry) const;

    QString directory() const { return m_directory; }

private:
    struct Prepared
    {
        QByteArray spec;
        QString specName;
        QByteArray hints;
        bool replacing = false;
        ProviderPtr provider;
    };
    std::optional<Prepared> prepare(const Choices& choices, const ProviderRegistry& registry,
                                    SpecDiagnostics& problems) const;
    QString hintsPath(const QString& id) const;

    QString m_directory;
};

} // namespace AccountDesk
