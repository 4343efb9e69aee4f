#include "JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace AccountDesk {

QString JsonPointer::escape(const QString& token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return escaped;
}

QString JsonPointer::unescape(const QString& token)
{
    QString unescaped = token;
    // Order matters: "~01" must become "~1", not "/".
    unescaped.replace(QLatin1String("~1"), QLatin1String("/"));
    unescaped.replace(QLatin1String("~0"), QLatin1String("~"));
    return unescaped;
}

QString JsonPointer::append(const QString& pointer, const QString& token)
{
    return pointer + QLatin1Char('/') + escape(token);
}

QString JsonPointer::append(const QString& pointer, qsizetype index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

QString JsonPointer::abbreviate(const QString& pointer, qsizetype maximum)
{
    if (pointer.size() <= maximum)
        return pointer;
    const qsizetype tail = maximum / 3;
    return pointer.left(maximum - tail - 1) + QChar(0x2026) + pointer.right(tail);
}

std::optional<QStringList> JsonPointer::split(const QString& pointer)
{
    if (pointer.isEmpty())
        return QStringList{};
    if (!pointer.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString& token : tokens)
        token = unescape(token);
    return tokens;
}

QString JsonPointer::join(const QStringList& tokens)
{
    QString pointer;
    for (const QString& token : tokens)
        pointer = append(pointer, token);
    return pointer;
}

std::optional<QString> JsonPointer::fromLocalReference(const QString& reference)
{
    if (!reference.startsWith(QLatin1Char('#')))
        return std::nullopt;
    // The fragment is URI-encoded ("#/components/schemas/A%20B").
    const QString pointer = QUrl::fromPercentEncoding(reference.mid(1).toUtf8());
    if (!pointer.isEmpty() && !pointer.startsWith(QLatin1Char('/')))
        return std::nullopt;
    return pointer;
}

std::optional<QJsonValue> JsonPointer::resolve(const QJsonValue& root, const QString& pointer)
{
    const std::optional<QStringList> tokens = split(pointer);
    if (!tokens)
        return std::nullopt;
    QJsonValue current = root;
    for (const QString& token : *tokens) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd())
                return std::nullopt;
            current = *it;
        } else if (current.isArray()) {
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return std::nullopt;
            current = array.at(index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

namespace {

std::optional<QJsonValue> setIn(const QJsonValue& node, const QStringList& tokens, qsizetype index,
                                const QJsonValue& value)
{
    if (index == tokens.size())
        return value;
    const QString& token = tokens.at(index);
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        const qsizetype position = token == QStringLiteral("-") ? array.size() : token.toLongLong(&ok);
        if ((token != QStringLiteral("-") && !ok) || position < 0 || position > array.size())
            return std::nullopt;
        const QJsonValue child = position < array.size() ? array.at(position) : QJsonValue();
        const std::optional<QJsonValue> updated = setIn(child, tokens, index + 1, value);
        if (!updated)
            return std::nullopt;
        if (position == array.size())
            array.append(*updated);
        else
            array.replace(position, *updated);
        return array;
    }
    if (!node.isObject() && !node.isNull() && !node.isUndefined())
        return std::nullopt; // cannot descend into a scalar
    QJsonObject object = node.toObject();
    const std::optional<QJsonValue> updated = setIn(object.value(token), tokens, index + 1, value);
    if (!updated)
        return std::nullopt;
    object.insert(token, *updated);
    return object;
}

QJsonValue removeIn(const QJsonValue& node, const QStringList& tokens, qsizetype index)
{
    const QString& token = tokens.at(index);
    const bool last = index + 1 == tokens.size();
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (!object.contains(token))
            return node;
        if (last)
            object.remove(token);
        else
            object.insert(token, removeIn(object.value(token), tokens, index + 1));
        return object;
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        const qsizetype position = token.toLongLong(&ok);
        if (!ok || position < 0 || position >= array.size())
            return node;
        if (last)
            array.removeAt(position);
        else
            array.replace(position, removeIn(array.at(position), tokens, index + 1));
        return array;
    }
    return node;
}

} // namespace

std::optional<QJsonValue> JsonPointer::set(const QJsonValue& root, const QString& pointer,
                                           const QJsonValue& value)
{
    const std::optional<QStringList> tokens = split(pointer);
    if (!tokens)
        return std::nullopt;
    return setIn(root, *tokens, 0, value);
}

QJsonValue JsonPointer::remove(const QJsonValue& root, const QString& pointer)
{
    const std::optional<QStringList> tokens = split(pointer);
    if (!tokens || tokens->isEmpty())
        return root;
    return removeIn(root, *tokens, 0);
}

bool JsonPointer::isWithin(const QString& pointer, const QString& ancestor)
{
    return pointer == ancestor || ancestor.isEmpty() || pointer.startsWith(ancestor + QLatin1Char('/'));
}

QString JsonPointer::parent(const QString& pointer)
{
    const qsizetype slash = pointer.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QString() : pointer.left(slash);
}

QString JsonPointer::lastToken(const QString& pointer)
{
    const qsizetype slash = pointer.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : unescape(pointer.mid(slash + 1));
}

} // namespace AccountDesk
