#include "BulkCommonEdits.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
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
    m_table->setTabKeyNavigation(false); // Tab goes from a field to its value, then on
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
    m_table->setColumnWidth(0, qMax(m_table->columnWidth(0), field->sizeHint().width()));
    auto* text = new QLineEdit(value, m_table);
    text->setAccessibleName(tr("Value of edit %1").arg(row + 1));
    text->setPlaceholderText(tr("the value for every account"));
    connect(text, &QLineEdit::textChanged, this, &BulkCommonEdits::editsChanged);
    m_table->setCellWidget(row, 1, text);
    m_table->setCurrentCell(row, 1);
    QWidget::setTabOrder(field, text);
    field->setFocus(); // the field first, then Tab to its value
    Q_EMIT editsChanged();
}

QList<CliArguments::Edit> BulkCommonEdits::edits() const
{
    QList<CliArguments::Edit> edits;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString pointer =
            static_cast<QComboBox*>(m_table->cellWidget(row, 0))->currentData().toString();
        const QString text = static_cast<QLineEdit*>(m_table->cellWidget(row, 1))->text();
        const FieldSpec* spec = m_provider ? m_provider->form().field(pointer) : nullptr;
        // Lists and objects are typed as JSON ("[\"a\", \"b\"]", "{\"key\": 1}"), everything else as
        // on the command line; "null" is null only where the field allows it, else the text itself.
        const bool json =
            spec && (spec->type == FieldSpec::Type::Array || spec->type == FieldSpec::Type::Object ||
                     spec->type == FieldSpec::Type::Any);
        if (text == QStringLiteral("null") && spec && spec->nullable)
            edits.append({CliArguments::Edit::Kind::Null, pointer, QString()});
        else
            edits.append(
                {json ? CliArguments::Edit::Kind::SetJson : CliArguments::Edit::Kind::Set, pointer, text});
    }
    return edits;
}

FieldErrors BulkCommonEdits::problems() const
{
    // An edit added and left empty would blank its field on every account: a value must be typed.
    FieldErrors problems;
    QStringList pointers;
    for (const CliArguments::Edit& edit : edits()) {
        const QString where = tr("edit %1 (%2)").arg(pointers.size() + 1).arg(edit.pointer);
        if (edit.kind != CliArguments::Edit::Kind::Null && edit.text.isEmpty())
            problems.append(
                {where, tr("has no value: type the value for every account, or remove the edit")});
        if (pointers.contains(edit.pointer))
            problems.append(
                {where, tr("sets the same field as edit %1").arg(pointers.indexOf(edit.pointer) + 1)});
        pointers.append(edit.pointer);
    }
    return problems;
}

qsizetype BulkCommonEdits::count() const
{
    return m_table->rowCount();
}

} // namespace AccountDesk
