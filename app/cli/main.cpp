#include "cli/CommandLineTool.h"
#include "core/ApplicationIdentity.h"
#include "provider/ProviderRegistry.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    AccountDesk::ApplicationIdentity::apply();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const AccountDesk::ProviderRegistry registry = AccountDesk::ProviderRegistry::loadDefault();
    AccountDesk::CommandLineTool tool(registry, out, err);
    return static_cast<int>(tool.run(QCoreApplication::arguments().mid(1)));
}
