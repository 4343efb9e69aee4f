#pragma once

#include "FieldValue.h"
#include "FormSchema.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace AccountDesk {

// The values of a form: for every field Unset, Null or a Value, both as loaded from the server and
// as the operator edited them. Both are JSON objects shaped like the request body (an absent member
// is Unset), so nested objects, arrays and free-form objects need no special representation.
class FormModel : public QObject
{
    Q_OBJECT

public:
    explicit FormModel(FormSchema schema, QObject* parent = nullptr);

    const FormSchema& schema() const { return m_schema; }

    // Replaces both the loaded and the edited state with `account` (e.g. the answer of the read).
    void load(const QJsonObject& account);
    // Replaces both at once with a loaded state and edits made on it (a restored draft).
    void load(const QJsonObject& loaded, const QJsonObject& edited);
    // Makes `account` the loaded state while keeping every change made so far: fields that were
    // not changed take the values of `account`, changed ones keep the edit.
    void rebase(const QJsonObject& account);

    FieldValue value(const QString& pointer) const;
    FieldValue loadedValue(const QString& pointer) const;

    // Edits. `pointer` names a field of the schema or a place inside a free-form object or array.
    // Return false (and change nothing) when the schema has no such field or the path is impossible.
    bool setValue(const QString& pointer, const QJsonValue& value);
    bool setNull(const QString& pointer);
    bool unset(const QString& pointer);
    void revert(const QString& pointer);
    void revertAll();

    // Whether `pointer` names something the form can edit (a field, or a place inside a free-form
    // object or an array); hidden and read-only fields cannot be edited.
    bool isEditable(const QString& pointer) const;

    bool isChanged(const QString& pointer) const;
    bool hasChanges() const { return !changedPointers().isEmpty(); }
    // The leaves (FormSchema::leaves) whose edited state differs from the loaded one, in form order.
    QStringList changedPointers() const;

    const QJsonObject& loaded() const { return m_loaded; }
    const QJsonObject& edited() const { return m_edited; }

    // The body of a partial update: only changed fields; Null as null; a field changed to Unset is
    // left out (a PATCH cannot express removal).
    QJsonObject patchBody() const;
    // The body of a full replacement: every field the schema knows, as edited; hidden and read-only
    // fields and members the schema does not know are left out.
    QJsonObject putBody() const;

Q_SIGNALS:
    void valueChanged(const QString& pointer);
    void reset();

private:
    bool apply(const QString& pointer, const QJsonValue& value, bool remove);
    const FieldSpec* owningField(const QString& pointer) const;

    FormSchema m_schema;
    QJsonObject m_loaded;
    QJsonObject m_edited;
};

} // namespace AccountDesk
