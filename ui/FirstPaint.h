#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace AccountDesk {

// Runs work right after a widget is first painted: what the first screen does not need (the
// keychain probe, the rows below the fold) waits until the operator sees the window, and
// `--exit-after-startup` ends there to measure start-up.
class FirstPaint : public QObject
{
    Q_OBJECT

public:
    // Calls `after` once, from the event loop, after `widget`'s first paint (or at once if it
    // was painted already).
    static void then(QWidget* widget, std::function<void()> after);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FirstPaint(QWidget* widget, std::function<void()> after);

    std::function<void()> m_after;
};

} // namespace AccountDesk
