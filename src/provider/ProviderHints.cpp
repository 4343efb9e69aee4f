#include "ProviderHints.h"

#include "openapi/DocumentReader.h"
#include "openapi/JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace AccountDesk {
namespace {

class HintsParser
{
public:
    explicit HintsParser(SpecDiagnostics& diagnostics)
        : m_diagnostics(diagnostics)
    {}

    QString string(const QJsonObject& object, const QString& key, const QString& pointer, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                error(JsonPointer::append(pointer, key), QStringLiteral("missing"));
            return QString();
        }
        if (!value.isString() || (required && value.toString().trimmed().isEmpty())) {
            error(JsonPointer::append(pointer, key), ProviderHints::tr("must be a non-empty string"));
            return QString();
        }
        return value.toString();
    }

    std::optional<bool> boolean(const QJsonObject& object, const QString& key, const QString& pointer)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isBool()) {
            error(JsonPointer::append(pointer, key), ProviderHints::tr("must be true or false"));
            return std::nullopt;
        }
        return value.toBool();
    }

    void unknownKeys(const QJsonObject& object, const QStringList& known, const QString& pointer)
    {
        for (const QString& key : object.keys())
            if (!known.contains(key))
                error(JsonPointer::append(pointer, key),
                      ProviderHints::tr("unknown key (known: %1)").arg(known.join(QStringLiteral(", "))));
    }

    void error(const QString& pointer, const QString& message)
    {
        m_diagnostics.append(SpecDiagnostic::error(pointer, message));
    }

private:
    SpecDiagnostics& m_diagnostics;
};

} // namespace

