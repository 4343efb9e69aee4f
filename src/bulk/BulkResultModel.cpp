#include "BulkResultModel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace AccountDesk {
namespace {

QString compact(const QJsonValue& value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isNull())
        return QStringLiteral("null");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

} // namespace

BulkResultModel::BulkResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BulkResultModel::add(const BulkRun::Result& result)
{
    beginInsertRows({}, int(m_results.size()), int(m_results.size()));
    m_results.append(result);
    endInsertRows();
}

void BulkResultModel::clear()
{
    beginResetModel();
    m_results.clear();
    endResetModel();
}

qsizetype BulkResultModel::count(const QString& outcome) const
{
    return std::count_if(m_results.cbegin(), m_results.cend(),
                         [&outcome](const BulkRun::Result& result) { return result.outcome == outcome; });
}

QStringList BulkResultModel::outcomes()
{
    return {QStringLiteral("planned"), QStringLiteral("updated"), QStringLiteral("unchanged"),
            QStringLiteral("failed"),  QStringLiteral("invalid"), QStringLiteral("skipped")};
}

QString BulkResultModel::describeOutcome(const QString& outcome)
{
    if (outcome == QStringLiteral("planned"))
        return tr("would change");
    if (outcome == QStringLiteral("updated"))
        return tr("updated");
    if (outcome == QStringLiteral("unchanged"))
        return tr("unchanged");
    if (outcome == QStringLiteral("failed"))
        return tr("failed");
    if (outcome == QStringLiteral("invalid"))
        return tr("invalid");
    if (outcome == QStringLiteral("skipped"))
        return tr("done before");
    return outcome;
}

QString BulkResultModel::describeChanges(const QJsonArray& changes)
{
    QStringList parts;
    for (const QJsonValue& entry : changes) {
        const QJsonObject change = entry.toObject();
        const QString before = change.contains(QStringLiteral("before"))
                                   ? compact(change.value(QStringLiteral("before")))
                                   : tr("(not set)");
        const QString after = change.contains(QStringLiteral("after"))
                                  ? compact(change.value(QStringLiteral("after")))
                                  : tr("(not sent)");
        parts.append(QStringLiteral("%1: %2 → %3")
                         .arg(change.value(QStringLiteral("pointer")).toString(), before, after));
    }
    return parts.join(QStringLiteral("; "));
}

int BulkResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int BulkResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const BulkRun::Result& result = m_results.at(index.row());
    if (role == Qt::UserRole && index.column() == OutcomeColumn)
        return result.outcome;
    if (role == Qt::UserRole && index.column() == RowColumn)
        return result.row; // sorts as a number
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return QString::number(result.row);
    case AccountColumn:
        return result.account;
    case OutcomeColumn:
        return describeOutcome(result.outcome);
    case StatusColumn:
        return result.status != 0 ? QString::number(result.status) : QString();
    case DetailsColumn:
        return result.error.isEmpty() ? describeChanges(result.changes) : result.error;
    default:
        return {};
    }
}

QVariant BulkResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case AccountColumn:
        return tr("Account");
    case OutcomeColumn:
        return tr("Outcome");
    case StatusColumn:
        return tr("Status");
    case DetailsColumn:
        return tr("Changes or problem");
    default:
        return {};
    }
}

} // namespace AccountDesk
