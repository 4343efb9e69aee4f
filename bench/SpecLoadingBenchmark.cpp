// How long loading the bundled providers takes: it happens at every start of the GUI and the CLI.
// Run: build/ci/bench/accountdesk_bench (results and the command that produced them: docs/BENCHMARKS.md).
#include "openapi/OpenApiDocument.h"
#include "provider/ProviderRegistry.h"

#include <QFile>

#include <benchmark/benchmark.h>

using namespace AccountDesk;

namespace {

QByteArray resource(const char* name)
{
    QFile file(QStringLiteral(":/providers/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void loadDocument(benchmark::State& state, const char* name)
{
    const QByteArray text = resource(name);
    for (auto _ : state) {
        SpecDiagnostics diagnostics;
        auto document = OpenApiDocument::load(text, diagnostics);
        benchmark::DoNotOptimize(document);
        if (!document)
            state.SkipWithError("document failed to load");
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size());
}

void BM_LoadSoftwareOneJson(benchmark::State& state)
{
    loadDocument(state, "softwareone.openapi.json");
}
void BM_LoadSequenceYaml(benchmark::State& state)
{
    loadDocument(state, "sequence.openapi.yaml");
}

void BM_LoadAllBundledProviders(benchmark::State& state)
{
    for (auto _ : state) {
        ProviderRegistry registry;
        registry.loadDirectory(ProviderRegistry::bundledDirectory());
        benchmark::DoNotOptimize(registry);
        if (registry.providers().size() != 5)
            state.SkipWithError("a bundled provider failed to load");
    }
}

} // namespace

BENCHMARK(BM_LoadSoftwareOneJson)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LoadSequenceYaml)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LoadAllBundledProviders)->Unit(benchmark::kMillisecond);
