#include "FuzzSupport.h"

#include "provider/ProviderRegistry.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace AccountDesk::Fuzz {
namespace {

// Warnings from Qt (e.g. about odd JSON) are expected with fuzzed input and would only slow the
// fuzzer down; a fatal message still aborts, and the fuzzer reports it as a crash.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

const QList<ProviderPtr>& bundledProviders()
{
    static const QList<ProviderPtr> providers = [] {
        ProviderRegistry registry;
        registry.loadDirectory(ProviderRegistry::bundledDirectory());
        if (registry.providers().isEmpty())
            fail("no bundled provider could be loaded");
        return registry.providers();
    }();
    return providers;
}

const Provider& providerFor(const QByteArray& id)
{
    const QList<ProviderPtr>& providers = bundledProviders();
    const QString name = QString::fromUtf8(id);
    for (const ProviderPtr& provider : providers)
        if (provider->id() == name)
            return *provider;
    return *providers.at(static_cast<qsizetype>(qHash(id) % static_cast<size_t>(providers.size())));
}

QByteArray takeLine(QByteArray& rest)
{
    const qsizetype newline = rest.indexOf('\n');
    if (newline < 0)
        return std::exchange(rest, QByteArray());
    const QByteArray line = rest.left(newline);
    rest.remove(0, newline + 1);
    return line;
}

void fail(const char* what)
{
    std::fprintf(stderr, "%s\n", what);
    std::abort();
}

} // namespace AccountDesk::Fuzz

// libFuzzer calls this once before the first input: one QCoreApplication for the whole run, as the
// programs have (some Qt code paths want an application object).
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qInstallMessageHandler(AccountDesk::Fuzz::quietMessages);
    static QCoreApplication application(*argc, *argv);
    AccountDesk::Fuzz::bundledProviders();
    return 0;
}
