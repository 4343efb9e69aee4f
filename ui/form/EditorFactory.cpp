#include "EditorFactory.h"

#include "BooleanFieldEditor.h"
#include "CountryFieldEditor.h"
#include "EnumFieldEditor.h"
#include "EnumListFieldEditor.h"
#include "JsonFieldEditor.h"
#include "KeyValueFieldEditor.h"
#include "MultilineFieldEditor.h"
#include "NumberFieldEditor.h"
#include "ObjectListFieldEditor.h"
#include "StringListFieldEditor.h"
#include "TextFieldEditor.h"
#include "VariantFieldEditor.h"

namespace AccountDesk {
namespace {

template <typename Editor> EditorFactory::Creator creator()
{
    return [](const FieldSpec& field, QWidget* parent) -> FieldEditor* { return new Editor(field, parent); };
}

bool isType(const FieldSpec& field, FieldSpec::Type type)
{
    return field.type == type;
}

} // namespace

const EditorFactory& EditorFactory::standard()
{
    static const EditorFactory factory = [] {
        EditorFactory registry;
        using Type = FieldSpec::Type;
        // General first: later registrations are consulted first.
        registry.registerEditor(
            QStringLiteral("json"), [](const FieldSpec&) { return true; }, creator<JsonFieldEditor>());
        registry.registerEditor(
            QStringLiteral("text"), [](const FieldSpec& f) { return isType(f, Type::String); },
            creator<TextFieldEditor>());
        registry.registerEditor(
            QStringLiteral("email"),
            [](const FieldSpec& f) { return isType(f, Type::String) && f.format == QStringLiteral("email"); },
            creator<TextFieldEditor>());
        registry.registerEditor(
            QStringLiteral("uuid"),
            [](const FieldSpec& f) { return isType(f, Type::String) && f.format == QStringLiteral("uuid"); },
            creator<TextFieldEditor>());
        registry.registerEditor(
            QStringLiteral("integer"), [](const FieldSpec& f) { return isType(f, Type::Integer); },
            creator<NumberFieldEditor>());
        registry.registerEditor(
            QStringLiteral("number"), [](const FieldSpec& f) { return isType(f, Type::Number); },
            creator<NumberFieldEditor>());
        registry.registerEditor(
            QStringLiteral("boolean"), [](const FieldSpec& f) { return isType(f, Type::Boolean); },
            creator<BooleanFieldEditor>());
        registry.registerEditor(
            QStringLiteral("enum"), [](const FieldSpec& f) { return !f.enumValues.isEmpty(); },
            creator<EnumFieldEditor>());
        registry.registerEditor(
            QStringLiteral("multiline"),
            [](const FieldSpec& f) {
                return isType(f, Type::String) &&
                       (f.hint == QStringLiteral("multiline") || f.hint == QStringLiteral("ip-list"));
            },
            creator<MultilineFieldEditor>());
        registry.registerEditor(
            QStringLiteral("string-list"),
            [](const FieldSpec& f) {
                return isType(f, Type::Array) && f.item &&
                       (f.item->type == Type::String || f.item->type == Type::Integer ||
                        f.item->type == Type::Number) &&
                       f.item->enumValues.isEmpty();
            },
            creator<StringListFieldEditor>());
        registry.registerEditor(
            QStringLiteral("enum-list"), [](const FieldSpec& f) { return EnumListFieldEditor::canEdit(f); },
            creator<EnumListFieldEditor>());
        registry.registerEditor(
            QStringLiteral("object-list"),
            [](const FieldSpec& f) { return ObjectListFieldEditor::canEdit(f); },
            creator<ObjectListFieldEditor>());
        registry.registerEditor(
            QStringLiteral("key-value"), [](const FieldSpec& f) { return f.isFreeForm(); },
            creator<KeyValueFieldEditor>());
        registry.registerEditor(
            QStringLiteral("country"),
            [](const FieldSpec& f) { return isType(f, Type::String) && f.hint == QStringLiteral("country"); },
            creator<CountryFieldEditor>());
        registry.registerEditor(
            QStringLiteral("variant"), [](const FieldSpec& f) { return VariantFieldEditor::canEdit(f); },
            creator<VariantFieldEditor>());
        return registry;
    }();
    return factory;
}

void EditorFactory::registerEditor(QString name, Matcher matcher, Creator creator)
{
    m_entries.prepend({std::move(name), std::move(matcher), std::move(creator)});
}

const EditorFactory::Entry* EditorFactory::find(const FieldSpec& field) const
{
    for (const Entry& entry : m_entries)
        if (entry.matcher(field))
            return &entry;
    return nullptr;
}

FieldEditor* EditorFactory::create(const FieldSpec& field, QWidget* parent) const
{
    const Entry* entry = find(field);
    return entry ? entry->creator(field, parent) : nullptr;
}

QString EditorFactory::editorName(const FieldSpec& field) const
{
    const Entry* entry = find(field);
    return entry ? entry->name : QString();
}

} // namespace AccountDesk
