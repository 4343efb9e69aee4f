#include "ApiErrorParser.h"

#include "openapi/JsonPointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace AccountDesk {
namespace {

QString text(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QString();
}

QString messagesOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList messages;
        for (const QJsonValue& item : value.toArray())
            messages.append(item.isObject() ? text(item.toObject().value(QStringLiteral("message")))
                                            : text(item));
        messages.removeAll(QString());
        return messages.join(QStringLiteral("; "));
    }
    if (value.isObject())
        return text(value.toObject().value(QStringLiteral("message")));
    return QString();
}

} // namespace

ApiErrorParser::ApiErrorParser(const FormSchema* form)
    : m_form(form)
{}

QString ApiErrorParser::pointerFor(const QString& property) const
{
    if (!m_form || property.isEmpty())
        return QString();
    // Accept JSON Pointers, dotted paths and bracketed indexes ("groups[0].name").
    QStringList tokens;
    if (property.startsWith(QLatin1Char('/'))) {
        tokens = JsonPointer::split(property).value_or(QStringList());
    } else {
        QString dotted = property;
        dotted.replace(QRegularExpression(QStringLiteral("\\[(\\d+)\\]")), QStringLiteral(".\\1"));
        if (dotted.startsWith(QStringLiteral("$.")))
            dotted = dotted.mid(2);
        tokens = dotted.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    }
    const FieldSpec* current = &m_form->root();
    QString pointer;
    for (const QString& token : tokens) {
        if (current->type == FieldSpec::Type::Array && current->item) {
            pointer = JsonPointer::append(pointer, token);
            current = current->item.get();
            continue;
        }
        const FieldSpec* next = nullptr;
        for (const FieldSpec& child : current->children)
            if (child.name.compare(token, Qt::CaseInsensitive) == 0)
                next = &child;
        if (!next) {
            if (current->isFreeForm() && current != &m_form->root()) {
                pointer = JsonPointer::append(pointer, token); // a key inside a free-form object
                continue;
            }
            return QString();
        }
        pointer = JsonPointer::append(pointer, next->name);
        current = next;
    }
    return pointer;
}

ApiError ApiErrorParser::parse(int status, const QByteArray& contentType, const QByteArray& body) const
{
    ApiError error;
    error.status = status;
    error.raw = QString::fromUtf8(body);
    Q_UNUSED(contentType); // some providers send JSON as text/plain; the body decides

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error;
    const QJsonObject object = document.object();

    // RFC 7807 members.
    error.title = text(object.value(QStringLiteral("title")));
    error.detail = text(object.value(QStringLiteral("detail")));
    error.type = object.value(QStringLiteral("type")).isString()
                     ? object.value(QStringLiteral("type")).toString()
                     : QString();

    // {"error": "text"} (quiva) or {"error": {"type", "message"}} (Sequence).
    const QJsonValue errorMember = object.value(QStringLiteral("error"));
    if (errorMember.isString()) {
        error.message = errorMember.toString();
    } else if (errorMember.isObject()) {
        const QJsonObject nested = errorMember.toObject();
        error.message = text(nested.value(QStringLiteral("message")));
        if (error.type.isEmpty())
            error.type = text(nested.value(QStringLiteral("type")));
        if (error.code.isEmpty())
            error.code = text(nested.value(QStringLiteral("code")));
    }
    // {"message"} and {"code", "message"} (Pismo).
    if (error.message.isEmpty())
        error.message = text(object.value(QStringLiteral("message")));
    if (error.code.isEmpty())
        error.code = text(object.value(QStringLiteral("code")));

    auto addFieldError = [&](const QString& property, const QString& message) {
        // A field path longer than any form's names none of its fields. Following it token by token
        // (here, and in the window that looks for the field's row) takes time in the square of its
        // length, so it is kept as a general message, abbreviated.
        if (property.size() > kMaximumFieldPathLength) {
            error.fieldErrors.append(
                {QString(), JsonPointer::abbreviate(property) + QStringLiteral(": ") + message});
            return;
        }
        const QString pointer = pointerFor(property);
        error.fieldErrors.append({pointer.isEmpty() ? property : pointer, message});
    };

    // Field errors: `errors` as an array of {message, properties: [...]} (SoftwareOne), or as an
    // object of property -> messages (ASP.NET validation problems).
    const QJsonValue errors = object.value(QStringLiteral("errors"));
    if (errors.isArray()) {
        for (const QJsonValue& item : errors.toArray()) {
            const QJsonObject entry = item.toObject();
            QString message = text(entry.value(QStringLiteral("message")));
            if (message.isEmpty())
                message = text(entry.value(QStringLiteral("detail")));
            if (message.isEmpty())
                message = text(entry.value(QStringLiteral("title")));
            if (message.isEmpty())
                message = text(item);
            QStringList properties;
            for (const QJsonValue& property : entry.value(QStringLiteral("properties")).toArray())
                properties.append(property.toString());
            for (const QString& key :
                 {QStringLiteral("property"), QStringLiteral("field"), QStringLiteral("pointer")})
                if (entry.value(key).isString())
                    properties.append(entry.value(key).toString());
            const QString sourcePointer =
                entry.value(QStringLiteral("source")).toObject().value(QStringLiteral("pointer")).toString();
            if (!sourcePointer.isEmpty())
                properties.append(sourcePointer);
            if (properties.isEmpty()) {
                error.fieldErrors.append({QString(), message});
                continue;
            }
            for (const QString& property : properties)
                addFieldError(property, message);
        }
    } else if (errors.isObject()) {
        const QJsonObject map = errors.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            addFieldError(it.key(), messagesOf(it.value()));
    }
    // Entries without a field are general messages. The detail grows in place and they leave the
    // list in one pass: copying the growing detail (and shifting the list) for each of them took
    // time in the square of their number, minutes for an answer of a megabyte.
    for (qsizetype i = error.fieldErrors.size() - 1; i >= 0; --i) {
        if (error.fieldErrors.at(i).pointer.isEmpty()) {
            const QString& message = error.fieldErrors.at(i).message;
            if (error.detail.isEmpty()) {
                error.detail = message;
            } else {
                error.detail += QStringLiteral("; ");
                error.detail += message;
            }
        }
    }
    error.fieldErrors.removeIf([](const FieldError& fieldError) { return fieldError.pointer.isEmpty(); });
    return error;
}

} // namespace AccountDesk
