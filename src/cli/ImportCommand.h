#pragma once

#include "ExitCode.h"
#include "provider/ProviderRegistry.h"

#include <QStringList>
#include <QTextStream>

namespace AccountDesk {

// `accountdesk-cli import <openapi file> --id ID --update OPERATION [--read OPERATION] [--auth KIND]
// [--name TEXT] [--production-server DESCRIPTION]... [--replace]` and `import --remove ID`: what the
// window's File → Import does, for scripts.
class ImportCommand
{
public:
    ImportCommand(const ProviderRegistry& registry, QTextStream& out, QTextStream& err);

    ExitCode run(const QStringList& arguments);

private:
    ExitCode report(const SpecDiagnostics& problems);

    const ProviderRegistry& m_registry;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace AccountDesk
