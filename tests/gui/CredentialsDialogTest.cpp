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
        for (const QString& provider : {QStringLiteral("sequence"), QStringLiteral("pismo")}) {
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

TEST_F(CredentialsDialogTest, ASavedSecretCannotBeBroughtBackByUndo)
{
    CredentialsDialog dialog(bundledProvider(QStringLiteral("pismo")), m_profile, m_manager);
    dialog.show();
    QLineEdit* token = dialog.fieldEdit(QStringLiteral("token"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&dialog] { return stateOf(dialog, QStringLiteral("token")) == QStringLiteral("missing"); }, 10000));
    QTest::keyClicks(token, QStringLiteral("typed-token-value"));
    dialog.save();
    ASSERT_TRUE(QTest::qWaitFor(
        [&dialog] { return stateOf(dialog, QStringLiteral("token")) == QStringLiteral("stored"); }, 10000))
        << dialog.statusText().toStdString();
    EXPECT_TRUE(token->text().isEmpty());
    EXPECT_FALSE(token->isUndoAvailable());
    token->undo();
    EXPECT_TRUE(token->text().isEmpty()) << "undo restored the secret";
    EXPECT_EQ(stored(QStringLiteral("pismo")).credentials.value(QStringLiteral("token")),
              QStringLiteral("typed-token-value"));
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
