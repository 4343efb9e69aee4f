#include "openapi/SchemaResolver.h"

#include "TestSupport.h"
#include "openapi/DocumentReader.h"
#include "openapi/JsonPointer.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

struct Resolved
{
    SchemaPtr schema;
    SpecDiagnostics diagnostics;
};

// Resolves the schema at `pointer` of a YAML or JSON text.
Resolved resolve(const QByteArray& text, const QString& pointer)
{
    Resolved result;
    const auto document = DocumentReader::read(text, result.diagnostics);
    if (!document)
        return result;
    SchemaResolver resolver(*document, result.diagnostics);
    result.schema = resolver.resolve(*JsonPointer::resolve(document->root, pointer), pointer);
    return result;
}

const QByteArray kComponents = R"(
components:
  schemas:
    Status:
      type: string
      enum: [Active, Enabled, Disabled]
    Address:
      type: object
      required: [city]
      properties:
        street: {type: string, maxLength: 100}
        city: {type: string}
    Holder:
      type: object
      properties:
        legacy:
          type: string
          nullable: true
        modern:
          type: [string, "null"]
          maxLength: 10
        status:
          allOf:
            - $ref: '#/components/schemas/Status'
          nullable: true
          description: Outer description wins
        address:
          allOf:
            - $ref: '#/components/schemas/Address'
            - type: object
              required: [street]
              properties:
                postCode: {type: string}
        union:
          anyOf:
            - $ref: '#/components/schemas/Address'
            - type: 'null'
        siblingRef:
          $ref: '#/components/schemas/Status'
          description: A sibling of $ref
        int32:
          type: integer
          format: int32
          minimum: 1
        exclusive31:
          type: number
          exclusiveMinimum: 0
    Tree:
      type: object
      properties:
        name: {type: string}
        children:
          type: array
          items:
            $ref: '#/components/schemas/Tree'
    A:
      type: object
      properties:
        b: {$ref: '#/components/schemas/B'}
    B:
      type: object
      properties:
        a: {$ref: '#/components/schemas/A'}
    Dangling:
      $ref: '#/components/schemas/Nowhere'
    External:
      $ref: 'other.yaml#/components/schemas/X'
    BadLimits:
      type: string
      minLength: 5
      maxLength: 2
    BadType:
      type: text
)";

} // namespace

TEST(SchemaResolver, ReadsNullableIn30And31SpellingsAsTheSameThing)
{
    const Resolved resolved = resolve(kComponents, QStringLiteral("/components/schemas/Holder"));
    ASSERT_TRUE(resolved.schema);
    const Schema& holder = *resolved.schema;
    const Schema& legacy = *holder.property(QStringLiteral("legacy"))->schema;
    const Schema& modern = *holder.property(QStringLiteral("modern"))->schema;
    EXPECT_TRUE(legacy.nullable);
    EXPECT_EQ(legacy.type, Schema::Type::String);
    EXPECT_TRUE(modern.nullable);
    EXPECT_EQ(modern.type, Schema::Type::String);
    EXPECT_EQ(modern.maxLength, 10);
}

TEST(SchemaResolver, MergesTheAllOfRefPlusNullableIdiom)
{
    const Resolved resolved = resolve(kComponents, QStringLiteral("/components/schemas/Holder"));
    const Schema& status = *resolved.schema->property(QStringLiteral("status"))->schema;
    EXPECT_EQ(status.type, Schema::Type::String);
    EXPECT_TRUE(status.nullable);
    EXPECT_EQ(status.enumValues.size(), 3);
    EXPECT_EQ(status.description, QStringLiteral("Outer description wins"));
}

TEST(SchemaResolver, MergesAllOfPropertiesAndRequiredInOrder)
{
    const Resolved resolved = resolve(kComponents, QStringLiteral("/components/schemas/Holder"));
    const Schema& address = *resolved.schema->property(QStringLiteral("address"))->schema;
    EXPECT_EQ(address.type, Schema::Type::Object);
    ASSERT_EQ(address.properties.size(), 3);
    EXPECT_EQ(address.properties.at(0).name, QStringLiteral("street"));
    EXPECT_EQ(address.properties.at(1).name, QStringLiteral("city"));
    EXPECT_EQ(address.properties.at(2).name, QStringLiteral("postCode"));
    EXPECT_EQ(address.required, (QStringList{QStringLiteral("city"), QStringLiteral("street")}));
    EXPECT_EQ(address.property(QStringLiteral("street"))->schema->maxLength, 100);
}

TEST(SchemaResolver, ReadsAnyOfWithNullAsNullable)
{
    const Resolved resolved = resolve(kComponents, QStringLiteral("/components/schemas/Holder"));
    const Schema& unionSchema = *resolved.schema->property(QStringLiteral("union"))->schema;
    EXPECT_TRUE(unionSchema.nullable);
    EXPECT_EQ(unionSchema.type, Schema::Type::Object);
    EXPECT_TRUE(unionSchema.property(QStringLiteral("city")));
}

