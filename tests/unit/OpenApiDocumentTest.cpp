#include "openapi/OpenApiDocument.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

struct Loaded
{
    std::shared_ptr<const OpenApiDocument> document;
    SpecDiagnostics diagnostics;
};

Loaded load(const QByteArray& text)
{
    Loaded loaded;
    loaded.document = OpenApiDocument::load(text, loaded.diagnostics);
    return loaded;
}

const QByteArray kMinimal = R"(
openapi: 3.0.3
info: {title: Minimal, version: '1'}
servers:
  - url: https://{region}.example.com/v1
    description: Regional
    variables:
      region: {default: eu, enum: [eu, us]}
paths:
  /things/{thingId}:
    parameters:
      - name: thingId
        in: path
        required: true
        schema: {type: integer, format: int64, minimum: 1}
    patch:
      operationId: updateThing
      parameters:
        - $ref: '#/components/parameters/Version'
      requestBody:
        $ref: '#/components/requestBodies/Thing'
      responses:
        '200': {description: OK}
components:
  parameters:
    Version:
      name: X-Version
      in: header
      schema: {type: string, enum: ['1', '2']}
  requestBodies:
    Thing:
      required: true
      content:
        application/json:
          schema:
            type: object
            properties:
              name: {type: string}
)";

} // namespace

TEST(OpenApiDocument, LoadsOperationsWithSharedAndReferencedParameters)
{
    const Loaded loaded = load(kMinimal);
    ASSERT_TRUE(loaded.document) << TestSupport::describe(loaded.diagnostics);
    const Operation* operation = loaded.document->findOperation(QStringLiteral("updateThing"));
    ASSERT_TRUE(operation);
    EXPECT_EQ(operation, loaded.document->findOperation(QStringLiteral("PATCH /things/{thingId}")));
    EXPECT_EQ(operation->method, QStringLiteral("PATCH"));
    const Parameter* id = operation->parameter(QStringLiteral("path"), QStringLiteral("thingId"));
    ASSERT_TRUE(id);
    EXPECT_EQ(id->schema->format, QStringLiteral("int64"));
    const Parameter* version = operation->parameter(QStringLiteral("header"), QStringLiteral("x-version"));
    ASSERT_TRUE(version);
    EXPECT_EQ(version->schema->enumValues.size(), 2);
    EXPECT_TRUE(operation->requestBodyRequired);
    ASSERT_TRUE(operation->requestBody(QStringLiteral("application/json")));
    EXPECT_TRUE(
        operation->requestBody(QStringLiteral("application/json"))->schema->property(QStringLiteral("name")));
}

TEST(OpenApiDocument, ReadsServerVariables)
{
    const Loaded loaded = load(kMinimal);
    ASSERT_TRUE(loaded.document);
    ASSERT_EQ(loaded.document->servers().size(), 1);
    const Server& server = loaded.document->servers().first();
    EXPECT_EQ(server.description, QStringLiteral("Regional"));
    EXPECT_EQ(server.defaultUrl(), QStringLiteral("https://eu.example.com/v1"));
    EXPECT_EQ(server.variables.first().enumValues, (QStringList{QStringLiteral("eu"), QStringLiteral("us")}));
}

struct MalformedCase
{
    const char* name;
    QByteArray text;
    QString pointer;
    QString message;
};

// Names the case in failure messages instead of dumping its bytes.
void PrintTo(const MalformedCase& malformed, std::ostream* os)
{
    *os << malformed.name;
}

class MalformedDocument : public ::testing::TestWithParam<MalformedCase>
{};

TEST_P(MalformedDocument, IsRejectedWithPointerAndReason)
{
    const MalformedCase& malformed = GetParam();
    const Loaded loaded = load(malformed.text);
    EXPECT_FALSE(loaded.document);
    EXPECT_TRUE(TestSupport::mentions(loaded.diagnostics, malformed.pointer, malformed.message))
        << "expected " << malformed.pointer.toStdString() << ": " << malformed.message.toStdString()
        << "\n got: " << TestSupport::describe(loaded.diagnostics);
}

