#pragma once

#include "FieldEditor.h"

class QComboBox;

namespace AccountDesk {

// A choice among the spec's enum values; the first entry means "not sent".
class EnumFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit EnumFieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    QWidget* inputWidget() override;
    void setPlaceholder(const QString& text) override;

private:
    QComboBox* m_comboBox;
};

} // namespace AccountDesk
