#include "HiddenTerminalInput.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <iterator>
#include <termios.h>
#include <unistd.h>
#endif

namespace AccountDesk {
namespace {

#ifdef Q_OS_WIN

DWORD s_savedMode = 0;

// Runs on its own thread for Ctrl+C, Ctrl+Break and closing the console; FALSE lets the next
// handler (the default one ends the process) run.
BOOL WINAPI restoreConsole(DWORD)
{
    SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), s_savedMode);
    return FALSE;
}

#else

// What a signal handler may touch: plain data, written before the handlers are installed.
termios s_saved{};
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
struct sigaction s_previous[std::size(kSignals)]{};

// Async-signal-safe only: put the terminal back, then die of the same signal with its default
// action, so the parent sees what really happened. TCSAFLUSH also discards a half-typed line, which
// would otherwise be read, and echoed, by the shell.
extern "C" void restoreTerminalAndReraise(int number)
{
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_saved);
    ::signal(number, SIG_DFL);
    ::raise(number); // blocked until this handler returns, then fatal
}

void installHandlers()
{
    struct sigaction action
    {};
    action.sa_handler = restoreTerminalAndReraise;
    sigemptyset(&action.sa_mask);
    for (const int number : kSignals)
        sigaddset(&action.sa_mask, number); // one restore at a time
    for (std::size_t i = 0; i < std::size(kSignals); ++i) {
        ::sigaction(kSignals[i], nullptr, &s_previous[i]);
        // A signal the process ignores (e.g. SIGHUP under nohup) stays ignored.
        if (s_previous[i].sa_handler != SIG_IGN)
            ::sigaction(kSignals[i], &action, nullptr);
    }
}

void restoreHandlers()
{
    for (std::size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &s_previous[i], nullptr);
}

#endif

} // namespace

bool HiddenTerminalInput::isTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) == 1;
#endif
}

HiddenTerminalInput::HiddenTerminalInput()
{
    if (!isTerminal())
        return;
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(input, &mode))
        return;
    s_savedMode = mode;
    SetConsoleCtrlHandler(restoreConsole, TRUE);
    m_hidden = SetConsoleMode(input, mode & ~ENABLE_ECHO_INPUT) != 0;
    if (!m_hidden)
        SetConsoleCtrlHandler(restoreConsole, FALSE);
#else
    termios settings{};
    if (::tcgetattr(STDIN_FILENO, &settings) != 0)
        return;
    s_saved = settings;
    installHandlers(); // before echo goes off, so no moment is left uncovered
    settings.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    m_hidden = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings) == 0;
    if (!m_hidden)
        restoreHandlers();
#endif
}

HiddenTerminalInput::~HiddenTerminalInput()
{
    if (!m_hidden)
        return;
#ifdef Q_OS_WIN
    SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), s_savedMode);
    SetConsoleCtrlHandler(restoreConsole, FALSE);
#else
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &s_saved);
    restoreHandlers(); // after the terminal is back, so a late signal still finds it restored
#endif
}

} // namespace AccountDesk
