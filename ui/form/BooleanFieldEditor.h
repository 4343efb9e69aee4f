#pragma once

#include "FieldEditor.h"

class QCheckBox;

namespace AccountDesk {

// A check box with a third, partially checked state: not sent.
class BooleanFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit BooleanFieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    QWidget* inputWidget() override;
    void setPlaceholder(const QString& text) override;

private:
    void updateText();

    QCheckBox* m_checkBox;
    QString m_unsetText;
};

} // namespace AccountDesk
