#pragma once

namespace AccountDesk {

// While alive, and only when standard input is a terminal, typed characters are not echoed:
// `credentials set` reads secrets, which must not appear on screen or in terminal scrollback.
//
// Echo comes back however the input ends: when the object goes, and when the process is ended by
// SIGINT, SIGTERM, SIGHUP or SIGQUIT (Ctrl+Break / Ctrl+C on Windows) while it is alive. For that,
// handlers are installed for its lifetime and the previous ones restored afterwards. One instance
// at a time: the saved terminal state is process-wide, as the terminal is.
class HiddenTerminalInput
{
public:
    HiddenTerminalInput();
    ~HiddenTerminalInput();
    HiddenTerminalInput(const HiddenTerminalInput&) = delete;
    HiddenTerminalInput& operator=(const HiddenTerminalInput&) = delete;

    static bool isTerminal();
    bool isHidden() const { return m_hidden; }

private:
    bool m_hidden = false;
};

} // namespace AccountDesk
