// The window in German: its strings, its numbers ("12,5") and its country names ("Deutschland")
// follow the language chosen in Preferences or the system's; English comes back when asked for.
#include "MainWindowFixture.h"
#include "PreferencesDialog.h"
#include "UiLanguage.h"
#include "UnavailableKeychain.h"
#include "form/NumberFieldEditor.h"
#include "widgets/CountryPicker.h"

#include <QMenuBar>
#include <QMessageBox>

using namespace AccountDesk;
using namespace AccountDesk::TestSupport;

namespace {

class German : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        UiLanguage::choose(QStringLiteral("de"));
        UiLanguage::install();
    }
    void TearDown() override
    {
        UiLanguage::choose(QString());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        UiLanguage::install();
    }
};

FieldSpec numberField()
{
    FieldSpec spec;
    spec.pointer = QStringLiteral("/rate");
    spec.name = QStringLiteral("rate");
    spec.label = QStringLiteral("Rate");
    spec.type = FieldSpec::Type::Number;
    return spec;
}

} // namespace

TEST_F(German, TheWindowSpeaksGerman)
{
    EXPECT_EQ(UiLanguage::effective(), QStringLiteral("de"));
    UnavailableKeychain store(QStringLiteral("not in this test"));
    MainWindow window(bundledRegistry(), store);
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus.append(action->text());
    EXPECT_TRUE(menus.contains(QStringLiteral("&Datei"))) << menus.join(QLatin1Char(' ')).toStdString();
    // The core's messages too (the validator's, through QCoreApplication::translate).
    EXPECT_NE(QCoreApplication::translate("AccountDesk::Validator", "cannot be null"),
              QStringLiteral("cannot be null"));
}

TEST_F(German, NumbersAreWrittenAndReadWithADecimalComma)
{
    NumberFieldEditor editor(numberField());
    editor.setValue(QJsonValue(12.5));
    auto* line = qobject_cast<QLineEdit*>(editor.inputWidget());
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->text(), QStringLiteral("12,5"));
    line->clear();
    QTest::keyClicks(line, QStringLiteral("3,25"));
    EXPECT_EQ(editor.value(), QJsonValue(3.25)) << "sent as JSON writes it";
    // A point is a thousands separator in German: "3.25" and "1.000" are problems at the field, never
    // a number with the point silently dropped (325, 1000).
    for (const QString& ambiguous :
         {QStringLiteral("3.25"), QStringLiteral("1.000"), QStringLiteral("1.000,5")}) {
        line->clear();
        QTest::keyClicks(line, ambiguous);
        EXPECT_EQ(line->text(), ambiguous) << "nothing typed vanishes";
        EXPECT_TRUE(editor.value().isUndefined()) << ambiguous.toStdString();
        EXPECT_TRUE(editor.inputProblem().contains(QStringLiteral(",")))
            << editor.inputProblem().toStdString();
    }
}

TEST_F(German, CountryNamesAreGermanAndEnglishOnesAreUnderstood)
{
    CountryPicker picker;
    EXPECT_GE(picker.findText(QStringLiteral("Deutschland (DE)")), 0);
    EXPECT_EQ(picker.countryName(QStringLiteral("KR")), QStringLiteral("Südkorea"));
    picker.lineEdit()->clear();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Österreich"));
    EXPECT_EQ(picker.code(), QStringLiteral("AT"));
    picker.lineEdit()->clear();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("Germany"));
    EXPECT_EQ(picker.code(), QStringLiteral("DE"));
}

TEST(UiLanguage, PreferencesChooseTheLanguageForTheNextStart)
{
    QSettings().clear();
    PreferencesDialog dialog;
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    ASSERT_NE(combo, nullptr);
    ASSERT_EQ(combo->count(), 3); // as the system, English, German
    EXPECT_EQ(combo->currentIndex(), 0);
    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    bool told = false;
    auto watch = onNextModal<QMessageBox>([](QMessageBox* box) { box->accept(); }, &told);
    dialog.accept();
    EXPECT_EQ(UiLanguage::chosen(), QStringLiteral("de"));
    EXPECT_EQ(told, UiLanguage::systemLanguage() != QStringLiteral("de")) << "a change is announced";
    delete watch;
}

TEST(UiLanguage, EnglishNumbersRefuseACommaInsteadOfDroppingIt)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    NumberFieldEditor number(numberField());
    auto* line = qobject_cast<QLineEdit*>(number.inputWidget());
    QTest::keyClicks(line, QStringLiteral("1,000"));
    EXPECT_EQ(line->text(), QStringLiteral("1,000"));
    EXPECT_TRUE(number.value().isUndefined());
    EXPECT_FALSE(number.inputProblem().isEmpty());
    line->clear();
    QTest::keyClicks(line, QStringLiteral("-2.5e3"));
    EXPECT_EQ(number.value(), QJsonValue(-2500.0));

    FieldSpec whole = numberField();
    whole.type = FieldSpec::Type::Integer;
    NumberFieldEditor integer(whole);
    auto* integerLine = qobject_cast<QLineEdit*>(integer.inputWidget());
    QTest::keyClicks(integerLine, QStringLiteral("1.5"));
    EXPECT_EQ(integerLine->text(), QStringLiteral("1.5")) << "not 15";
    EXPECT_TRUE(integer.value().isUndefined());
    integerLine->clear();
    QTest::keyClicks(integerLine, QStringLiteral("9007199254740993"));
    EXPECT_EQ(integer.value().toInteger(), 9007199254740993LL);
}
