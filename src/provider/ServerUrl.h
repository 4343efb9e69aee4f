#pragma once

#include "openapi/Server.h"

#include <QUrl>

namespace AccountDesk {

// Whether a base URL is a given spec server: same scheme, host and port, same path (a trailing
// slash aside). A templated server ("https://{tenant}.api.zephr.com") matches any non-empty value
// of each variable that stays within one host label or path segment.
class ServerUrl
{
public:
    static bool matches(const Server& server, const QUrl& baseUrl);
    // The URL in the form compared: lower-case scheme and host, explicit port, no trailing slash.
    static QString normalized(const QUrl& url);
};

} // namespace AccountDesk
