#pragma once

#include "FieldSpec.h"

#include <QList>

namespace AccountDesk {

// The tree of fields of one operation's request body, in the order the spec lists them.
class FormSchema
{
public:
    FormSchema() = default;
    explicit FormSchema(FieldSpec root);

    const FieldSpec& root() const { return m_root; }
    const QList<FieldSpec>& fields() const { return m_root.children; }

    // The field at `pointer` (array items as "/-"), hidden ones included; nullptr when there is none.
    const FieldSpec* field(const QString& pointer) const;

    // Everything an operator edits as one value, in form order: scalars, arrays, free-form objects.
    // Objects with declared properties are represented by their leaves. Hidden fields are left out.
    QList<const FieldSpec*> leaves() const;

    // What an operator reads for `pointer`: nested fields as "Address › City"; a place the schema
    // does not describe as its pointer.
    QString label(const QString& pointer) const;

    bool isEmpty() const { return m_root.children.isEmpty(); }

private:
    FieldSpec m_root;
};

} // namespace AccountDesk
