#include "HistoryCurl.h"

#include "auth/Authenticator.h"
#include "openapi/JsonPointer.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace AccountDesk {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("HistoryCurl", text);
}

} // namespace

CurlCommand::Result HistoryCurl::build(const HistoryEntry& entry, const Provider* provider)
{
    if (!provider || provider->id() != entry.provider)
        return {QString(),
                tr("The provider \"%1\" of this update is not available any more.").arg(entry.provider)};
    if (provider->replacesWholeAccount())
        return {QString(),
                tr("This update replaced the whole account (%1), and the history keeps only what "
                   "changed: a command with only those fields would remove the rest. Use Edit again, "
                   "then Review, to copy the complete request.")
                    .arg(entry.method)};
    if (provider->authKinds().isEmpty())
        return {QString(), tr("The provider \"%1\" names no way to authenticate.").arg(entry.provider)};

    PreparedUpdate update;
    update.target = {entry.provider, QUrl(entry.server), entry.account, entry.profile};
    update.request.method = entry.method.toLatin1();
    update.request.url = QUrl(entry.url, QUrl::StrictMode);
    update.request.setHeader("Accept", "application/json");
    update.request.setHeader("Content-Type", provider->bodyContentType().toLatin1());
    QJsonValue body = QJsonObject();
    for (const HistoryEntry::Change& change : entry.changes) {
        if (change.after.isUndefined())
            continue; // a partial update cannot remove a member: it was not sent
        if (const std::optional<QJsonValue> updated = JsonPointer::set(body, change.pointer, change.after))
            body = *updated;
    }
    update.request.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    // The kind the profile used is not recorded; a provider with several offers the first.
    update.authKind = provider->authKinds().first();
    Credentials placeholders;
    for (const QString& field : AuthKinds::credentialFields(update.authKind))
        placeholders.fields.insert(field, QStringLiteral("***"));
    Authenticator(update.authKind, placeholders, provider->apiKeyHeader()).sign(update.request);
    return CurlCommand::build(update);
}

} // namespace AccountDesk
