// The history's lock between writers: held by one open of a file at a time, free again when its
// holder releases it or closes the file.
#include "store/FileLock.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

// Two separate opens of one file, as two writers (processes, or threads with their own log) have.
class FileLockTwoOpens : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_first.open(QIODevice::ReadWrite | QIODevice::Append));
        ASSERT_TRUE(m_second.open(QIODevice::ReadWrite | QIODevice::Append));
    }

    QTemporaryDir m_directory;
    QFile m_first{m_directory.filePath(QStringLiteral("history.jsonl"))};
    QFile m_second{m_first.fileName()};
};

} // namespace

TEST_F(FileLockTwoOpens, OneHolderAtATime)
{
    FileLock held(m_first);
    FileLock waiting(m_second);
    ASSERT_TRUE(held.acquire(0));
    EXPECT_FALSE(waiting.acquire(30)) << "a second open of the file waits while the first holds it";
    held.release();
    EXPECT_TRUE(waiting.acquire(0));
    EXPECT_TRUE(waiting.isHeld());
}

TEST_F(FileLockTwoOpens, ClosingTheFileLetsItGo)
{
    FileLock held(m_first);
    ASSERT_TRUE(held.acquire(0));
    m_first.close(); // as the system does for a process that dies holding it
    FileLock next(m_second);
    EXPECT_TRUE(next.acquire(1000));
}

TEST(FileLock, AFileThatIsNotOpenCannotBeLocked)
{
    QFile closed(QStringLiteral("never-opened"));
    FileLock lock(closed);
    EXPECT_FALSE(lock.acquire(10));
    EXPECT_FALSE(lock.isHeld());
}
