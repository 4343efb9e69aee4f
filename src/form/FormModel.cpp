#include "FormModel.h"

#include "openapi/JsonPointer.h"

#include <QJsonArray>

#include <functional>

namespace AccountDesk {
namespace {

// Keeps only what the schema knows and may send.
QJsonValue filterForSending(const QJsonValue& value, const FieldSpec& field)
{
    if (!value.isObject() || !field.isGroup())
        return value; // scalars, arrays, free-form objects: as they are
    const QJsonObject object = value.toObject();
    QJsonObject filtered;
    for (const FieldSpec& child : field.children) {
        if (child.hidden || child.readOnly || !object.contains(child.name))
            continue;
        filtered.insert(child.name, filterForSending(object.value(child.name), child));
    }
    return filtered;
}

QJsonValue at(const QJsonObject& root, const QString& pointer)
{
    return JsonPointer::resolve(root, pointer).value_or(QJsonValue(QJsonValue::Undefined));
}

} // namespace

FormModel::FormModel(FormSchema schema, QObject* parent)
    : QObject(parent)
    , m_schema(std::move(schema))
{}

void FormModel::load(const QJsonObject& account)
{
    m_loaded = account;
    m_edited = account;
    Q_EMIT reset();
}

void FormModel::load(const QJsonObject& loaded, const QJsonObject& edited)
{
    m_loaded = loaded;
    m_edited = edited;
    Q_EMIT reset();
}

void FormModel::rebase(const QJsonObject& account)
{
    QJsonValue edited = account;
    for (const QString& pointer : changedPointers()) {
        const FieldValue yours = value(pointer);
        edited = yours.isUnset()
                     ? JsonPointer::remove(edited, pointer)
                     : JsonPointer::set(edited, pointer, yours.isNull() ? QJsonValue() : yours.value)
                           .value_or(edited);
    }
    m_loaded = account;
    m_edited = edited.toObject();
    Q_EMIT reset();
}

FieldValue FormModel::value(const QString& pointer) const
{
    return FieldValue::of(at(m_edited, pointer));
}

FieldValue FormModel::loadedValue(const QString& pointer) const
{
    return FieldValue::of(at(m_loaded, pointer));
}

const FieldSpec* FormModel::owningField(const QString& pointer) const
{
    // The field itself, or the nearest free-form object / array above it.
    QString candidate = pointer;
    while (!candidate.isEmpty()) {
        if (const FieldSpec* field = m_schema.field(candidate)) {
            if (candidate == pointer || field->isFreeForm() || field->type == FieldSpec::Type::Array ||
                field->type == FieldSpec::Type::Any)
                return field;
            return nullptr;
        }
        candidate = JsonPointer::parent(candidate);
    }
    return nullptr;
}

bool FormModel::isEditable(const QString& pointer) const
{
    if (pointer.isEmpty())
        return false;
    const FieldSpec* field = owningField(pointer);
    if (!field)
        return false;
    // Nothing on the way may be hidden or read-only.
    for (QString ancestor = pointer; !ancestor.isEmpty(); ancestor = JsonPointer::parent(ancestor))
        if (const FieldSpec* spec = m_schema.field(ancestor); spec && !spec->isEditable())
            return false;
    return true;
}

bool FormModel::apply(const QString& pointer, const QJsonValue& value, bool remove)
{
    if (!isEditable(pointer))
        return false;
    QJsonValue updated;
    if (remove) {
        updated = JsonPointer::remove(m_edited, pointer);
    } else {
        const std::optional<QJsonValue> set = JsonPointer::set(m_edited, pointer, value);
        if (!set)
            return false;
        updated = *set;
    }
    if (updated.toObject() == m_edited)
        return true;
    m_edited = updated.toObject();
    Q_EMIT valueChanged(pointer);
    return true;
}

bool FormModel::setValue(const QString& pointer, const QJsonValue& value)
{
    if (value.isUndefined())
        return unset(pointer);
    return apply(pointer, value, false);
}

bool FormModel::setNull(const QString& pointer)
{
    return apply(pointer, QJsonValue(QJsonValue::Null), false);
}

bool FormModel::unset(const QString& pointer)
{
    return apply(pointer, QJsonValue(), true);
}

void FormModel::revert(const QString& pointer)
{
    const QJsonValue loaded = at(m_loaded, pointer);
    if (loaded.isUndefined())
        unset(pointer);
    else
        apply(pointer, loaded, false);
}

void FormModel::revertAll()
{
    m_edited = m_loaded;
    Q_EMIT reset();
}

bool FormModel::isChanged(const QString& pointer) const
{
    return !(value(pointer) == loadedValue(pointer));
}

QStringList FormModel::changedPointers() const
{
    if (m_edited == m_loaded)
        return {}; // asked after every keystroke: nothing differs, so no leaf can
    QStringList changed;
    for (const FieldSpec* leaf : m_schema.leaves())
        if (isChanged(leaf->pointer))
            changed.append(leaf->pointer);
    // A nullable group set to null (or back) is a change of its own.
    std::function<void(const FieldSpec&)> groups = [&](const FieldSpec& field) {
        for (const FieldSpec& child : field.children) {
            if (!child.isGroup() || child.hidden)
                continue;
            const FieldValue now = value(child.pointer);
            const FieldValue before = loadedValue(child.pointer);
            if ((now.isNull() || before.isNull()) && !(now == before) && !changed.contains(child.pointer))
                changed.append(child.pointer);
            groups(child);
        }
    };
    groups(m_schema.root());
    return changed;
}

QJsonObject FormModel::patchBody() const
{
    QJsonValue body = QJsonObject();
    for (const QString& pointer : changedPointers()) {
        const FieldValue now = value(pointer);
        if (now.isUnset())
            continue;
        if (!isEditable(pointer))
            continue;
        body = JsonPointer::set(body, pointer, now.isNull() ? QJsonValue(QJsonValue::Null) : now.value)
                   .value_or(body);
    }
    return body.toObject();
}

QJsonObject FormModel::putBody() const
{
    return filterForSending(m_edited, m_schema.root()).toObject();
}

} // namespace AccountDesk
