// Drafts follow the edits of one target: written after a change, gone at once when nothing is
// left unsent, moved with the target, and never holding a base URL that does not validate.
#include "session/DraftKeeper.h"

#include "TestSupport.h"
#include "UnavailableKeychain.h"
#include "session/AccountSession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

AccountTarget pismo(const QString& account,
                    const QString& baseUrl = QStringLiteral("https://sandbox.pismolabs.io"))
{
    AccountTarget target;
    target.provider = QStringLiteral("pismo");
    target.baseUrl = QUrl(baseUrl, QUrl::StrictMode);
    target.account = account;
    return target;
}

class DraftKeeperTest : public ::testing::Test
{
protected:
    QTemporaryDir m_directory;
    DraftStore m_store{m_directory.path()};
    // The keychain is never reached by these tests: nothing is loaded or sent.
    TestSupport::UnavailableKeychain m_keychain{QStringLiteral("not in these tests")};
    AccountSession m_session{TestSupport::bundledRegistry().provider(QStringLiteral("pismo")), m_keychain};
    DraftKeeper m_keeper{m_session, m_store};

    int files() const { return int(QDir(m_directory.path()).entryList(QDir::Files).size()); }
};

} // namespace

TEST_F(DraftKeeperTest, WritesEditsAndRemovesThemAtOnceWhenReverted)
{
    m_session.setTarget(pismo(QStringLiteral("7")));
    ASSERT_TRUE(m_session.model().setValue(QStringLiteral("/account_name"), QStringLiteral("Half-typed")));
    m_keeper.saveNow();
    const std::optional<Draft> saved = m_store.load(pismo(QStringLiteral("7")));
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->edited.value(QStringLiteral("account_name")), QJsonValue(QStringLiteral("Half-typed")));
    EXPECT_FALSE(saved->hasSnapshot);

    m_session.model().revertAll(); // no saveNow(): removal does not wait for the timer
    EXPECT_EQ(files(), 0);
    EXPECT_TRUE(m_keeper.problem().isEmpty());
}

TEST_F(DraftKeeperTest, ABaseUrlThatDoesNotValidateNeverReachesTheDisk)
{
    m_session.setTarget(pismo(QStringLiteral("7"), QStringLiteral("https://ops:hunter2@pismo.example")));
    ASSERT_TRUE(m_session.model().setValue(QStringLiteral("/account_name"), QStringLiteral("x")));
    m_keeper.saveNow();
    ASSERT_EQ(files(), 1);
    QFile file(QDir(m_directory.path()).entryInfoList(QDir::Files).first().filePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    EXPECT_FALSE(written.contains("hunter2"));
    EXPECT_FALSE(written.contains("pismo.example"));
}

TEST_F(DraftKeeperTest, LeavesADraftOfAnEarlierRunAloneAndMovesItsOwnWithTheTarget)
{
    Draft earlier;
    earlier.target = pismo(QString());
    earlier.edited = {{QStringLiteral("account_name"), QStringLiteral("from yesterday")}};
    ASSERT_TRUE(m_store.save(earlier));
    // A session without edits on that very target does not take yesterday's draft away.
    m_session.setTarget(pismo(QStringLiteral("8")));
    m_session.setTarget(pismo(QString()));
    m_keeper.saveNow();
    EXPECT_TRUE(m_store.load(pismo(QString())));

    // Typed while the account id was still empty, the edits belong to no account yet: they stay
    // with the session and their draft moves to the account once it is complete.
    ASSERT_TRUE(m_session.model().setValue(QStringLiteral("/account_name"), QStringLiteral("today")));
    m_keeper.saveNow();
    EXPECT_EQ(files(), 2) << "today's draft does not overwrite yesterday's";
    m_session.setTarget(pismo(QStringLiteral("9")));
    EXPECT_EQ(m_session.model().value(QStringLiteral("/account_name")).value,
              QJsonValue(QStringLiteral("today")));
    ASSERT_TRUE(m_store.load(pismo(QStringLiteral("9"))));
    ASSERT_TRUE(m_store.load(pismo(QString())));
    EXPECT_EQ(m_store.load(pismo(QString()))->edited.value(QStringLiteral("account_name")),
              QJsonValue(QStringLiteral("from yesterday")));
    EXPECT_EQ(files(), 2) << "today's draft moved with the target";
}

TEST_F(DraftKeeperTest, ADraftThatCannotBeSavedIsReported)
{
    QFile blocker(m_directory.filePath(QStringLiteral("blocked")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DraftStore broken(blocker.fileName() + QStringLiteral("/drafts")); // a file where a folder must go
    DraftKeeper keeper(m_session, broken);
    QString reported;
    QObject::connect(&keeper, &DraftKeeper::problemChanged,
                     [&](const QString& problem) { reported = problem; });
    m_session.setTarget(pismo(QStringLiteral("7")));
    ASSERT_TRUE(m_session.model().setValue(QStringLiteral("/account_name"), QStringLiteral("x")));
    keeper.saveNow();
    EXPECT_FALSE(reported.isEmpty());
    EXPECT_EQ(keeper.problem(), reported);
}
