#pragma once

#include "FieldHints.h"
#include "FormSchema.h"
#include "openapi/Schema.h"
#include "openapi/SpecDiagnostic.h"

#include <QCoreApplication>
#include <QHash>

namespace AccountDesk {

// Derives the form of a request body from its schema, then applies the provider's per-field hints.
// A hint that names no field, or does not fit the field's type, is reported, never ignored.
class FormSchemaBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::FormSchemaBuilder)

public:
    static FormSchema build(const Schema& body, const QHash<QString, FieldHints>& hints,
                            SpecDiagnostics& diagnostics,
                            const QString& hintsLocation = QStringLiteral("/fields"));

    // "account_name" -> "Account name", "technicalSupportEmail" -> "Technical support email".
    static QString labelFor(const QString& propertyName);

private:
    static FieldSpec fieldFrom(const Schema& schema, const QString& pointer, const QString& name,
                               bool required);
    static void addVariants(FieldSpec& field, const Schema& schema);
    static void applyHints(FieldSpec& field, const FieldHints& hints, const QString& location,
                           SpecDiagnostics& diagnostics);
};

} // namespace AccountDesk
