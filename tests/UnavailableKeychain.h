#pragma once

#include "store/CredentialStore.h"

namespace AccountDesk::TestSupport {

// A keychain that is not there: every call answers Unavailable with `reason`. For tests where no
// keychain may take part (it stands in only where a real one cannot: "there is none").
class UnavailableKeychain final : public CredentialStore
{
public:
    explicit UnavailableKeychain(QString reason)
        : m_reason(std::move(reason))
    {}

    void read(const QString&, Callback callback) override { callback(unavailable()); }
    void write(const QString&, const QString&, Callback callback) override { callback(unavailable()); }
    void remove(const QString&, Callback callback) override { callback(unavailable()); }

private:
    Result unavailable() const { return {Status::Unavailable, QString(), m_reason}; }

    QString m_reason;
};

} // namespace AccountDesk::TestSupport
