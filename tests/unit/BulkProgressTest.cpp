// The bulk window's pace and time left: accounts a resumed run skips and time spent paused take
// nothing from the estimate.
#include "bulk/BulkProgress.h"

#include <gtest/gtest.h>

using namespace AccountDesk;

TEST(BulkProgress, HasNoEstimateBeforeTheFirstAccountIsDone)
{
    BulkProgress progress;
    progress.start(100, 1000);
    EXPECT_FALSE(progress.rowsPerSecond(1000));
    EXPECT_FALSE(progress.secondsLeft(5000));
}

TEST(BulkProgress, EstimatesTheRestAtThePaceSoFar)
{
    BulkProgress progress;
    progress.start(100, 0);
    for (int i = 0; i < 10; ++i)
        progress.rowFinished(false);
    EXPECT_DOUBLE_EQ(*progress.rowsPerSecond(2000), 5.0);
    EXPECT_EQ(*progress.secondsLeft(2000), 18); // 90 accounts at 5 a second
}

TEST(BulkProgress, AccountsSkippedOnAResumeDoNotSpeedUpThePace)
{
    BulkProgress progress;
    progress.start(1000, 0);
    for (int i = 0; i < 900; ++i)
        progress.rowFinished(true); // the journal had them done: skipped at once
    for (int i = 0; i < 10; ++i)
        progress.rowFinished(false);
    EXPECT_DOUBLE_EQ(*progress.rowsPerSecond(10000), 1.0);
    EXPECT_EQ(*progress.secondsLeft(10000), 90);
}

TEST(BulkProgress, OnlySkippedAccountsGiveNoPace)
{
    BulkProgress progress;
    progress.start(10, 0);
    progress.rowFinished(true);
    EXPECT_FALSE(progress.secondsLeft(100));
}

TEST(BulkProgress, TimeSpentPausedIsNotCounted)
{
    BulkProgress progress;
    progress.start(40, 0);
    for (int i = 0; i < 10; ++i)
        progress.rowFinished(false);
    progress.pause(10000);
    EXPECT_DOUBLE_EQ(*progress.rowsPerSecond(70000), 1.0) << "the clock stops while paused";
    progress.resume(70000);
    for (int i = 0; i < 10; ++i)
        progress.rowFinished(false);
    EXPECT_DOUBLE_EQ(*progress.rowsPerSecond(80000), 1.0); // 20 accounts in 20 s of running
    EXPECT_EQ(*progress.secondsLeft(80000), 20);
}

TEST(BulkProgress, AStartForgetsTheRunBefore)
{
    BulkProgress progress;
    progress.start(5, 0);
    progress.rowFinished(false);
    progress.pause(500);
    progress.start(8, 1000);
    EXPECT_EQ(progress.done(), 0);
    EXPECT_EQ(progress.total(), 8);
    progress.rowFinished(false);
    EXPECT_DOUBLE_EQ(*progress.rowsPerSecond(2000), 1.0);
}

TEST(BulkProgress, SaysHowFarAndOnceThereIsAPaceHowLong)
{
    BulkProgress progress;
    progress.start(100, 0);
    EXPECT_EQ(progress.describe(1000), QStringLiteral("0 of 100 accounts"));
    for (int i = 0; i < 10; ++i)
        progress.rowFinished(false);
    EXPECT_EQ(progress.describe(2000),
              QStringLiteral("10 of 100 accounts · 5.0 per second · about 18 s left"));
}

TEST(BulkProgress, PromisesNoTimeLeftWhilePaused)
{
    BulkProgress progress;
    progress.start(100, 0);
    for (int i = 0; i < 10; ++i)
        progress.rowFinished(false);
    progress.pause(2000);
    EXPECT_EQ(progress.describe(9000), QStringLiteral("10 of 100 accounts · 5.0 per second"));
    progress.resume(9000);
    EXPECT_EQ(progress.describe(9000),
              QStringLiteral("10 of 100 accounts · 5.0 per second · about 18 s left"));
}

TEST(BulkProgress, AccountsFinishingWhilePausedDoNotSpeedUpThePace)
{
    BulkProgress progress;
    progress.start(100, 0);
    for (int i = 0; i < 10; ++i)
        progress.rowFinished(false);
    progress.pause(10000);
    for (int i = 0; i < 4; ++i)
        progress.rowFinished(false); // the ones in flight when Pause was pressed
    progress.resume(60000);
    EXPECT_EQ(progress.done(), 14);
    EXPECT_DOUBLE_EQ(*progress.rowsPerSecond(60000), 1.0);
}
