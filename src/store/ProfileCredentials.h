#pragma once

#include "CredentialStore.h"
#include "auth/Credentials.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>
#include <optional>

namespace AccountDesk {

// Reads every credential field of one provider profile from a store, one after the other.
class ProfileCredentials
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::ProfileCredentials)

public:
    struct Outcome
    {
        Credentials credentials;                                // the usable fields that were found
        QList<QPair<QString, CredentialStore::Result>> results; // per field, secrets cleared
        // The first failure that is not "not found" (no keychain, locked), if any.
        std::optional<CredentialStore::Result> storeProblem;
        // A stored value that must not be sent (a control character, e.g. written by another tool):
        // "<field>: <why>; store it again" for the first such field, never quoting the value.
        // Such fields are left out of `credentials`, so they cannot be sent by mistake.
        std::optional<QString> unusable;
        QStringList unusableFields; // every field left out for that reason, in read order
    };

    static void readAll(CredentialStore& store, const QString& provider, const QString& profile,
                        const QStringList& fields, std::function<void(const Outcome&)> done);
    // readAll, waiting in a local event loop for the answer (for the command-line tool).
    static Outcome readAllNow(CredentialStore& store, const QString& provider, const QString& profile,
                              const QStringList& fields);

    // Whether the store refuses a write (locked, unavailable); nullopt when it accepts one.
    static void probeLock(CredentialStore& store,
                          std::function<void(std::optional<CredentialStore::Result>)> done);
};

} // namespace AccountDesk
