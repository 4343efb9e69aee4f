#include "cli/CommandLineTool.h"
#include "core/ApplicationIdentity.h"
#include "core/ProcessHardening.h"
#include "net/NetworkAccess.h"
#include "provider/ProviderRegistry.h"
#include "store/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
#ifdef ACCOUNTDESK_HARDENING
    // Before anything else, so no secret is ever in memory that could be dumped or read.
    if (!AccountDesk::ProcessHardening::apply())
        std::fputs("accountdesk-cli: warning: could not switch core dumps off and refuse debuggers\n",
                   stderr);
#endif
    QCoreApplication application(argc, argv);
    AccountDesk::ApplicationIdentity::apply();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    const AccountDesk::ProviderRegistry registry = AccountDesk::ProviderRegistry::loadDefault();
    AccountDesk::KeychainCredentialStore keychain;
    const auto ask = [&in, &err](const QString& question) {
        return AccountDesk::TerminalQuestion::ask(question, in, err);
    };
    AccountDesk::CommandLineTool tool(registry, out, err, &keychain, &in, ask);
    const int exitCode = static_cast<int>(tool.run(QCoreApplication::arguments().mid(1)));
    AccountDesk::NetworkAccess::settle();
    return exitCode;
}
