// Files too large to read, or no files at all: each is refused with an error that says why.
#include "TestSupport.h"
#include "openapi/OpenApiDocument.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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
