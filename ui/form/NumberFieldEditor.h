#pragma once

#include "FieldEditor.h"

class QLineEdit;

namespace AccountDesk {

// Integers (int32 and int64, which QSpinBox cannot hold) and decimal numbers, typed as text and
// checked exactly: 9007199254740993 stays 9007199254740993.
class NumberFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit NumberFieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    QString inputProblem() const override;
    QWidget* inputWidget() override;
    void setPlaceholder(const QString& text) override;

private:
    bool isInteger() const { return spec().type == FieldSpec::Type::Integer; }
    QString typedNumber() const;

    QLineEdit* m_lineEdit;
};

} // namespace AccountDesk