INSTANTIATE_TEST_SUITE_P(
    OpenApiDocument, MalformedDocument,
    ::testing::Values(
        MalformedCase{"NotAnObject", "[1, 2]", QString(), QStringLiteral("must be an object")},
        MalformedCase{"NoVersion", "info: {title: x, version: '1'}\npaths: {}\n", QStringLiteral("/openapi"),
                      QStringLiteral("missing")},
        MalformedCase{"Swagger2", "swagger: '2.0'\n", QStringLiteral("/swagger"),
                      QStringLiteral("not supported")},
        MalformedCase{"Version4", "openapi: 4.0.0\n", QStringLiteral("/openapi"),
                      QStringLiteral("not supported")},
        MalformedCase{"PathsNotObject", "openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths: [1]\n",
                      QStringLiteral("/paths"), QStringLiteral("must be an object")},
        MalformedCase{"MissingPaths30", "openapi: 3.0.0\ninfo: {title: x, version: '1'}\n",
                      QStringLiteral("/paths"), QStringLiteral("needs paths")},
        MalformedCase{"PathWithoutSlash",
                      "openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths:\n  things: {}\n",
                      QStringLiteral("/paths/things"), QStringLiteral("must start with '/'")},
        MalformedCase{"UndeclaredPathParameter",
                      "openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths:\n  /a/{id}:\n    get:\n      "
                      "responses: {}\n",
                      QStringLiteral("/paths/~1a~1{id}/get/parameters"), QStringLiteral("{id}")},
        MalformedCase{
            "BadParameterLocation",
            "openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n"
            "        - {name: q, in: body}\n",
            QStringLiteral("/paths/~1a/get/parameters/0/in"), QStringLiteral("path, query, header, cookie")},
        MalformedCase{"OptionalPathParameter",
                      "openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths:\n  /a/{id}:\n    get:\n      "
                      "parameters:\n"
                      "        - {name: id, in: path, schema: {type: string}}\n",
                      QStringLiteral("/paths/~1a~1{id}/get/parameters/0/required"),
                      QStringLiteral("must be required")},
        MalformedCase{
            "DanglingSchemaRef",
            "openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    put:\n      requestBody:\n"
            "        content:\n          application/json:\n            schema: {$ref: "
            "'#/components/schemas/Gone'}\n",
            QStringLiteral("/paths/~1a/put/requestBody/content/application~1json/schema/$ref"),
            QStringLiteral("points at nothing")},
        MalformedCase{"BodyWithoutContent",
                      "openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    put:\n      "
                      "requestBody: {}\n",
                      QStringLiteral("/paths/~1a/put/requestBody/content"),
                      QStringLiteral("needs a content object")},
        MalformedCase{"UnknownSecurityScheme",
                      "openapi: 3.0.0\ninfo: {title: x, version: '1'}\nsecurity: [{nope: []}]\npaths: {}\n",
                      QStringLiteral("/security/0/nope"), QStringLiteral("no security scheme")},
        MalformedCase{
            "UndeclaredServerVariable",
            "openapi: 3.0.0\ninfo: {title: x, version: '1'}\nservers: [{url: 'https://{x}.io'}]\npaths: {}\n",
            QStringLiteral("/servers/0/url"), QStringLiteral("{x}")},
        MalformedCase{
            "DuplicateOperationId",
            "openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get: {operationId: same}\n"
            "    put: {operationId: same}\n",
            QStringLiteral("/paths/~1a/put/operationId"), QStringLiteral("used twice")},
        MalformedCase{
            "SchemaNotAnObject",
            "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    put:\n      requestBody:\n"
            "        content:\n          application/json:\n            schema: 42\n",
            QStringLiteral("/paths/~1a/put/requestBody/content/application~1json/schema"),
            QStringLiteral("expected a schema object")}),
    [](const ::testing::TestParamInfo<MalformedCase>& parameter) {
        return std::string(parameter.param.name);
    });

