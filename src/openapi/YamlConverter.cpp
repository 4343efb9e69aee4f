#include "YamlConverter.h"

#include "JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>

namespace AccountDesk {
namespace {

// Aliases can make a YAML graph recursive; a document this deep is not a sane spec.
constexpr int kMaximumNesting = 200;

// Where a node sits. Its JSON Pointer is built only when needed: for a mapping (its key order) or
// a sequence (its children's pointers), and for a problem. A scalar needs none, which matters when
// aliases repeat long lists of them.
struct Place
{
    const QString* parent = nullptr; // null: the document root
    const QString* key = nullptr;    // null: an element of a sequence
    qsizetype index = 0;
};

class Converter
{
public:
    explicit Converter(SpecDiagnostics& diagnostics)
        : m_diagnostics(diagnostics)
    {}

    QJsonValue convert(const YAML::Node& node, const Place& place, int depth)
    {
        if (m_exhausted)
            return QJsonValue();
        // yaml-cpp shares an aliased node; expanding it copies, so nested aliases grow exponentially.
        if (++m_nodes > YamlConverter::kMaximumNodes) {
            stop(pointerOf(place),
                 YamlConverter::tr("the document expands to more than %1 nodes once its aliases "
                                   "are resolved (aliases nested to blow up, \"billion laughs\"?)")
                     .arg(YamlConverter::kMaximumNodes));
            return QJsonValue();
        }
        if (depth > kMaximumNesting) {
            stop(
                pointerOf(place),
                YamlConverter::tr("nesting deeper than %1 levels (a recursive alias?)").arg(kMaximumNesting));
            return QJsonValue();
        }
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Scalar:
            if (!charge(node.Scalar().size(), place))
                return QJsonValue();
            return scalar(node, place);
        case YAML::NodeType::Sequence: {
            const QString pointer = pointerOf(place);
            if (!charge(pointer.size(), place))
                return QJsonValue();
            QJsonArray array;
            qsizetype index = 0;
            for (const YAML::Node& element : node) {
                if (m_exhausted)
                    break;
                array.append(convert(element, Place{&pointer, nullptr, index++}, depth + 1));
            }
            return array;
        }
        case YAML::NodeType::Map: {
            const QString pointer = pointerOf(place);
            if (!charge(pointer.size(), place))
                return QJsonValue();
            QJsonObject object;
            QStringList keys;
            for (const auto& entry : node) {
                if (m_exhausted)
                    break;
                if (!entry.first.IsScalar()) {
                    fail(pointer, YamlConverter::tr("a mapping key must be a scalar"));
                    continue;
                }
                if (!charge(entry.first.Scalar().size(), place))
                    break;
                const QString key = QString::fromStdString(entry.first.Scalar());
                if (object.contains(key)) {
                    fail(JsonPointer::append(pointer, key),
                         YamlConverter::tr("duplicate key \"%1\"").arg(key));
                    continue;
                }
                keys.append(key);
                object.insert(key, convert(entry.second, Place{&pointer, &key, 0}, depth + 1));
            }
            m_keyOrder.insert(pointer, keys);
            return object;
        }
        }
        return QJsonValue();
    }

    QHash<QString, QStringList> takeKeyOrder() { return std::move(m_keyOrder); }
    bool failed() const { return m_failed; }

private:
    static QString pointerOf(const Place& place)
    {
        if (!place.parent)
            return QString();
        return place.key ? JsonPointer::append(*place.parent, *place.key)
                         : JsonPointer::append(*place.parent, place.index);
    }

    // Counts text the conversion copies; false (and the conversion stops) past the budget.
    bool charge(std::size_t characters, const Place& place)
    {
        m_characters += static_cast<qint64>(characters);
        if (m_characters <= StructuredDocument::kMaximumCharacters)
            return true;
        stop(place.parent ? JsonPointer::abbreviate(*place.parent) : QString(),
             YamlConverter::tr(
                 "the document expands to more than %1 characters of keys, values and paths (text "
                 "repeated through aliases, or long keys nested deep?)")
                 .arg(StructuredDocument::kMaximumCharacters));
        return false;
    }

