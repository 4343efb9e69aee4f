#pragma once

#include "FieldEditor.h"

class QPlainTextEdit;

namespace AccountDesk {

// Raw JSON, for values the schema does not describe closely enough for a dedicated editor
// (unions, recursive types cut at the depth limit, arrays of nested objects).
class JsonFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit JsonFieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    QString inputProblem() const override;
    QWidget* inputWidget() override;
    void setPlaceholder(const QString& text) override;

private:
    QPlainTextEdit* m_textEdit;
};

} // namespace AccountDesk