std::optional<ProviderHints> ProviderHints::parse(const QByteArray& text, SpecDiagnostics& diagnostics)
{
    SpecDiagnostics found;
    const std::optional<StructuredDocument> document = DocumentReader::read(text, found);
    if (!document) {
        diagnostics.append(found);
        return std::nullopt;
    }
    HintsParser parser(found);
    if (!document->root.isObject()) {
        parser.error(QString(), tr("a hints file must be a JSON object"));
        diagnostics.append(found);
        return std::nullopt;
    }
    const QJsonObject root = document->root.toObject();
    parser.unknownKeys(
        root,
        {QStringLiteral("$schema"), QStringLiteral("id"), QStringLiteral("displayName"),
         QStringLiteral("description"), QStringLiteral("spec"), QStringLiteral("updateOperation"),
         QStringLiteral("readOperation"), QStringLiteral("readResultPointer"), QStringLiteral("auth"),
         QStringLiteral("defaultServer"), QStringLiteral("bodyContentType"), QStringLiteral("multipart"),
         QStringLiteral("fields"), QStringLiteral("productionServers"), QStringLiteral("versionMember"),
         QStringLiteral("requestsPerMinute")},
        QString());

    ProviderHints hints;
    hints.id = parser.string(root, QStringLiteral("id"), QString(), true);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!hints.id.isEmpty() && !idPattern.match(hints.id).hasMatch())
        parser.error(QStringLiteral("/id"), tr("use lower-case letters, digits and '-' only"));
    hints.displayName = parser.string(root, QStringLiteral("displayName"), QString(), true);
    hints.description = parser.string(root, QStringLiteral("description"), QString(), false);
    hints.spec = parser.string(root, QStringLiteral("spec"), QString(), true);
    hints.updateOperation = parser.string(root, QStringLiteral("updateOperation"), QString(), true);
    hints.readOperation = parser.string(root, QStringLiteral("readOperation"), QString(), false);
    hints.readResultPointer = parser.string(root, QStringLiteral("readResultPointer"), QString(), false);
    if (!hints.readResultPointer.isEmpty() && !JsonPointer::split(hints.readResultPointer))
        parser.error(QStringLiteral("/readResultPointer"), tr("must be a JSON Pointer such as \"/data\""));
    hints.defaultServer = parser.string(root, QStringLiteral("defaultServer"), QString(), false);
    if (root.contains(QStringLiteral("bodyContentType")))
        hints.bodyContentType = parser.string(root, QStringLiteral("bodyContentType"), QString(), true);

    const QJsonValue auth = root.value(QStringLiteral("auth"));
    if (!auth.isUndefined()) {
        const QJsonArray kinds = auth.isString() ? QJsonArray{auth} : auth.toArray();
        if (kinds.isEmpty())
            parser.error(
                QStringLiteral("/auth"),
                tr("must name one or more of: %1").arg(AuthKinds::allNames().join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const std::optional<AuthKind> kind = AuthKinds::fromName(kinds.at(i).toString());
            if (!kind)
                parser.error(
                    JsonPointer::append(QStringLiteral("/auth"), i),
                    tr("unknown auth kind \"%1\" (known: %2)")
                        .arg(kinds.at(i).toString(), AuthKinds::allNames().join(QStringLiteral(", "))));
            else if (!hints.auth.contains(*kind))
                hints.auth.append(*kind);
        }
    }

    const QJsonValue production = root.value(QStringLiteral("productionServers"));
    if (production.isArray()) {
        const QJsonArray names = production.toArray();
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (!names.at(i).isString() || names.at(i).toString().trimmed().isEmpty())
                parser.error(JsonPointer::append(QStringLiteral("/productionServers"), i),
                             tr("must be a server description of the spec"));
            else
                hints.productionServers.append(names.at(i).toString());
        }
    } else if (!production.isUndefined()) {
        parser.error(QStringLiteral("/productionServers"),
                     tr("must be a list of server descriptions, e.g. [\"PRODUCTION\"]"));
    }
    hints.versionMember = parser.string(root, QStringLiteral("versionMember"), QString(), false);
    if (!hints.versionMember.isEmpty() && !JsonPointer::split(hints.versionMember))
        parser.error(QStringLiteral("/versionMember"),
                     tr("must be a JSON Pointer into the read answer, e.g. \"/revision\""));

    const QJsonValue rate = root.value(QStringLiteral("requestsPerMinute"));
    if (rate.isDouble() && rate.toDouble() >= 1 && rate.toDouble() <= 1000000)
        hints.requestsPerMinute = rate.toDouble();
    else if (!rate.isUndefined())
        parser.error(QStringLiteral("/requestsPerMinute"),
                     tr("must be the documented rate limit, a number of requests per minute from 1"));

    const QJsonValue multipart = root.value(QStringLiteral("multipart"));
    if (multipart.isObject()) {
        const QJsonObject object = multipart.toObject();
        parser.unknownKeys(object,
                           {QStringLiteral("contentType"), QStringLiteral("jsonPart"),
                            QStringLiteral("filePart"), QStringLiteral("acceptedTypes"),
                            QStringLiteral("maxBytes")},
                           QStringLiteral("/multipart"));
        Multipart parts;
        if (object.contains(QStringLiteral("contentType")))
            parts.contentType =
                parser.string(object, QStringLiteral("contentType"), QStringLiteral("/multipart"), true);
        parts.jsonPart =
            parser.string(object, QStringLiteral("jsonPart"), QStringLiteral("/multipart"), true);
        parts.filePart =
            parser.string(object, QStringLiteral("filePart"), QStringLiteral("/multipart"), true);
        const QJsonValue accepted = object.value(QStringLiteral("acceptedTypes"));
        for (const QJsonValue& type : accepted.toArray()) {
            if (!type.isString() || !type.toString().contains(QLatin1Char('/')))
                parser.error(QStringLiteral("/multipart/acceptedTypes"),
                             tr("must be a list of content types such as \"image/png\""));
            else
                parts.acceptedTypes.append(type.toString().trimmed().toLower());
        }
        if (!accepted.isUndefined() && !accepted.isArray())
            parser.error(QStringLiteral("/multipart/acceptedTypes"),
                         tr("must be a list of content types such as \"image/png\""));
        const QJsonValue maximum = object.value(QStringLiteral("maxBytes"));
        if (!maximum.isUndefined()) {
            const qint64 bytes = maximum.toInteger(-1);
            // 64 MiB: a file is held in memory whole, and every request is.
            if (bytes < 1 || bytes > 64 * 1024 * 1024)
                parser.error(QStringLiteral("/multipart/maxBytes"),
                             tr("must be a whole number of bytes from 1 to 67108864"));
            else
                parts.maximumBytes = bytes;
        }
        hints.multipart = parts;
    } else if (!multipart.isUndefined()) {
        parser.error(QStringLiteral("/multipart"), tr("must be an object"));
    }

    const QJsonValue fields = root.value(QStringLiteral("fields"));
    if (fields.isObject()) {
        const QJsonObject object = fields.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString pointer = JsonPointer::append(QStringLiteral("/fields"), it.key());
            if (!it.key().startsWith(QLatin1Char('/'))) {
                parser.error(pointer, tr("field keys are JSON Pointers into the body, e.g. \"/name\""));
                continue;
            }
            if (!it.value().isObject()) {
                parser.error(pointer, tr("must be an object"));
                continue;
            }
            const QJsonObject fieldObject = it.value().toObject();
            parser.unknownKeys(fieldObject,
                               {QStringLiteral("hint"), QStringLiteral("hidden"), QStringLiteral("readOnly"),
                                QStringLiteral("nullable"), QStringLiteral("maxBytes"),
                                QStringLiteral("label")},
                               pointer);
            FieldHints field;
            field.hint = parser.string(fieldObject, QStringLiteral("hint"), pointer, false);
            field.label = parser.string(fieldObject, QStringLiteral("label"), pointer, false);
            field.hidden = parser.boolean(fieldObject, QStringLiteral("hidden"), pointer);
            field.readOnly = parser.boolean(fieldObject, QStringLiteral("readOnly"), pointer);
            field.nullable = parser.boolean(fieldObject, QStringLiteral("nullable"), pointer);
            const QJsonValue maxBytes = fieldObject.value(QStringLiteral("maxBytes"));
            if (!maxBytes.isUndefined()) {
                if (!maxBytes.isDouble() || maxBytes.toDouble() < 1 ||
                    maxBytes.toDouble() != static_cast<double>(maxBytes.toInteger()))
                    parser.error(JsonPointer::append(pointer, QStringLiteral("maxBytes")),
                                 tr("must be a positive whole number of bytes"));
                else
                    field.maxBytes = maxBytes.toInteger();
            }
            hints.fields.insert(it.key(), field);
        }
    } else if (!fields.isUndefined()) {
        parser.error(QStringLiteral("/fields"), tr("must be an object keyed by JSON Pointer"));
    }

    diagnostics.append(found);
    if (hasErrors(found))
        return std::nullopt;
    return hints;
}

} // namespace AccountDesk
