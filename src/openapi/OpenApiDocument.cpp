#include "OpenApiDocument.h"

#include "DocumentReader.h"
#include "OpenApiLoader.h"
#include "core/BoundedFile.h"

#include <QFileInfo>

namespace AccountDesk {

std::shared_ptr<const OpenApiDocument> OpenApiDocument::load(const QByteArray& text,
                                                             SpecDiagnostics& diagnostics)
{
    if (text.size() > kMaximumBytes) {
        diagnostics.append(
            SpecDiagnostic::error(QString(), tr("the document is larger than 8 MiB, the limit for a spec")));
        return nullptr;
    }
    SpecDiagnostics found;
    std::optional<StructuredDocument> structure = DocumentReader::read(text, found);
    if (!structure) {
        diagnostics.append(found);
        return nullptr;
    }
    auto document = std::make_shared<OpenApiDocument>();
    document->m_structure = std::move(*structure);
    OpenApiLoader(*document, found).load();
    diagnostics.append(found);
    if (hasErrors(found))
        return nullptr;
    return document;
}

std::shared_ptr<const OpenApiDocument> OpenApiDocument::loadFile(const QString& path,
                                                                 SpecDiagnostics& diagnostics)
{
    const BoundedFile::Result read = BoundedFile::read(path, kMaximumBytes);
    QString problem;
    switch (read.status) {
    case BoundedFile::Status::Read:
        return load(read.content, diagnostics);
    case BoundedFile::Status::Missing:
        problem = tr("cannot read %1: no such file").arg(path);
        break;
    case BoundedFile::Status::NotARegularFile:
        problem = tr("cannot read %1: not a regular file").arg(path);
        break;
    case BoundedFile::Status::TooLarge:
        problem = tr("%1 is larger than 8 MiB, the limit for a spec; it was not read")
                      .arg(QFileInfo(path).fileName());
        break;
    case BoundedFile::Status::Unreadable:
        problem = tr("cannot read %1: %2").arg(path, read.error);
        break;
    }
    diagnostics.append(SpecDiagnostic::error(QString(), problem));
    return nullptr;
}

const SecurityScheme* OpenApiDocument::securityScheme(const QString& name) const
{
    for (const SecurityScheme& scheme : m_securitySchemes)
        if (scheme.name == name)
            return &scheme;
    return nullptr;
}

const Operation* OpenApiDocument::operationById(const QString& operationId) const
{
    for (const Operation& operation : m_operations)
        if (!operation.operationId.isEmpty() && operation.operationId == operationId)
            return &operation;
    return nullptr;
}

const Operation* OpenApiDocument::operation(const QString& method, const QString& path) const
{
    for (const Operation& operation : m_operations)
        if (operation.method.compare(method, Qt::CaseInsensitive) == 0 && operation.path == path)
            return &operation;
    return nullptr;
}

const Operation* OpenApiDocument::findOperation(const QString& reference) const
{
    const qsizetype space = reference.indexOf(QLatin1Char(' '));
    if (space > 0)
        return operation(reference.left(space), reference.mid(space + 1).trimmed());
    return operationById(reference);
}

} // namespace AccountDesk
