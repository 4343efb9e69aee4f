#pragma once

#include "session/AccountTarget.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace AccountDesk {

// Unsent edits of one account, kept on disk so that a crash or a closed window loses nothing.
// Holds its own target (never credentials: the profile is only a name), the snapshot the edits
// were made on, and the edits. Restored, it is not "loaded": the account is read again and
// compared with the snapshot first.
struct Draft
{
    QString id; // its file in the draft store; empty until saved the first time
    AccountTarget target;
    bool hasSnapshot = false; // the edits were made on an account as read
    QJsonObject snapshot;
    QJsonObject edited;
    QDateTime savedAt;
};

} // namespace AccountDesk
