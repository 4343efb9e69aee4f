#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace AccountDesk {

// Secret fields of one provider profile as read from the keychain ("token", "username", ...).
// Lives only in memory, only as long as a request needs it, and overwrites its values when it goes.
//
// The overwriting is best effort, as in KeePassXC: Qt's implicit sharing means a copy of a value
// handed out elsewhere (value(), a QByteArray made from it, a line edit's buffer) is not reachable
// from here, and a buffer still shared with another owner is left to that owner. Copies of a
// Credentials share one table; the last one to go overwrites it.
class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::Credentials)

public:
    Credentials() = default;
    Credentials(const Credentials& other) = default;
    Credentials(Credentials&& other) noexcept = default;
    Credentials& operator=(const Credentials& other);
    Credentials& operator=(Credentials&& other) noexcept;
    ~Credentials();

    // Kept public: the table is the type's whole state, and readers build it field by field.
    QHash<QString, QString> fields;

    QString value(const QString& field) const { return fields.value(field); }
    bool has(const QString& field) const { return !fields.value(field).isEmpty(); }
    bool hasAll(const QStringList& names) const;

    // Overwrites every value this object alone holds, then forgets them all.
    void wipe();

    // Why a secret cannot be used, without quoting it: nullopt when it can. A value with a C0
    // control character (CR, LF, TAB, NUL, ESC, ...) or DEL would end up inside an HTTP header,
    // where a line break splits the header and the rest are refused or mangled by servers.
    static std::optional<QString> problemWith(const QString& value);

    // Overwrites the characters of `value` in place when no other QString shares its buffer
    // (writing to a shared one would only detach a fresh copy); true when it did. Leaves the
    // length as it was.
    static bool overwrite(QString& value);
};

} // namespace AccountDesk
