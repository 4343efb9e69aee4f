// Light or dark as the operator chooses, applied at once, and problems stay readable in both.
#include "Appearance.h"

#include "widgets/ProblemPalette.h"

#include <QApplication>
#include <QSettings>

#include <gtest/gtest.h>

#include <cmath>

using namespace AccountDesk;

namespace {

// WCAG relative luminance and contrast ratio.
double luminance(const QColor& color)
{
    auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double x = luminance(a) + 0.05;
    const double y = luminance(b) + 0.05;
    return x > y ? x / y : y / x;
}

} // namespace

TEST(Appearance, DarkAndLightApplyAtOnceAndProblemsStayReadable)
{
    QSettings().clear();
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    for (const Appearance::Mode mode : {Appearance::Mode::Dark, Appearance::Mode::Light}) {
        Appearance::choose(mode);
        Appearance::apply();
        const QPalette palette = QApplication::palette();
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        EXPECT_EQ(dark, mode == Appearance::Mode::Dark);
        EXPECT_GE(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)), 7.0);
        EXPECT_GE(contrast(ProblemPalette::errorColor(palette), palette.color(QPalette::Window)), 4.5)
            << "problem text on the window, dark: " << dark;
    }
    Appearance::choose(Appearance::Mode::System);
    Appearance::apply();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), systemWindow);
    EXPECT_EQ(Appearance::chosen(), Appearance::Mode::System);
}
