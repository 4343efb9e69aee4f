#include "ObjectListFieldEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace AccountDesk {

ObjectListFieldEditor::ObjectListFieldEditor(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("objectListTableWidget"));
    m_table->setTabKeyNavigation(false);
    QStringList headers;
    for (const FieldSpec* column : columns())
        headers.append(column->label);
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(m_table->fontMetrics().lineSpacing() * 7 + 24);

    auto* add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addToolButton"));
    add->setText(QStringLiteral("+"));
    add->setAccessibleName(tr("Add an entry"));
    auto* remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeToolButton"));
    remove->setText(QStringLiteral("−"));
    remove->setAccessibleName(tr("Remove the selected entry"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QToolButton::clicked, this, &ObjectListFieldEditor::addRow);
    connect(remove, &QToolButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            notifyEdited();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &ObjectListFieldEditor::notifyEdited);
}

bool ObjectListFieldEditor::canEdit(const FieldSpec& spec)
{
    if (spec.type != FieldSpec::Type::Array || !spec.item || !spec.item->isGroup())
        return false;
    for (const FieldSpec& child : spec.item->children)
        if (!child.hidden && (child.type == FieldSpec::Type::Array || child.type == FieldSpec::Type::Object ||
                              child.type == FieldSpec::Type::Any))
            return false;
    return true;
}

QList<const FieldSpec*> ObjectListFieldEditor::columns() const
{
    QList<const FieldSpec*> result;
    if (spec().item)
        for (const FieldSpec& child : spec().item->children)
            if (!child.hidden && !child.readOnly)
                result.append(&child);
    return result;
}

void ObjectListFieldEditor::setValue(const QJsonValue& value)
{
    silently([&] {
        const QList<const FieldSpec*> fields = columns();
        const QJsonArray array = value.toArray();
        m_table->setRowCount(int(array.size()));
        for (int row = 0; row < array.size(); ++row) {
            const QJsonObject object = array.at(row).toObject();
            for (int column = 0; column < fields.size(); ++column) {
                const QJsonValue cell = object.value(fields.at(column)->name);
                m_table->setItem(row, column,
                                 new QTableWidgetItem(cell.isUndefined() || cell.isNull()
                                                          ? QString()
                                                          : cell.toVariant().toString()));
            }
        }
    });
}

QJsonArray ObjectListFieldEditor::read(QString* problem) const
{
    const QList<const FieldSpec*> fields = columns();
    QJsonArray array;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QJsonObject object;
        for (int column = 0; column < fields.size(); ++column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            const QString text = item ? item->text() : QString();
            if (text.isEmpty())
                continue;
            const FieldSpec& field = *fields.at(column);
            bool ok = true;
            QJsonValue cell(text);
            if (field.type == FieldSpec::Type::Integer)
                cell = QJsonValue(text.toLongLong(&ok));
            else if (field.type == FieldSpec::Type::Number)
                cell = QJsonValue(text.toDouble(&ok));
            else if (field.type == FieldSpec::Type::Boolean) {
                ok = text == QStringLiteral("true") || text == QStringLiteral("false");
                cell = QJsonValue(text == QStringLiteral("true"));
            }
            if (!ok && problem)
                *problem =
                    tr("row %1, %2: \"%3\" is not %4")
                        .arg(row + 1)
                        .arg(field.label, text,
                             field.type == FieldSpec::Type::Boolean ? tr("true or false") : tr("a number"));
            object.insert(field.name, cell);
        }
        array.append(object);
    }
    return array;
}

QJsonValue ObjectListFieldEditor::value() const
{
    return read(nullptr);
}

QString ObjectListFieldEditor::inputProblem() const
{
    QString problem;
    read(&problem);
    return problem;
}

QWidget* ObjectListFieldEditor::inputWidget()
{
    return m_table;
}

void ObjectListFieldEditor::addRow()
{
    silently([&] { m_table->insertRow(m_table->rowCount()); });
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    notifyEdited();
}

} // namespace AccountDesk
