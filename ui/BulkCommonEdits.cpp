#include "BulkCommonEdits.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace AccountDesk {

BulkCommonEdits::BulkCommonEdits(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Value for every account")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAccessibleName(tr("Edits for every account"));
    auto* add = new QPushButton(tr("&Add edit"), this);
    auto* remove = new QPushButton(tr("Re&move edit"), this);
    add->setObjectName(QStringLiteral("addCommonEditButton"));
    remove->setObjectName(QStringLiteral("removeCommonEditButton"));
    connect(add, &QPushButton::clicked, this, [this] { addEdit(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            Q_EMIT editsChanged();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &BulkCommonEdits::editsChanged);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void BulkCommonEdits::setProvider(const ProviderPtr& provider)
{
    m_provider = provider;
    m_table->setRowCount(0);
}

void BulkCommonEdits::addEdit(const QString& pointer, const QString& value)
{
    if (!m_provider)
        return;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* field = new QComboBox(m_table);
    field->setAccessibleName(tr("Field of edit %1").arg(row + 1));
    for (const FieldSpec* spec : m_provider->form().leaves())
        if (spec->isEditable())
            field->addItem(QStringLiteral("%1 (%2)").arg(spec->label, spec->pointer), spec->pointer);
    field->setCurrentIndex(qMax(0, field->findData(pointer)));
    connect(field, &QComboBox::currentIndexChanged, this, &BulkCommonEdits::editsChanged);
    m_table->setCellWidget(row, 0, field);
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    m_table->setCurrentCell(row, 1);
    Q_EMIT editsChanged();
}

QList<CliArguments::Edit> BulkCommonEdits::edits() const
{
    QList<CliArguments::Edit> edits;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString pointer =
            static_cast<QComboBox*>(m_table->cellWidget(row, 0))->currentData().toString();
        const QString text = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        const FieldSpec* spec = m_provider ? m_provider->form().field(pointer) : nullptr;
        if (text == QStringLiteral("null") && spec && spec->nullable) // else "null" is the text itself
            edits.append({CliArguments::Edit::Kind::Null, pointer, QString()});
        else
            edits.append({CliArguments::Edit::Kind::Set, pointer, text});
    }
    return edits;
}

qsizetype BulkCommonEdits::count() const
{
    return m_table->rowCount();
}

} // namespace AccountDesk
