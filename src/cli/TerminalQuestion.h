#pragma once

#include <QString>
#include <QTextStream>

#include <functional>
#include <optional>

namespace AccountDesk {

// A yes/no question to the person at the terminal: asked on standard error, answered on standard
// input, and only when standard input is a terminal (a script is never waited on).
class TerminalQuestion
{
public:
    // true for y/yes, false for anything else; nullopt when there is no terminal to ask on.
    using Ask = std::function<std::optional<bool>(const QString& question)>;

    static std::optional<bool> ask(const QString& question, QTextStream& in, QTextStream& err);
};

} // namespace AccountDesk
