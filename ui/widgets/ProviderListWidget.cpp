#include "ProviderListWidget.h"

#include <QSignalBlocker>

namespace AccountDesk {
namespace {

constexpr int kProviderIdRole = Qt::UserRole + 1;

} // namespace

ProviderListWidget::ProviderListWidget(QWidget* parent)
    : QListWidget(parent)
{}

void ProviderListWidget::fill(const QList<ProviderRegistry::Listed>& providers, const QString& selectId)
{
    const QSignalBlocker blocker(this);
    clear();
    for (const ProviderRegistry::Listed& listed : providers) {
        auto* item = new QListWidgetItem(listed.displayName, this);
        item->setData(kProviderIdRole, listed.id);
        item->setToolTip(listed.description);
    }
    setCurrentRow(rowOf(selectId));
}

QString ProviderListWidget::idAt(int row) const
{
    const QListWidgetItem* listed = item(row);
    return listed ? listed->data(kProviderIdRole).toString() : QString();
}

int ProviderListWidget::rowOf(const QString& id) const
{
    for (int row = 0; row < count(); ++row)
        if (item(row)->data(kProviderIdRole).toString() == id)
            return row;
    return -1;
}

} // namespace AccountDesk
