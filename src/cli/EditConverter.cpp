#include "EditConverter.h"

#include "openapi/JsonPointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace AccountDesk {
namespace {

const FieldSpec* specFor(const FormSchema& schema, const QString& pointer)
{
    if (const FieldSpec* field = schema.field(pointer))
        return field;
    return nullptr; // inside a free-form object: any JSON
}

} // namespace

std::variant<QJsonValue, FieldError> EditConverter::convert(const FormModel& model,
                                                            const CliArguments::Edit& edit)
{
    const FormSchema& schema = model.schema();
    const QString& pointer = edit.pointer;
    if (!model.isEditable(pointer)) {
        const FieldSpec* field = schema.field(pointer);
        if (field && field->hidden)
            return FieldError{pointer, QStringLiteral("is managed by the server and is never sent")};
        if (field && field->readOnly)
            return FieldError{pointer, QStringLiteral("is read-only")};
        return FieldError{
            pointer, QStringLiteral("the update has no such field (list them with: accountdesk-cli fields)")};
    }

    if (edit.kind == CliArguments::Edit::Kind::Null)
        return QJsonValue(QJsonValue::Null);

    if (edit.kind == CliArguments::Edit::Kind::SetJson) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson("[" + edit.text.toUtf8() + "]", &error);
        if (error.error != QJsonParseError::NoError || document.array().size() != 1)
            return FieldError{pointer, QStringLiteral("\"%1\" is not one JSON value").arg(edit.text)};
        return document.array().first();
    }

    const FieldSpec* field = specFor(schema, pointer);
    const FieldSpec::Type type = field ? field->type : FieldSpec::Type::Any;
    switch (type) {
    case FieldSpec::Type::String:
    case FieldSpec::Type::Any:
        return QJsonValue(edit.text);
    case FieldSpec::Type::Integer: {
        static const QRegularExpression digits(QStringLiteral("^[-+]?[0-9]+$"));
        bool ok = false;
        const qint64 value = edit.text.toLongLong(&ok);
        if (!digits.match(edit.text).hasMatch() || !ok)
            return FieldError{pointer, QStringLiteral("\"%1\" is not a whole number%2")
                                           .arg(edit.text, field && field->format == QStringLiteral("int64")
                                                               ? QStringLiteral(" in the 64-bit range")
                                                               : QString())};
        return QJsonValue(value);
    }
    case FieldSpec::Type::Number: {
        static const QRegularExpression numberPattern(
            QStringLiteral("^[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
        bool ok = false;
        const double value = edit.text.toDouble(&ok);
        if (!numberPattern.match(edit.text).hasMatch() || !ok || !std::isfinite(value))
            return FieldError{pointer, QStringLiteral("\"%1\" is not a number").arg(edit.text)};
        bool isInteger = false;
        const qint64 integer = edit.text.toLongLong(&isInteger);
        return isInteger ? QJsonValue(integer) : QJsonValue(value);
    }
    case FieldSpec::Type::Boolean:
        if (edit.text == QStringLiteral("true"))
            return QJsonValue(true);
        if (edit.text == QStringLiteral("false"))
            return QJsonValue(false);
        return FieldError{pointer, QStringLiteral("\"%1\" is not true or false").arg(edit.text)};
    case FieldSpec::Type::Array:
        return FieldError{pointer, QStringLiteral("is a list: use --set-json %1='[\"...\"]'").arg(pointer)};
    case FieldSpec::Type::Object:
        return FieldError{
            pointer,
            field && field->isGroup()
                ? QStringLiteral("is a group of fields: set them one by one, e.g. %1")
                      .arg(JsonPointer::append(pointer, field->children.first().name))
                : QStringLiteral("is an object: use --set-json %1='{\"key\": \"value\"}'").arg(pointer)};
    }
    return FieldError{pointer, QStringLiteral("cannot be set")};
}

} // namespace AccountDesk
