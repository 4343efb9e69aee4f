#include "BooleanFieldEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>

namespace AccountDesk {

BooleanFieldEditor::BooleanFieldEditor(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_checkBox(new QCheckBox(this))
    , m_unsetText(tr("not sent"))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_checkBox, 1);
    m_checkBox->setObjectName(QStringLiteral("booleanCheckBox"));
    m_checkBox->setTristate(true);
    m_checkBox->setCheckState(Qt::PartiallyChecked);
    updateText();
    connect(m_checkBox, &QCheckBox::clicked, this, [this] {
        // Clicking cycles only between true and false; "not sent" comes back through the row's menu.
        if (m_checkBox->checkState() == Qt::PartiallyChecked)
            m_checkBox->setCheckState(Qt::Unchecked);
        updateText();
        notifyEdited();
    });
}

void BooleanFieldEditor::setValue(const QJsonValue& value)
{
    silently([&] {
        m_checkBox->setCheckState(!value.isBool()  ? Qt::PartiallyChecked
                                  : value.toBool() ? Qt::Checked
                                                   : Qt::Unchecked);
    });
    updateText();
}

QJsonValue BooleanFieldEditor::value() const
{
    switch (m_checkBox->checkState()) {
    case Qt::Checked:
        return true;
    case Qt::Unchecked:
        return false;
    case Qt::PartiallyChecked:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QWidget* BooleanFieldEditor::inputWidget()
{
    return m_checkBox;
}

void BooleanFieldEditor::setPlaceholder(const QString& text)
{
    m_unsetText = text;
    silently([&] { m_checkBox->setCheckState(Qt::PartiallyChecked); });
    updateText();
}

void BooleanFieldEditor::updateText()
{
    switch (m_checkBox->checkState()) {
    case Qt::Checked:
        m_checkBox->setText(tr("true"));
        break;
    case Qt::Unchecked:
        m_checkBox->setText(tr("false"));
        break;
    case Qt::PartiallyChecked:
        m_checkBox->setText(m_unsetText);
        break;
    }
}

} // namespace AccountDesk
