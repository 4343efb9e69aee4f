#pragma once

#include <QList>
#include <QString>

namespace AccountDesk {

// One problem found in a specification or hints file: where (a JSON Pointer, plus a line and
// column when the text could not even be parsed) and why.
struct SpecDiagnostic
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString pointer;
    QString message;
    int line = 0; // 1-based; 0 when unknown
    int column = 0;
    QString source; // the file, when known

    static SpecDiagnostic error(QString pointer, QString message)
    {
        SpecDiagnostic diagnostic;
        diagnostic.pointer = std::move(pointer);
        diagnostic.message = std::move(message);
        return diagnostic;
    }
    static SpecDiagnostic warning(QString pointer, QString message)
    {
        SpecDiagnostic diagnostic = error(std::move(pointer), std::move(message));
        diagnostic.severity = Severity::Warning;
        return diagnostic;
    }

    // "/paths/~1accounts/patch: expected an object" or "line 3, column 7: unexpected ','".
    QString toString() const
    {
        QString where = pointer.isEmpty() ? QStringLiteral("(document root)") : pointer;
        if (line > 0)
            where = QStringLiteral("line %1, column %2").arg(line).arg(column);
        const QString prefix = source.isEmpty() ? QString() : source + QStringLiteral(": ");
        return prefix + where + QStringLiteral(": ") + message;
    }

    bool operator==(const SpecDiagnostic&) const = default;
};

using SpecDiagnostics = QList<SpecDiagnostic>;

inline bool hasErrors(const SpecDiagnostics& diagnostics)
{
    for (const SpecDiagnostic& diagnostic : diagnostics)
        if (diagnostic.severity == SpecDiagnostic::Severity::Error)
            return true;
    return false;
}

inline void setSource(SpecDiagnostics& diagnostics, const QString& source)
{
    for (SpecDiagnostic& diagnostic : diagnostics)
        if (diagnostic.source.isEmpty())
            diagnostic.source = source;
}

} // namespace AccountDesk
