#pragma once

#include "BulkRun.h"

#include <QAbstractTableModel>
#include <QList>

namespace AccountDesk {

// The rows of a bulk run as they finish, for the window's table of outcomes: row number, account,
// outcome, HTTP status and what changed (or why not). The outcome column's Qt::UserRole is the
// outcome's key ("updated", "failed", ...), which the window filters on; the text is translated.
class BulkResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RowColumn,
        AccountColumn,
        OutcomeColumn,
        StatusColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit BulkResultModel(QObject* parent = nullptr);

    void add(const BulkRun::Result& result);
    void clear();
    const QList<BulkRun::Result>& results() const { return m_results; }
    // How many results have `outcome`.
    qsizetype count(const QString& outcome) const;

    // The outcome keys a run reports, in the order the window offers them as filters.
    static QStringList outcomes();
    static QString describeOutcome(const QString& outcome);
    // "/name: "Old" → "New"; /country: → null", one change after the other.
    static QString describeChanges(const QJsonArray& changes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BulkRun::Result> m_results;
};

} // namespace AccountDesk
