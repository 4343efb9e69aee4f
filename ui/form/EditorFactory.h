#pragma once

#include "FieldEditor.h"

#include <QList>

#include <functional>

namespace AccountDesk {

// Which editor a field gets, decided at run time from its type, format and hint: a registry of
// (matcher, creator) pairs, most specific first. New kinds of fields register here; no form is
// written by hand.
class EditorFactory
{
public:
    using Matcher = std::function<bool(const FieldSpec&)>;
    using Creator = std::function<FieldEditor*(const FieldSpec&, QWidget*)>;

    // The registry with every built-in editor.
    static const EditorFactory& standard();

    // Registered later means consulted earlier.
    void registerEditor(QString name, Matcher matcher, Creator creator);
    FieldEditor* create(const FieldSpec& field, QWidget* parent) const;
    // The name of the editor a field gets ("country", "integer", ...), for tests and diagnostics.
    QString editorName(const FieldSpec& field) const;

private:
    struct Entry
    {
        QString name;
        Matcher matcher;
        Creator creator;
    };
    const Entry* find(const FieldSpec& field) const;

    QList<Entry> m_entries;
};

} // namespace AccountDesk
