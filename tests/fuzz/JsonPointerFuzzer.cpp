// JSON Pointers (RFC 6901): split/join, resolve, set and remove over a fuzzed pointer, value and
// document, checked against each other.
//
// Input: "<pointer>\n<JSON value>\n<JSON document>"; a part that is not JSON is used as a string.
#include "FuzzSupport.h"
#include "openapi/JsonPointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace AccountDesk;

namespace {

QJsonValue json(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().first();
    return QString::fromUtf8(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray rest = Fuzz::bytes(data, size);
    const QString pointer = QString::fromUtf8(Fuzz::takeLine(rest));
    const QJsonValue value = json(Fuzz::takeLine(rest));
    const QJsonValue root = json(rest);

    const std::optional<QStringList> tokens = JsonPointer::split(pointer);
    ACCOUNTDESK_FUZZ_CHECK(tokens.has_value() == (pointer.isEmpty() || pointer.startsWith(QLatin1Char('/'))));
    if (!tokens) {
        ACCOUNTDESK_FUZZ_CHECK(!JsonPointer::resolve(root, pointer));
        ACCOUNTDESK_FUZZ_CHECK(!JsonPointer::set(root, pointer, value));
        ACCOUNTDESK_FUZZ_CHECK(JsonPointer::remove(root, pointer) == root);
        return 0;
    }

    // Escaping round-trips, token by token and as a whole.
    for (const QString& token : *tokens)
        ACCOUNTDESK_FUZZ_CHECK(JsonPointer::unescape(JsonPointer::escape(token)) == token);
    ACCOUNTDESK_FUZZ_CHECK(JsonPointer::split(JsonPointer::join(*tokens)) == tokens);

    // parent, lastToken and isWithin agree with split.
    if (!tokens->isEmpty()) {
        ACCOUNTDESK_FUZZ_CHECK(JsonPointer::lastToken(pointer) == tokens->last());
        const QString parent = JsonPointer::parent(pointer);
        ACCOUNTDESK_FUZZ_CHECK(JsonPointer::split(parent) == tokens->mid(0, tokens->size() - 1));
        ACCOUNTDESK_FUZZ_CHECK(JsonPointer::isWithin(pointer, parent));
        // A pointer in canonical form (every '~' escaped as ~0 or ~1) is rebuilt from its parent.
        if (JsonPointer::join(*tokens) == pointer)
            ACCOUNTDESK_FUZZ_CHECK(JsonPointer::append(parent, tokens->last()) == pointer);
    }
    ACCOUNTDESK_FUZZ_CHECK(JsonPointer::isWithin(pointer, pointer));
    const qsizetype maximum = 1 + static_cast<qsizetype>(size % 256);
    ACCOUNTDESK_FUZZ_CHECK(JsonPointer::abbreviate(pointer, maximum).size() <= qMax(maximum, pointer.size()));
    (void)JsonPointer::fromLocalReference(QLatin1Char('#') + pointer);

    const std::optional<QJsonValue> found = JsonPointer::resolve(root, pointer);
    if (pointer.isEmpty())
        ACCOUNTDESK_FUZZ_CHECK(found == root);

    // What was set is found there again (unless "-" appended to an array somewhere on the way).
    const std::optional<QJsonValue> updated = JsonPointer::set(root, pointer, value);
    if (updated && !tokens->contains(QStringLiteral("-")))
        ACCOUNTDESK_FUZZ_CHECK(JsonPointer::resolve(*updated, pointer) == value);

    // What was removed from an object is gone; removing what is not there changes nothing.
    const QJsonValue removed = JsonPointer::remove(root, pointer);
    if (!found)
        ACCOUNTDESK_FUZZ_CHECK(removed == root);
    if (found && !tokens->isEmpty()) {
        const std::optional<QJsonValue> container = JsonPointer::resolve(root, JsonPointer::parent(pointer));
        if (container && container->isObject())
            ACCOUNTDESK_FUZZ_CHECK(!JsonPointer::resolve(removed, pointer));
    }
    return 0;
}
