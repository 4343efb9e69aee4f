#pragma once

class QNetworkAccessManager;

namespace AccountDesk {

// The one QNetworkAccessManager of the process (created on first use, in the main thread).
class NetworkAccess
{
public:
    static QNetworkAccessManager& manager();
    // The manager if it was created already, else null (to configure it without creating it).
    static QNetworkAccessManager* existing();

    // Called by a program's main() just before its application object goes away. A reply ended by
    // its exchange is deleted later, from the event loop; a process that exits right after a request
    // destroys it during the manager's own destruction instead, while Qt's HTTP thread still has
    // work queued for it, and Qt 6.4 then leaks that thread's objects. Harmless at exit, but it is
    // what LeakSanitizer reports, so builds with AddressSanitizer let the event loop and the HTTP
    // thread finish that work first (for a moment, and only when the network was used at all).
    // They also wait, at exit, until that thread has really ended: Qt's threads are detached, so
    // the manager's destructor returns before the thread's own exit handlers have freed OpenSSL's
    // per-thread random generators, and a leak check in that window reports them.
    // Elsewhere it does nothing.
    static void settle();
};

} // namespace AccountDesk
