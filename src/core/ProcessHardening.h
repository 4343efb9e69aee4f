#pragma once

namespace AccountDesk {

// Keeps secrets in this process's memory away from core dumps and debuggers, as KeePassXC does:
// no core files, and no attaching by other processes of the same user where the system allows it.
//
// The programs call apply() first thing in main(), but only when built with the CMake option
// ACCOUNTDESK_HARDENING (on by default for Release builds only), so that profilers, debuggers and
// crash dumps keep working in development and CI builds. There is deliberately no environment
// variable to switch it off: whoever can set one could then read the secrets.
class ProcessHardening
{
public:
    // Linux: RLIMIT_CORE 0 (soft and hard) and PR_SET_DUMPABLE 0, which also refuses ptrace attach
    // by non-root processes. macOS: RLIMIT_CORE 0 and PT_DENY_ATTACH. Windows: nothing yet (see the
    // source). True when every step the system offers succeeded.
    static bool apply();
};

} // namespace AccountDesk
