#include "form/FormSchemaBuilder.h"

#include "TestSupport.h"
#include "openapi/DocumentReader.h"
#include "openapi/JsonPointer.h"
#include "openapi/SchemaResolver.h"

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

SchemaPtr schemaFrom(const QByteArray& yaml)
{
    SpecDiagnostics diagnostics;
    const auto document = DocumentReader::read(yaml, diagnostics);
    SchemaResolver resolver(*document, diagnostics);
    return resolver.resolve(document->root, QString());
}

const QByteArray kBody = R"(
type: object
required: [name]
properties:
  name: {type: string, maxLength: 10}
  count: {type: integer, format: int32}
  address:
    type: object
    properties:
      country: {type: string}
      lines: {type: array, items: {type: string}}
  members:
    type: array
    items:
      type: object
      properties:
        email: {type: string, format: email}
        role: {type: string, readOnly: true}
  extras: {type: object}
)";

} // namespace

TEST(FormSchemaBuilder, BuildsATreeOfFieldsWithPointers)
{
    SpecDiagnostics diagnostics;
    const FormSchema form = FormSchemaBuilder::build(*schemaFrom(kBody), {}, diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << TestSupport::describe(diagnostics);
    ASSERT_EQ(form.fields().size(), 5);
    EXPECT_TRUE(form.field(QStringLiteral("/name"))->required);
    EXPECT_FALSE(form.field(QStringLiteral("/count"))->required);
    // int32 carries its range so editors and validators agree.
    EXPECT_EQ(form.field(QStringLiteral("/count"))->maximum, 2147483647.0);
    EXPECT_TRUE(form.field(QStringLiteral("/address"))->isGroup());
    EXPECT_EQ(form.field(QStringLiteral("/address/country"))->pointer, QStringLiteral("/address/country"));
    EXPECT_EQ(form.field(QStringLiteral("/members/-/email"))->format, QStringLiteral("email"));
    EXPECT_EQ(form.field(QStringLiteral("/members/3/email"))->format, QStringLiteral("email"));
    EXPECT_TRUE(form.field(QStringLiteral("/members/-/role"))->readOnly);
    EXPECT_TRUE(form.field(QStringLiteral("/extras"))->isFreeForm());
    EXPECT_EQ(form.field(QStringLiteral("/nothing")), nullptr);

    QStringList leaves;
    for (const FieldSpec* leaf : form.leaves())
        leaves.append(leaf->pointer);
    EXPECT_EQ(leaves, (QStringList{QStringLiteral("/name"), QStringLiteral("/count"),
                                   QStringLiteral("/address/country"), QStringLiteral("/address/lines"),
                                   QStringLiteral("/members"), QStringLiteral("/extras")}));
}

TEST(FormSchemaBuilder, AppliesHints)
{
    QHash<QString, FieldHints> hints;
    hints.insert(QStringLiteral("/address/country"),
                 FieldHints{QStringLiteral("country"), {}, {}, {}, {}, QStringLiteral("Land")});
    hints.insert(QStringLiteral("/extras"), FieldHints{QString(), {}, {}, true, 100, {}});
    hints.insert(QStringLiteral("/count"), FieldHints{QString(), true, {}, {}, {}, {}});
    SpecDiagnostics diagnostics;
    const FormSchema form = FormSchemaBuilder::build(*schemaFrom(kBody), hints, diagnostics);
    EXPECT_TRUE(diagnostics.isEmpty()) << TestSupport::describe(diagnostics);
    EXPECT_EQ(form.field(QStringLiteral("/address/country"))->hint, QStringLiteral("country"));
    EXPECT_EQ(form.field(QStringLiteral("/address/country"))->label, QStringLiteral("Land"));
    EXPECT_EQ(form.field(QStringLiteral("/extras"))->maxBytes, 100);
    EXPECT_TRUE(form.field(QStringLiteral("/extras"))->nullable);
    EXPECT_TRUE(form.field(QStringLiteral("/count"))->hidden);
    for (const FieldSpec* leaf : form.leaves())
        EXPECT_NE(leaf->pointer, QStringLiteral("/count"));
}

TEST(FormSchemaBuilder, RejectsHintsThatDoNotFit)
{
    QHash<QString, FieldHints> hints;
    hints.insert(QStringLiteral("/count"), FieldHints{QStringLiteral("country"), {}, {}, {}, {}, {}});
    hints.insert(QStringLiteral("/name"), FieldHints{QStringLiteral("email-list"), {}, {}, {}, {}, {}});
    hints.insert(QStringLiteral("/address/lines"),
                 FieldHints{QStringLiteral("email-list"), {}, {}, {}, {}, {}});
    hints.insert(QStringLiteral("/ghost"), FieldHints{QStringLiteral("multiline"), {}, {}, {}, {}, {}});
    hints.insert(QStringLiteral("/extras"), FieldHints{QStringLiteral("sparkly"), {}, {}, {}, 0, {}});
    SpecDiagnostics diagnostics;
    const FormSchema form = FormSchemaBuilder::build(*schemaFrom(kBody), hints, diagnostics);
    EXPECT_TRUE(TestSupport::mentions(diagnostics, QStringLiteral("/fields/~1count/hint"),
                                      QStringLiteral("needs a string field")))
        << TestSupport::describe(diagnostics);
    EXPECT_TRUE(TestSupport::mentions(diagnostics, QStringLiteral("/fields/~1name/hint"),
                                      QStringLiteral("array of strings")));
    EXPECT_TRUE(
        TestSupport::mentions(diagnostics, QStringLiteral("/fields/~1ghost"), QStringLiteral("no field")));
    EXPECT_TRUE(TestSupport::mentions(diagnostics, QStringLiteral("/fields/~1extras/hint"),
                                      QStringLiteral("unknown hint")));
    EXPECT_TRUE(TestSupport::mentions(diagnostics, QStringLiteral("/fields/~1extras/maxBytes"),
                                      QStringLiteral("positive")));
    EXPECT_EQ(form.field(QStringLiteral("/address/lines"))->hint, QStringLiteral("email-list"));
    EXPECT_EQ(diagnostics.size(), 5);
}

TEST(FormSchemaBuilder, MakesLabelsFromPropertyNames)
{
    EXPECT_EQ(FormSchemaBuilder::labelFor(QStringLiteral("account_name")), QStringLiteral("Account name"));
    EXPECT_EQ(FormSchemaBuilder::labelFor(QStringLiteral("technicalSupportEmail")),
              QStringLiteral("Technical support email"));
    EXPECT_EQ(FormSchemaBuilder::labelFor(QStringLiteral("$meta")), QStringLiteral("Meta"));
    EXPECT_EQ(FormSchemaBuilder::labelFor(QStringLiteral("session-limit")), QStringLiteral("Session limit"));
}
