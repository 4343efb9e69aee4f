#include "BulkOutcomesView.h"

#include "bulk/BulkReport.h"
#include "bulk/BulkResultModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace AccountDesk {

BulkOutcomesView::BulkOutcomesView(BulkResultModel* results, QWidget* parent)
    : QWidget(parent)
    , m_results(results)
    , m_filter(new QComboBox(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    m_filter->setObjectName(QStringLiteral("bulkOutcomeFilter"));
    m_filter->setAccessibleName(tr("Show outcomes"));
    m_filter->addItem(tr("All outcomes"), QString());
    for (const QString& outcome : BulkResultModel::outcomes())
        m_filter->addItem(BulkResultModel::describeOutcome(outcome), outcome);
    m_filtered->setSourceModel(results);
    m_filtered->setFilterRole(Qt::UserRole);
    m_filtered->setFilterKeyColumn(BulkResultModel::OutcomeColumn);
    m_filtered->setSortRole(Qt::UserRole);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { showOutcome(m_filter->currentData().toString()); });
    m_table->setObjectName(QStringLiteral("bulkOutcomesTable"));
    m_table->setAccessibleName(tr("Outcomes"));
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BulkResultModel::RowColumn, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    auto* label = new QLabel(tr("S&how:"), this);
    label->setBuddy(m_filter);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(label);
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_table);
}

void BulkOutcomesView::showOutcome(const QString& outcome)
{
    const int index = m_filter->findData(outcome);
    if (index >= 0 && index != m_filter->currentIndex())
        return m_filter->setCurrentIndex(index); // comes back here through its signal
    m_filtered->setFilterRegularExpression(
        outcome.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(outcome)));
}

int BulkOutcomesView::shownRows() const
{
    return m_filtered->rowCount();
}

QList<BulkRun::Result> BulkOutcomesView::shownResults() const
{
    QList<BulkRun::Result> shown;
    shown.reserve(m_filtered->rowCount());
    for (int row = 0; row < m_filtered->rowCount(); ++row)
        shown.append(m_results->results().at(m_filtered->mapToSource(m_filtered->index(row, 0)).row()));
    return shown;
}

bool BulkOutcomesView::exportTo(const QString& fileName, bool withAccount, QString& problem) const
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) &&
        BulkReport::write(file, BulkReport::formatFor(fileName), shownResults(), withAccount, problem) &&
        file.commit())
        return true;
    if (problem.isEmpty())
        problem = file.errorString();
    return false;
}

bool BulkOutcomesView::isFiltered() const
{
    return !m_filter->currentData().toString().isEmpty();
}

} // namespace AccountDesk
