#include "ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#ifdef Q_OS_MACOS
#include <sys/ptrace.h>
#include <sys/types.h>
#endif

namespace AccountDesk {

bool ProcessHardening::apply()
{
    bool applied = true;
#ifdef Q_OS_UNIX
    // Hard limit too, so nothing in the process can raise it again.
    const rlimit noCore{0, 0};
    applied = ::setrlimit(RLIMIT_CORE, &noCore) == 0 && applied;
#endif
#ifdef Q_OS_LINUX
    // Not dumpable: no core even through a core_pattern pipe, /proc/<pid>/mem and ptrace closed to
    // other processes of the same user.
    applied = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && applied;
#endif
#ifdef Q_OS_MACOS
    applied = ::ptrace(PT_DENY_ATTACH, 0, nullptr, 0) == 0 && applied;
#endif
    // Windows: Windows Error Reporting dumps are configured system-wide (LocalDumps), and keeping
    // same-user processes from reading memory needs a process DACL as KeePassXC builds one; neither
    // is done yet, so nothing is applied there.
    return applied;
}

} // namespace AccountDesk
