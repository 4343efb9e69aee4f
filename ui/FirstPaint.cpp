#include "FirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace AccountDesk {

FirstPaint::FirstPaint(QWidget* widget, std::function<void()> after)
    : QObject(widget)
    , m_after(std::move(after))
{
    widget->installEventFilter(this);
}

void FirstPaint::then(QWidget* widget, std::function<void()> after)
{
    if (widget->testAttribute(Qt::WA_WState_ExplicitShowHide) && widget->isVisible() &&
        !widget->visibleRegion().isEmpty()) {
        QTimer::singleShot(0, widget, std::move(after)); // shown and exposed: painted, or about to be
        return;
    }
    new FirstPaint(widget, std::move(after));
}

bool FirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_after) {
        // After this paint has been flushed to the screen, from the event loop.
        QTimer::singleShot(0, parent(), std::move(m_after));
        m_after = nullptr;
        deleteLater();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace AccountDesk
