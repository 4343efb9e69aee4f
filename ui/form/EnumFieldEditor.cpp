#include "EnumFieldEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>

namespace AccountDesk {

EnumFieldEditor::EnumFieldEditor(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_comboBox(new QComboBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_comboBox, 1);
    m_comboBox->setObjectName(QStringLiteral("enumComboBox"));
    m_comboBox->addItem(tr("(not sent)"), QVariant());
    for (const QJsonValue& option : spec.enumValues)
        m_comboBox->addItem(option.toVariant().toString(), option.toVariant());
    connect(m_comboBox, &QComboBox::activated, this, &EnumFieldEditor::notifyEdited);
}

void EnumFieldEditor::setValue(const QJsonValue& value)
{
    silently([&] {
        if (value.isUndefined() || value.isNull()) {
            m_comboBox->setCurrentIndex(0);
            return;
        }
        int index = m_comboBox->findData(value.toVariant());
        if (index < 0) {
            // A value the spec does not list (the server may know more): show it, the validator flags it.
            m_comboBox->addItem(value.toVariant().toString(), value.toVariant());
            index = m_comboBox->count() - 1;
        }
        m_comboBox->setCurrentIndex(index);
    });
}

QJsonValue EnumFieldEditor::value() const
{
    const QVariant current = m_comboBox->currentData();
    return current.isValid() ? QJsonValue::fromVariant(current) : QJsonValue(QJsonValue::Undefined);
}

QWidget* EnumFieldEditor::inputWidget()
{
    return m_comboBox;
}

void EnumFieldEditor::setPlaceholder(const QString& text)
{
    m_comboBox->setItemText(0, text);
}

} // namespace AccountDesk
