#include "FormSchema.h"

#include "openapi/JsonPointer.h"

namespace AccountDesk {
namespace {

void collectLeaves(const FieldSpec& field, QList<const FieldSpec*>& leaves)
{
    for (const FieldSpec& child : field.children) {
        if (child.hidden)
            continue;
        if (child.isGroup())
            collectLeaves(child, leaves);
        else
            leaves.append(&child);
    }
}

} // namespace

FormSchema::FormSchema(FieldSpec root)
    : m_root(std::move(root))
{}

const FieldSpec* FormSchema::field(const QString& pointer) const
{
    const std::optional<QStringList> tokens = JsonPointer::split(pointer);
    if (!tokens)
        return nullptr;
    const FieldSpec* current = &m_root;
    for (const QString& token : *tokens) {
        if (current->type == FieldSpec::Type::Array && current->item) {
            bool isIndex = false;
            token.toLongLong(&isIndex);
            if (token != QStringLiteral("-") && !isIndex)
                return nullptr;
            current = current->item.get();
            continue;
        }
        current = current->child(token);
        if (!current)
            return nullptr;
    }
    return current;
}

QList<const FieldSpec*> FormSchema::leaves() const
{
    QList<const FieldSpec*> result;
    collectLeaves(m_root, result);
    return result;
}

QString FormSchema::label(const QString& pointer) const
{
    const FieldSpec* spec = field(pointer);
    QString result = spec && !spec->label.isEmpty() ? spec->label : pointer;
    for (QString parent = JsonPointer::parent(pointer); !parent.isEmpty();
         parent = JsonPointer::parent(parent))
        if (const FieldSpec* group = field(parent))
            result = group->label + QStringLiteral(" › ") + result;
    return result;
}

} // namespace AccountDesk
