#include "WindowLayout.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace AccountDesk {

void WindowLayout::restore(QMainWindow* window, const QList<QSplitter*>& splitters)
{
    const QSettings settings;
    window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
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
