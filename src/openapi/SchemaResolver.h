#pragma once

#include "Schema.h"
#include "SpecDiagnostic.h"
#include "StructuredDocument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace AccountDesk {

// Turns a raw schema object into a Schema: follows local $refs, merges allOf, reads nullable in its
// OpenAPI 3.0 and 3.1 spellings, and stops at reference cycles and at a depth limit, saying so.
class SchemaResolver
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::SchemaResolver)

public:
    static constexpr int kDefaultMaximumDepth = 24;
    // Every $ref is expanded anew, so references that fan out (each schema using the one before it
    // several times) grow exponentially even within the depth limit. These bound the total work:
    // schemas produced, and text copied into them (names, descriptions, pointers), per resolver.
    static constexpr qint64 kDefaultMaximumSchemas = 100'000;
    static constexpr qint64 kDefaultMaximumCharacters = 16 * 1024 * 1024;

    struct Limits
    {
        int depth = kDefaultMaximumDepth;
        qint64 schemas = kDefaultMaximumSchemas;
        qint64 characters = kDefaultMaximumCharacters;
    };

    SchemaResolver(const StructuredDocument& document, SpecDiagnostics& diagnostics);
    SchemaResolver(const StructuredDocument& document, SpecDiagnostics& diagnostics, const Limits& limits);

    // `pointer` is where `schema` lives in the document; every diagnostic is reported relative to it.
    SchemaPtr resolve(const QJsonValue& schema, const QString& pointer);

    // Resolves a "#/..." reference to the raw JSON it points at, or reports why it cannot.
    std::optional<QJsonValue> dereference(const QString& reference, const QString& pointer,
                                          QString* targetPointer = nullptr);

private:
    // Counts what `expand` produces against the limits.
    std::shared_ptr<Schema> resolveNode(const QJsonValue& value, const QString& pointer, int depth);
    std::shared_ptr<Schema> expand(const QJsonValue& value, const QString& pointer, int depth);
    static qint64 characters(const Schema& schema);
    void exhaust(const QString& pointer, const QString& message);
    void applyKeywords(Schema& schema, const QJsonObject& object, const QString& pointer, int depth);
    void applyAlternatives(Schema& schema, const QJsonValue& alternatives, const QString& pointer, int depth,
                           bool exclusive);
    void readDiscriminator(Schema& schema, const QJsonValue& discriminator, const QString& pointer);
    static void merge(Schema& target, const Schema& source);
    void error(const QString& pointer, const QString& message);
    void warning(const QString& pointer, const QString& message);

    const StructuredDocument& m_document;
    SpecDiagnostics& m_diagnostics;
    Limits m_limits;
    qint64 m_schemas = 0;
    qint64 m_characters = 0;
    bool m_exhausted = false;
    QStringList m_referenceStack;
    QSet<QString> m_warned;
};

} // namespace AccountDesk
