#pragma once

#include "form/FieldValue.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace AccountDesk {

class FieldEditor;
struct FieldSpec;

// One field on the form: its editor, the state at a glance (placeholder "not sent", a "null" badge,
// a "changed" mark), a menu to set it to null, not sent, or back to the loaded value, and its
// problems, shown in text, colour and the accessible description.
class FieldRow : public QWidget
{
    Q_OBJECT

public:
    FieldRow(const FieldSpec& spec, FieldEditor* editor, QWidget* parent = nullptr);

    FieldEditor* editor() const { return m_editor; }
    QLabel* label() const { return m_label; }
    const FieldSpec& spec() const;

    // Shows the model's state; does not emit. `updateEditor` false keeps what the operator is typing
    // (the change came from the editor itself) and only updates the state marks.
    void showValue(const FieldValue& value, bool changed, bool updateEditor = true);
    void setProblems(const QStringList& problems);
    QStringList problems() const { return m_problems; }
    // The editor's own complaint about its input ("12a" is no integer), if any.
    QString inputProblem() const;
    // Where Tab stops in this row, in the order shown: the editor's inputs, then the state menu.
    QList<QWidget*> tabStops() const;

Q_SIGNALS:
    // The operator typed or picked in the editor.
    void valueEdited(const AccountDesk::FieldValue& value);
    // The operator chose a state from the menu (null, not sent).
    void stateChosen(const AccountDesk::FieldValue& value);
    void revertRequested();

private:
    void updateMenu();

    FieldEditor* m_editor;
    QLabel* m_label;
    QLabel* m_nullBadge;
    QLabel* m_problemLabel;
    QToolButton* m_stateButton;
    FieldValue m_value;
    bool m_changed = false;
    QStringList m_problems;
};

} // namespace AccountDesk
