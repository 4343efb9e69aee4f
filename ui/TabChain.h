#pragma once

#include <QList>

class QWidget;

namespace AccountDesk {

// Puts widgets into the window's Tab order where they are shown. Qt appends a widget to the end
// of its window's focus chain when it joins the window, so anything built later (a provider's form
// chosen after the window was set up, rows built after the first paint) would be reached by Tab
// after everything else, whatever its place on screen.
class TabChain
{
public:
    // The last widget inside `container` that Tab stops at, in the current chain; `container`
    // itself when nothing inside takes focus. The container's widgets must be one stretch of the
    // chain, as they are right after it joined the window or after placeAfter().
    static QWidget* lastStopWithin(QWidget* container);
    // Moves `widgets`, in this order, right after `anchor` (or after the last stop inside it).
    static void placeAfter(QWidget* anchor, const QList<QWidget*>& widgets);
    // The widgets Tab stops at inside `container`, in chain order (same assumption as above).
    static QList<QWidget*> stopsWithin(QWidget* container);
};

} // namespace AccountDesk
