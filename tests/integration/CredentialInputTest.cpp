// `credentials set` against the real keychain: a value with a control character is refused and
// nothing of that input is stored; a Windows line ending is not; no error ever echoes a line.
#include "CliRunner.h"
#include "KeychainRequirement.h"
#include "TestSupport.h"
#include "store/KeychainCredentialStore.h"
#include "store/ProfileCredentials.h"

#include <QEventLoop>
#include <QUuid>

#include <gtest/gtest.h>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

QString uniqueProfile()
{
    return QStringLiteral("input-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

CliRun set(const QString& provider, const QString& profile, const QByteArray& input)
{
    return runCli({QStringLiteral("credentials"), QStringLiteral("set"), provider,
                   QStringLiteral("--profile"), profile},
                  input);
}

ProfileCredentials::Outcome readStored(const QString& provider, const QString& profile)
{
    KeychainCredentialStore store;
    return ProfileCredentials::readAllNow(store, provider, profile,
                                          bundledProvider(provider).credentialFields());
}

void removeStored(const QString& provider, const QString& profile)
{
    runCli({QStringLiteral("credentials"), QStringLiteral("delete"), provider, QStringLiteral("--profile"),
            profile});
}

} // namespace

TEST(CredentialInput, AControlCharacterIsRefusedAndNothingOfTheInputIsStored)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    const QList<QPair<QByteArray, QString>> controls = {
        {QByteArray("\t"), QStringLiteral("a tab")},        {QByteArray("\x1b"), QStringLiteral("an escape")},
        {QByteArray(1, '\0'), QStringLiteral("a NUL")},     {QByteArray("\x7f"), QStringLiteral("a delete")},
        {QByteArray("\r"), QStringLiteral("a carriage")},   {QByteArray("\x01"), QStringLiteral("U+0001")},
        {QByteArray("\r\r"), QStringLiteral("a carriage")}, // only one trailing CR is a line ending
    };
    for (const auto& [control, named] : controls) {
        const QString profile = uniqueProfile();
        const bool trailing = control == "\r\r";
        const QByteArray password = trailing ? "pw-ok" + control : "pw-" + control + "-ok";
        const CliRun run =
            set(QStringLiteral("sequence"), profile, "username=valid-user\npassword=" + password + "\n");
        EXPECT_EQ(run.exitCode, 2) << named.toStdString();
        EXPECT_TRUE(run.err.contains(
            QStringLiteral("stdin line 2: password: contains a control character (") + named))
            << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("nothing was stored"))) << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(QStringLiteral("pw-"))) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        const ProfileCredentials::Outcome stored = readStored(QStringLiteral("sequence"), profile);
        EXPECT_TRUE(stored.credentials.fields.isEmpty()) << "not even the valid username is stored";
        EXPECT_TRUE(stored.unusableFields.isEmpty());
        removeStored(QStringLiteral("sequence"), profile);
    }
}

TEST(CredentialInput, OneTrailingCarriageReturnIsALineEndingAndIsStripped)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    const QString profile = uniqueProfile();
    // CRLF endings, and a last line with a CR but no LF.
    const CliRun run = set(QStringLiteral("sequence"), profile, "username=win-user\r\npassword=win-pass\r");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("username\tstored\npassword\tstored\n"));
    const ProfileCredentials::Outcome stored = readStored(QStringLiteral("sequence"), profile);
    EXPECT_EQ(stored.credentials.value(QStringLiteral("username")), QStringLiteral("win-user"));
    EXPECT_EQ(stored.credentials.value(QStringLiteral("password")), QStringLiteral("win-pass"));
    EXPECT_FALSE(stored.unusable);
    removeStored(QStringLiteral("sequence"), profile);
}

