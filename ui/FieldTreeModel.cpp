#include "FieldTreeModel.h"

#include <QJsonArray>

namespace AccountDesk {

FieldTreeModel::FieldTreeModel(QObject* parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels(
        {tr("Field"), tr("Type"), tr("Required"), tr("Nullable"), tr("Constraints"), tr("Hint")});
}

void FieldTreeModel::setForm(const FormSchema& form)
{
    removeRows(0, rowCount());
    for (const FieldSpec& field : form.fields())
        appendField(invisibleRootItem(), field);
}

void FieldTreeModel::appendField(QStandardItem* parent, const FieldSpec& field)
{
    if (field.hidden)
        return;
    auto* name = new QStandardItem(field.label);
    name->setData(field.pointer, PointerRole);
    name->setToolTip(field.description.isEmpty() ? field.pointer
                                                 : field.pointer + QLatin1Char('\n') + field.description);
    QList<QStandardItem*> row{name,
                              new QStandardItem(typeText(field)),
                              new QStandardItem(field.required ? tr("required") : QString()),
                              new QStandardItem(field.nullable ? tr("nullable") : QString()),
                              new QStandardItem(constraintsText(field)),
                              new QStandardItem(field.hint)};
    for (QStandardItem* item : row)
        item->setEditable(false);
    parent->appendRow(row);
    if (field.isGroup())
        for (const FieldSpec& child : field.children)
            appendField(name, child);
}

QString FieldTreeModel::typeText(const FieldSpec& field)
{
    QString text = Schema::typeName(field.type);
    if (!field.format.isEmpty())
        text += QStringLiteral(" (%1)").arg(field.format);
    if (field.type == FieldSpec::Type::Array && field.item)
        text = tr("list of %1").arg(typeText(*field.item));
    if (field.isFreeForm())
        text = tr("key/value object");
    if (field.readOnly)
        text += tr(", read-only");
    return text;
}

QString FieldTreeModel::constraintsText(const FieldSpec& field)
{
    QStringList parts;
    if (field.minLength && field.maxLength)
        parts.append(tr("%1–%2 characters").arg(*field.minLength).arg(*field.maxLength));
    else if (field.maxLength)
        parts.append(tr("at most %1 characters").arg(*field.maxLength));
    else if (field.minLength)
        parts.append(tr("at least %1 characters").arg(*field.minLength));
    if (field.minimum && field.format != QStringLiteral("int32"))
        parts.append(tr("≥ %1").arg(*field.minimum));
    if (field.maximum && field.format != QStringLiteral("int32"))
        parts.append(tr("≤ %1").arg(*field.maximum));
    if (field.maxBytes)
        parts.append(tr("at most %1 bytes").arg(*field.maxBytes));
    if (!field.enumValues.isEmpty()) {
        QStringList values;
        for (const QJsonValue& value : field.enumValues)
            values.append(value.toVariant().toString());
        parts.append(values.size() > 6 ? tr("one of %1 values").arg(values.size())
                                       : tr("one of %1").arg(values.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace AccountDesk
