#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

namespace AccountDesk {

// Where a request goes: a base URL (a spec server or one the operator typed) and path parameters.
struct RequestTarget
{
    QUrl baseUrl;
    QHash<QString, QString> pathParameters; // "accountId" -> "123"
};

} // namespace AccountDesk
