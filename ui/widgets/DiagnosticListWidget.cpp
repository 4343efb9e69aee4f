#include "DiagnosticListWidget.h"

namespace AccountDesk {

DiagnosticListWidget::DiagnosticListWidget(PlaceName placeName, QWidget* parent)
    : QListWidget(parent)
    , m_placeName(std::move(placeName))
{}

void DiagnosticListWidget::showDiagnostics(const SpecDiagnostics& diagnostics)
{
    clear();
    for (const SpecDiagnostic& diagnostic : diagnostics) {
        const bool error = diagnostic.severity == SpecDiagnostic::Severity::Error;
        const QString where =
            diagnostic.pointer.isEmpty() ? QString() : m_placeName(diagnostic.pointer) + QStringLiteral(": ");
        auto* item = new QListWidgetItem(
            (error ? tr("Error") : tr("Warning")) + QStringLiteral(" — ") + where + diagnostic.message, this);
        item->setToolTip(diagnostic.toString());
    }
}

QString DiagnosticListWidget::plainText() const
{
    QStringList lines;
    for (int row = 0; row < count(); ++row)
        lines.append(item(row)->text());
    return lines.join(QLatin1Char('\n'));
}

} // namespace AccountDesk
