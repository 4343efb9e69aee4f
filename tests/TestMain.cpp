// The one main() of every test executable: a QApplication for the GUI tests, a QCoreApplication for
// the rest, on the offscreen platform unless the caller chose one (e.g. xcb under xvfb-run).
#include "core/ApplicationIdentity.h"
#include "net/NetworkAccess.h"

#ifdef ACCOUNTDESK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and drafts of their own for every test process, so that tests run side by side do
    // not see each other's files, also when a test binary is run by hand. Under ctest, the launcher
    // tests/support/run-isolated has already given the process its own HOME, TMPDIR and keychain.
    const QTemporaryDir home;
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QDir(home.path()).filePath(QString::fromLatin1(variable)).toLocal8Bit());
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication application(argc, argv);
    AccountDesk::ApplicationIdentity::apply();
    const int result = RUN_ALL_TESTS();
    AccountDesk::NetworkAccess::settle();
    return result;
}
