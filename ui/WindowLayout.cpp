#include "WindowLayout.h"

#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace AccountDesk {

QRect WindowLayout::fitted(const QRect& wanted, const QRect& available)
{
    // At most what the screen offers (a 1366x768 laptop, or 1600x1000 at 150 % is 1067x667), and
    // wholly on it: a window whose edge or title bar is off-screen cannot be used.
    const QSize size = wanted.size().boundedTo(available.size());
    QRect result(wanted.topLeft(), size);
    if (!available.contains(result))
        result.moveCenter(available.center());
    return result;
}

void WindowLayout::restore(QMainWindow* window, const QList<QSplitter*>& splitters)
{
    const QSettings settings;
    window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (const QScreen* screen = window->screen(); screen && !window->isMaximized()) {
        // A saved geometry may come from a larger screen; the designed size may not fit this one.
        const QRect frame = window->frameGeometry();
        const QRect fits = fitted(frame, screen->availableGeometry());
        if (fits != frame) {
            const QSize frameExtra = frame.size() - window->geometry().size();
            window->resize(fits.size() - frameExtra);
            window->move(fits.topLeft());
        }
    }
    for (QSplitter* splitter : splitters) // keys as "window/mainSplitter", by object name
        splitter->restoreState(
            settings.value(QStringLiteral("window/") + splitter->objectName()).toByteArray());
}

void WindowLayout::arrange(QMainWindow* window, QSplitter* providerSplitter, QSplitter* formSplitter)
{
    providerSplitter->setStretchFactor(1, 1);
    providerSplitter->setSizes({200, 980});
    formSplitter->setStretchFactor(0, 3);
    formSplitter->setStretchFactor(1, 1);
    restore(window, {providerSplitter, formSplitter});
}

void WindowLayout::save(const QMainWindow* window, const QList<QSplitter*>& splitters)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    for (const QSplitter* splitter : splitters)
        settings.setValue(QStringLiteral("window/") + splitter->objectName(), splitter->saveState());
}

} // namespace AccountDesk