TEST(CredentialInput, AMalformedLineIsNeverEchoedNotEvenInPart)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    const QString profile = uniqueProfile();
    const QByteArray secret = "sk_live_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray input = "token=" + secret + "\x01\n" // a known field with a bad value
                             + secret + "\n"              // no '=' at all
                             + secret + "=x\n"            // the secret where the field name goes
                             + "=" + secret + "\n"        // no field name
                             + "tok en=" + secret + "\n"  // a near miss of a field name
                             + "token=" + secret + "\n"   // fine on its own...
                             + "token=" + secret + "\n";  // ...but given twice
    const CliRun run = set(QStringLiteral("pismo"), profile, input);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err,
              QStringLiteral("stdin line 1: token: contains a control character (U+0001), which cannot "
                             "be sent in a header; nothing was stored\n"
                             "stdin line 2: expected field=value; nothing was stored\n"
                             "stdin line 3: not a field of pismo (it takes: token); nothing was stored\n"
                             "stdin line 4: expected field=value; nothing was stored\n"
                             "stdin line 5: not a field of pismo (it takes: token); nothing was stored\n"
                             "stdin line 7: token: given twice; nothing was stored\n"));
    const QString output = run.out + run.err;
    for (qsizetype start = 0; start + 6 <= secret.size(); ++start)
        EXPECT_FALSE(output.contains(QString::fromLatin1(secret.mid(start, 6))))
            << "a part of the line is echoed: " << output.toStdString();
    EXPECT_TRUE(readStored(QStringLiteral("pismo"), profile).credentials.fields.isEmpty());
}

TEST(CredentialInput, AStoredValueWithAControlCharacterIsReportedUnusableNeverSent)
{
    ACCOUNTDESK_REQUIRE_KEYCHAIN();
    const QString profile = uniqueProfile();
    const QString secret =
        QStringLiteral("stored-by-another-tool-") + QUuid::createUuid().toString(QUuid::Id128);
    KeychainCredentialStore store;
    std::optional<CredentialStore::Result> written;
    QEventLoop loop;
    // Straight into the keychain, as another tool could have written it.
    store.write(CredentialStore::key(QStringLiteral("sequence"), profile, QStringLiteral("password")),
                secret + QStringLiteral("\r\nX-Injected: 1"), [&](const CredentialStore::Result& result) {
                    written = result;
                    loop.quit();
                });
    if (!written)
        loop.exec();
    ASSERT_EQ(written->status, CredentialStore::Status::Ok) << written->message.toStdString();
    ASSERT_EQ(set(QStringLiteral("sequence"), profile, "username=fine-user\n").exitCode, 0);

    const ProfileCredentials::Outcome outcome = readStored(QStringLiteral("sequence"), profile);
    ASSERT_TRUE(outcome.unusable);
    EXPECT_EQ(*outcome.unusable, QStringLiteral("password: the stored value contains a control character (a "
                                                "carriage return, U+000D), which cannot be sent in a header; "
                                                "store it again"));
    EXPECT_EQ(outcome.unusableFields, QStringList{QStringLiteral("password")});
    EXPECT_FALSE(outcome.storeProblem);
    EXPECT_FALSE(outcome.credentials.fields.contains(QStringLiteral("password"))) << "it can never be sent";
    EXPECT_EQ(outcome.credentials.value(QStringLiteral("username")), QStringLiteral("fine-user"));
    for (const auto& [field, result] : outcome.results)
        EXPECT_TRUE(result.value.isEmpty()) << field.toStdString();

    const CliRun status = runCli({QStringLiteral("credentials"), QStringLiteral("status"),
                                  QStringLiteral("sequence"), QStringLiteral("--profile"), profile});
    EXPECT_EQ(status.exitCode, 0);
    EXPECT_EQ(status.out, QStringLiteral("username\tstored\npassword\tunusable\n"));
    EXPECT_TRUE(
        status.err.contains(QStringLiteral("password: the stored value contains a control character")))
        << status.err.toStdString();
    EXPECT_FALSE((status.out + status.err).contains(QStringLiteral("stored-by-another-tool")));
    removeStored(QStringLiteral("sequence"), profile);
}
