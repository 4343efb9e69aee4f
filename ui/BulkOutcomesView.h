#pragma once

#include "bulk/BulkRun.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace AccountDesk {

class BulkResultModel;

// The outcomes of a bulk run, a row per account as each finishes, filtered by outcome ("failed"
// only, say) and sortable by any column (rows by their number).
class BulkOutcomesView : public QWidget
{
    Q_OBJECT

public:
    explicit BulkOutcomesView(BulkResultModel* results, QWidget* parent = nullptr);

    // Shows only `outcome` (empty: all).
    void showOutcome(const QString& outcome);
    // The rows shown now (tests).
    int shownRows() const;
    // The outcomes shown now, in the order shown.
    QList<BulkRun::Result> shownResults() const;
    // Writes them to `fileName` (CSV for .csv, else JSON Lines), whole or not at all; `withAccount`:
    // the provider's update names an account. False with the reason in `problem`.
    bool exportTo(const QString& fileName, bool withAccount, QString& problem) const;
    // Whether a filter hides some outcomes.
    bool isFiltered() const;

private:
    BulkResultModel* m_results = nullptr;
    QComboBox* m_filter = nullptr;
    QSortFilterProxyModel* m_filtered = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace AccountDesk
