// ProcessHardening::apply() runs in a forked child, so this test process stays dumpable and
// debuggable; the child reports what it sees through its exit status.
#include "core/ProcessHardening.h"

#include <QtGlobal>

#include <gtest/gtest.h>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace AccountDesk;

#ifdef Q_OS_LINUX

namespace {

enum ChildFailure : int
{
    ApplyFailed = 1,
    CoreLimitNotZero = 2,
    StillDumpable = 4,
};

int hardenedChild()
{
    int failures = 0;
    if (!ProcessHardening::apply())
        failures |= ApplyFailed;
    rlimit limit{};
    if (::getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
        failures |= CoreLimitNotZero;
    if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        failures |= StillDumpable;
    return failures;
}

} // namespace

TEST(ProcessHardening, SwitchesCoreDumpsOffAndMakesTheProcessUndumpable)
{
    // The child starts as this process is: dumpable, so the check below observes a change. (Where
    // the hard core limit is 0 already, only the dumpable half proves anything.)
    rlimit before{};
    ASSERT_EQ(::getrlimit(RLIMIT_CORE, &before), 0);
    ASSERT_EQ(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1) << "the test process must start dumpable";

    const pid_t child = ::fork();
    ASSERT_NE(child, -1);
    if (child == 0)
        ::_exit(hardenedChild()); // no GoogleTest in the child: only its exit status counts
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    const int failures = WEXITSTATUS(status);
    EXPECT_EQ(failures & ApplyFailed, 0) << "apply() reported a failure";
    EXPECT_EQ(failures & CoreLimitNotZero, 0) << "RLIMIT_CORE is not 0/0";
    EXPECT_EQ(failures & StillDumpable, 0) << "PR_GET_DUMPABLE is not 0";

    // The test process itself is untouched.
    EXPECT_EQ(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    rlimit after{};
    ASSERT_EQ(::getrlimit(RLIMIT_CORE, &after), 0);
    EXPECT_EQ(after.rlim_max, before.rlim_max);
}

#else

TEST(ProcessHardening, SwitchesCoreDumpsOffAndMakesTheProcessUndumpable)
{
    GTEST_SKIP() << "checked on Linux only";
}

#endif
