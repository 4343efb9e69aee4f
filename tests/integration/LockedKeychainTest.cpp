// A locked Secret Service collection, for real: its own D-Bus session and gnome-keyring, locked over
// D-Bus. Reads of a locked collection look like "not found"; the CLI must say "locked" (exit 5) and
// send nothing.
#include "KeychainRequirement.h"
#include "TestHttpServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace AccountDesk::TestSupport;

TEST(LockedKeychain, IsReportedAsLockedAndNothingIsSent)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    TestHttpServer server;
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QDir(home.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(home.filePath(QStringLiteral("run")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QString script = QStringLiteral(
        "printf %s locked-test-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null\n"
        "echo token=before-lock | \"$CLI\" credentials set pismo >/dev/null || exit 90\n"
        "dbus-send --session --dest=org.freedesktop.secrets --type=method_call "
        "/org/freedesktop/secrets org.freedesktop.Secret.Service.Lock "
        "array:objpath:/org/freedesktop/secrets/collection/login >/dev/null || exit 91\n"
        "\"$CLI\" credentials status pismo; echo \"status=$?\"\n"
        "\"$CLI\" update pismo --account 1 --base-url \"$BASE\" --set /account_name=x; echo \"update=$?\"\n");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    environment.insert(QStringLiteral("CLI"), QStringLiteral(ACCOUNTDESK_CLI_PATH));
    environment.insert(QStringLiteral("BASE"), server.baseUrl());
    environment.remove(QStringLiteral("DISPLAY")); // the unlock prompt must fail, not wait
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("dbus-run-session"),
                  {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
    ASSERT_TRUE(process.waitForFinished(120000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    ASSERT_EQ(process.exitCode(), 0) << out.toStdString() << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("status=5"))) << out.toStdString() << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("update=5"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("token\tmissing"))) << "a locked keychain is not an empty one";
    EXPECT_GE(err.count(QStringLiteral("the keychain is locked")), 2) << err.toStdString();
    EXPECT_EQ(server.requestCount(), 0);
}
