#include "openapi/JsonPointer.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace AccountDesk;

TEST(JsonPointer, EscapesTildeAndSlashInTheRightOrder)
{
    EXPECT_EQ(JsonPointer::escape(QStringLiteral("a/b~c")), QStringLiteral("a~1b~0c"));
    EXPECT_EQ(JsonPointer::unescape(QStringLiteral("a~1b~0c")), QStringLiteral("a/b~c"));
    // "~01" is "~" followed by "1", never "/".
    EXPECT_EQ(JsonPointer::unescape(QStringLiteral("~01")), QStringLiteral("~1"));
}

TEST(JsonPointer, AppendsAndSplits)
{
    const QString pointer = JsonPointer::append(
        JsonPointer::append(QStringLiteral("/paths"), QStringLiteral("/accounts/{id}")), 3);
    EXPECT_EQ(pointer, QStringLiteral("/paths/~1accounts~1{id}/3"));
    const auto tokens = JsonPointer::split(pointer);
    ASSERT_TRUE(tokens.has_value());
    EXPECT_EQ(*tokens,
              (QStringList{QStringLiteral("paths"), QStringLiteral("/accounts/{id}"), QStringLiteral("3")}));
    EXPECT_FALSE(JsonPointer::split(QStringLiteral("no-slash")).has_value());
    EXPECT_EQ(JsonPointer::split(QString())->size(), 0);
}

TEST(JsonPointer, ResolvesRfc6901Examples)
{
    const QJsonValue document =
        QJsonDocument::fromJson(R"({"foo": ["bar", "baz"], "": 0, "a/b": 1, "m~n": 8, "k\"l": 6})").object();
    EXPECT_EQ(JsonPointer::resolve(document, QStringLiteral("/foo/0")), QJsonValue(QStringLiteral("bar")));
    EXPECT_EQ(JsonPointer::resolve(document, QStringLiteral("/")), QJsonValue(0));
    EXPECT_EQ(JsonPointer::resolve(document, QStringLiteral("/a~1b")), QJsonValue(1));
    EXPECT_EQ(JsonPointer::resolve(document, QStringLiteral("/m~0n")), QJsonValue(8));
    EXPECT_FALSE(JsonPointer::resolve(document, QStringLiteral("/foo/2")).has_value());
    EXPECT_FALSE(JsonPointer::resolve(document, QStringLiteral("/foo/-1")).has_value());
    EXPECT_FALSE(JsonPointer::resolve(document, QStringLiteral("/missing")).has_value());
}

TEST(JsonPointer, ReadsLocalReferencesWithPercentEncoding)
{
    EXPECT_EQ(JsonPointer::fromLocalReference(QStringLiteral("#/components/schemas/A%20B")),
              QStringLiteral("/components/schemas/A B"));
    EXPECT_FALSE(JsonPointer::fromLocalReference(QStringLiteral("other.yaml#/X")).has_value());
    EXPECT_EQ(JsonPointer::parent(QStringLiteral("/address/country")), QStringLiteral("/address"));
    EXPECT_EQ(JsonPointer::lastToken(QStringLiteral("/address/a~1b")), QStringLiteral("a/b"));
}
