// Reading files that must stay under a size limit, whatever they are or do after a stat.
#include "core/BoundedFile.h"

#include "TestSupport.h"
#include "http/LogoFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace AccountDesk;

namespace {

QString writeFile(const QTemporaryDir& directory, const QString& name, const QByteArray& content)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

QString problemOf(const std::variant<FileAttachment, FieldError>& loaded)
{
    return std::holds_alternative<FieldError>(loaded) ? std::get<FieldError>(loaded).message : QString();
}

} // namespace

TEST(BoundedFile, ReadsUpToTheLimitAndRefusesOneByteMore)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString exact = writeFile(directory, QStringLiteral("exact"), QByteArray(100, 'x'));
    const QString over = writeFile(directory, QStringLiteral("over"), QByteArray(101, 'x'));
    ASSERT_FALSE(exact.isEmpty());
    ASSERT_FALSE(over.isEmpty());

    const BoundedFile::Result fits = BoundedFile::read(exact, 100);
    EXPECT_EQ(fits.status, BoundedFile::Status::Read);
    EXPECT_EQ(fits.content, QByteArray(100, 'x'));
    const BoundedFile::Result tooLarge = BoundedFile::read(over, 100);
    EXPECT_EQ(tooLarge.status, BoundedFile::Status::TooLarge);
    EXPECT_EQ(tooLarge.size, 101);
    EXPECT_TRUE(tooLarge.content.isEmpty());
    EXPECT_EQ(BoundedFile::read(directory.filePath(QStringLiteral("absent")), 100).status,
              BoundedFile::Status::Missing);
    EXPECT_EQ(BoundedFile::read(directory.path(), 100).status, BoundedFile::Status::NotARegularFile);
}

#ifdef Q_OS_LINUX
TEST(BoundedFile, NeverTrustsTheSizeAStatGave)
{
    // /proc files stat as empty regular files yet have content: like a file that grew after the stat.
    const BoundedFile::Result status = BoundedFile::read(QStringLiteral("/proc/self/status"), 16);
    EXPECT_EQ(status.status, BoundedFile::Status::TooLarge);
    EXPECT_EQ(status.size, 17) << "read no more than the limit plus one byte";
}
#endif

#ifdef Q_OS_UNIX
TEST(BoundedFile, DevicesAndPipesAreRefusedWithoutBlocking)
{
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(BoundedFile::read(QStringLiteral("/dev/zero"), 1024).status,
              BoundedFile::Status::NotARegularFile);
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString fifo = directory.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Opening a FIFO without a writer would block forever; it must not be opened at all.
    EXPECT_EQ(BoundedFile::read(fifo, 1024).status, BoundedFile::Status::NotARegularFile);
    EXPECT_LT(timer.elapsed(), 2000 * TestSupport::kTimeBudgetFactor);
}
#endif

TEST(LogoFile, ALogoOfTheLimitLoadsAndOneByteMoreIsRefused)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    QByteArray content = TestSupport::tinyPng();
    content.resize(LogoFile::kMaximumBytes, '\0');
    const QString exact = writeFile(directory, QStringLiteral("exact.png"), content);
    content.append('\0');
    const QString over = writeFile(directory, QStringLiteral("over.png"), content);
    ASSERT_FALSE(exact.isEmpty());
    ASSERT_FALSE(over.isEmpty());

    const auto loaded = LogoFile::load(exact);
    ASSERT_TRUE(std::holds_alternative<FileAttachment>(loaded)) << problemOf(loaded).toStdString();
    EXPECT_EQ(std::get<FileAttachment>(loaded).content.size(), LogoFile::kMaximumBytes);
    EXPECT_EQ(std::get<FileAttachment>(loaded).contentType, QStringLiteral("image/png"));
    EXPECT_EQ(std::get<FileAttachment>(loaded).sourcePath, QFileInfo(exact).absoluteFilePath())
        << "Copy as curl names the file by where it was read from";
    EXPECT_EQ(problemOf(LogoFile::load(over)),
              QStringLiteral("over.png is over the limit: the \"logo\" part takes at most 5 MB"));
}

#ifdef Q_OS_UNIX
TEST(LogoFile, ADeviceIsNotALogo)
{
    const auto loaded = LogoFile::load(QStringLiteral("/dev/zero"));
    ASSERT_TRUE(std::holds_alternative<FieldError>(loaded));
    EXPECT_EQ(std::get<FieldError>(loaded).pointer, QStringLiteral("--logo"));
    EXPECT_EQ(std::get<FieldError>(loaded).message, QStringLiteral("/dev/zero is not a regular file"));
}
#endif
