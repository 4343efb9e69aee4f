#pragma once

class QNetworkAccessManager;

namespace AccountDesk {

// The one QNetworkAccessManager of the process (created on first use, in the main thread).
class NetworkAccess
{
public:
    static QNetworkAccessManager& manager();
};

} // namespace AccountDesk
