#pragma once

#include <QString>

#include <functional>

namespace AccountDesk {

// Where secrets live: only here. The real implementation is the OS keychain (QtKeychain);
// there is deliberately no file or settings fallback. Calls complete asynchronously.
class CredentialStore
{
public:
    enum class Status
    {
        Ok,
        NotFound,    // no such entry (a locked Secret Service collection reads like this, too)
        Unavailable, // no keychain reachable (no Secret Service, no D-Bus session, ...)
        Locked,      // the keychain refused access (locked, or the user said no)
        Failed,      // anything else the keychain reported
    };

    struct Result
    {
        Status status = Status::Failed;
        QString value;   // read: the secret
        QString message; // for operators; never contains the secret
    };

    using Callback = std::function<void(const Result&)>;

    virtual ~CredentialStore() = default;

    virtual void read(const QString& key, Callback callback) = 0;
    virtual void write(const QString& key, const QString& value, Callback callback) = 0;
    virtual void remove(const QString& key, Callback callback) = 0;

    // "<provider>/<profile>/<field>"
    static QString key(const QString& provider, const QString& profile, const QString& field)
    {
        return provider + QLatin1Char('/') + profile + QLatin1Char('/') + field;
    }
    static QString serviceName() { return QStringLiteral("AccountDesk"); }
};

} // namespace AccountDesk
