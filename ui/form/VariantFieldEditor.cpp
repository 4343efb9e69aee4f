#include "VariantFieldEditor.h"

#include "JsonFieldEditor.h"
#include "form/VariantChoice.h"
#include "widgets/ComboBoxLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace AccountDesk {

VariantFieldEditor::VariantFieldEditor(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_kindComboBox(new QComboBox(this))
    , m_jsonEditor(new JsonFieldEditor(spec, this))
{
    m_kindComboBox->setObjectName(QStringLiteral("kindComboBox"));
    m_kindComboBox->addItem(tr("(choose a kind)"));
    for (const FieldSpec& variant : spec.variants)
        m_kindComboBox->addItem(variant.label);
    const QString kindName = tr("Kind of %1").arg(spec.label);
    m_kindComboBox->setAccessibleName(kindName);
    m_kindComboBox->setToolTip(spec.variantsExclusive ? tr("The value must be exactly one of these kinds")
                                                      : tr("The value must be at least one of these kinds"));
    ComboBoxLabel::attach(m_kindComboBox, kindName);

    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kindComboBox);
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kindComboBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(kindRow);
    layout->addWidget(m_jsonEditor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setFocusProxy(m_jsonEditor->inputWidget());

    connect(m_kindComboBox, &QComboBox::activated, this, [this](int index) { chooseKind(index - 1); });

    connect(m_jsonEditor, &FieldEditor::edited, this, [this] {
        followValue();
        notifyEdited();
    });
}

void VariantFieldEditor::chooseKind(int index)
{
    // Choosing the kind already shown changes nothing (a stray click must not reshape the value).
    if (index < 0 || index + 1 == m_shownKind)
        return;
    if (!m_jsonEditor->inputProblem().isEmpty()) {
        // Text that is not JSON yet is the operator's work in progress: never replace it.
        showKind(index + 1);
        return;
    }
    m_jsonEditor->setValue(VariantChoice::reshape(spec(), index, m_jsonEditor->value()));
    showKind(index + 1);
    notifyEdited();
}

void VariantFieldEditor::followValue()
{
    // A value that is none of the kinds keeps the operator's last choice visible.
    const int kind = VariantChoice::variantOf(spec(), m_jsonEditor->value());
    if (kind >= 0)
        showKind(kind + 1);
}

void VariantFieldEditor::setValue(const QJsonValue& value)
{
    silently([&] {
        m_jsonEditor->setValue(value);
        showKind(VariantChoice::variantOf(spec(), value) + 1);
    });
}

void VariantFieldEditor::showKind(int comboIndex)
{
    m_shownKind = comboIndex;
    m_kindComboBox->setCurrentIndex(comboIndex);
}

QJsonValue VariantFieldEditor::value() const
{
    return m_jsonEditor->value();
}

QString VariantFieldEditor::inputProblem() const
{
    return m_jsonEditor->inputProblem();
}

QWidget* VariantFieldEditor::inputWidget()
{
    return m_jsonEditor->inputWidget();
}

void VariantFieldEditor::setPlaceholder(const QString& text)
{
    m_jsonEditor->setPlaceholder(text);
}

} // namespace AccountDesk
