#include "JsonKeyOrderScanner.h"

#include "JsonPointer.h"
#include "StructuredDocument.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

namespace AccountDesk {
namespace {

struct Frame
{
    bool isObject = false;
    QString pointer;
    qsizetype nextIndex = 0; // arrays: index of the next element
    QString pendingKey;      // objects: key whose value comes next
};

// Returns the end of the string token starting at `begin` (which points at the opening quote).
qsizetype endOfString(const QByteArray& json, qsizetype begin)
{
    for (qsizetype i = begin + 1; i < json.size(); ++i) {
        if (json.at(i) == '\\')
            ++i;
        else if (json.at(i) == '"')
            return i + 1;
    }
    return json.size();
}

QString decodeString(const QByteArray& token)
{
    if (!token.contains('\\'))
        return QString::fromUtf8(token.mid(1, token.size() - 2));
    // Rare: let Qt's parser decode the escapes.
    const QJsonDocument document = QJsonDocument::fromJson('[' + token + ']');
    return document.array().at(0).toString();
}

} // namespace

std::optional<QHash<QString, QStringList>> JsonKeyOrderScanner::scan(const QByteArray& json,
                                                                     SpecDiagnostics& diagnostics)
{
    QHash<QString, QStringList> order;
    std::vector<Frame> stack;
    bool expectKey = false;
    // Each level of nesting repeats the keys above it in its pointer: long keys nested deep add up.
    qint64 characters = 0;
    auto withinBudget = [&](qsizetype added) {
        characters += added;
        if (characters <= StructuredDocument::kMaximumCharacters)
            return true;
        diagnostics.append(
            SpecDiagnostic::error(stack.empty() ? QString() : JsonPointer::abbreviate(stack.back().pointer),
                                  tr("keys nested this deep make more than %1 characters of object paths")
                                      .arg(StructuredDocument::kMaximumCharacters)));
        return false;
    };

    // The pointer the next value will live at.
    auto nextValuePointer = [&stack]() -> QString {
        if (stack.empty())
            return QString();
        Frame& top = stack.back();
        if (top.isObject)
            return JsonPointer::append(top.pointer, top.pendingKey);
        return JsonPointer::append(top.pointer, top.nextIndex++);
    };

    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        switch (c) {
        case '{':
        case '[': {
            const QString pointer = nextValuePointer();
            if (!withinBudget(pointer.size()))
                return std::nullopt;
            stack.push_back(Frame{c == '{', pointer, 0, QString()});
            if (c == '{') {
                order.insert(pointer, QStringList());
                expectKey = true;
            }
            break;
        }
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            expectKey = false;
            break;
        case ',':
            expectKey = !stack.empty() && stack.back().isObject;
            break;
        case '"': {
            const qsizetype end = endOfString(json, i);
            if (expectKey && !stack.empty()) {
                Frame& top = stack.back();
                top.pendingKey = decodeString(json.mid(i, end - i));
                if (!withinBudget(top.pendingKey.size()))
                    return std::nullopt;
                order[top.pointer].append(top.pendingKey);
                expectKey = false;
            } else if (!stack.empty() && !stack.back().isObject) {
                ++stack.back().nextIndex; // a string element of an array
            }
            i = end - 1;
            break;
        }
        default:
            // Scalars other than strings inside arrays advance the index once, at their first character.
            if (!stack.empty() && !stack.back().isObject &&
                (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n')) {
                ++stack.back().nextIndex;
                while (i + 1 < json.size() && json.at(i + 1) != ',' && json.at(i + 1) != ']' &&
                       json.at(i + 1) != ' ' && json.at(i + 1) != '\n' && json.at(i + 1) != '\r' &&
                       json.at(i + 1) != '\t')
                    ++i;
            }
            break;
        }
    }
    return order;
}

} // namespace AccountDesk
