#pragma once

// What the two OpenAPI loader targets do with a fuzzed spec: read it as the format the target is
// about, load it as a whole, and walk what came out the way Provider::load and the form do.

#include "FuzzSupport.h"
#include "openapi/DocumentReader.h"
#include "openapi/JsonPointer.h"
#include "openapi/OpenApiDocument.h"

#include <QJsonObject>

namespace AccountDesk::Fuzz {

inline void walkSchema(const Schema& schema, int depth)
{
    // The resolver truncates cycles and deep nesting; this bound only keeps the walk finite if it
    // ever did not.
    ACCOUNTDESK_FUZZ_CHECK(depth < 1000);
    (void)Schema::typeName(schema.type);
    for (const Schema::Property& property : schema.properties) {
        ACCOUNTDESK_FUZZ_CHECK(property.schema != nullptr);
        walkSchema(*property.schema, depth + 1);
    }
    if (schema.items)
        walkSchema(*schema.items, depth + 1);
    if (schema.additionalPropertiesSchema)
        walkSchema(*schema.additionalPropertiesSchema, depth + 1);
}

inline void exerciseSpec(const QByteArray& text, DocumentReader::Format format)
{
    SpecDiagnostics readDiagnostics;
    const std::optional<StructuredDocument> structure = DocumentReader::read(text, readDiagnostics, format);
    if (structure && structure->root.isObject())
        (void)structure->orderedKeys(QString(), structure->root.toObject());
    ACCOUNTDESK_FUZZ_CHECK(structure.has_value() || hasErrors(readDiagnostics));

    SpecDiagnostics diagnostics;
    const std::shared_ptr<const OpenApiDocument> document = OpenApiDocument::load(text, diagnostics);
    for (const SpecDiagnostic& diagnostic : diagnostics)
        (void)diagnostic.toString();
    if (!document) {
        ACCOUNTDESK_FUZZ_CHECK(hasErrors(diagnostics));
        return;
    }
    (void)document->isOpenApi31();
    for (const SecurityScheme& scheme : document->securitySchemes())
        ACCOUNTDESK_FUZZ_CHECK(document->securityScheme(scheme.name) != nullptr);
    for (const Operation& operation : document->operations()) {
        // Every operation can be found again by the names a hints file uses for it.
        ACCOUNTDESK_FUZZ_CHECK(document->operation(operation.method, operation.path) != nullptr);
        if (!operation.operationId.isEmpty())
            ACCOUNTDESK_FUZZ_CHECK(document->operationById(operation.operationId));
        // An operation's pointer names its place in the document.
        ACCOUNTDESK_FUZZ_CHECK(
            JsonPointer::resolve(document->structure().root, operation.pointer).has_value());
        for (const MediaType& body : operation.requestBodies) {
            ACCOUNTDESK_FUZZ_CHECK(operation.requestBody(body.contentType) != nullptr);
            if (body.schema)
                walkSchema(*body.schema, 0);
        }
        (void)operation.parametersIn(QStringLiteral("path"));
        (void)operation.displayName();
    }
}

} // namespace AccountDesk::Fuzz
