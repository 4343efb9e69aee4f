#pragma once

#include "SpecDiagnostic.h"
#include "StructuredDocument.h"

#include <QByteArray>

#include <optional>

namespace AccountDesk {

// Reads a JSON or YAML text (told apart by content, not by file name) into a StructuredDocument.
class DocumentReader
{
public:
    enum class Format
    {
        Detect,
        Json,
        Yaml
    };

    static std::optional<StructuredDocument> read(const QByteArray& text, SpecDiagnostics& diagnostics,
                                                  Format format = Format::Detect);
    static Format detect(const QByteArray& text);
};

} // namespace AccountDesk
