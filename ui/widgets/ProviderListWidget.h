#pragma once

#include "provider/ProviderRegistry.h"

#include <QListWidget>

namespace AccountDesk {

// The providers the window offers, one row each, named as their hints say; each row knows its id.
class ProviderListWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit ProviderListWidget(QWidget* parent = nullptr);

    // Lists them again without emitting selection signals; the row of `selectId` (or none) is current.
    void fill(const QList<ProviderRegistry::Listed>& providers, const QString& selectId);
    QString idAt(int row) const;
    int rowOf(const QString& id) const; // -1 when not listed
};

} // namespace AccountDesk
