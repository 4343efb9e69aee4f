#pragma once

#include "ExitCode.h"
#include "provider/ProviderRegistry.h"

#include <QStringList>
#include <QTextStream>

namespace AccountDesk {

// accountdesk-cli: the scripted face of the core (contract: ../shared/CLI.md). Takes its streams so
// tests can drive it in-process as well as through the real binary.
class CommandLineTool
{
public:
    CommandLineTool(const ProviderRegistry& registry, QTextStream& out, QTextStream& err);

    // `arguments` excludes the program name.
    ExitCode run(const QStringList& arguments);

    static QString usage();

private:
    ExitCode listProviders(const QStringList& arguments);
    ExitCode listFields(const QStringList& arguments);
    ExitCode invalid(const QString& where, const QString& message);
    ProviderPtr providerArgument(const QString& id);
    void reportRegistryProblems();

    const ProviderRegistry& m_registry;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace AccountDesk
