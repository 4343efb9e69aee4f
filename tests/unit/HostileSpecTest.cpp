// Specs that are small on disk but built to exhaust the loader, and files too large to read: each is
// refused with an error that says why, quickly, because the work is bounded, not merely fast.
#include "HostileDocuments.h"
#include "TestSupport.h"
#include "ThreadCpuTimer.h"
#include "openapi/DocumentReader.h"
#include "openapi/JsonPointer.h"
#include "openapi/OpenApiDocument.h"
#include "openapi/SchemaResolver.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace AccountDesk;

namespace {

const SpecDiagnostic* findError(const SpecDiagnostics& diagnostics, const QString& messagePart)
{
    for (const SpecDiagnostic& diagnostic : diagnostics)
        if (diagnostic.severity == SpecDiagnostic::Severity::Error &&
            diagnostic.message.contains(messagePart))
            return &diagnostic;
    return nullptr;
}

QString writeFile(const QTemporaryDir& directory, const QString& name, const QByteArray& content)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

} // namespace

TEST(HostileSpec, BillionLaughsYamlStopsAtTheNodeBudget)
{
    TestSupport::ThreadCpuTimer timer;
    timer.start();
    SpecDiagnostics diagnostics;
    const auto document = DocumentReader::read(HostileDocuments::billionLaughsYaml(), diagnostics);
    const qint64 elapsed = timer.elapsed();
    EXPECT_FALSE(document);
    const SpecDiagnostic* budget = findError(diagnostics, QStringLiteral("more than 1000000 nodes"));
    ASSERT_TRUE(budget) << TestSupport::describe(diagnostics);
    // Where the budget ran out: inside the expanded aliases.
    EXPECT_TRUE(budget->pointer.startsWith(QStringLiteral("/x-laughs/l"))) << budget->pointer.toStdString();
    EXPECT_EQ(diagnostics.size(), 1) << TestSupport::describe(diagnostics);
    EXPECT_LT(elapsed, 2000 * TestSupport::kTimeBudgetFactor);
    std::cout << "billion laughs refused in " << elapsed << " ms\n";
}

TEST(HostileSpec, AliasesWithinTheBudgetStillWork)
{
    SpecDiagnostics diagnostics;
    const auto document = DocumentReader::read(
        "base: &base {type: string, maxLength: 5}\nname: *base\nother: *base\n", diagnostics);
    ASSERT_TRUE(document) << TestSupport::describe(diagnostics);
    EXPECT_EQ(JsonPointer::resolve(document->root, QStringLiteral("/other/maxLength"))->toInt(), 5);
}

TEST(HostileSpec, FanningReferencesStopAtTheSchemaBudget)
{
    TestSupport::ThreadCpuTimer timer;
    timer.start();
    SpecDiagnostics diagnostics;
    const auto document = OpenApiDocument::load(HostileDocuments::fanningReferencesJson(), diagnostics);
    const qint64 elapsed = timer.elapsed();
    EXPECT_FALSE(document);
    const SpecDiagnostic* budget = findError(diagnostics, QStringLiteral("more than 100000 schemas"));
    ASSERT_TRUE(budget) << TestSupport::describe(diagnostics);
    EXPECT_TRUE(budget->pointer.startsWith(QStringLiteral("/components/schemas/S")))
        << budget->pointer.toStdString();
    // One error, and each depth warning once however often its schema was expanded.
    qsizetype errors = 0;
    for (const SpecDiagnostic& diagnostic : diagnostics)
        errors += diagnostic.severity == SpecDiagnostic::Severity::Error ? 1 : 0;
    EXPECT_EQ(errors, 1) << TestSupport::describe(diagnostics);
    EXPECT_LT(diagnostics.size(), 40);
    EXPECT_LT(elapsed, 2000 * TestSupport::kTimeBudgetFactor);
    std::cout << "fanning references refused in " << elapsed << " ms\n";
}

TEST(HostileSpec, TheSchemaBudgetCountsEverySchemaProduced)
{
    // Three properties referencing one schema: 1 + 3 × 2 = 7 schemas.
    const QByteArray text = R"({"Leaf": {"type": "string"},
        "Root": {"type": "object", "properties": {"a": {"$ref": "#/Leaf"}, "b": {"$ref": "#/Leaf"},
                                                    "c": {"$ref": "#/Leaf"}}}})";
    SpecDiagnostics diagnostics;
    const auto document = DocumentReader::read(text, diagnostics);
    ASSERT_TRUE(document);
    const QJsonValue root = *JsonPointer::resolve(document->root, QStringLiteral("/Root"));
    SchemaResolver::Limits limits;
    limits.schemas = 7;
    SpecDiagnostics enough;
    SchemaResolver(*document, enough, limits).resolve(root, QStringLiteral("/Root"));
    EXPECT_FALSE(hasErrors(enough)) << TestSupport::describe(enough);
    limits.schemas = 6;
    SpecDiagnostics tooFew;
    const SchemaPtr cut = SchemaResolver(*document, tooFew, limits).resolve(root, QStringLiteral("/Root"));
    EXPECT_TRUE(TestSupport::mentions(tooFew, QStringLiteral("/Leaf"), QStringLiteral("more than 6 schemas")))
        << TestSupport::describe(tooFew);
    EXPECT_TRUE(cut->property(QStringLiteral("c"))->schema->truncated);
}