TEST(SchemaResolver, SiblingsOfRefRefineTheTarget)
{
    const Resolved resolved = resolve(kComponents, QStringLiteral("/components/schemas/Holder"));
    const Schema& sibling = *resolved.schema->property(QStringLiteral("siblingRef"))->schema;
    EXPECT_EQ(sibling.description, QStringLiteral("A sibling of $ref"));
    EXPECT_EQ(sibling.enumValues.size(), 3);
    EXPECT_EQ(sibling.origin, QStringLiteral("/components/schemas/Status"));
}

TEST(SchemaResolver, ReadsNumericLimitsOfBothVersions)
{
    const Resolved resolved = resolve(kComponents, QStringLiteral("/components/schemas/Holder"));
    const Schema& int32 = *resolved.schema->property(QStringLiteral("int32"))->schema;
    EXPECT_EQ(int32.format, QStringLiteral("int32"));
    EXPECT_EQ(int32.minimum, 1.0);
    EXPECT_FALSE(int32.exclusiveMinimum);
    const Schema& exclusive = *resolved.schema->property(QStringLiteral("exclusive31"))->schema;
    EXPECT_EQ(exclusive.minimum, 0.0);
    EXPECT_TRUE(exclusive.exclusiveMinimum);
    EXPECT_FALSE(hasErrors(resolved.diagnostics)) << TestSupport::describe(resolved.diagnostics);
}

TEST(SchemaResolver, StopsAtASelfReferenceAndSaysSo)
{
    const Resolved resolved = resolve(kComponents, QStringLiteral("/components/schemas/Tree"));
    ASSERT_TRUE(resolved.schema);
    const Schema& children = *resolved.schema->property(QStringLiteral("children"))->schema;
    ASSERT_TRUE(children.items);
    EXPECT_TRUE(children.items->truncated);
    EXPECT_EQ(children.items->type, Schema::Type::Object);
    EXPECT_TRUE(TestSupport::mentions(resolved.diagnostics,
                                      QStringLiteral("/components/schemas/Tree/properties/children/items"),
                                      QStringLiteral("reference cycle")))
        << TestSupport::describe(resolved.diagnostics);
    EXPECT_FALSE(hasErrors(resolved.diagnostics));
}

TEST(SchemaResolver, StopsAtAMutualReference)
{
    const Resolved resolved = resolve(kComponents, QStringLiteral("/components/schemas/A"));
    ASSERT_TRUE(resolved.schema);
    const Schema& b = *resolved.schema->property(QStringLiteral("b"))->schema;
    EXPECT_FALSE(b.truncated);
    // A -> B -> A: B's reference back to A, which is being expanded, is where it stops.
    const Schema& a = *b.property(QStringLiteral("a"))->schema;
    EXPECT_TRUE(a.truncated);
    EXPECT_EQ(a.type, Schema::Type::Object);
    EXPECT_TRUE(a.properties.isEmpty());
}

TEST(SchemaResolver, StopsAtTheDepthLimit)
{
    QByteArray deep = "root:\n";
    QByteArray indent = "  ";
    for (int i = 0; i < 40; ++i) {
        deep += indent + "type: object\n" + indent + "properties:\n" + indent + "  p:\n";
        indent += "    ";
    }
    deep += indent + "type: string\n";
    const Resolved resolved = resolve(deep, QStringLiteral("/root"));
    ASSERT_TRUE(resolved.schema);
    bool sawDepthWarning = false;
    for (const SpecDiagnostic& diagnostic : resolved.diagnostics)
        sawDepthWarning = sawDepthWarning || diagnostic.message.contains(QStringLiteral("deeper than"));
    EXPECT_TRUE(sawDepthWarning) << TestSupport::describe(resolved.diagnostics);
}

TEST(SchemaResolver, ReportsBadReferencesWithTheirPointer)
{
    const Resolved dangling = resolve(kComponents, QStringLiteral("/components/schemas/Dangling"));
    EXPECT_TRUE(TestSupport::mentions(dangling.diagnostics,
                                      QStringLiteral("/components/schemas/Dangling/$ref"),
                                      QStringLiteral("points at nothing")))
        << TestSupport::describe(dangling.diagnostics);
    const Resolved external = resolve(kComponents, QStringLiteral("/components/schemas/External"));
    EXPECT_TRUE(TestSupport::mentions(external.diagnostics,
                                      QStringLiteral("/components/schemas/External/$ref"),
                                      QStringLiteral("only local references")));
}

TEST(SchemaResolver, ReportsContradictoryLimitsAndUnknownTypes)
{
    const Resolved limits = resolve(kComponents, QStringLiteral("/components/schemas/BadLimits"));
    EXPECT_TRUE(TestSupport::mentions(limits.diagnostics, QStringLiteral("/components/schemas/BadLimits"),
                                      QStringLiteral("greater than maxLength")));
    const Resolved type = resolve(kComponents, QStringLiteral("/components/schemas/BadType"));
    EXPECT_TRUE(TestSupport::mentions(type.diagnostics, QStringLiteral("/components/schemas/BadType/type"),
                                      QStringLiteral("unknown type \"text\"")));
}
