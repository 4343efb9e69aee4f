#pragma once

#include "AuthKind.h"
#include "form/FieldHints.h"
#include "openapi/SpecDiagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace AccountDesk {

// The small hand-written file beside a provider's OpenAPI document: which operations to use, how
// to authenticate, which server is the default, and per-field hints. Format: docs/ADDING_A_PROVIDER.md.
struct ProviderHints
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::ProviderHints)

public:
    struct Multipart
    {
        QString contentType = QStringLiteral("multipart/form-data");
        QString jsonPart; // the part that carries the JSON body ("account")
        QString filePart; // the part that carries the uploaded file ("logo")
        // What the file part takes; empty: what the spec's `encoding` of the part says.
        QStringList acceptedTypes;
        std::optional<qint64> maximumBytes;
    };

    QString id;
    QString displayName;
    QString description;
    QString spec; // file name of the OpenAPI document, relative to the hints file
    QString updateOperation;
    QString readOperation;
    QString readResultPointer; // where the account sits in the read answer ("/data" for quiva)
    QList<AuthKind> auth;
    QString defaultServer; // a server description of the spec
    // Descriptions of the spec's servers that hold real customer data: sending there asks first.
    QStringList productionServers;
    // A member of the read answer that changes with every write (SoftwareOne's "/revision"):
    // compared first when checking whether someone else changed the account meanwhile.
    QString versionMember;
    // The documented rate limit per API key (Sequence: 1,500 a minute); 0 when none is documented.
    double requestsPerMinute = 0;
    QString bodyContentType = QStringLiteral("application/json");
    std::optional<Multipart> multipart;
    QHash<QString, FieldHints> fields;

    static std::optional<ProviderHints> parse(const QByteArray& text, SpecDiagnostics& diagnostics);
};

} // namespace AccountDesk
