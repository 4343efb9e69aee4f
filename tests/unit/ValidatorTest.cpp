#include "form/Validator.h"

#include "TestSupport.h"
#include "form/StringFormats.h"
#include "provider/ProviderRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

const Provider& bundled(const QString& id)
{
    return TestSupport::bundledProvider(id);
}

FieldErrors validate(const QString& provider, const char* body)
{
    return Validator(bundled(provider).form()).validateBody(QJsonDocument::fromJson(body).object());
}

bool has(const FieldErrors& errors, const QString& pointer, const QString& part)
{
    for (const FieldError& error : errors)
        if (error.pointer == pointer && error.message.contains(part))
            return true;
    return false;
}

std::string text(const FieldErrors& errors)
{
    QStringList lines;
    for (const FieldError& error : errors)
        lines.append(error.toString());
    return lines.join(QStringLiteral("; ")).toStdString();
}

} // namespace

TEST(Validator, AValidBodyHasNoErrors)
{
    EXPECT_TRUE(validate(QStringLiteral("pismo"), R"({"account_name": "Cash", "division_id": 9007199254740993,
        "parent_account_id": null, "custom_fields": {"a": "b"}, "centralizer": true})")
                    .isEmpty());
    EXPECT_TRUE(validate(QStringLiteral("softwareone"),
                         R"({"name": "Acme", "technicalSupportEmail": "help@acme.example",
        "address": {"country": "CH"}, "externalIds": {"pyraTenantId": "0b0b0b0b-0b0b-0b0b-0b0b-0b0b0b0b0b0b"},
        "type": "Client", "status": null})")
                    .isEmpty());
}

TEST(Validator, ReturnsEveryProblemAtOnce)
{
    const FieldErrors errors = validate(QStringLiteral("softwareone"), R"({"website": 5, "type": "Partner",
        "technicalSupportEmail": "not-an-email", "address": {"country": "XX", "city": 3}, "bogus": 1})");
    EXPECT_TRUE(has(errors, QStringLiteral("/name"), QStringLiteral("required"))) << text(errors);
    EXPECT_TRUE(has(errors, QStringLiteral("/website"), QStringLiteral("must be text")));
    EXPECT_TRUE(has(errors, QStringLiteral("/type"), QStringLiteral("one of Client, Vendor, Operations")));
    EXPECT_TRUE(has(errors, QStringLiteral("/technicalSupportEmail"), QStringLiteral("e-mail")));
    EXPECT_TRUE(has(errors, QStringLiteral("/address/country"), QStringLiteral("ISO 3166-1")));
    EXPECT_TRUE(has(errors, QStringLiteral("/address/city"), QStringLiteral("must be text")));
    EXPECT_TRUE(has(errors, QStringLiteral("/bogus"), QStringLiteral("no such field")));
    EXPECT_EQ(errors.size(), 7);
}

TEST(Validator, LengthsCountCharactersNotBytes)
{
    const QString sixtyEmoji = QString(60, QChar(0x00E9)); // é: 2 UTF-8 bytes, one character
    QJsonObject body{{QStringLiteral("account_name"), sixtyEmoji}};
    EXPECT_TRUE(Validator(bundled(QStringLiteral("pismo")).form()).validateBody(body).isEmpty());
    body.insert(QStringLiteral("account_name"), sixtyEmoji + QStringLiteral("x"));
    const FieldErrors errors = Validator(bundled(QStringLiteral("pismo")).form()).validateBody(body);
    EXPECT_TRUE(
        has(errors, QStringLiteral("/account_name"), QStringLiteral("at most 60 characters (has 61)")))
        << text(errors);
    // A character outside the BMP is one character, two UTF-16 units.
    const QString astral = QString::fromUcs4(U"\U0001F600");
    body.insert(QStringLiteral("account_name"), astral.repeated(60));
    EXPECT_TRUE(Validator(bundled(QStringLiteral("pismo")).form()).validateBody(body).isEmpty());
    EXPECT_TRUE(has(validate(QStringLiteral("softwareone"), R"({"name": ""})"), QStringLiteral("/name"),
                    QStringLiteral("cannot be empty")));
}

