#pragma once

#include "form/FormSchema.h"

#include <QStandardItemModel>

namespace AccountDesk {

// A read-only tree of a form's fields (name, type, required, nullable, constraints, hint), for
// showing what a provider's update operation accepts.
class FieldTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        RequiredColumn,
        NullableColumn,
        ConstraintsColumn,
        HintColumn,
        ColumnCount
    };
    enum Role
    {
        PointerRole = Qt::UserRole + 1
    };

    explicit FieldTreeModel(QObject* parent = nullptr);

    void setForm(const FormSchema& form);

    static QString typeText(const FieldSpec& field);
    static QString constraintsText(const FieldSpec& field);

private:
    void appendField(QStandardItem* parent, const FieldSpec& field);
};

} // namespace AccountDesk
