#pragma once

namespace AccountDesk {

// While alive, and only when standard input is a terminal, typed characters are not echoed:
// `credentials set` reads secrets, which must not appear on screen or in terminal scrollback.
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
    unsigned long m_saved = 0; // the terminal's previous echo setting
};

} // namespace AccountDesk
