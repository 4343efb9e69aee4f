#include "FieldListFormatter.h"

#include "core/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace AccountDesk {
namespace {

using Members = QList<QPair<QString, QJsonValue>>;

QString compact(const QJsonValue& value)
{
    return QString::fromUtf8(JsonText::compact(value));
}

QString render(const Members& members)
{
    QStringList parts;
    for (const auto& [key, value] : members)
        parts.append(compact(key) + QStringLiteral(": ") + compact(value));
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

void addConstraints(Members& members, const FieldSpec& field)
{
    if (!field.format.isEmpty())
        members.append({QStringLiteral("format"), field.format});
    if (!field.enumValues.isEmpty())
        members.append({QStringLiteral("enum"), field.enumValues});
    if (field.minLength)
        members.append({QStringLiteral("minLength"), *field.minLength});
    if (field.maxLength)
        members.append({QStringLiteral("maxLength"), *field.maxLength});
    if (field.minimum)
        members.append(
            {field.exclusiveMinimum ? QStringLiteral("exclusiveMinimum") : QStringLiteral("minimum"),
             *field.minimum});
    if (field.maximum)
        members.append(
            {field.exclusiveMaximum ? QStringLiteral("exclusiveMaximum") : QStringLiteral("maximum"),
             *field.maximum});
    if (field.minItems)
        members.append({QStringLiteral("minItems"), *field.minItems});
    if (field.maxItems)
        members.append({QStringLiteral("maxItems"), *field.maxItems});
    if (field.maxBytes)
        members.append({QStringLiteral("maxBytes"), *field.maxBytes});
}

} // namespace

QString FieldListFormatter::format(const FormSchema& form)
{
    const QList<const FieldSpec*> leaves = form.leaves();
    if (leaves.isEmpty())
        return QStringLiteral("[]\n");
    QStringList lines;
    for (const FieldSpec* field : leaves)
        lines.append(QStringLiteral("  ") + describe(*field));
    return QStringLiteral("[\n") + lines.join(QStringLiteral(",\n")) + QStringLiteral("\n]\n");
}

QString FieldListFormatter::describe(const FieldSpec& field)
{
    Members members{{QStringLiteral("pointer"), field.pointer},
                    {QStringLiteral("type"), Schema::typeName(field.type)},
                    {QStringLiteral("required"), field.required},
                    {QStringLiteral("nullable"), field.nullable}};
    addConstraints(members, field);
    QString text = render(members);
    if (field.type == FieldSpec::Type::Array && field.item) {
        text.chop(1);
        text += QStringLiteral(", \"items\": ") + describeItems(*field.item) + QLatin1Char('}');
    }
    if (!field.hint.isEmpty()) {
        text.chop(1);
        text += QStringLiteral(", \"hint\": ") + compact(field.hint) + QLatin1Char('}');
    }
    if (field.readOnly) {
        text.chop(1);
        text += QStringLiteral(", \"readOnly\": true}");
    }
    return text;
}

QString FieldListFormatter::describeItems(const FieldSpec& item)
{
    Members members{{QStringLiteral("type"), Schema::typeName(item.type)}};
    if (item.nullable)
        members.append({QStringLiteral("nullable"), true});
    addConstraints(members, item);
    QString text = render(members);
    if (item.isGroup()) {
        QStringList names;
        for (const FieldSpec& child : item.children)
            if (!child.hidden)
                names.append(compact(child.name));
        text.chop(1);
        text +=
            QStringLiteral(", \"properties\": [") + names.join(QStringLiteral(", ")) + QStringLiteral("]}");
    }
    return text;
}

} // namespace AccountDesk
