// The floor of start-up: a bare Qt Widgets program that shows an empty QMainWindow of the size
// Account Desk's window opens at and quits right after its first paint, exactly as
// `accountdesk --exit-after-startup` does. bench/compare measures both side by side: whatever
// Account Desk takes beyond this is its own cost, the rest is Qt, the X server and the loader.
//
// `accountdesk_floor --screen ROWS` shows instead a static screen of the main window's shape, built
// by hand with no logic behind it: a menu bar, the target bar, ROWS labelled line edits in a scroll
// area, the side tabs, the buttons and the status bar. It is what Qt alone costs to put that much
// text and that many widgets on the screen (fonts, styles, layout, painting), so that
// bench/compare can tell Account Desk's own cost apart from the cost of any form of that size.
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Same rule as AccountDesk::FirstPaint (ui/FirstPaint.cpp): on the window's first paint, quit from
// the event loop once that paint has been flushed.
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

void buildStaticScreen(QMainWindow& window, int rows)
{
    for (const char* title : {"&File", "&Account", "&Help"}) {
        QMenu* menu = window.menuBar()->addMenu(QString::fromLatin1(title));
        menu->addAction(QStringLiteral("First action"));
        menu->addAction(QStringLiteral("Second action"));
    }
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);

    auto* target = new QHBoxLayout;
    auto* provider = new QComboBox;
    provider->addItems({QStringLiteral("SoftwareOne Marketplace"), QStringLiteral("Pismo")});
    auto* environment = new QComboBox;
    environment->addItems({QStringLiteral("Sandbox"), QStringLiteral("Production")});
    target->addWidget(new QLabel(QStringLiteral("Provider")));
    target->addWidget(provider);
    target->addWidget(new QLabel(QStringLiteral("Environment")));
    target->addWidget(environment);
    target->addWidget(new QLineEdit(QStringLiteral("https://api.example.com")));
    target->addWidget(new QLabel(QStringLiteral("Account")));
    target->addWidget(new QLineEdit);
    target->addWidget(new QPushButton(QStringLiteral("&Load")));
    layout->addLayout(target);

    auto* fields = new QWidget;
    auto* form = new QFormLayout(fields);
    for (int row = 0; row < rows; ++row) {
        auto* edit = new QLineEdit;
        edit->setPlaceholderText(QStringLiteral("not sent"));
        form->addRow(QStringLiteral("Field number %1").arg(row + 1), edit);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(fields);
    auto* tabs = new QTabWidget;
    tabs->addTab(new QListWidget, QStringLiteral("Problems"));
    tabs->addTab(new QPlainTextEdit, QStringLiteral("Answer"));
    auto* splitter = new QSplitter;
    splitter->addWidget(scroll);
    splitter->addWidget(tabs);
    layout->addWidget(splitter, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    for (const char* text : {"&Revert", "Re&view", "&Send"})
        buttons->addWidget(new QPushButton(QString::fromLatin1(text)));
    layout->addLayout(buttons);
    window.setCentralWidget(central);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Account Desk floor"));
    window.resize(1180, 820); // MainWindow.ui's geometry
    const QStringList arguments = QApplication::arguments();
    const qsizetype screen = arguments.indexOf(QStringLiteral("--screen"));
    if (screen > 0 && screen + 1 < arguments.size())
        buildStaticScreen(window, arguments.at(screen + 1).toInt());
    new FirstPaintExit(&window);
    window.show();
    return QApplication::exec();
}
