#include "TabChain.h"

#include <QWidget>

namespace AccountDesk {

namespace {

bool takesTab(const QWidget* widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) != 0;
}

} // namespace

QList<QWidget*> TabChain::stopsWithin(QWidget* container)
{
    QList<QWidget*> stops;
    for (QWidget* next = container->nextInFocusChain(); next != container && container->isAncestorOf(next);
         next = next->nextInFocusChain())
        if (takesTab(next))
            stops.append(next);
    return stops;
}

QWidget* TabChain::lastStopWithin(QWidget* container)
{
    const QList<QWidget*> stops = stopsWithin(container);
    return stops.isEmpty() ? container : stops.last();
}

void TabChain::placeAfter(QWidget* anchor, const QList<QWidget*>& widgets)
{
    QWidget* previous = lastStopWithin(anchor);
    for (QWidget* widget : widgets) {
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace AccountDesk
