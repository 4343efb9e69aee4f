#pragma once

#include "CredentialStore.h"

#include <QCoreApplication>

#include <memory>

namespace AccountDesk {

// CredentialStore on the OS keychain through QtKeychain: Secret Service on Linux, the login
// Keychain on macOS, the Credential Manager on Windows. The insecure fallback stays off.
// A job still under way when the store is destroyed finishes on its own but calls back no more:
// its callback (e.g. ProfileCredentials reading the next field through this store) would reach
// what went away with the store.
class KeychainCredentialStore final : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(QString service = serviceName());

    void read(const QString& key, Callback callback) override;
    void write(const QString& key, const QString& value, Callback callback) override;
    void remove(const QString& key, Callback callback) override;

private:
    QString m_service;
    std::shared_ptr<const bool> m_alive = std::make_shared<const bool>(true); // jobs hold it weakly
};

} // namespace AccountDesk
