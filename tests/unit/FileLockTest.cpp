// The history's lock between writers: held by one open of a file at a time, free again when its
// holder releases it or closes the file.
#include "store/FileLock.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

bool openForAppend(QFile& file)
{
    return file.open(QIODevice::ReadWrite | QIODevice::Append);
}

} // namespace

TEST(FileLock, OneHolderAtATime)
{
    QTemporaryDir directory;
    QFile first(directory.filePath(QStringLiteral("history.jsonl")));
    QFile second(first.fileName());
    ASSERT_TRUE(openForAppend(first));
    ASSERT_TRUE(openForAppend(second));
    FileLock held(first);
    FileLock waiting(second);
    ASSERT_TRUE(held.acquire(0));
    EXPECT_FALSE(waiting.acquire(30)) << "a second open of the file waits while the first holds it";
    held.release();
    EXPECT_TRUE(waiting.acquire(0));
    EXPECT_TRUE(waiting.isHeld());
}

TEST(FileLock, ClosingTheFileLetsItGo)
{
    QTemporaryDir directory;
    QFile first(directory.filePath(QStringLiteral("history.jsonl")));
    QFile second(first.fileName());
    ASSERT_TRUE(openForAppend(first));
    ASSERT_TRUE(openForAppend(second));
    FileLock held(first);
    ASSERT_TRUE(held.acquire(0));
    first.close(); // as the system does for a process that dies holding it
    FileLock next(second);
    EXPECT_TRUE(next.acquire(1000));
}

TEST(FileLock, AFileThatIsNotOpenCannotBeLocked)
{
    QFile closed(QStringLiteral("never-opened"));
    FileLock lock(closed);
    EXPECT_FALSE(lock.acquire(10));
    EXPECT_FALSE(lock.isHeld());
}
