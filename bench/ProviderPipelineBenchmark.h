#pragma once

namespace AccountDesk::Bench {

// Registers the per-provider benchmarks (BM_<stage>/<provider id>) for every provider the
// registry loads: the five bundled ones and any in $ACCOUNTDESK_PROVIDERS_PATH (bench/compare
// adds the generated 50-, 200- and 1,000-field providers). Needs a QCoreApplication.
// Returns false when a provider's fixture is not what the benchmark expects.
bool registerProviderBenchmarks();

} // namespace AccountDesk::Bench
