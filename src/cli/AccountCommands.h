#pragma once

#include "CliArguments.h"
#include "ExitCode.h"
#include "auth/Authenticator.h"
#include "http/HttpRequest.h"
#include "http/RequestTarget.h"
#include "net/ApiResult.h"
#include "net/CallOptions.h"
#include "provider/ProviderRegistry.h"
#include "store/CredentialStore.h"

#include <QTextStream>

#include <optional>

namespace AccountDesk {

// `show` and `update`: everything between a command line and the server's answer. Validation,
// credentials and the base URL are all checked before the first byte leaves the machine.
class AccountCommands
{
public:
    AccountCommands(const ProviderRegistry& registry, CredentialStore& store, QTextStream& out,
                    QTextStream& err);

    ExitCode show(const QStringList& arguments);
    ExitCode update(const QStringList& arguments);

private:
    struct Prepared
    {
        ProviderPtr provider;
        CliArguments arguments;
        RequestTarget target;
    };

    // Parses and checks provider, account and connection. Problems go to `errors`; nullopt only when
    // there is no provider to go on with.
    std::optional<Prepared> prepare(const QStringList& arguments, const QStringList& allowedOptions,
                                    FieldErrors& errors);
    std::optional<QUrl> baseUrl(const Provider& provider, const CliArguments& arguments,
                                FieldErrors& errors) const;
    std::optional<Authenticator> authenticator(const Provider& provider, const QString& profile,
                                               ExitCode& code);
    ApiResult send(const HttpRequest& request, const Authenticator& authenticator, int timeoutSeconds);
    ExitCode reportFailure(const ApiResult& result, const Provider& provider, const QString& what);
    ExitCode invalid(const FieldErrors& errors);

    const ProviderRegistry& m_registry;
    CredentialStore& m_store;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace AccountDesk
