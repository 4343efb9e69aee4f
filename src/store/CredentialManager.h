#pragma once

#include "CredentialStore.h"
#include "auth/Credentials.h"
#include "provider/Provider.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace AccountDesk {

// The credential operations the GUI offers, per provider profile, on top of a CredentialStore:
// which fields are stored (never their values), save, delete, and whether a keychain answers at all.
class CredentialManager
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::CredentialManager)

public:
    struct Status
    {
        QHash<QString, bool> stored;                    // field -> stored?
        QStringList unusableFields;                     // stored, but with a control character
        std::optional<QString> unusable;                // why, for the first of them (no value)
        std::optional<CredentialStore::Result> problem; // no keychain, locked, ...
    };

    explicit CredentialManager(CredentialStore& store);

    void status(const Provider& provider, const QString& profile, std::function<void(const Status&)> done);
    // Writes every non-empty field; fields left empty keep what is stored. When any value is
    // unusable (Credentials::problemWith) nothing at all is written. The values are overwritten
    // once the last write is done.
    void save(const Provider& provider, const QString& profile, Credentials credentials,
              std::function<void(const CredentialStore::Result&)> done);
    void remove(const Provider& provider, const QString& profile,
                std::function<void(const CredentialStore::Result&)> done);
    // Whether a keychain answers: a read of an entry that does not exist must say "not found".
    void probe(std::function<void(const CredentialStore::Result&)> done);

    CredentialStore& store() { return m_store; }

private:
    void runSequentially(QList<std::function<void(CredentialStore::Callback)>> steps,
                         std::function<void(const CredentialStore::Result&)> done);

    CredentialStore& m_store;
};

} // namespace AccountDesk
