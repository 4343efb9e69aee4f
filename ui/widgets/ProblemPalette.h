#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace AccountDesk {

// The colour of problems, taken from the widget's palette so that it reads on light and dark
// themes alike (Qt has no "error" role): a deep red on light windows, a soft red on dark ones.
class ProblemPalette
{
public:
    static QColor errorColor(const QPalette& palette);
    // Sets the widget's text to the error colour, or back to `fallback` of its palette.
    static void markText(QWidget* widget, bool isProblem,
                         QPalette::ColorRole fallback = QPalette::WindowText);
};

} // namespace AccountDesk
