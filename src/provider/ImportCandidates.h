#pragma once

#include "openapi/OpenApiDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace AccountDesk {

// What an OpenAPI document offers to an import: the operations that can update an account (PUT,
// PATCH or POST with a JSON object body, optionally a multipart alternative with a file part), the
// GET operations that can read one, and the document's servers. The import dialog lists these; the
// operator chooses.
class ImportCandidates
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::ImportCandidates)

public:
    struct Update
    {
        QString reference; // the operationId, else "METHOD /path": what the hints file names
        QString label;     // "PATCH /users/{id} — Update a user"
        QString path;
        // multipart/form-data alongside the JSON body: its parts that can carry the JSON, and its
        // binary (file) parts. Empty when the operation takes no such body.
        QStringList jsonParts;
        QStringList fileParts;
    };
    struct Read
    {
        QString reference;
        QString label;
    };

    static QList<Update> updates(const OpenApiDocument& document);
    // GET operations, those on the update's own path first (where an account is usually read).
    static QList<Read> reads(const OpenApiDocument& document, const QString& updatePath);
    // How an import names a server: its description, or its URL when it has none.
    static QString serverName(const Server& server);
    // An id for a provider named `name`: "Widget Store Admin" -> "widget-store-admin".
    static QString suggestedId(const QString& name);

private:
    static QString referenceOf(const Operation& operation);
    static QString labelOf(const Operation& operation);
};

} // namespace AccountDesk
