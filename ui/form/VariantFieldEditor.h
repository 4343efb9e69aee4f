#pragma once

#include "FieldEditor.h"

class QComboBox;

namespace AccountDesk {

class JsonFieldEditor;

// A oneOf/anyOf value: the operator picks its kind from a list, which reshapes the value to that
// variant (its members kept, its discriminator set, its required members filled in), and edits it as
// JSON below. The kind follows the value when a value is loaded; the validator checks the value
// against the variants, so nothing that matches none is sent.
class VariantFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit VariantFieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    static bool canEdit(const FieldSpec& spec) { return spec.hasVariants() && !spec.isGroup(); }

    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    QString inputProblem() const override;
    QWidget* inputWidget() override;
    void setPlaceholder(const QString& text) override;
    QComboBox* kindComboBox() const { return m_kindComboBox; }

private:
    void chooseKind(int index);
    void followValue();
    void showKind(int comboIndex);

    QComboBox* m_kindComboBox;
    JsonFieldEditor* m_jsonEditor;
    int m_shownKind = 0; // the combo box row the value was last shaped or recognised as
};

} // namespace AccountDesk
