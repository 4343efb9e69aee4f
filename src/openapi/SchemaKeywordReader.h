#pragma once

#include "Schema.h"
#include "SpecDiagnostic.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace AccountDesk {

// Reads the keywords of one schema object that need no other schema: type and nullable, formats and
// annotations, enum and const, length, item and numeric limits, required. SchemaResolver does the
// rest ($ref, properties, items, allOf, anyOf/oneOf), which recurses.
class SchemaKeywordReader
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::SchemaKeywordReader)

public:
    explicit SchemaKeywordReader(SpecDiagnostics& diagnostics);

    void read(Schema& schema, const QJsonObject& object, const QString& pointer);

private:
    void readType(Schema& schema, const QJsonValue& type, const QString& pointer);
    std::optional<qint64> readCount(const QJsonObject& object, const QString& key, const QString& pointer);
    void error(const QString& pointer, const QString& message);

    SpecDiagnostics& m_diagnostics;
};

} // namespace AccountDesk