TEST(OpenApiDocument, AnEncodingForAMissingPartIsIgnoredWithAWarning)
{
    // OpenAPI requires the part to exist; a document that gets it wrong still loads (found in a
    // public document: ReadMe's parameters-style example).
    const Loaded loaded = load(
        "openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    put:\n      requestBody:\n"
        "        content:\n          multipart/form-data:\n            schema: {type: object, properties: "
        "{a: {type: string}}}\n            encoding: {a: {contentType: text/plain}, b: {contentType: "
        "image/png}}\n");
    ASSERT_TRUE(loaded.document) << TestSupport::describe(loaded.diagnostics);
    const MediaType* body =
        loaded.document->operations().first().requestBody(QStringLiteral("multipart/form-data"));
    ASSERT_TRUE(body);
    EXPECT_EQ(body->partContentTypes.value(QStringLiteral("a")), QStringLiteral("text/plain"));
    EXPECT_FALSE(body->partContentTypes.contains(QStringLiteral("b")));
    EXPECT_TRUE(TestSupport::mentions(
        loaded.diagnostics,
        QStringLiteral("/paths/~1a/put/requestBody/content/multipart~1form-data/encoding/b"),
        QStringLiteral("it is ignored")));
}

TEST(OpenApiDocument, SyntaxErrorsKeepTheirLine)
{
    const Loaded loaded = load("{\"openapi\": \"3.0.0\",\n \"info\": {,}\n}");
    EXPECT_FALSE(loaded.document);
    ASSERT_FALSE(loaded.diagnostics.isEmpty());
    EXPECT_EQ(loaded.diagnostics.first().line, 2);
}

TEST(OpenApiDocument, ACyclicSpecLoadsWithAWarningInsteadOfHanging)
{
    SpecDiagnostics diagnostics;
    const auto document =
        OpenApiDocument::loadFile(TestSupport::dataPath(QStringLiteral("specs/cyclic.yaml")), diagnostics);
    ASSERT_TRUE(document) << TestSupport::describe(diagnostics);
    const Operation* operation = document->findOperation(QStringLiteral("updateNode"));
    ASSERT_TRUE(operation);
    const Schema& body = *operation->requestBody(QStringLiteral("application/json"))->schema;
    const Schema& parent = *body.property(QStringLiteral("parent"))->schema;
    EXPECT_TRUE(parent.truncated);
    bool warned = false;
    for (const SpecDiagnostic& diagnostic : diagnostics)
        warned = warned || (diagnostic.severity == SpecDiagnostic::Severity::Warning &&
                            diagnostic.message.contains(QStringLiteral("reference cycle")));
    EXPECT_TRUE(warned) << TestSupport::describe(diagnostics);
}

TEST(OpenApiDocument, MissingFileIsAnErrorNotACrash)
{
    SpecDiagnostics diagnostics;
    EXPECT_FALSE(OpenApiDocument::loadFile(QStringLiteral("/nonexistent/spec.yaml"), diagnostics));
    ASSERT_EQ(diagnostics.size(), 1);
    EXPECT_TRUE(diagnostics.first().message.contains(QStringLiteral("cannot read")));
}

TEST(OpenApiDocument, GarbageInputNeverCrashes)
{
    // Bytes that are neither JSON nor YAML, and documents of the wrong shape at every level.
    const QList<QByteArray> inputs = {
        QByteArray("\x00\x01\x02\xff", 4),
        "{",
        "[",
        "openapi: [",
        ": : :",
        "openapi: 3.0.0\npaths: 5\n",
        "openapi: 3.0.0\ninfo: 1\npaths:\n  /a: 7\n",
        "openapi: 3.0.0\ninfo: {}\npaths:\n  /a:\n    get: 7\n",
        "openapi: 3.0.0\ninfo: {}\npaths:\n  /a:\n    get:\n      parameters: 3\n",
        "openapi: 3.0.0\ninfo: {}\npaths:\n  /a:\n    get:\n      parameters: [7, {$ref: 1}]\n",
        "openapi: 3.0.0\ninfo: {}\npaths:\n  /a:\n    put:\n      requestBody: {content: {x: {schema: "
        "{properties: 3, items: 4, allOf: 5, required: 6, enum: 7, minLength: -1}}}}\n"};
    for (const QByteArray& input : inputs) {
        const Loaded loaded = load(input);
        EXPECT_FALSE(loaded.document) << input.toStdString();
        EXPECT_TRUE(hasErrors(loaded.diagnostics)) << input.toStdString();
    }
}
