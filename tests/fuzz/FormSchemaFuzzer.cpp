// The form-schema builder over fuzzed specs: every request body of every operation becomes a form
// (without hints, and with the hints of each bundled provider whose update operation it is, as
// Provider::load does), and each form is then used as the editor and the CLI use it.
#include "FormExercise.h"
#include "form/FormSchemaBuilder.h"
#include "openapi/OpenApiDocument.h"

using namespace AccountDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    SpecDiagnostics diagnostics;
    const std::shared_ptr<const OpenApiDocument> document =
        OpenApiDocument::load(Fuzz::bytes(data, size), diagnostics);
    if (!document)
        return 0;
    const QHash<QString, FieldHints> noHints;
    for (const Operation& operation : document->operations()) {
        for (const MediaType& body : operation.requestBodies) {
            if (!body.schema)
                continue;
            SpecDiagnostics formDiagnostics;
            Fuzz::exerciseForm(FormSchemaBuilder::build(*body.schema, noHints, formDiagnostics));
        }
    }
    for (const ProviderPtr& provider : Fuzz::bundledProviders()) {
        const ProviderHints& hints = provider->hints();
        const Operation* update = document->findOperation(hints.updateOperation);
        if (!update)
            continue;
        const MediaType* body = update->requestBody(hints.bodyContentType);
        if (!body || !body->schema)
            continue;
        SpecDiagnostics formDiagnostics;
        Fuzz::exerciseForm(FormSchemaBuilder::build(*body->schema, hints.fields, formDiagnostics));
    }
    return 0;
}
