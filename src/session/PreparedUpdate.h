#pragma once

#include "AccountTarget.h"
#include "FieldChange.h"
#include "http/FileAttachment.h"
#include "http/HttpRequest.h"
#include "provider/AuthKind.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace AccountDesk {

// An update ready to send: the exact request and what it changes. Sending it sends these very
// bytes (same X-Request-ID, same multipart boundary); only the credentials are filled in when it
// leaves, and a time-dependent signature (Zephr's timestamp and nonce) is made then.
struct PreparedUpdate
{
    struct Member
    {
        QString pointer;
        QJsonValue value;
    };

    AccountTarget target;
    // Secret headers hold placeholders ("***"); a PreparedUpdate never holds a credential.
    HttpRequest request;
    AuthKind authKind = AuthKind::Bearer;
    QList<FieldChange> changes;
    // What the server returned that a replacement does not send back (read-only, hidden, or not
    // in the update schema), so a replacement never removes data unseen.
    QList<Member> notSentBack;
    std::optional<FileAttachment> file; // the multipart file part
    bool production = false;
    bool signatureRenewedAtSend = false;
    // The account as read that the edits were made on; compared with the server again before
    // writing (hasSnapshot false: nothing was read, as for a partial update never loaded).
    QJsonObject snapshot;
    bool hasSnapshot = false;
    quint64 revision = 0; // of the session when prepared: any later change makes it outdated
};

} // namespace AccountDesk
