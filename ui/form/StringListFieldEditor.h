#pragma once

#include "FieldEditor.h"

class QListWidget;
class QToolButton;

namespace AccountDesk {

// A list of strings (e-mail lists among them): add, remove, reorder; each entry edited in place.
class StringListFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit StringListFieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    // An entry of a list of integers or numbers that is not one.
    QString inputProblem() const override;
    QWidget* inputWidget() override;

    void addEntry(const QString& text = QString());
    void removeCurrent();
    void moveCurrent(int offset);

private:
    // One entry as sent: a number for lists of integers or numbers (when it is one), else the text.
    QJsonValue entryValue(const QString& text) const;
    QListWidget* m_listWidget;
};

} // namespace AccountDesk
