#pragma once

#include "FieldEditor.h"

class QPlainTextEdit;

namespace AccountDesk {

// Multi-line text: descriptions (`multiline`) and lists of IP addresses or CIDR blocks (`ip-list`,
// one per line).
class MultilineFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit MultilineFieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    QWidget* inputWidget() override;
    void setPlaceholder(const QString& text) override;

private:
    QPlainTextEdit* m_textEdit;
};

} // namespace AccountDesk
