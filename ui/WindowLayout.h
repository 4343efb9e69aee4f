#pragma once

#include <QList>
#include <QRect>

class QMainWindow;
class QSplitter;

namespace AccountDesk {

// Where the operator left the window: its geometry and its splitters, kept in the settings and
// put back at the next start.
class WindowLayout
{
public:
    static void restore(QMainWindow* window, const QList<QSplitter*>& splitters);
    // The main window's first arrangement (the provider list narrow, the form above the answer
    // tabs), then what the operator left, if anything.
    static void arrange(QMainWindow* window, QSplitter* providerSplitter, QSplitter* formSplitter);
    static void save(const QMainWindow* window, const QList<QSplitter*>& splitters);
    // `wanted` shrunk to `available` and moved onto it when any part of it is off it.
    static QRect fitted(const QRect& wanted, const QRect& available);
};

} // namespace AccountDesk
