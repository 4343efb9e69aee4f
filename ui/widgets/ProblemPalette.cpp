#include "ProblemPalette.h"

#include <QApplication>
#include <QWidget>

namespace AccountDesk {

QColor ProblemPalette::errorColor(const QPalette& palette)
{
    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    return darkWindow ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

void ProblemPalette::markText(QWidget* widget, bool isProblem, QPalette::ColorRole fallback)
{
    // Start from the application's palette for this widget so that a theme change is followed.
    QPalette palette = widget->palette();
    const QPalette base = QApplication::palette(widget);
    palette.setColor(QPalette::WindowText, isProblem ? errorColor(base) : base.color(fallback));
    widget->setPalette(palette);
}

} // namespace AccountDesk
