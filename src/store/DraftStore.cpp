#include "DraftStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace AccountDesk {

DraftStore::DraftStore(QString directory)
    : m_directory(std::move(directory))
{}

QString DraftStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("drafts"));
}

QString DraftStore::filePath(const QString& provider, const QString& account) const
{
    // Account ids can hold any character; the file name uses a digest of it.
    const QByteArray digest =
        QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(m_directory)
        .filePath(provider + QStringLiteral("--") + QString::fromLatin1(digest) + QStringLiteral(".json"));
}

bool DraftStore::save(const Draft& draft, QString* error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    const QJsonObject object{{QStringLiteral("provider"), draft.provider},
                             {QStringLiteral("account"), draft.account},
                             {QStringLiteral("baseUrl"), draft.baseUrl},
                             {QStringLiteral("wasLoaded"), draft.wasLoaded},
                             {QStringLiteral("loaded"), draft.loaded},
                             {QStringLiteral("edited"), draft.edited},
                             {QStringLiteral("savedAt"), draft.savedAt.toUTC().toString(Qt::ISODateWithMs)}};
    QSaveFile file(filePath(draft.provider, draft.account));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<Draft> DraftStore::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt; // a damaged draft is ignored, never half-restored
    const QJsonObject object = document.object();
    Draft draft;
    draft.provider = object.value(QStringLiteral("provider")).toString();
    draft.account = object.value(QStringLiteral("account")).toString();
    draft.baseUrl = object.value(QStringLiteral("baseUrl")).toString();
    draft.wasLoaded = object.value(QStringLiteral("wasLoaded")).toBool();
    draft.loaded = object.value(QStringLiteral("loaded")).toObject();
    draft.edited = object.value(QStringLiteral("edited")).toObject();
    draft.savedAt =
        QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    if (draft.provider.isEmpty())
        return std::nullopt;
    return draft;
}

std::optional<Draft> DraftStore::load(const QString& provider, const QString& account) const
{
    return read(filePath(provider, account));
}

void DraftStore::remove(const QString& provider, const QString& account) const
{
    QFile::remove(filePath(provider, account));
}

QList<Draft> DraftStore::drafts(const QString& provider) const
{
    QList<Draft> result;
    const QDir dir(m_directory);
    for (const QString& name : dir.entryList({provider + QStringLiteral("--*.json")}, QDir::Files))
        if (std::optional<Draft> draft = read(dir.filePath(name)); draft && draft->provider == provider)
            result.append(*draft);
    std::sort(result.begin(), result.end(),
              [](const Draft& a, const Draft& b) { return a.savedAt > b.savedAt; });
    return result;
}

} // namespace AccountDesk
