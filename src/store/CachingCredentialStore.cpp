#include "CachingCredentialStore.h"

namespace AccountDesk {

CachingCredentialStore::CachingCredentialStore(CredentialStore& store)
    : m_store(store)
{}

CachingCredentialStore::~CachingCredentialStore()
{
    for (Result& known : m_known)
        known.value.fill(QChar(0)); // not left behind in freed memory
}

void CachingCredentialStore::read(const QString& key, Callback callback)
{
    if (const auto known = m_known.constFind(key); known != m_known.constEnd())
        return callback(*known);
    QList<Callback>& waiting = m_waiting[key];
    waiting.append(std::move(callback));
    if (waiting.size() > 1)
        return; // the read under way answers this one too
    m_store.read(key, [this, alive = std::weak_ptr<int>(m_alive), key](const Result& result) {
        if (alive.expired())
            return; // the run ended before the keychain answered
        if (result.status == Status::Ok)
            m_known.insert(key, result);
        for (const Callback& waiter : m_waiting.take(key))
            waiter(result);
    });
}

void CachingCredentialStore::write(const QString& key, const QString& value, Callback callback)
{
    m_known.remove(key);
    m_store.write(key, value, std::move(callback));
}

void CachingCredentialStore::remove(const QString& key, Callback callback)
{
    m_known.remove(key);
    m_store.remove(key, std::move(callback));
}

} // namespace AccountDesk
