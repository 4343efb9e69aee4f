#pragma once

#include "openapi/SpecDiagnostic.h"

#include <QListWidget>

#include <functional>

namespace AccountDesk {

// The problems found in a document, one row each: "Error — <where>: <why>", the raw diagnostic as
// its tooltip. `placeName` turns a pointer into what the operator knows it as (a choice's label).
class DiagnosticListWidget : public QListWidget
{
    Q_OBJECT

public:
    using PlaceName = std::function<QString(const QString& pointer)>;

    explicit DiagnosticListWidget(PlaceName placeName, QWidget* parent = nullptr);

    void showDiagnostics(const SpecDiagnostics& diagnostics);
    QString plainText() const;

private:
    PlaceName m_placeName;
};

} // namespace AccountDesk
