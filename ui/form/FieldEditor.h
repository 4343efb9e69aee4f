#pragma once

#include "form/FieldSpec.h"

#include <QJsonValue>
#include <QWidget>

namespace AccountDesk {

// The base of every field editor: shows and edits one Value of a field. The three states (Unset,
// Null, Value) are FieldRow's business; an editor only ever sees values.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    const FieldSpec& spec() const { return m_spec; }

    // Shows `value`; Undefined shows nothing (the field is not sent). Does not emit edited().
    virtual void setValue(const QJsonValue& value) = 0;
    // The value as typed; Undefined when the input is empty (the field is then not sent).
    virtual QJsonValue value() const = 0;
    // Input that cannot become a value at all ("12a" in an integer field), in words; else empty.
    virtual QString inputProblem() const { return QString(); }
    // The widget that takes focus and whose accessible description carries the error.
    virtual QWidget* inputWidget() = 0;
    virtual void setPlaceholder(const QString& text) { Q_UNUSED(text); }

Q_SIGNALS:
    void edited();

protected:
    // Runs `change` without emitting edited() (programmatic updates).
    template <typename Function> void silently(Function change)
    {
        m_updating = true;
        change();
        m_updating = false;
    }
    void notifyEdited()
    {
        if (!m_updating)
            Q_EMIT edited();
    }

private:
    FieldSpec m_spec;
    bool m_updating = false;
};

} // namespace AccountDesk
