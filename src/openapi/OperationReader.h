#pragma once

#include "Operation.h"
#include "SchemaResolver.h"
#include "SecurityScheme.h"
#include "SpecDiagnostic.h"
#include "StructuredDocument.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace AccountDesk {

// Reads the operations of path items: parameters, request bodies and responses, following $refs to
// components and resolving their schemas. Problems are reported with their JSON Pointer.
class OperationReader
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::OperationReader)

public:
    // `schemes` are the document's security schemes, read before any operation.
    OperationReader(const StructuredDocument& structure, const QList<SecurityScheme>& schemes,
                    SchemaResolver& resolver, SpecDiagnostics& diagnostics);

    // Appends the operations of the path item `/paths/<path>` to `operations`, in document order.
    void readPathItem(const QString& path, const QJsonValue& value,
                      const QList<QStringList>& documentSecurity, QList<Operation>& operations);
    // A `security` array: alternatives, each a list of scheme names that must exist.
    QList<QStringList> readSecurity(const QJsonValue& value, const QString& pointer);

private:
    void readOperation(const QString& path, const QString& method, const QJsonValue& value,
                       const QString& pointer, const QList<Parameter>& shared,
                       const QList<QStringList>& documentSecurity, QList<Operation>& operations);
    std::optional<QJsonObject> component(const QJsonValue& value, QString& pointer);
    QList<Parameter> readParameters(const QJsonValue& value, const QString& pointer);
    void readRequestBody(Operation& operation, const QJsonValue& value, const QString& basePointer);
    bool hasScheme(const QString& name) const;
    void error(const QString& pointer, const QString& message);

    const StructuredDocument& m_structure;
    const QList<SecurityScheme>& m_schemes;
    SchemaResolver& m_resolver;
    SpecDiagnostics& m_diagnostics;
};

} // namespace AccountDesk
