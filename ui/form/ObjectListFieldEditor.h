#pragma once

#include "FieldEditor.h"

class QTableWidget;

namespace AccountDesk {

// An array of objects whose members are scalars: one table row per object, one column per member.
// Cells are typed by the member's schema; an empty cell leaves the member out.
class ObjectListFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit ObjectListFieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    // Arrays of objects with only scalar, visible members qualify.
    static bool canEdit(const FieldSpec& spec);

    void setValue(const QJsonValue& value) override;
    QJsonValue value() const override;
    QString inputProblem() const override;
    QWidget* inputWidget() override;
    void addRow();

private:
    QList<const FieldSpec*> columns() const;
    QJsonArray read(QString* problem) const;

    QTableWidget* m_table;
};

} // namespace AccountDesk
