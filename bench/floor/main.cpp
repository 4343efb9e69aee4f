// The floor of start-up: a bare Qt Widgets program that shows an empty QMainWindow of the size
// Account Desk's window opens at and quits right after its first paint, exactly as
// `accountdesk --exit-after-startup` does. bench/compare measures both side by side: whatever
// Account Desk takes beyond this is its own cost, the rest is Qt, the X server and the loader.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace {

// Same rule as AccountDesk::StartupProbe: on the window's first paint, quit from the event loop
// once that paint has been flushed.
class FirstPaintExit : public QObject
{
public:
    explicit FirstPaintExit(QWidget* window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, QCoreApplication::instance(), [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Account Desk floor"));
    window.resize(1180, 820); // MainWindow.ui's geometry
    new FirstPaintExit(&window);
    window.show();
    return QApplication::exec();
}
