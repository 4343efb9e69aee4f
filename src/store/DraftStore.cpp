#include "DraftStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

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

QString DraftStore::prefix(const AccountTarget& target)
{
    // Account ids and URLs can hold any character; the file name uses a digest of the target.
    const QByteArray key = target.baseUrl.toString(QUrl::FullyEncoded).toUtf8() + '\n' +
                           target.account.toUtf8() + '\n' + target.profile.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24);
    return target.provider + QStringLiteral("--") + QString::fromLatin1(digest);
}

bool DraftStore::save(Draft& draft, QString* error) const
{
    if (draft.id.isEmpty() || !draft.id.startsWith(prefix(draft.target) + QStringLiteral("--")))
        draft.id =
            prefix(draft.target) + QStringLiteral("--") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("cannot create %1").arg(m_directory);
        return false;
    }
    const QJsonObject object{{QStringLiteral("format"), 2},
                             {QStringLiteral("provider"), draft.target.provider},
                             {QStringLiteral("baseUrl"), draft.target.baseUrl.toString(QUrl::FullyEncoded)},
                             {QStringLiteral("account"), draft.target.account},
                             {QStringLiteral("profile"), draft.target.profile},
                             {QStringLiteral("hasSnapshot"), draft.hasSnapshot},
                             {QStringLiteral("snapshot"), draft.snapshot},
                             {QStringLiteral("edited"), draft.edited},
                             {QStringLiteral("savedAt"), draft.savedAt.toUTC().toString(Qt::ISODateWithMs)}};
    QSaveFile file(QDir(m_directory).filePath(draft.id + QStringLiteral(".json")));
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
    draft.id = QFileInfo(path).completeBaseName();
    draft.target.provider = object.value(QStringLiteral("provider")).toString();
    draft.target.baseUrl = QUrl(object.value(QStringLiteral("baseUrl")).toString(), QUrl::StrictMode);
    draft.target.account = object.value(QStringLiteral("account")).toString();
    draft.target.profile = object.value(QStringLiteral("profile")).toString(QStringLiteral("default"));
    // Format 1 (before targets) called the snapshot "loaded" and its flag "wasLoaded".
    const bool format1 = !object.contains(QStringLiteral("format"));
    draft.hasSnapshot =
        object.value(format1 ? QStringLiteral("wasLoaded") : QStringLiteral("hasSnapshot")).toBool();
    draft.snapshot = object.value(format1 ? QStringLiteral("loaded") : QStringLiteral("snapshot")).toObject();
    draft.edited = object.value(QStringLiteral("edited")).toObject();
    draft.savedAt =
        QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    if (draft.target.provider.isEmpty())
        return std::nullopt;
    return draft;
}

std::optional<Draft> DraftStore::load(const AccountTarget& target) const
{
    for (const Draft& draft : drafts(target.provider))
        if (draft.target == target)
            return draft; // the newest
    return std::nullopt;
}

bool DraftStore::remove(const Draft& draft) const
{
    if (draft.id.isEmpty())
        return true;
    const QString path = QDir(m_directory).filePath(draft.id + QStringLiteral(".json"));
    return QFile::remove(path) || !QFile::exists(path);
}

QList<Draft> DraftStore::drafts(const QString& provider) const
{
    QList<Draft> result;
    const QDir dir(m_directory);
    for (const QString& name : dir.entryList({provider + QStringLiteral("--*.json")}, QDir::Files))
        if (std::optional<Draft> draft = read(dir.filePath(name));
            draft && draft->target.provider == provider)
            result.append(*draft);
    std::sort(result.begin(), result.end(),
              [](const Draft& a, const Draft& b) { return a.savedAt > b.savedAt; });
    return result;
}

} // namespace AccountDesk
