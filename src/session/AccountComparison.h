#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace AccountDesk {

// Where two states of an account differ, member by member: objects are compared member by member
// down to their leaves, arrays and scalars as whole values. An absent member is Undefined.
class AccountComparison
{
public:
    struct Difference
    {
        QString pointer;
        QJsonValue before;
        QJsonValue after;
    };

    static QList<Difference> differences(const QJsonObject& before, const QJsonObject& after);

    // The members of `account` that `body` does not carry, as the topmost absent member each
    // (an object wholly absent is one entry, not one per leaf).
    static QList<Difference> absentFrom(const QJsonObject& account, const QJsonObject& body);
};

} // namespace AccountDesk
