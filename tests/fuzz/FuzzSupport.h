#pragma once

// Shared by every fuzz target: the Qt application, the bundled providers, and small helpers to cut
// a fuzzer's bytes into the pieces a target needs. Each target defines LLVMFuzzerTestOneInput only.

#include "provider/Provider.h"

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace AccountDesk::Fuzz {

// The fuzzer's bytes, copied: Qt may read a QByteArray's terminating '\0', which a raw view lacks.
QByteArray bytes(const uint8_t* data, size_t size);

// The bundled providers (resources/providers), loaded once; sorted by id.
const QList<ProviderPtr>& bundledProviders();

// The provider named by `id`; when no bundled provider has that id, one chosen by its bytes (so any
// first line picks some provider, and a mutated id still exercises a form).
const Provider& providerFor(const QByteArray& id);

// Takes the text up to the next '\n' from `rest` (all of it when there is none) and returns it.
QByteArray takeLine(QByteArray& rest);

// Stops the fuzzer with a message when an invariant of the code under test does not hold.
[[noreturn]] void fail(const char* what);

} // namespace AccountDesk::Fuzz

#define ACCOUNTDESK_FUZZ_CHECK(condition)                                                                    \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::AccountDesk::Fuzz::fail("invariant failed: " #condition);                                      \
    } while (false)
