#pragma once

#include "ExitCode.h"
#include "provider/ProviderRegistry.h"
#include "store/CredentialStore.h"

#include <QTextStream>

namespace AccountDesk {

// `credentials set|status|delete <provider> [--profile NAME]`: the keychain entries of a profile.
// `set` reads `field=value` lines from standard input; nothing ever prints a secret.
class CredentialsCommand
{
public:
    CredentialsCommand(const ProviderRegistry& registry, CredentialStore& store, QTextStream& in,
                       QTextStream& out, QTextStream& err);

    ExitCode run(const QStringList& arguments);

private:
    ExitCode set(const Provider& provider, const QString& profile);
    ExitCode status(const Provider& provider, const QString& profile);
    ExitCode remove(const Provider& provider, const QString& profile);
    CredentialStore::Result wait(const std::function<void(CredentialStore::Callback)>& operation);
    ExitCode storeFailure(const CredentialStore::Result& result);

    const ProviderRegistry& m_registry;
    CredentialStore& m_store;
    QTextStream& m_in;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace AccountDesk
