// The window fits the operator's screen: a designed or saved size larger than the screen is shrunk
// to it and moved onto it, and the layout itself works down to 1024x640.
#include "MainWindow.h"
#include "TestSupport.h"
#include "UnavailableKeychain.h"
#include "WindowLayout.h"

#include <QSettings>

#include <gtest/gtest.h>

using namespace AccountDesk;

TEST(WindowLayout, ALargerWindowIsShrunkToTheScreenAndMovedOntoIt)
{
    const QRect laptop(0, 0, 1366, 738); // 1366x768 less a panel
    EXPECT_EQ(WindowLayout::fitted(QRect(0, 0, 1180, 820), laptop).size(), QSize(1180, 738));
    EXPECT_TRUE(laptop.contains(WindowLayout::fitted(QRect(400, 100, 1180, 820), laptop)));
    // 1600x1000 at 150 %: 1067x667 logical pixels; a window saved on a big monitor comes back on it.
    const QRect scaled(0, 0, 1067, 667);
    const QRect fromBigMonitor = WindowLayout::fitted(QRect(1800, 300, 1400, 900), scaled);
    EXPECT_EQ(fromBigMonitor, scaled);
    // What fits stays where the operator left it.
    EXPECT_EQ(WindowLayout::fitted(QRect(50, 40, 800, 600), laptop), QRect(50, 40, 800, 600));
}

TEST(WindowLayout, TheWindowWorksFrom1024x640)
{
    QSettings().clear();
    TestSupport::UnavailableKeychain store(QStringLiteral("not in this test"));
    MainWindow window(TestSupport::bundledRegistry(), store, QStringLiteral("softwareone"));
    const QSize smallest = window.minimumSizeHint();
    EXPECT_LE(smallest.width(), 1024);
    EXPECT_LE(smallest.height(), 600) << "a 640-pixel screen less its panel and the title bar";
    window.resize(1024, 600);
    window.show();
    EXPECT_EQ(window.size(), QSize(1024, 600));
}
