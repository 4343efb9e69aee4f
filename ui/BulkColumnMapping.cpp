#include "BulkColumnMapping.h"

#include <QComboBox>
#include <QHeaderView>

namespace AccountDesk {
namespace {

const QString kAccount = QStringLiteral("account");
const QString kIgnored; // "Not used": an empty choice

} // namespace

BulkColumnMapping::BulkColumnMapping(QWidget* parent)
    : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({tr("Column in the file"), tr("Fills")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setVisible(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAccessibleName(tr("Columns of the file"));
}

QString BulkColumnMapping::guess(const ProviderPtr& provider, const QString& name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.compare(kAccount, Qt::CaseInsensitive) == 0)
        return kAccount;
    for (const FieldSpec* field : provider->form().leaves()) {
        if (!field->isEditable())
            continue;
        if (trimmed == field->pointer || trimmed == QStringLiteral("json:") + field->pointer)
            return trimmed;
        if (trimmed.compare(field->label, Qt::CaseInsensitive) == 0 ||
            trimmed.compare(field->name, Qt::CaseInsensitive) == 0)
            return field->pointer;
    }
    return kIgnored;
}

void BulkColumnMapping::setColumns(const ProviderPtr& provider, const QStringList& header)
{
    setRowCount(0);
    setRowCount(int(header.size()));
    for (int row = 0; row < header.size(); ++row) {
        auto* name = new QTableWidgetItem(header.at(row));
        name->setFlags(Qt::ItemIsEnabled);
        setItem(row, 0, name);
        auto* choice = new QComboBox(this);
        choice->setAccessibleName(tr("Field filled by column %1 (%2)").arg(row + 1).arg(header.at(row)));
        choice->addItem(tr("Not used"), kIgnored);
        if (!provider->pathParameters().isEmpty())
            choice->addItem(tr("Account"), kAccount);
        for (const FieldSpec* field : provider->form().leaves()) {
            if (!field->isEditable())
                continue;
            choice->addItem(QStringLiteral("%1 (%2)").arg(field->label, field->pointer), field->pointer);
            choice->addItem(tr("%1 (%2), as JSON").arg(field->label, field->pointer),
                            QStringLiteral("json:") + field->pointer);
        }
        const QString guessed = guess(provider, header.at(row));
        choice->setCurrentIndex(qMax(0, choice->findData(guessed)));
        connect(choice, &QComboBox::currentIndexChanged, this, &BulkColumnMapping::mappingChanged);
        setCellWidget(row, 1, choice);
    }
    resizeColumnToContents(0);
}

QStringList BulkColumnMapping::mappedHeader() const
{
    QStringList header;
    for (int row = 0; row < rowCount(); ++row)
        header.append(static_cast<QComboBox*>(cellWidget(row, 1))->currentData().toString());
    return header;
}

QStringList BulkColumnMapping::columnNames() const
{
    QStringList names;
    for (int row = 0; row < rowCount(); ++row)
        names.append(item(row, 0)->text());
    return names;
}

QList<qsizetype> BulkColumnMapping::ignoredColumns() const
{
    QList<qsizetype> ignored;
    const QStringList header = mappedHeader();
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header.at(i).isEmpty())
            ignored.append(i);
    return ignored;
}

} // namespace AccountDesk
