#include "TerminalQuestion.h"

#include "HiddenTerminalInput.h"

namespace AccountDesk {

std::optional<bool> TerminalQuestion::ask(const QString& question, QTextStream& in, QTextStream& err)
{
    if (!HiddenTerminalInput::isTerminal())
        return std::nullopt;
    err << question << ' ';
    err.flush();
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QStringLiteral("y") || answer == QStringLiteral("yes");
}

} // namespace AccountDesk
