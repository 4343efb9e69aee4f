// The OpenAPI loader from YAML: DocumentReader (yaml-cpp and the bounded YAML-to-JSON conversion),
// then OpenApiDocument::load with $ref resolution and every operation's schemas.
#include "OpenApiExercise.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    AccountDesk::Fuzz::exerciseSpec(AccountDesk::Fuzz::bytes(data, size),
                                    AccountDesk::DocumentReader::Format::Yaml);
    return 0;
}
