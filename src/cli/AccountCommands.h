#pragma once

#include "CliArguments.h"
#include "ExitCode.h"
#include "TerminalQuestion.h"
#include "provider/ProviderRegistry.h"
#include "session/AccountTarget.h"
#include "session/SessionFailure.h"
#include "store/CredentialStore.h"
#include "store/HistoryLog.h"

#include <QTextStream>

#include <optional>

namespace AccountDesk {

class AccountSession;

// `show` and `update`: a command line turned into one AccountSession run (the same session the
// window drives), waited for in a local event loop. Arguments, values, the base URL and the
// production confirmation are all checked before credentials are read and before any request.
class AccountCommands
{
public:
    AccountCommands(const ProviderRegistry& registry, CredentialStore& store, QTextStream& out,
                    QTextStream& err, TerminalQuestion::Ask ask = {});

    ExitCode show(const QStringList& arguments);
    ExitCode update(const QStringList& arguments);

    // nullopt when the send may go ahead; else the exit code (nothing was sent). `updates` > 1 names
    // the number of accounts a bulk run is about to change.
    std::optional<ExitCode> confirmProduction(const Provider& provider, const QUrl& url,
                                              qsizetype updates = 1);
    // Each problem on its own line of standard error; exit 2 (shared with `bulk`).
    ExitCode invalid(const FieldErrors& errors);
    // Where requests go for `arguments` (--server or --base-url); shared with `bulk`.
    std::optional<QUrl> baseUrl(const Provider& provider, const CliArguments& arguments,
                                FieldErrors& errors) const;

private:
    struct Parsed
    {
        ProviderPtr provider;
        CliArguments arguments;
        AccountTarget target;
    };

    // Parses and checks provider, account and connection. Problems go to `errors`; nullopt only when
    // there is no provider to go on with.
    std::optional<Parsed> parse(const QStringList& arguments, const QStringList& allowedOptions,
                                FieldErrors& errors);
    void configure(AccountSession& session, const Parsed& parsed);
    ExitCode report(const SessionFailure& failure, const Parsed& parsed, const QString& what);

    const ProviderRegistry& m_registry;
    CredentialStore& m_store;
    QTextStream& m_out;
    QTextStream& m_err;
    TerminalQuestion::Ask m_ask;
    HistoryLog m_history;
};

} // namespace AccountDesk
