// The country picker and the logo picker on their own.
#include "TestSupport.h"
#include "widgets/CountryPicker.h"
#include "widgets/LogoPicker.h"

#include <QBuffer>
#include <QIcon>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace AccountDesk;

namespace {

const QByteArray kPng = TestSupport::tinyPng();

QString writeFile(const QTemporaryDir& directory, const QString& name, const QByteArray& content)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return path;
}

} // namespace

TEST(CountryPicker, FindsGermanyByNameAndByCode)
{
    CountryPicker picker;
    picker.show();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Germany"));
    EXPECT_EQ(picker.code(), QStringLiteral("DE"));
    picker.lineEdit()->clear();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("DE"));
    EXPECT_EQ(picker.code(), QStringLiteral("DE"));
    picker.lineEdit()->clear();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("de"));
    EXPECT_EQ(picker.code(), QStringLiteral("DE"));
    EXPECT_EQ(picker.findData(QStringLiteral("DE")) >= 0, true);
    EXPECT_EQ(picker.itemText(picker.findData(QStringLiteral("DE"))), QStringLiteral("Germany (DE)"));
}

TEST(CountryPicker, RejectsUnknownCodesAndRespectsTheSpecsEnum)
{
    CountryPicker picker;
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Atlantis"));
    EXPECT_TRUE(picker.code().isEmpty());
    EXPECT_FALSE(picker.problem().isEmpty());
    picker.lineEdit()->clear();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("XK")); // user-assigned, not ISO-assigned
    EXPECT_TRUE(picker.code().isEmpty());

    picker.setAllowedCodes({QStringLiteral("GB"), QStringLiteral("DE"), QStringLiteral("NO")});
    EXPECT_EQ(picker.count(), 3);
    picker.lineEdit()->clear();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("France"));
    EXPECT_TRUE(picker.code().isEmpty());
    picker.lineEdit()->clear();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Norway"));
    EXPECT_EQ(picker.code(), QStringLiteral("NO"));
    EXPECT_EQ(picker.countryName(QStringLiteral("GB")), QStringLiteral("United Kingdom"));
}

TEST(CountryPicker, SortsNamesAsAPersonLooksForThemAccentsAndCaseAside)
{
    // Accents and case do not move a name: "Åland" sorts as "aland", "Curaçao" as "curacao".
    EXPECT_EQ(CountryPicker::sortKey(QStringLiteral("Åland Islands")), QStringLiteral("aland islands"));
    EXPECT_EQ(CountryPicker::sortKey(QStringLiteral("Curaçao")), QStringLiteral("curacao"));
    EXPECT_LT(CountryPicker::sortKey(QStringLiteral("Côte d’Ivoire")),
              CountryPicker::sortKey(QStringLiteral("Croatia")));
    CountryPicker picker;
    ASSERT_GT(picker.count(), 200);
    for (int index = 1; index < picker.count(); ++index)
        EXPECT_LE(CountryPicker::sortKey(picker.itemText(index - 1)),
                  CountryPicker::sortKey(picker.itemText(index)))
            << picker.itemText(index - 1).toStdString() << " / " << picker.itemText(index).toStdString();
}

TEST(LogoPicker, AcceptsAnImageAndShowsItsSize)
{
    QTemporaryDir directory;
    QImage image(2, 3, QImage::Format_ARGB32);
    image.fill(Qt::blue);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(image.save(&buffer, "PNG"));
    LogoPicker picker;
    QString problem;
    ASSERT_TRUE(picker.loadFile(writeFile(directory, QStringLiteral("logo.bin"), png), &problem))
        << problem.toStdString();
    ASSERT_TRUE(picker.attachment().has_value());
    EXPECT_EQ(picker.attachment()->contentType, QStringLiteral("image/png"))
        << "by content, not by extension";
    EXPECT_TRUE(picker.message().contains(QStringLiteral("2×3 px"))) << picker.message().toStdString();
    EXPECT_TRUE(picker.findChild<QPushButton*>(QStringLiteral("removeLogoPushButton"))->isEnabled());
    picker.findChild<QPushButton*>(QStringLiteral("removeLogoPushButton"))->click();
    EXPECT_FALSE(picker.attachment().has_value());
}

TEST(LogoPicker, RefusesWhatIsNotAnImageOrTooLarge)
{
    QTemporaryDir directory;
    LogoPicker picker;
    QString problem;
    EXPECT_FALSE(picker.loadFile(writeFile(directory, QStringLiteral("fake.png"), "this is text, not a PNG"),
                                 &problem));
    EXPECT_TRUE(problem.contains(
        QStringLiteral("and the \"logo\" part takes only image/png, image/jpeg, image/svg+xml, image/webp")))
        << problem.toStdString();
    EXPECT_TRUE(picker.message().startsWith(QStringLiteral("Not used:")));
    EXPECT_FALSE(picker.attachment().has_value());

    QByteArray big = kPng;
    big.append(QByteArray(5 * 1024 * 1024, '\0'));
    EXPECT_FALSE(picker.loadFile(writeFile(directory, QStringLiteral("big.png"), big), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("at most 5 MB"))) << problem.toStdString();
    EXPECT_FALSE(picker.loadFile(directory.filePath(QStringLiteral("missing.png")), &problem));
}

TEST(ApplicationIcon, IsBundledAndRenders)
{
    const QIcon icon(QStringLiteral(":/icons/org.accountdesk.AccountDesk.svg"));
    EXPECT_FALSE(icon.pixmap(64, 64).isNull()) << "the SVG icon needs the Qt SVG image plugin";
}