TEST(HostileSpec, TextRepeatedByFanningReferencesStopsAtTheCharacterBudget)
{
    // Few schemas, each carrying a 100,000-character description: the copies, not the count, add up.
    QByteArray components = R"("S0": {"type": "string", "description": ")" + QByteArray(100000, 'x') + "\"}";
    for (int level = 1; level <= 4; ++level) {
        components += ",\n\"S" + QByteArray::number(level) + R"(": {"type": "object", "properties": {)";
        for (int i = 0; i < 10; ++i)
            components += (i ? ", " : "") + QByteArray("\"p") + QByteArray::number(i) +
                          R"(": {"$ref": "#/components/schemas/S)" + QByteArray::number(level - 1) + "\"}";
        components += "}}";
    }
    SpecDiagnostics diagnostics;
    EXPECT_FALSE(OpenApiDocument::load(
        HostileDocuments::openApiJson(R"({"$ref": "#/components/schemas/S4"})", components), diagnostics));
    EXPECT_TRUE(findError(diagnostics, QStringLiteral("more than 16777216 characters of schema text")))
        << TestSupport::describe(diagnostics);
}

TEST(HostileSpec, ALongScalarRepeatedByAliasesStopsAtTheCharacterBudget)
{
    // 1,000 copies of 100,000 characters: few nodes, but 100 million characters once expanded.
    QByteArray yaml = "s0: &s0 \"" + QByteArray(100000, 'x') + "\"\n";
    for (int level = 1; level <= 3; ++level) {
        const QByteArray alias = "*s" + QByteArray::number(level - 1);
        yaml += "s" + QByteArray::number(level) + ": &s" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            yaml += (i ? ", " : "") + alias;
        yaml += "]\n";
    }
    SpecDiagnostics diagnostics;
    EXPECT_FALSE(DocumentReader::read(yaml, diagnostics));
    const SpecDiagnostic* budget = findError(diagnostics, QStringLiteral("more than 33554432 characters"));
    ASSERT_TRUE(budget) << TestSupport::describe(diagnostics);
    EXPECT_TRUE(budget->pointer.startsWith(QStringLiteral("/s3/"))) << budget->pointer.toStdString();
}

TEST(HostileSpec, LongKeysNestedDeepStopAtTheCharacterBudget)
{
    // Every level's pointer repeats the keys above it: 500 levels of 1,000-character keys make
    // 125 million characters of pointers from half a megabyte of JSON; in YAML (nested at most 200
    // deep), 200 levels of 4,000-character keys make 80 million.
    // YAML takes a key this long only as an explicit one ("? key").
    auto nested = [](const QByteArray& head, int levels, qsizetype keyLength) {
        const QByteArray key = QByteArray(keyLength, 'k');
        QByteArray text = head;
        for (int level = 0; level < levels; ++level)
            text += (head.isEmpty() ? "{\"" : "{? \"") + key + "\": ";
        return text + "1" + QByteArray(levels, '}');
    };
    for (const QByteArray& text : {nested(QByteArray(), 500, 1000), nested("# YAML\n", 200, 4000)}) {
        TestSupport::ThreadCpuTimer timer;
        timer.start();
        SpecDiagnostics diagnostics;
        EXPECT_FALSE(DocumentReader::read(text, diagnostics));
        EXPECT_TRUE(findError(diagnostics, QStringLiteral("more than 33554432 characters")))
            << TestSupport::describe(diagnostics).substr(0, 500);
        for (const SpecDiagnostic& diagnostic : diagnostics)
            EXPECT_LE(diagnostic.pointer.size(), 200) << "long pointers are abbreviated in messages";
        EXPECT_LT(timer.elapsed(), 2000 * TestSupport::kTimeBudgetFactor);
    }
}

TEST(HostileSpec, ASpecOver8MiBIsRefusedUnread)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    // A comment line is valid YAML of any length: only the size can make it fail.
    QByteArray content = "# ";
    content.resize(OpenApiDocument::kMaximumBytes + 1, 'x');
    const QString over = writeFile(directory, QStringLiteral("over.yaml"), content);
    ASSERT_FALSE(over.isEmpty());
    SpecDiagnostics diagnostics;
    EXPECT_FALSE(OpenApiDocument::loadFile(over, diagnostics));
    ASSERT_EQ(diagnostics.size(), 1) << TestSupport::describe(diagnostics);
    EXPECT_EQ(diagnostics.first().message,
              QStringLiteral("over.yaml is larger than 8 MiB, the limit for a spec; it was not read"));

    content.chop(1);
    const QString exact = writeFile(directory, QStringLiteral("exact.yaml"), content);
    SpecDiagnostics exactDiagnostics;
    EXPECT_FALSE(OpenApiDocument::loadFile(exact, exactDiagnostics)) << "an empty document is no spec";
    EXPECT_FALSE(findError(exactDiagnostics, QStringLiteral("8 MiB")))
        << TestSupport::describe(exactDiagnostics);

    SpecDiagnostics inMemory;
    content.append('x');
    EXPECT_FALSE(OpenApiDocument::load(content, inMemory));
    EXPECT_TRUE(findError(inMemory, QStringLiteral("larger than 8 MiB"))) << TestSupport::describe(inMemory);
}

#ifdef Q_OS_UNIX
TEST(HostileSpec, ADeviceIsNotASpec)
{
    SpecDiagnostics diagnostics;
    EXPECT_FALSE(OpenApiDocument::loadFile(QStringLiteral("/dev/zero"), diagnostics));
    ASSERT_EQ(diagnostics.size(), 1);
    EXPECT_EQ(diagnostics.first().message, QStringLiteral("cannot read /dev/zero: not a regular file"));
}
#endif
