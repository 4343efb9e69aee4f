#include "BulkCheck.h"

#include "provider/AuthKind.h"
#include "store/ProfileCredentials.h"

#include <QHash>

namespace AccountDesk {

bool BulkCheck::isBlank(const QStringList& record)
{
    return record.size() == 1 && record.first().trimmed().isEmpty();
}

BulkCheck::Outcome BulkCheck::rows(CsvReader& reader, const BulkSheet& sheet, const Provider& provider,
                                   qsizetype maximumProblems)
{
    Outcome outcome;
    QHash<QString, qsizetype> accounts; // the row that named each account first
    while (const std::optional<QStringList> record = reader.next()) {
        if (isBlank(*record))
            continue;
        ++outcome.rows;
        const std::optional<BulkSheet::Row> row = sheet.row(outcome.rows, *record, outcome.problems);
        if (row && sheet.hasAccountColumn()) {
            if (const auto first = accounts.constFind(row->account); first != accounts.constEnd())
                outcome.problems.append(
                    {tr("row %1: account").arg(outcome.rows), tr("the same account as row %1").arg(*first)});
            else
                accounts.insert(row->account, outcome.rows);
        }
        if (outcome.problems.size() > maximumProblems)
            break;
    }
    if (!reader.error().isEmpty())
        outcome.problems.append({QStringLiteral("<csv>"), reader.error()});
    if (outcome.rows == 0 && outcome.problems.isEmpty())
        outcome.problems.append({QStringLiteral("<csv>"), tr("has no rows under its header")});
    if (provider.pathParameters().isEmpty() && outcome.rows > 1)
        outcome.problems.append({QStringLiteral("<csv>"),
                                 tr("%1 updates the caller's own account: one row only").arg(provider.id())});
    return outcome;
}

std::optional<BulkCheck::CredentialsProblem>
BulkCheck::credentialsProblem(CredentialStore& store, const Provider& provider, const QString& profile)
{
    for (const AuthKind kind : provider.authKinds()) {
        const ProfileCredentials::Outcome outcome =
            ProfileCredentials::readAllNow(store, provider.id(), profile, AuthKinds::credentialFields(kind));
        if (outcome.storeProblem)
            return CredentialsProblem{true, outcome.storeProblem->message};
        bool complete = !outcome.unusable;
        for (const auto& [field, result] : outcome.results)
            complete = complete && result.status == CredentialStore::Status::Ok;
        if (complete)
            return std::nullopt;
    }
    return CredentialsProblem{false, QString()};
}

} // namespace AccountDesk
