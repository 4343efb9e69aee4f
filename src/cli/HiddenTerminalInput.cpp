#include "HiddenTerminalInput.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace AccountDesk {

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
    if (GetConsoleMode(input, &mode) && SetConsoleMode(input, mode & ~ENABLE_ECHO_INPUT)) {
        m_saved = mode;
        m_hidden = true;
    }
#else
    termios settings{};
    if (::tcgetattr(STDIN_FILENO, &settings) == 0) {
        m_saved = settings.c_lflag;
        settings.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_hidden = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings) == 0;
    }
#endif
}

HiddenTerminalInput::~HiddenTerminalInput()
{
    if (!m_hidden)
        return;
#ifdef Q_OS_WIN
    SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), static_cast<DWORD>(m_saved));
#else
    termios settings{};
    if (::tcgetattr(STDIN_FILENO, &settings) == 0) {
        settings.c_lflag = static_cast<tcflag_t>(m_saved);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings);
    }
#endif
}

} // namespace AccountDesk
