// The OpenAPI loader from JSON: DocumentReader (JSON and its key-order scanner), then
// OpenApiDocument::load with $ref resolution and every operation's schemas.
#include "OpenApiExercise.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    AccountDesk::Fuzz::exerciseSpec(AccountDesk::Fuzz::bytes(data, size),
                                    AccountDesk::DocumentReader::Format::Json);
    return 0;
}
