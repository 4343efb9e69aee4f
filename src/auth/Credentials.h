#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace AccountDesk {

// Secret fields of one provider profile as read from the keychain ("token", "username", ...).
// Lives only in memory, only as long as a request needs it.
struct Credentials
{
    QHash<QString, QString> fields;

    QString value(const QString& field) const { return fields.value(field); }
    bool has(const QString& field) const { return !fields.value(field).isEmpty(); }
    bool hasAll(const QStringList& names) const
    {
        for (const QString& name : names)
            if (!has(name))
                return false;
        return !names.isEmpty();
    }
};

} // namespace AccountDesk
