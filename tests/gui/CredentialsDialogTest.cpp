// The credentials dialog against the real keychain: a value with a control character is refused
// at its field and nothing is stored; a saved secret leaves nothing behind in the line edits.
#include "CredentialsDialog.h"

#include "KeychainRequirement.h"
#include "TestSupport.h"
#include "store/KeychainCredentialStore.h"
#include "store/ProfileCredentials.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

class CredentialsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { ACCOUNTDESK_REQUIRE_KEYCHAIN(); }

    void TearDown() override
    {
        for (const QString& provider :
             {QStringLiteral("sequence"), QStringLiteral("pismo"), QStringLiteral("zephr")}) {
            bool done = false;
            m_manager.remove(bundledProvider(provider), m_profile,
                             [&done](const CredentialStore::Result&) { done = true; });
            EXPECT_TRUE(QTest::qWaitFor([&done] { return done; }, 10000));
        }
    }

    ProfileCredentials::Outcome stored(const QString& provider)
    {
        return ProfileCredentials::readAllNow(m_store, provider, m_profile,
                                              bundledProvider(provider).credentialFields());
    }

    static QString stateOf(CredentialsDialog& dialog, const QString& field)
    {
        auto* label = dialog.findChild<QLabel*>(field + QStringLiteral("StateLabel"));
        return label ? label->text() : QStringLiteral("(no label)");
    }

    const QString m_profile = QStringLiteral("dialog-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    KeychainCredentialStore m_store;
    CredentialManager m_manager{m_store};
};

} // namespace

TEST_F(CredentialsDialogTest, AControlCharacterIsRefusedAtItsFieldAndNothingIsStored)
{
    CredentialsDialog dialog(bundledProvider(QStringLiteral("sequence")), m_profile, m_manager);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitFor(
        [&dialog] { return stateOf(dialog, QStringLiteral("password")) == QStringLiteral("missing"); },
        10000));
    QTest::keyClicks(dialog.fieldEdit(QStringLiteral("username")), QStringLiteral("valid-user"));
    // Pasted text can carry what typing cannot.
    dialog.fieldEdit(QStringLiteral("password"))->setText(QStringLiteral("pasted-secret\r\nX-Injected: 1"));

    const QString problem = dialog.problemText(QStringLiteral("password"));
    EXPECT_TRUE(problem.contains(QStringLiteral("control character (a carriage return, U+000D)")))
        << problem.toStdString();
    EXPECT_FALSE(problem.contains(QStringLiteral("pasted-secret")));
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("passwordProblemLabel"))->isVisibleTo(&dialog));
    EXPECT_TRUE(dialog.problemText(QStringLiteral("username")).isEmpty());

    dialog.save();
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("Nothing was stored")))
        << dialog.statusText().toStdString();
    EXPECT_EQ(dialog.fieldEdit(QStringLiteral("password"))->text(),
              QStringLiteral("pasted-secret\r\nX-Injected: 1"))
        << "kept for correcting, not stored";
    QTest::qWait(200); // a save that had started would have written by now
    const ProfileCredentials::Outcome outcome = stored(QStringLiteral("sequence"));
    EXPECT_TRUE(outcome.credentials.fields.isEmpty()) << "not even the valid user name";
    EXPECT_TRUE(outcome.unusableFields.isEmpty());

    // Corrected, the problem goes away at once.
    dialog.fieldEdit(QStringLiteral("password"))->setText(QStringLiteral("pasted-secret"));
    EXPECT_TRUE(dialog.problemText(QStringLiteral("password")).isEmpty());
}

TEST_F(CredentialsDialogTest, SavedCredentialsCannotBeBroughtBackByUndo)
{
    // Zephr's access key is typed in clear, its secret key masked; undo must bring back neither.
    CredentialsDialog dialog(bundledProvider(QStringLiteral("zephr")), m_profile, m_manager);
    dialog.show();
    QLineEdit* accessKey = dialog.fieldEdit(QStringLiteral("access_key"));
    QLineEdit* secretKey = dialog.fieldEdit(QStringLiteral("secret_key"));
    ASSERT_EQ(accessKey->echoMode(), QLineEdit::Normal);
    ASSERT_EQ(secretKey->echoMode(), QLineEdit::Password);
    ASSERT_TRUE(QTest::qWaitFor(
        [&dialog] { return stateOf(dialog, QStringLiteral("secret_key")) == QStringLiteral("missing"); },
        10000));
    QTest::keyClicks(accessKey, QStringLiteral("typed-access-key"));
    QTest::keyClicks(secretKey, QStringLiteral("typed-secret-key"));
    dialog.save();
    ASSERT_TRUE(QTest::qWaitFor(
        [&dialog] { return stateOf(dialog, QStringLiteral("secret_key")) == QStringLiteral("stored"); },
        10000))
        << dialog.statusText().toStdString();
    for (QLineEdit* edit : {accessKey, secretKey}) {
        EXPECT_TRUE(edit->text().isEmpty());
        EXPECT_FALSE(edit->isUndoAvailable()) << edit->objectName().toStdString();
        edit->undo();
        EXPECT_TRUE(edit->text().isEmpty()) << "undo brought back " << edit->text().toStdString();
    }
    const ProfileCredentials::Outcome outcome = stored(QStringLiteral("zephr"));
    EXPECT_EQ(outcome.credentials.value(QStringLiteral("access_key")), QStringLiteral("typed-access-key"));
    EXPECT_EQ(outcome.credentials.value(QStringLiteral("secret_key")), QStringLiteral("typed-secret-key"));
}

TEST_F(CredentialsDialogTest, AStoredValueWithAControlCharacterIsShownUnusable)
{
    bool written = false;
    m_store.write(CredentialStore::key(QStringLiteral("pismo"), m_profile, QStringLiteral("token")),
                  QStringLiteral("other-tool-token\tx"), [&written](const CredentialStore::Result& result) {
                      written = result.status == CredentialStore::Status::Ok;
                  });
    ASSERT_TRUE(QTest::qWaitFor([&written] { return written; }, 10000));
    CredentialsDialog dialog(bundledProvider(QStringLiteral("pismo")), m_profile, m_manager);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitFor(
        [&dialog] { return stateOf(dialog, QStringLiteral("token")) == QStringLiteral("unusable"); }, 10000))
        << stateOf(dialog, QStringLiteral("token")).toStdString();
    EXPECT_TRUE(dialog.statusText().contains(
        QStringLiteral("token: the stored value contains a control character (a tab")))
        << dialog.statusText().toStdString();
    EXPECT_FALSE(dialog.statusText().contains(QStringLiteral("other-tool-token")));
}