TEST(Validator, IntegersAndNumbers)
{
    EXPECT_TRUE(has(validate(QStringLiteral("pismo"), R"({"division_id": 1.5})"),
                    QStringLiteral("/division_id"), QStringLiteral("whole number")));
    EXPECT_TRUE(has(validate(QStringLiteral("pismo"), R"({"division_id": "12"})"),
                    QStringLiteral("/division_id"), QStringLiteral("whole number")));
    EXPECT_TRUE(has(validate(QStringLiteral("pismo"), R"({"division_id": 1e19})"),
                    QStringLiteral("/division_id"), QStringLiteral("64-bit")));
    EXPECT_TRUE(has(validate(QStringLiteral("pismo"), R"({"parent_account_id": true})"),
                    QStringLiteral("/parent_account_id"), QStringLiteral("whole number")));
    EXPECT_TRUE(has(validate(QStringLiteral("zephr"), R"({"session_limit": "ten"})"),
                    QStringLiteral("/session_limit"), QStringLiteral("a number")));
    EXPECT_TRUE(
        validate(QStringLiteral("zephr"), R"({"session_limit": 2.5, "number_of_seats": 5})").isEmpty());
    EXPECT_TRUE(has(validate(QStringLiteral("pismo"), R"({"centralizer": "yes"})"),
                    QStringLiteral("/centralizer"), QStringLiteral("true or false")));
    EXPECT_TRUE(has(validate(QStringLiteral("pismo"), R"({"account_name": null})"),
                    QStringLiteral("/account_name"), QStringLiteral("cannot be null")));
}

TEST(Validator, Int32RangeComesFromTheFormat)
{
    FieldSpec root;
    root.type = FieldSpec::Type::Object;
    FieldSpec count;
    count.name = QStringLiteral("count");
    count.pointer = QStringLiteral("/count");
    count.type = FieldSpec::Type::Integer;
    count.format = QStringLiteral("int32");
    count.minimum = -2147483648.0;
    count.maximum = 2147483647.0;
    root.children.append(count);
    const FormSchema form(root);
    EXPECT_TRUE(Validator(form).validateBody({{QStringLiteral("count"), 2147483647}}).isEmpty());
    EXPECT_FALSE(Validator(form).validateBody({{QStringLiteral("count"), Q_INT64_C(2147483648)}}).isEmpty());
}

TEST(Validator, ZephrHints)
{
    EXPECT_TRUE(validate(QStringLiteral("zephr"),
                         R"({"on_premises_ips": "125.124.143.24\n10.0.0.0/8\n2001:db8::/32\n::1\n",
        "premises_tags": "[\"gold-tier\", \"university\"]", "session_limit_behaviour": "PREVENT_LOGIN"})")
                    .isEmpty());
    const FieldErrors ips = validate(QStringLiteral("zephr"),
                                     R"({"on_premises_ips": "125.124.143.24\n300.1.1.1\n\n10.0.0.0/33"})");
    EXPECT_TRUE(has(ips, QStringLiteral("/on_premises_ips"), QStringLiteral("line 2: \"300.1.1.1\"")))
        << text(ips);
    EXPECT_TRUE(has(ips, QStringLiteral("/on_premises_ips"), QStringLiteral("line 3 is empty")));
    EXPECT_TRUE(has(ips, QStringLiteral("/on_premises_ips"), QStringLiteral("line 4: \"10.0.0.0/33\"")));
    EXPECT_TRUE(has(validate(QStringLiteral("zephr"), R"({"premises_tags": "gold-tier"})"),
                    QStringLiteral("/premises_tags"), QStringLiteral("JSON array of strings")));
    EXPECT_TRUE(has(validate(QStringLiteral("zephr"), R"({"premises_tags": "[1, 2]"})"),
                    QStringLiteral("/premises_tags"), QStringLiteral("JSON array of strings")));
    EXPECT_TRUE(has(validate(QStringLiteral("zephr"), R"({"session_limit_behaviour": "KICK"})"),
                    QStringLiteral("/session_limit_behaviour"), QStringLiteral("PREVENT_LOGIN")));
}

TEST(Validator, EmailListAndMaxBytes)
{
    const FieldErrors emails =
        validate(QStringLiteral("sequence"), R"({"alertEmailAddresses": ["ok@example.com", "nope", "a@b"]})");
    EXPECT_TRUE(has(emails, QStringLiteral("/alertEmailAddresses/1"),
                    QStringLiteral("\"nope\" is not an e-mail address")))
        << text(emails);
    EXPECT_TRUE(has(emails, QStringLiteral("/alertEmailAddresses/2"), QStringLiteral("not an e-mail")));
    EXPECT_TRUE(has(validate(QStringLiteral("sequence"), R"({})"), QStringLiteral("/alertEmailAddresses"),
                    QStringLiteral("required")));

    // 1014 bytes of serialized JSON, counted in UTF-8: {"k":"…"} is 8 bytes of syntax.
    QJsonObject fits{{QStringLiteral("k"), QString(1006, QLatin1Char('x'))}};
    QJsonObject body{{QStringLiteral("custom_fields"), fits}};
    EXPECT_TRUE(Validator(bundled(QStringLiteral("pismo")).form()).validateBody(body).isEmpty());
    QJsonObject tooBig{{QStringLiteral("k"), QString(1005, QLatin1Char('x')) + QString(1, QChar(0x00E9))}};
    body.insert(QStringLiteral("custom_fields"), tooBig);
    const FieldErrors bytes = Validator(bundled(QStringLiteral("pismo")).form()).validateBody(body);
    EXPECT_TRUE(has(bytes, QStringLiteral("/custom_fields"), QStringLiteral("1015 bytes"))) << text(bytes);
}

