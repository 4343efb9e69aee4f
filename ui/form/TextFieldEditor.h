#pragma once

#include "FieldEditor.h"

class QLabel;
class QLineEdit;

namespace AccountDesk {

// Single-line text (plain, e-mail, UUID, URL...), with a character counter once the text nears
// its maximum length.
class TextFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit TextFieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    QWidget* inputWidget() override;
    void setPlaceholder(const QString& text) override;

private:
    void updateCounter();

    QLineEdit* m_lineEdit;
    QLabel* m_counterLabel;
};

} // namespace AccountDesk
