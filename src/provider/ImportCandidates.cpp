#include "ImportCandidates.h"

#include <QRegularExpression>

namespace AccountDesk {
QString ImportCandidates::referenceOf(const Operation& operation)
{
    return operation.operationId.isEmpty() ? operation.displayName() : operation.operationId;
}

QString ImportCandidates::labelOf(const Operation& operation)
{
    const QString summary = operation.summary.simplified();
    return summary.isEmpty() ? operation.displayName()
                             : operation.displayName() + QStringLiteral(" — ") + summary;
}

QList<ImportCandidates::Update> ImportCandidates::updates(const OpenApiDocument& document)
{
    static const QStringList methods = {QStringLiteral("PUT"), QStringLiteral("PATCH"),
                                        QStringLiteral("POST")};
    QList<Update> result;
    for (const Operation& operation : document.operations()) {
        if (!methods.contains(operation.method))
            continue;
        // The form edits a JSON object (application/json is what a provider's hints default to).
        const MediaType* json = operation.requestBody(QStringLiteral("application/json"));
        if (!json || !json->schema || json->schema->type != Schema::Type::Object)
            continue;
        Update update{referenceOf(operation), labelOf(operation), operation.path, {}, {}};
        if (const MediaType* multipart = operation.requestBody(QStringLiteral("multipart/form-data"));
            multipart && multipart->schema) {
            for (const Schema::Property& part : multipart->schema->properties) {
                if (part.schema->type == Schema::Type::String &&
                    part.schema->format == QStringLiteral("binary"))
                    update.fileParts.append(part.name);
                else if (part.schema->type == Schema::Type::Object ||
                         part.schema->type == Schema::Type::String)
                    update.jsonParts.append(part.name);
            }
        }
        result.append(update);
    }
    return result;
}

QList<ImportCandidates::Read> ImportCandidates::reads(const OpenApiDocument& document,
                                                      const QString& updatePath)
{
    QList<Read> samePath;
    QList<Read> others;
    for (const Operation& operation : document.operations()) {
        if (operation.method != QStringLiteral("GET"))
            continue;
        (operation.path == updatePath ? samePath : others)
            .append({referenceOf(operation), labelOf(operation)});
    }
    return samePath + others;
}

QString ImportCandidates::serverName(const Server& server)
{
    return server.description.isEmpty() ? server.url : server.description;
}

QString ImportCandidates::suggestedId(const QString& name)
{
    static const QRegularExpression others(QStringLiteral("[^a-z0-9]+"));
    QString id = name.toLower().replace(others, QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.left(40);
}

} // namespace AccountDesk
