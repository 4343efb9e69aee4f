#pragma once

#include "SpecDiagnostic.h"
#include "StructuredDocument.h"

#include <QByteArray>

#include <optional>

namespace AccountDesk {

// Converts YAML (1.2 core schema) to the JSON data model, keeping key order.
class YamlConverter
{
public:
    static std::optional<StructuredDocument> convert(const QByteArray& yaml, SpecDiagnostics& diagnostics);
};

} // namespace AccountDesk
