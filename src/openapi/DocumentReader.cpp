#include "DocumentReader.h"

#include "JsonKeyOrderScanner.h"
#include "YamlConverter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace AccountDesk {

DocumentReader::Format DocumentReader::detect(const QByteArray& text)
{
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return (c == '{' || c == '[') ? Format::Json : Format::Yaml;
    }
    return Format::Yaml;
}

std::optional<StructuredDocument> DocumentReader::read(const QByteArray& text, SpecDiagnostics& diagnostics,
                                                       Format format)
{
    if (format == Format::Detect)
        format = detect(text);
    if (format == Format::Yaml)
        return YamlConverter::convert(text, diagnostics);

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        SpecDiagnostic diagnostic = SpecDiagnostic::error(QString(), parseError.errorString());
        diagnostic.line = 1;
        diagnostic.column = 1;
        for (qsizetype i = 0; i < parseError.offset && i < text.size(); ++i) {
            if (text.at(i) == '\n') {
                ++diagnostic.line;
                diagnostic.column = 1;
            } else {
                ++diagnostic.column;
            }
        }
        diagnostics.append(diagnostic);
        return std::nullopt;
    }
    std::optional<QHash<QString, QStringList>> keyOrder = JsonKeyOrderScanner::scan(text, diagnostics);
    if (!keyOrder)
        return std::nullopt;
    StructuredDocument document;
    document.root = json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array());
    document.keyOrder = std::move(*keyOrder);
    return document;
}

} // namespace AccountDesk
