#pragma once

#include "AccountCommands.h"
#include "ExitCode.h"
#include "TerminalQuestion.h"
#include "form/FieldError.h"
#include "provider/ProviderRegistry.h"
#include "store/CredentialStore.h"
#include "store/HistoryLog.h"

#include <QTextStream>

#include <optional>

namespace AccountDesk {

// `accountdesk-cli bulk <provider> --csv FILE [CONNECTION] [EDITS] [--concurrency N] [--journal FILE]
// [--dry-run] [--yes]`: every row of the CSV is checked before anything is sent (exit 2 with one line
// per problem), production is confirmed once for the number of rows, then BulkRun sends the rows and
// one JSON object per row is printed as each finishes. The CSV is streamed twice (check, then run):
// memory does not grow with its length.
class BulkCommand
{
public:
    BulkCommand(const ProviderRegistry& registry, CredentialStore& store, QTextStream& out, QTextStream& err,
                TerminalQuestion::Ask ask = {});

    ExitCode run(const QStringList& arguments);

private:
    // Exit 5 with the reason when the profile's credentials cannot be read or are incomplete.
    std::optional<ExitCode> checkCredentials(const Provider& provider, const QString& profile);

    const ProviderRegistry& m_registry;
    CredentialStore& m_store;
    QTextStream& m_out;
    QTextStream& m_err;
    HistoryLog m_history;
    // What bulk shares with `update`: problems printed, the base URL, the production question.
    AccountCommands m_update;
};

} // namespace AccountDesk
