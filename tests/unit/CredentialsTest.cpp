// Credentials: the one check of a secret before it is stored or sent, and overwriting in memory.
#include "auth/Credentials.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace AccountDesk;

TEST(Credentials, OrdinarySecretsAreUsable)
{
    for (const QString& value :
         {QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.sig"), QStringLiteral("p@ss word=with:colons~"),
          QStringLiteral("ünïcødé-€-密码"), QString(QChar(0x80)) + QStringLiteral("c1-is-not-c0"), QString()})
        EXPECT_EQ(Credentials::problemWith(value), std::nullopt) << value.toStdString();
}

TEST(Credentials, EveryC0ControlAndDeleteIsRefusedWithoutQuotingTheValue)
{
    for (char16_t code = 0; code < 0x20; ++code) {
        const QString value = QStringLiteral("sk-live-") + QChar(code) + QStringLiteral("-tail");
        const std::optional<QString> problem = Credentials::problemWith(value);
        ASSERT_TRUE(problem) << "U+" << static_cast<int>(code);
        EXPECT_TRUE(problem->startsWith(QStringLiteral("contains a control character")))
            << problem->toStdString();
        EXPECT_FALSE(problem->contains(QStringLiteral("sk-live"))) << problem->toStdString();
        EXPECT_FALSE(problem->contains(QStringLiteral("tail"))) << problem->toStdString();
        EXPECT_FALSE(problem->contains(QChar(code))) << problem->toStdString();
    }
    EXPECT_TRUE(Credentials::problemWith(QStringLiteral("a") + QChar(0x7f)));
}

TEST(Credentials, TheProblemNamesTheCharacter)
{
    EXPECT_EQ(Credentials::problemWith(QStringLiteral("a\r\nb")),
              QStringLiteral("contains a control character (a carriage return, U+000D), which cannot be sent "
                             "in a header"));
    EXPECT_TRUE(Credentials::problemWith(QStringLiteral("a\tb"))->contains(QStringLiteral("a tab, U+0009")));
    EXPECT_TRUE(Credentials::problemWith(QStringLiteral("\x1b[2J"))->contains(QStringLiteral("U+001B")));
    EXPECT_TRUE(Credentials::problemWith(QString(QChar(0)))->contains(QStringLiteral("a NUL, U+0000")));
}

TEST(Credentials, OverwriteZeroesAnUnsharedBufferInPlace)
{
    QString secret = QString::fromUtf8("correct horse battery staple");
    const QChar* buffer = secret.constData();
    ASSERT_TRUE(Credentials::overwrite(secret));
    EXPECT_EQ(secret.constData(), buffer) << "the very buffer is overwritten, not a detached copy";
    ASSERT_EQ(secret.size(), 28);
    for (const QChar character : std::as_const(secret))
        EXPECT_EQ(character.unicode(), 0);
}

TEST(Credentials, OverwriteLeavesSharedAndStaticBuffersAlone)
{
    QString secret = QString::fromUtf8("shared-secret");
    const QString copy = secret; // another owner still needs it
    EXPECT_FALSE(Credentials::overwrite(secret));
    EXPECT_EQ(copy, QStringLiteral("shared-secret"));
    EXPECT_EQ(secret, QStringLiteral("shared-secret"));

    QString literal = QStringLiteral("in read-only memory");
    EXPECT_FALSE(Credentials::overwrite(literal));
    EXPECT_EQ(literal, QStringLiteral("in read-only memory"));
    QString empty;
    EXPECT_FALSE(Credentials::overwrite(empty));
}

TEST(Credentials, WipeForgetsAndNeverCorruptsACopy)
{
    Credentials original;
    original.fields.insert(QStringLiteral("token"), QString::fromUtf8("tok-123"));
    {
        Credentials copy = original;
        EXPECT_EQ(copy.value(QStringLiteral("token")), QStringLiteral("tok-123"));
        copy.wipe();
        EXPECT_TRUE(copy.fields.isEmpty());
        EXPECT_FALSE(copy.has(QStringLiteral("token")));
    }
    {
        const Credentials copy = original; // destroyed while `original` still holds the table
    }
    EXPECT_EQ(original.value(QStringLiteral("token")), QStringLiteral("tok-123"));

    Credentials assigned;
    assigned.fields.insert(QStringLiteral("token"), QString::fromUtf8("old"));
    assigned = original;
    EXPECT_EQ(assigned.value(QStringLiteral("token")), QStringLiteral("tok-123"));
    Credentials moved = std::move(assigned);
    EXPECT_EQ(moved.value(QStringLiteral("token")), QStringLiteral("tok-123"));
    original.wipe();
    EXPECT_EQ(moved.value(QStringLiteral("token")), QStringLiteral("tok-123"));
}

TEST(Credentials, HasAllNeedsEveryFieldNonEmpty)
{
    Credentials credentials;
    credentials.fields.insert(QStringLiteral("username"), QStringLiteral("u"));
    credentials.fields.insert(QStringLiteral("password"), QString());
    EXPECT_FALSE(credentials.hasAll({QStringLiteral("username"), QStringLiteral("password")}));
    credentials.fields.insert(QStringLiteral("password"), QStringLiteral("p"));
    EXPECT_TRUE(credentials.hasAll({QStringLiteral("username"), QStringLiteral("password")}));
    EXPECT_FALSE(credentials.hasAll({}));
}
