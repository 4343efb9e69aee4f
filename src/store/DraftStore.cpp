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

QString DraftStore::filePath(const AccountTarget& target) const
{
    // Account ids and URLs can hold any character; the file name uses a digest of the target.
    const QByteArray key = target.baseUrl.toString(QUrl::FullyEncoded).toUtf8() + '\n' +
                           target.account.toUtf8() + '\n' + target.profile.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24);
    return QDir(m_directory)
        .filePath(target.provider + QStringLiteral("--") + QString::fromLatin1(digest) +
                  QStringLiteral(".json"));
}

bool DraftStore::save(const Draft& draft, QString* error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_directory);
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
    QSaveFile file(filePath(draft.target));
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
    return read(filePath(target));
}

bool DraftStore::remove(const AccountTarget& target) const
{
    // Format 1 named its files after the account alone.
    const QByteArray legacy =
        QCryptographicHash::hash(target.account.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QFile::remove(QDir(m_directory)
                      .filePath(target.provider + QStringLiteral("--") + QString::fromLatin1(legacy) +
                                QStringLiteral(".json")));
    const QString path = filePath(target);
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
