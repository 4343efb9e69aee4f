#pragma once

#include "BulkSheet.h"
#include "CsvReader.h"
#include "form/FieldError.h"

#include <QCoreApplication>

#include <optional>

namespace AccountDesk {

class CredentialStore;

// Every data row of a bulk CSV checked before anything is sent, as the window and the CLI both
// require: each cell against its field's schema and each account id (BulkSheet), an account named
// by two rows, a provider that edits the caller's own account given more than one row, a CSV that
// ends in a syntax error or has no rows. Reads the rows one at a time: memory does not grow with
// the file.
class BulkCheck
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::BulkCheck)

public:
    struct Outcome
    {
        qsizetype rows = 0; // data rows, blank lines not counted
        FieldErrors problems;
    };

    // `reader` stands after the header. Stops collecting after `maximumProblems` (enough to act on).
    static Outcome rows(CsvReader& reader, const BulkSheet& sheet, const Provider& provider,
                        qsizetype maximumProblems = 1000);

    struct CredentialsProblem
    {
        bool fromStore = false; // the keychain failed (none, locked); else nothing usable is stored
        QString message;        // the store's own message when fromStore
    };
    // Why a run could not authenticate any row: checked once before the first request, so a
    // missing token is one clear message instead of a failure per row. Nothing when one of the
    // provider's kinds of credentials is stored complete.
    static std::optional<CredentialsProblem>
    credentialsProblem(CredentialStore& store, const Provider& provider, const QString& profile);

    // A line with nothing on it, which a bulk CSV skips.
    static bool isBlank(const QStringList& record);
};

} // namespace AccountDesk