TEST(Validator, PathParameters)
{
    const Parameter pismo = bundled(QStringLiteral("pismo")).pathParameters().first();
    EXPECT_FALSE(Validator::validatePathParameter(pismo, QStringLiteral("123")));
    EXPECT_FALSE(Validator::validatePathParameter(pismo, QStringLiteral("9223372036854775807")));
    EXPECT_EQ(Validator::validatePathParameter(pismo, QStringLiteral("0"))->message,
              QStringLiteral("must be ≥ 1"));
    EXPECT_EQ(Validator::validatePathParameter(pismo, QStringLiteral("0"))->pointer,
              QStringLiteral("{accountId}"));
    EXPECT_TRUE(Validator::validatePathParameter(pismo, QStringLiteral("-4")));
    EXPECT_TRUE(Validator::validatePathParameter(pismo, QStringLiteral("12a")));
    EXPECT_TRUE(Validator::validatePathParameter(pismo, QStringLiteral("9223372036854775808")));
    EXPECT_TRUE(Validator::validatePathParameter(pismo, QString()));
    const Parameter sequence = bundled(QStringLiteral("sequence")).pathParameters().first();
    EXPECT_FALSE(
        Validator::validatePathParameter(sequence, QStringLiteral("b6b0bb79-7b03-4cc0-9c70-2d3aec3aeb17")));
    EXPECT_TRUE(Validator::validatePathParameter(sequence, QStringLiteral("a/b")));
    EXPECT_TRUE(Validator::validatePathParameter(sequence, QStringLiteral(" padded")));
}

TEST(Validator, DotSegmentsAreNotAccountIds)
{
    // A free-form string id (SoftwareOne, Zephr) would otherwise let "/accounts/.." climb to "/".
    const QString message = QStringLiteral("\".\" and \"..\" are not account ids");
    for (const QString& id : {QStringLiteral("softwareone"), QStringLiteral("zephr"),
                              QStringLiteral("sequence"), QStringLiteral("pismo")}) {
        const Parameter parameter = bundled(id).pathParameters().first();
        for (const QString& text : {QStringLiteral("."), QStringLiteral("..")}) {
            const std::optional<FieldError> problem = Validator::validatePathParameter(parameter, text);
            ASSERT_TRUE(problem) << id.toStdString() << " " << text.toStdString();
            EXPECT_EQ(problem->message, message) << id.toStdString();
            EXPECT_EQ(problem->pointer, QLatin1Char('{') + parameter.name + QLatin1Char('}'));
        }
    }
    // Dots inside an id are fine.
    const Parameter softwareOne = bundled(QStringLiteral("softwareone")).pathParameters().first();
    EXPECT_FALSE(Validator::validatePathParameter(softwareOne, QStringLiteral("ACC-1.2")));
    EXPECT_FALSE(Validator::validatePathParameter(softwareOne, QStringLiteral("...")));
    EXPECT_FALSE(Validator::validatePathParameter(softwareOne, QStringLiteral(".hidden")));
}

TEST(Validator, EmailAndUuidFormats)
{
    EXPECT_TRUE(StringFormats::isEmailAddress(QStringLiteral("first.last+tag@sub.example.co.uk")));
    EXPECT_FALSE(StringFormats::isEmailAddress(QStringLiteral("no at sign")));
    EXPECT_FALSE(StringFormats::isEmailAddress(QStringLiteral("a@b")));
    EXPECT_FALSE(StringFormats::isEmailAddress(QStringLiteral("a..b@example.com")));
    EXPECT_FALSE(StringFormats::isEmailAddress(QStringLiteral("a b@example.com")));
    EXPECT_TRUE(StringFormats::isUuid(QStringLiteral("b6b0bb79-7b03-4cc0-9c70-2d3aec3aeb17")));
    EXPECT_FALSE(StringFormats::isUuid(QStringLiteral("b6b0bb79-7b03-4cc0-9c70-2d3aec3aeb1")));
}