    QJsonValue scalar(const YAML::Node& node, const Place& place)
    {
        const QString text = QString::fromStdString(node.Scalar());
        const std::string& tag = node.Tag();
        if (tag == "!" || tag == "tag:yaml.org,2002:str")
            return text; // quoted, or explicitly a string
        if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float" ||
            tag == "tag:yaml.org,2002:bool" || tag == "tag:yaml.org,2002:null" || tag == "?") {
            const std::optional<QJsonValue> resolved = resolvePlain(text);
            if (resolved)
                return *resolved;
            if (tag != "?")
                fail(pointerOf(place), YamlConverter::tr("\"%1\" does not match its tag %2")
                                           .arg(text, QString::fromStdString(tag)));
            return text;
        }
        return text; // other tags (binary, timestamps, custom): keep the text
    }

    // YAML 1.2 core schema resolution of plain scalars.
    static std::optional<QJsonValue> resolvePlain(const QString& text)
    {
        static const QRegularExpression nullPattern(QStringLiteral("^(~|null|Null|NULL)?$"));
        static const QRegularExpression truePattern(QStringLiteral("^(true|True|TRUE)$"));
        static const QRegularExpression falsePattern(QStringLiteral("^(false|False|FALSE)$"));
        static const QRegularExpression intPattern(QStringLiteral("^[-+]?[0-9]+$"));
        static const QRegularExpression octalPattern(QStringLiteral("^0o[0-7]+$"));
        static const QRegularExpression hexPattern(QStringLiteral("^0x[0-9a-fA-F]+$"));
        static const QRegularExpression floatPattern(
            QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
        static const QRegularExpression infinityPattern(QStringLiteral("^[-+]?\\.(inf|Inf|INF)$"));
        static const QRegularExpression nanPattern(QStringLiteral("^\\.(nan|NaN|NAN)$"));

        // Every pattern below starts with one of these; most words skip the regular expressions.
        static const QString firstCharacters = QStringLiteral("~nNtTfF+-.0123456789");
        if (!text.isEmpty() && !firstCharacters.contains(text.front()))
            return std::nullopt;
        if (nullPattern.match(text).hasMatch())
            return QJsonValue(QJsonValue::Null);
        if (truePattern.match(text).hasMatch())
            return QJsonValue(true);
        if (falsePattern.match(text).hasMatch())
            return QJsonValue(false);
        bool ok = false;
        if (intPattern.match(text).hasMatch()) {
            const qint64 value = text.toLongLong(&ok);
            if (ok)
                return QJsonValue(value);
            return QJsonValue(text.toDouble()); // beyond int64: JSON has only doubles left
        }
        if (octalPattern.match(text).hasMatch()) {
            const qint64 value = text.mid(2).toLongLong(&ok, 8);
            if (ok)
                return QJsonValue(value);
        }
        if (hexPattern.match(text).hasMatch()) {
            const qint64 value = text.mid(2).toLongLong(&ok, 16);
            if (ok)
                return QJsonValue(value);
        }
        if (floatPattern.match(text).hasMatch())
            return QJsonValue(text.toDouble());
        if (infinityPattern.match(text).hasMatch() || nanPattern.match(text).hasMatch())
            return std::nullopt; // JSON cannot hold these; keep the text
        return std::nullopt;
    }

    void fail(const QString& pointer, const QString& message)
    {
        m_diagnostics.append(SpecDiagnostic::error(pointer, message));
        m_failed = true;
    }

    // A budget ran out: one diagnostic, and nothing more is converted.
    void stop(const QString& pointer, const QString& message)
    {
        fail(JsonPointer::abbreviate(pointer), message);
        m_exhausted = true;
    }

    SpecDiagnostics& m_diagnostics;
    QHash<QString, QStringList> m_keyOrder;
    qint64 m_nodes = 0;
    qint64 m_characters = 0;
    bool m_exhausted = false;
    bool m_failed = false;
};

} // namespace

std::optional<StructuredDocument> YamlConverter::convert(const QByteArray& yaml, SpecDiagnostics& diagnostics)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& exception) {
        SpecDiagnostic diagnostic = SpecDiagnostic::error(QString(), QString::fromStdString(exception.msg));
        diagnostic.line = exception.mark.line + 1;
        diagnostic.column = exception.mark.column + 1;
        diagnostics.append(diagnostic);
        return std::nullopt;
    }
    Converter converter(diagnostics);
    StructuredDocument document;
    try {
        document.root = converter.convert(root, Place{}, 0);
    } catch (const YAML::Exception& exception) {
        diagnostics.append(SpecDiagnostic::error(QString(), QString::fromStdString(exception.msg)));
        return std::nullopt;
    }
    if (converter.failed())
        return std::nullopt;
    document.keyOrder = converter.takeKeyOrder();
    return document;
}

} // namespace AccountDesk
