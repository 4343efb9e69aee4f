#pragma once

#include "ExitCode.h"
#include "auth/Credentials.h"
#include "form/FieldError.h"
#include "provider/ProviderRegistry.h"
#include "store/CredentialStore.h"

#include <QTextStream>

#include <optional>

namespace AccountDesk {

// `credentials set|status|delete <provider> [--profile NAME]`: the keychain entries of a profile.
// `set` reads `field=value` lines from standard input; nothing ever prints a secret, nor any part of
// a line it cannot use.
class CredentialsCommand
{
public:
    CredentialsCommand(const ProviderRegistry& registry, CredentialStore& store, QTextStream& in,
                       QTextStream& out, QTextStream& err);

    ExitCode run(const QStringList& arguments);

private:
    ExitCode set(const Provider& provider, const QString& profile);
    // Reads one line into `line` without its "\n" (a "\r" is kept); false at the end of input.
    bool readLine(QString& line);
    // Checks one `field=value` line and adds a good value to `entries` (and its field to `order`).
    std::optional<FieldError> takeLine(const Provider& provider, const QString& line, int number,
                                       Credentials& entries, QStringList& order) const;
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
