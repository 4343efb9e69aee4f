#pragma once

#include "SpecDiagnostic.h"
#include "StructuredDocument.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace AccountDesk {

// Converts YAML (1.2 core schema) to the JSON data model, keeping key order.
class YamlConverter
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::YamlConverter)

public:
    // Every value counts, as often as aliases repeat it: the bundled specs have a few thousand.
    static constexpr qint64 kMaximumNodes = 1'000'000;

    static std::optional<StructuredDocument> convert(const QByteArray& yaml, SpecDiagnostics& diagnostics);
};

} // namespace AccountDesk
