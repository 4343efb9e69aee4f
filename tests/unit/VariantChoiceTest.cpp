#include "form/VariantChoice.h"

#include "TestSupport.h"
#include "form/FormModel.h"
#include "form/Validator.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

// A payment method is a card or a bank account, told apart by `kind` (OpenAPI discriminator); a
// contact is an e-mail address or a phone number, told apart by shape only (oneOf without one).
const QByteArray kSchema = R"(
type: object
properties:
  payment:
    oneOf:
      - $ref: '#/components/schemas/Card'
      - $ref: '#/components/schemas/BankAccount'
    discriminator:
      propertyName: kind
      mapping:
        card: '#/components/schemas/Card'
        bank: BankAccount
  contact:
    oneOf:
      - type: object
        title: E-mail
        required: [email]
        additionalProperties: false
        properties: {email: {type: string, format: email}}
      - type: object
        title: Phone
        required: [phone]
        additionalProperties: false
        properties: {phone: {type: string, minLength: 5}}
  limit:
    anyOf:
      - {type: integer, minimum: 0}
      - {type: string, enum: [unlimited]}
      - {type: 'null'}
components:
  schemas:
    Card:
      type: object
      required: [kind, last4]
      properties:
        kind: {type: string}
        last4: {type: string, pattern: '^[0-9]{4}$'}
        holder: {type: string}
    BankAccount:
      type: object
      required: [kind, iban]
      properties:
        kind: {type: string}
        iban: {type: string, minLength: 15}
        holder: {type: string}
)";

QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> members)
{
    QJsonObject result;
    for (const auto& [key, value] : members)
        result.insert(key, value);
    return result;
}

} // namespace

TEST(VariantChoice, VariantsAreNamedByTheirDiscriminatorTitleOrDefinition)
{
    const FormSchema form = TestSupport::formFromSchema(kSchema);
    const FieldSpec* payment = form.field(QStringLiteral("/payment"));
    ASSERT_NE(payment, nullptr);
    ASSERT_EQ(payment->variants.size(), 2);
    EXPECT_TRUE(payment->variantsExclusive);
    EXPECT_EQ(payment->discriminator, QStringLiteral("kind"));
    EXPECT_EQ(payment->variants.at(0).discriminatorValue, QStringLiteral("card")); // mapping by reference
    EXPECT_EQ(payment->variants.at(1).discriminatorValue, QStringLiteral("bank")); // mapping by name
    const FieldSpec* contact = form.field(QStringLiteral("/contact"));
    ASSERT_EQ(contact->variants.size(), 2);
    EXPECT_EQ(contact->variants.at(0).label, QStringLiteral("E-mail"));
    const FieldSpec* limit = form.field(QStringLiteral("/limit"));
    ASSERT_EQ(limit->variants.size(), 2) << "the null alternative makes the field nullable, not a variant";
    EXPECT_TRUE(limit->nullable);
    EXPECT_FALSE(limit->variantsExclusive);
}

TEST(VariantChoice, TheDiscriminatorPicksTheVariantThatIsChecked)
{
    const FormSchema form = TestSupport::formFromSchema(kSchema);
    const Validator validator(form);
    const QJsonValue card = object({{"kind", "card"}, {"last4", "4242"}});
    EXPECT_TRUE(validator.validateValue(QStringLiteral("/payment"), card).isEmpty());

    const FieldErrors badCard =
        validator.validateValue(QStringLiteral("/payment"), object({{"kind", "card"}, {"last4", "42"}}));
    ASSERT_EQ(badCard.size(), 1);
    EXPECT_EQ(badCard.first().pointer, QStringLiteral("/payment/last4"));

    // A bank account with a card's members is checked as a bank account: its IBAN is missing.
    const FieldErrors mixed =
        validator.validateValue(QStringLiteral("/payment"), object({{"kind", "bank"}, {"last4", "4242"}}));
    ASSERT_EQ(mixed.size(), 1);
    EXPECT_EQ(mixed.first().pointer, QStringLiteral("/payment/iban"));
    EXPECT_EQ(mixed.first().message, QStringLiteral("is required"));

    const FieldErrors unknown =
        validator.validateValue(QStringLiteral("/payment"), object({{"kind", "cash"}}));
    ASSERT_EQ(unknown.size(), 1);
    EXPECT_EQ(unknown.first().pointer, QStringLiteral("/payment/kind"));
    EXPECT_EQ(unknown.first().message, QStringLiteral("must be one of card, bank"));
}

TEST(VariantChoice, WithoutADiscriminatorTheValueMustMatchExactlyOneVariant)
{
    const FormSchema form = TestSupport::formFromSchema(kSchema);
    const Validator validator(form);
    EXPECT_TRUE(validator.validateValue(QStringLiteral("/contact"), object({{"email", "ops@example.com"}}))
                    .isEmpty());
    const FieldErrors none = validator.validateValue(QStringLiteral("/contact"), object({{"phone", "12"}}));
    ASSERT_EQ(none.size(), 1);
    EXPECT_EQ(none.first().pointer, QStringLiteral("/contact"));
    EXPECT_EQ(none.first().message.toStdString(),
              "matches none of its kinds (E-mail: email is required; Phone: phone needs at least 5 "
              "characters (has 2))");
    const FieldErrors both = validator.validateValue(
        QStringLiteral("/contact"), object({{"email", "ops@example.com"}, {"phone", "+4930123"}}));
    ASSERT_EQ(both.size(), 1) << "neither variant takes the other's member";

    // anyOf: matching one is enough; null is allowed by the null alternative.
    EXPECT_TRUE(validator.validateValue(QStringLiteral("/limit"), QJsonValue(12)).isEmpty());
    EXPECT_TRUE(validator.validateValue(QStringLiteral("/limit"), QJsonValue("unlimited")).isEmpty());
    EXPECT_TRUE(validator.validateValue(QStringLiteral("/limit"), QJsonValue(QJsonValue::Null)).isEmpty());
    EXPECT_EQ(validator.validateValue(QStringLiteral("/limit"), QJsonValue(-1)).size(), 1);
    EXPECT_EQ(validator.validateValue(QStringLiteral("/limit"), QJsonValue("lots")).size(), 1);
}

