// Inputs the window must refuse where the operator typed or chose them: a dot-segment account id at
// the account field, and a logo that is too big or not a regular file at the logo picker.
#include "MainWindow.h"
#include "TestSupport.h"
#include "UnavailableKeychain.h"
#include "http/LogoFile.h"
#include "store/CredentialStore.h"
#include "store/DraftStore.h"
#include "widgets/LogoPicker.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace AccountDesk;
using AccountDesk::TestSupport::UnavailableKeychain;

TEST(InputRefusal, TheAccountFieldRefusesDotSegments)
{
    QSettings().clear();
    QDir(DraftStore::defaultDirectory()).removeRecursively(); // no draft is offered
    // The account field is checked before any credential is needed, so no keychain takes part.
    UnavailableKeychain store(QStringLiteral("not in this test"));
    MainWindow window(TestSupport::bundledRegistry(), store);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* list = window.findChild<QListWidget*>(QStringLiteral("providerListWidget"));
    ASSERT_TRUE(list);
    const QList<QListWidgetItem*> items =
        list->findItems(QStringLiteral("SoftwareOne Marketplace"), Qt::MatchExactly);
    ASSERT_EQ(items.size(), 1);
    list->setCurrentItem(items.first());

    auto* account = window.findChild<QLineEdit*>(QStringLiteral("accountLineEdit"));
    auto* problem = window.findChild<QLabel*>(QStringLiteral("accountProblemLabel"));
    ASSERT_TRUE(account && problem);
    QTest::keyClicks(account, QStringLiteral(".."));
    EXPECT_EQ(problem->text(), QStringLiteral("\".\" and \"..\" are not account ids"));
    account->clear();
    QTest::keyClicks(account, QStringLiteral("ACC-1"));
    EXPECT_TRUE(problem->text().isEmpty()) << problem->text().toStdString();
}

TEST(InputRefusal, TheLogoPickerRefusesOversizedAndSpecialFiles)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString big = directory.filePath(QStringLiteral("big.png"));
    QFile file(big);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray content = TestSupport::tinyPng();
    content.resize(LogoFile::kMaximumBytes + 1, '\0');
    ASSERT_EQ(file.write(content), content.size());
    file.close();

    LogoPicker picker;
    QString problem;
    EXPECT_FALSE(picker.loadFile(big, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("at most 5 MB"))) << problem.toStdString();
    EXPECT_FALSE(picker.attachment());
    problem.clear();
    EXPECT_FALSE(picker.loadFile(QStringLiteral("/dev/zero"), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("not a regular file"))) << problem.toStdString();
    EXPECT_FALSE(picker.attachment());
}
