#pragma once

#include "form/FieldError.h"
#include "http/RequestTarget.h"

#include <QString>
#include <QUrl>

namespace AccountDesk {

class Provider;

// The one account an edit session is about: provider, server, account id and credential profile.
// A loaded snapshot, its edits, its draft, its review and every request belong to exactly one
// target; a change of any part is a change of account.
struct AccountTarget
{
    QString provider;
    QUrl baseUrl;
    QString account; // empty for providers whose update names no account (quiva)
    QString profile = QStringLiteral("default");

    // "account 7 at https://host (profile default)", for questions and messages.
    QString describe() const;
    // "account 7", or "your account" when the update names none.
    QString accountName() const;

    // What keeps requests from going there: a base URL missing or unsafe (Location::BaseUrl), an
    // account id the update's path parameter refuses (Location::PathParameter).
    FieldErrors problems(const Provider& spec) const;
    // Where its requests go: the base URL, and the account id in the update's path parameter.
    RequestTarget requestTarget(const Provider& spec) const;

    bool operator==(const AccountTarget&) const = default;
};

} // namespace AccountDesk
