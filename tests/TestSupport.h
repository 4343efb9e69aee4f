#pragma once

#include "form/FormSchema.h"
#include "openapi/SpecDiagnostic.h"
#include "provider/ProviderRegistry.h"

#include <QByteArray>
#include <QString>

#include <ostream>

namespace AccountDesk::TestSupport {

// The budgets of the tests that show some work is bounded (processor time of the working thread,
// ThreadCpuTimer) are set for an optimised build. AddressSanitizer makes the same work several
// times slower (the `asan` preset), so there they are this many times as long: still far below
// what unbounded work would take.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr int kTimeBudgetFactor = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr int kTimeBudgetFactor = 10;
#else
inline constexpr int kTimeBudgetFactor = 1;
#endif
#else
inline constexpr int kTimeBudgetFactor = 1;
#endif

QString dataPath(const QString& relative);
QByteArray readFile(const QString& path);
// "a: b; c: d" for assertion messages.
std::string describe(const SpecDiagnostics& diagnostics);
bool mentions(const SpecDiagnostics& diagnostics, const QString& pointer, const QString& messagePart);
// A minimal PNG file (1x1): image bytes that content detection recognises.
QByteArray tinyPng();
// The five bundled providers, loaded once per test program.
const ProviderRegistry& bundledRegistry();
const Provider& bundledProvider(const QString& id);
// The form of a request body schema written inline (YAML or JSON), without hints.
FormSchema formFromSchema(const QByteArray& schema);

} // namespace AccountDesk::TestSupport

QT_BEGIN_NAMESPACE
// Lets GoogleTest print QStrings in failure messages.
inline void PrintTo(const QString& value, std::ostream* os)
{
    *os << '"' << value.toStdString() << '"';
}
QT_END_NAMESPACE
