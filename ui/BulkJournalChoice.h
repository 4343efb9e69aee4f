#pragma once

#include "BulkSourcePicker.h"
#include "bulk/BulkJournal.h"
#include "cli/CliArguments.h"
#include "session/AccountTarget.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace AccountDesk {

// The journal of a bulk run sent from the window, so a run cut short (the window killed, the
// machine down, the operator's Stop) is resumed without writing any account twice. A run is known
// again by its identity: the accounts' bytes, the column mapping, the edits, the provider, the
// server and the profile. Doing the same again finds the journal and asks: Resume (skip the accounts
// done, read again the ones under way) or Start over.
class BulkJournalChoice
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::BulkJournalChoice)

public:
    static QByteArray identity(const QString& provider, const AccountTarget& target,
                               const BulkSourcePicker::Opened& source,
                               const QList<CliArguments::Edit>& edits);
    // The journal to run with; nothing when it cannot be written (said) or the operator cancels.
    static std::optional<BulkJournal> open(const QByteArray& identity, QWidget* parent);
};

} // namespace AccountDesk
