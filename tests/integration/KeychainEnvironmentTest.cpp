// The test environment's Secret Service is real (gnome-keyring in a private D-Bus session): a
// secret written through QtKeychain can be read back and deleted. Later keychain tests build on it.
#include "TestSupport.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <gtest/gtest.h>

namespace {

template <typename Job> QKeychain::Error runJob(Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error();
}

} // namespace

TEST(KeychainEnvironment, SecretServiceStoresReadsAndDeletes)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        // scripts/test always provides the keychain; there, its absence is a failure, not a skip.
        if (qEnvironmentVariableIntValue("ACCOUNTDESK_REQUIRE_KEYCHAIN") == 1)
            FAIL() << "ACCOUNTDESK_REQUIRE_KEYCHAIN=1 but there is no D-Bus session";
        GTEST_SKIP() << "no D-Bus session: run the tests through scripts/test";
    }

    const QString service = QStringLiteral("AccountDeskTest");
    const QString key = QStringLiteral("environment/default/probe");
    const QString secret = QStringLiteral("s3cret-%1").arg(QDateTime::currentMSecsSinceEpoch());

    QKeychain::WritePasswordJob write(service);
    write.setInsecureFallback(false);
    write.setKey(key);
    write.setTextData(secret);
    ASSERT_EQ(runJob(write), QKeychain::NoError) << write.errorString().toStdString();

    QKeychain::ReadPasswordJob read(service);
    read.setKey(key);
    ASSERT_EQ(runJob(read), QKeychain::NoError) << read.errorString().toStdString();
    EXPECT_EQ(read.textData(), secret);

    QKeychain::DeletePasswordJob remove(service);
    remove.setKey(key);
    ASSERT_EQ(runJob(remove), QKeychain::NoError) << remove.errorString().toStdString();

    QKeychain::ReadPasswordJob readAgain(service);
    readAgain.setKey(key);
    EXPECT_EQ(runJob(readAgain), QKeychain::EntryNotFound);
}
