#pragma once

#include <QObject>

class QWidget;

namespace AccountDesk {

// Ends the application right after `window` is first painted (`accountdesk --exit-after-startup`):
// how start-up time and memory are measured, the first paint being what an operator waits for.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    explicit StartupProbe(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_done = false;
};

} // namespace AccountDesk
