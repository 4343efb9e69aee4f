#pragma once

#include "FieldEditor.h"

class QListWidget;

namespace AccountDesk {

// An array whose items are a closed set (`items: {enum: [...]}`): every allowed value with a check
// box, in the spec's order. The value is the checked ones in that order, each once, as typed JSON
// values (numbers stay numbers). A value from the server outside the set is kept and shown checked
// with a mark, so nothing the account holds is dropped unseen; the validator says it is not allowed.
class EnumListFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit EnumListFieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    static bool canEdit(const FieldSpec& spec);

    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    QWidget* inputWidget() override;

private:
    void addOption(const QJsonValue& option, bool known);

    QListWidget* m_listWidget;
};

} // namespace AccountDesk
