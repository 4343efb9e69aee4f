#pragma once

#include <QtGlobal>

namespace AccountDesk::TestSupport {

// Processor time spent by the calling thread, in milliseconds, since start(). The tests that prove
// hostile input is refused after bounded work compare this with their budget rather than wall
// time: on a busy machine (a parallel test run, a build beside it) wall time grows with everybody
// else's work, the thread's own processor time only with the work under test.
class ThreadCpuTimer
{
public:
    void start();
    qint64 elapsed() const;

private:
    static qint64 nowNanoseconds();

    qint64 m_startNanoseconds = 0;
};

} // namespace AccountDesk::TestSupport
