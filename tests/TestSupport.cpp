#include "TestSupport.h"

#include "form/FormSchemaBuilder.h"
#include "openapi/DocumentReader.h"
#include "openapi/SchemaResolver.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

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

QByteArray tinyPng()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");
}

const ProviderRegistry& bundledRegistry()
{
    static const ProviderRegistry registry = [] {
        ProviderRegistry loaded;
        loaded.loadDirectory(ProviderRegistry::bundledDirectory());
        return loaded;
    }();
    return registry;
}

const Provider& bundledProvider(const QString& id)
{
    const ProviderPtr provider = bundledRegistry().provider(id);
    if (!provider)
        throw std::runtime_error("bundled provider not loaded: " + id.toStdString());
    return *provider;
}

FormSchema formFromSchema(const QByteArray& schema)
{
    SpecDiagnostics diagnostics;
    const auto document = DocumentReader::read(schema, diagnostics);
    if (!document)
        throw std::runtime_error("not a schema: " + describe(diagnostics));
    SchemaResolver resolver(*document, diagnostics);
    return FormSchemaBuilder::build(*resolver.resolve(document->root, QString()), {}, diagnostics);
}

} // namespace AccountDesk::TestSupport
