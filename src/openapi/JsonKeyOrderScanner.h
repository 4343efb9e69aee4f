#pragma once

#include "SpecDiagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace AccountDesk {

// Records, for every object of an already validated JSON text, its keys in document order. Stops
// with an error when the keys and object pointers outgrow StructuredDocument::kMaximumCharacters.
class JsonKeyOrderScanner
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::JsonKeyOrderScanner)

public:
    static std::optional<QHash<QString, QStringList>> scan(const QByteArray& json,
                                                           SpecDiagnostics& diagnostics);
};

} // namespace AccountDesk
