#pragma once

#include "CredentialStore.h"

namespace AccountDesk {

// CredentialStore on the OS keychain through QtKeychain: Secret Service on Linux, the login
// Keychain on macOS, the Credential Manager on Windows. The insecure fallback stays off.
class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = serviceName());

    void read(const QString& key, Callback callback) override;
    void write(const QString& key, const QString& value, Callback callback) override;
    void remove(const QString& key, Callback callback) override;

private:
    QString m_service;
};

} // namespace AccountDesk