TEST(VariantChoice, AValueIsRecognisedAsItsVariant)
{
    const FormSchema form = TestSupport::formFromSchema(kSchema);
    const FieldSpec& payment = *form.field(QStringLiteral("/payment"));
    EXPECT_EQ(VariantChoice::variantOf(payment, object({{"kind", "bank"}})), 1);
    EXPECT_EQ(VariantChoice::variantOf(payment, object({{"kind", "cash"}})), -1);
    const FieldSpec& contact = *form.field(QStringLiteral("/contact"));
    EXPECT_EQ(VariantChoice::variantOf(contact, object({{"phone", "+4930123"}})), 1);
    EXPECT_EQ(VariantChoice::variantOf(contact, QJsonValue(QJsonValue::Undefined)), -1);
    const FieldSpec& limit = *form.field(QStringLiteral("/limit"));
    EXPECT_EQ(VariantChoice::variantOf(limit, QJsonValue("unlimited")), 1);
}

TEST(VariantChoice, SwitchingKindKeepsSharedMembersSetsTheTagAndAddsRequiredOnes)
{
    const FormSchema form = TestSupport::formFromSchema(kSchema);
    const FieldSpec& payment = *form.field(QStringLiteral("/payment"));
    const QJsonValue card = object({{"kind", "card"}, {"last4", "4242"}, {"holder", "Ada"}});
    const QJsonValue bank = VariantChoice::reshape(payment, 1, card);
    EXPECT_EQ(bank, QJsonValue(object({{"kind", "bank"}, {"holder", "Ada"}, {"iban", ""}})));
    // From nothing: the skeleton of the variant.
    EXPECT_EQ(VariantChoice::reshape(payment, 0, QJsonValue(QJsonValue::Undefined)),
              QJsonValue(object({{"kind", "card"}, {"last4", ""}})));
    // A scalar that fits the chosen variant stays; one that does not becomes the variant's starter.
    const FieldSpec& limit = *form.field(QStringLiteral("/limit"));
    EXPECT_EQ(VariantChoice::reshape(limit, 0, QJsonValue(7)), QJsonValue(7));
    EXPECT_EQ(VariantChoice::reshape(limit, 1, QJsonValue(7)), QJsonValue("unlimited"));
    EXPECT_EQ(VariantChoice::reshape(limit, 0, QJsonValue("unlimited")), QJsonValue(0));
}

TEST(VariantChoice, MembersNoVariantDeclaresStayWhenTheKindChanges)
{
    const FormSchema form = TestSupport::formFromSchema(kSchema);
    const FieldSpec& payment = *form.field(QStringLiteral("/payment"));
    const QJsonValue card = object({{"kind", "card"}, {"last4", "4242"}, {"nickname", "travel"}});
    EXPECT_EQ(VariantChoice::reshape(payment, 1, card),
              QJsonValue(object({{"kind", "bank"}, {"iban", ""}, {"nickname", "travel"}})));
}

TEST(VariantChoice, AnObjectWithMembersAndVariantsKeepsEveryMemberOnAReplacement)
{
    // `properties` beside `anyOf`: edited as a group of every member; a PUT sends back what the
    // account holds, the IBAN included, when only the holder is edited.
    FormModel model(TestSupport::formFromSchema(R"(
type: object
properties:
  billing:
    type: object
    properties: {holder: {type: string}}
    anyOf:
      - {properties: {last4: {type: string}}, required: [last4]}
      - {properties: {iban: {type: string}}, required: [iban]}
)"));
    const FieldSpec* billing = model.schema().field(QStringLiteral("/billing"));
    ASSERT_NE(billing, nullptr);
    EXPECT_TRUE(billing->variants.isEmpty());
    EXPECT_NE(billing->child(QStringLiteral("iban")), nullptr);
    model.load(object({{"billing", object({{"holder", "Ada"}, {"iban", "DE02120300000000202051"}})}}));
    ASSERT_TRUE(model.setValue(QStringLiteral("/billing/holder"), QJsonValue("Bob")));
    EXPECT_EQ(model.putBody().value(QStringLiteral("billing")),
              QJsonValue(object({{"holder", "Bob"}, {"iban", "DE02120300000000202051"}})));
    EXPECT_TRUE(Validator(model.schema()).validateBody(model.putBody()).isEmpty());
    EXPECT_TRUE(Validator(model.schema()).validateBody(model.patchBody()).isEmpty())
        << "a partial edit is no variant";
}

TEST(VariantChoice, MatchingTwoKindsOfAOneOfIsRefused)
{
    const FormSchema form = TestSupport::formFromSchema(R"(
type: object
properties:
  code:
    oneOf:
      - {type: string, maxLength: 5}
      - {type: string, pattern: '^[A-Z]+$'}
)");
    const Validator validator(form);
    EXPECT_TRUE(validator.validateValue(QStringLiteral("/code"), QJsonValue("abc")).isEmpty());
    const FieldErrors both = validator.validateValue(QStringLiteral("/code"), QJsonValue("ABC"));
    ASSERT_EQ(both.size(), 1);
    EXPECT_TRUE(both.first().message.startsWith(QStringLiteral("matches more than one of its kinds")));
}
