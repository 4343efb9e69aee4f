#include "ProviderPipelineBenchmark.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    // A provider whose fixture does not hold (an invalid body, a refused request) fails the run:
    // a benchmark must never time a failure path.
    if (!AccountDesk::Bench::registerProviderBenchmarks())
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
