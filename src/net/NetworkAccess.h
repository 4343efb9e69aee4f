#pragma once

class QNetworkAccessManager;

namespace AccountDesk {

// The process's QNetworkAccessManagers, made on first use in the main thread and configured alike
// (manual redirects, replies deleted by their owner, the proxy login asked once for all). Manager 0
// serves everything one at a time: the window, the CLI's update. More exist only for runs that need
// more requests to one server at once than one manager allows: Qt 6.4 opens at most
// kConnectionsPerHost connections per server and manager, and queues the rest.
class NetworkAccess
{
public:
    static constexpr int kConnectionsPerHost = 6;

    static QNetworkAccessManager& manager(int index = 0);
    // How many managers `concurrentRequests` to one server need so that none waits for a connection.
    static int managersFor(int concurrentRequests);
    // Drops every manager's open connections (after a change of proxy: they go the old route).
    static void dropConnections();

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
