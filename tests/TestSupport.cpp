#include "TestSupport.h"

#include <QDir>
#include <QFile>

namespace AccountDesk::TestSupport {

QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(ACCOUNTDESK_TEST_DATA_DIR)).filePath(relative);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

std::string describe(const SpecDiagnostics& diagnostics)
{
    QStringList lines;
    for (const SpecDiagnostic& diagnostic : diagnostics)
        lines.append(diagnostic.toString());
    return lines.join(QStringLiteral("; ")).toStdString();
}

bool mentions(const SpecDiagnostics& diagnostics, const QString& pointer, const QString& messagePart)
{
    for (const SpecDiagnostic& diagnostic : diagnostics)
        if (diagnostic.pointer == pointer && diagnostic.message.contains(messagePart))
            return true;
    return false;
}

} // namespace AccountDesk::TestSupport
