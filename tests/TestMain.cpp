// The one main() of every test executable: a QApplication for the GUI tests, a QCoreApplication for
// the rest, on the offscreen platform unless the caller chose one (e.g. xcb under xvfb-run).
#include "core/ApplicationIdentity.h"

#ifdef ACCOUNTDESK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication application(argc, argv);
    AccountDesk::ApplicationIdentity::apply();
    return RUN_ALL_TESTS();
}
