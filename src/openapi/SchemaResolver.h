#pragma once

#include "Schema.h"
#include "SpecDiagnostic.h"
#include "StructuredDocument.h"

#include <QJsonObject>

namespace AccountDesk {

// Turns a raw schema object into a Schema: follows local $refs, merges allOf, reads nullable in its
// OpenAPI 3.0 and 3.1 spellings, and stops at reference cycles and at a depth limit, saying so.
class SchemaResolver
{
public:
    static constexpr int kDefaultMaximumDepth = 24;

    SchemaResolver(const StructuredDocument& document, SpecDiagnostics& diagnostics,
                   int maximumDepth = kDefaultMaximumDepth);

    // `pointer` is where `schema` lives in the document; every diagnostic is reported relative to it.
    SchemaPtr resolve(const QJsonValue& schema, const QString& pointer);

    // Resolves a "#/..." reference to the raw JSON it points at, or reports why it cannot.
    std::optional<QJsonValue> dereference(const QString& reference, const QString& pointer,
                                          QString* targetPointer = nullptr);

private:
    std::shared_ptr<Schema> resolveNode(const QJsonValue& value, const QString& pointer, int depth);
    void applyKeywords(Schema& schema, const QJsonObject& object, const QString& pointer, int depth);
    void applyAlternatives(Schema& schema, const QJsonValue& alternatives, const QString& pointer, int depth);
    static void merge(Schema& target, const Schema& source);
    void error(const QString& pointer, const QString& message);
    void warning(const QString& pointer, const QString& message);

    const StructuredDocument& m_document;
    SpecDiagnostics& m_diagnostics;
    int m_maximumDepth;
    QStringList m_referenceStack;
};

} // namespace AccountDesk
