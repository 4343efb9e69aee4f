#pragma once

#include "CredentialStore.h"

#include <QHash>
#include <QList>

#include <memory>

namespace AccountDesk {

// A store that reads each secret from another store once and answers later reads from memory, for
// the length of one bulk run: a thousand rows read the keychain once instead of three times per
// row (each read is a D-Bus round trip, and libsecret keeps a little of every message it received:
// memory grew with the number of rows). Reads of a key under way are answered together. Only
// successful reads are kept, in this object's memory only, and forgotten when it goes; writes and
// removals go to the other store and drop what was kept.
class CachingCredentialStore : public CredentialStore
{
public:
    explicit CachingCredentialStore(CredentialStore& store);
    ~CachingCredentialStore() override;

    void read(const QString& key, Callback callback) override;
    void write(const QString& key, const QString& value, Callback callback) override;
    void remove(const QString& key, Callback callback) override;

private:
    CredentialStore& m_store;
    QHash<QString, Result> m_known;
    QHash<QString, QList<Callback>> m_waiting;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace AccountDesk
