#include "cli/CliArguments.h"

#include "TestSupport.h"
#include "cli/EditConverter.h"
#include "provider/ProviderRegistry.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

const QStringList kAll = {
    QStringLiteral("--account"),  QStringLiteral("--server"),  QStringLiteral("--base-url"),
    QStringLiteral("--profile"),  QStringLiteral("--timeout"), QStringLiteral("--set"),
    QStringLiteral("--set-json"), QStringLiteral("--null"),    QStringLiteral("--logo"),
    QStringLiteral("--no-fetch"), QStringLiteral("--dry-run")};

const Provider& bundled(const QString& id)
{
    return TestSupport::bundledProvider(id);
}

std::variant<QJsonValue, FieldError> convert(const QString& provider, CliArguments::Edit::Kind kind,
                                             const char* pointer, const char* text = "")
{
    FormModel model(bundled(provider).form());
    return EditConverter::convert(model, {kind, QString::fromUtf8(pointer), QString::fromUtf8(text)});
}

} // namespace

TEST(CliArguments, KeepsEditsInOrderAndAcceptsBothOptionSpellings)
{
    const auto parsed =
        CliArguments::parse({QStringLiteral("pismo"), QStringLiteral("--account=12"), QStringLiteral("--set"),
                             QStringLiteral("/a=x=y"), QStringLiteral("--null"), QStringLiteral("/b"),
                             QStringLiteral("--set-json=/c=[1]"), QStringLiteral("--dry-run"),
                             QStringLiteral("--timeout"), QStringLiteral("5")},
                            kAll);
    ASSERT_TRUE(std::holds_alternative<CliArguments>(parsed));
    const CliArguments& arguments = std::get<CliArguments>(parsed);
    EXPECT_EQ(arguments.positional, QStringList{QStringLiteral("pismo")});
    EXPECT_EQ(arguments.account, QStringLiteral("12"));
    ASSERT_EQ(arguments.edits.size(), 3);
    EXPECT_EQ(arguments.edits.at(0).pointer, QStringLiteral("/a"));
    EXPECT_EQ(arguments.edits.at(0).text, QStringLiteral("x=y"));
    EXPECT_EQ(arguments.edits.at(1).kind, CliArguments::Edit::Kind::Null);
    EXPECT_EQ(arguments.edits.at(2).kind, CliArguments::Edit::Kind::SetJson);
    EXPECT_TRUE(arguments.dryRun);
    EXPECT_EQ(arguments.timeoutSeconds, 5);
    EXPECT_EQ(arguments.profile, QStringLiteral("default"));
}

TEST(CliArguments, RejectsMalformedCommandLines)
{
    for (const QStringList& bad : QList<QStringList>{{QStringLiteral("--set"), QStringLiteral("noequals")},
                                                     {QStringLiteral("--set"), QStringLiteral("name=x")},
                                                     {QStringLiteral("--timeout"), QStringLiteral("0")},
                                                     {QStringLiteral("--bogus")},
                                                     {QStringLiteral("--account")},
                                                     {QStringLiteral("--dry-run=yes")},
                                                     {QStringLiteral("--server"), QStringLiteral("a"),
                                                      QStringLiteral("--base-url"), QStringLiteral("b")},
                                                     {QStringLiteral("--profile"), QStringLiteral("a/b")}})
        EXPECT_TRUE(std::holds_alternative<FieldErrors>(CliArguments::parse(bad, kAll)))
            << bad.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(std::holds_alternative<FieldErrors>(
        CliArguments::parse({QStringLiteral("--logo"), QStringLiteral("x")}, {QStringLiteral("--account")})));
}

TEST(EditConverter, ConvertsByTheFieldsSchemaType)
{
    using Kind = CliArguments::Edit::Kind;
    EXPECT_EQ(
        std::get<QJsonValue>(convert(QStringLiteral("pismo"), Kind::Set, "/division_id", "9007199254740993"))
            .toInteger(),
        Q_INT64_C(9007199254740993));
    EXPECT_EQ(std::get<QJsonValue>(convert(QStringLiteral("pismo"), Kind::Set, "/account_name", "123")),
              QJsonValue(QStringLiteral("123")));
    EXPECT_EQ(std::get<QJsonValue>(convert(QStringLiteral("pismo"), Kind::Set, "/centralizer", "true")),
              QJsonValue(true));
    EXPECT_EQ(std::get<QJsonValue>(convert(QStringLiteral("zephr"), Kind::Set, "/session_limit", "2.5")),
              QJsonValue(2.5));
    EXPECT_EQ(std::get<QJsonValue>(convert(QStringLiteral("pismo"), Kind::Null, "/parent_account_id")),
              QJsonValue(QJsonValue::Null));
    EXPECT_EQ(std::get<QJsonValue>(convert(QStringLiteral("sequence"), Kind::SetJson, "/alertEmailAddresses",
                                           R"(["a@b.co"])")),
              QJsonValue(QJsonArray{QStringLiteral("a@b.co")}));
    EXPECT_EQ(std::get<QJsonValue>(convert(QStringLiteral("pismo"), Kind::Set, "/custom_fields/k", "v")),
              QJsonValue(QStringLiteral("v")));
}

TEST(EditConverter, SaysWhatIsWrong)
{
    using Kind = CliArguments::Edit::Kind;
    auto message = [](const std::variant<QJsonValue, FieldError>& result) {
        return std::holds_alternative<FieldError>(result) ? std::get<FieldError>(result).message.toStdString()
                                                          : std::string("no error");
    };
    EXPECT_NE(
        message(convert(QStringLiteral("pismo"), Kind::Set, "/division_id", "1.5")).find("whole number"),
        std::string::npos);
    EXPECT_NE(message(convert(QStringLiteral("pismo"), Kind::Set, "/division_id", "99999999999999999999"))
                  .find("64-bit"),
              std::string::npos);
    EXPECT_NE(
        message(convert(QStringLiteral("pismo"), Kind::Set, "/centralizer", "yes")).find("true or false"),
        std::string::npos);
    EXPECT_NE(message(convert(QStringLiteral("pismo"), Kind::Set, "/nope", "1")).find("no such field"),
              std::string::npos);
    EXPECT_NE(
        message(convert(QStringLiteral("softwareone"), Kind::Set, "/id", "1")).find("managed by the server"),
        std::string::npos);
    EXPECT_NE(message(convert(QStringLiteral("sequence"), Kind::Set, "/alertEmailAddresses", "a@b.co"))
                  .find("--set-json"),
              std::string::npos);
    EXPECT_NE(message(convert(QStringLiteral("softwareone"), Kind::Set, "/address", "x"))
                  .find("/address/addressLine1"),
              std::string::npos);
    EXPECT_NE(message(convert(QStringLiteral("pismo"), Kind::SetJson, "/custom_fields", "{bad"))
                  .find("not one JSON value"),
              std::string::npos);
}
