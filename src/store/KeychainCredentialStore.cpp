#include "KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

namespace AccountDesk {
namespace {

CredentialStore::Result resultOf(const QKeychain::Job& job)
{
    CredentialStore::Result result;
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = CredentialStore::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = CredentialStore::Status::NotFound;
        result.message =
            KeychainCredentialStore::tr("not stored in the keychain (or the keychain is locked)");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = CredentialStore::Status::Locked;
        result.message =
            KeychainCredentialStore::tr("the keychain is locked or refused access: %1").arg(detail);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = CredentialStore::Status::Unavailable;
        result.message = KeychainCredentialStore::tr("no keychain is available: %1").arg(detail);
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // Without a reachable Secret Service QtKeychain reports OtherError; say what it means.
    static const QStringList unavailableHints = {QStringLiteral("autolaunch"),
                                                 QStringLiteral("not provided"),
                                                 QStringLiteral("org.freedesktop.secrets"),
                                                 QStringLiteral("D-Bus"),
                                                 QStringLiteral("DBus"),
                                                 QStringLiteral("No such interface"),
                                                 QStringLiteral("Could not connect")};
    for (const QString& hint : unavailableHints) {
        if (detail.contains(hint, Qt::CaseInsensitive)) {
            result.status = CredentialStore::Status::Unavailable;
            result.message =
                KeychainCredentialStore::tr("no keychain is available (is a Secret Service such as "
                                            "gnome-keyring running?): %1")
                    .arg(detail);
            return result;
        }
    }
    if (detail.contains(QStringLiteral("locked"), Qt::CaseInsensitive) ||
        detail.contains(QStringLiteral("Object does not exist"), Qt::CaseInsensitive)) {
        result.status = CredentialStore::Status::Locked;
        result.message = KeychainCredentialStore::tr("the keychain is locked: %1").arg(detail);
        return result;
    }
    result.status = CredentialStore::Status::Failed;
    result.message = KeychainCredentialStore::tr("the keychain failed: %1").arg(detail);
    return result;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{}

void KeychainCredentialStore::read(const QString& key, Callback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [callback, alive = std::weak_ptr(m_alive)](QKeychain::Job* finished) {
                         if (alive.expired())
                             return;
                         CredentialStore::Result result = resultOf(*finished);
                         if (result.status == CredentialStore::Status::Ok)
                             result.value = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
                         callback(result);
                     });
    job->start();
}

void KeychainCredentialStore::write(const QString& key, const QString& value, Callback callback)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [callback, alive = std::weak_ptr(m_alive)](QKeychain::Job* finished) {
                         if (!alive.expired())
                             callback(resultOf(*finished));
                     });
    job->start();
}

void KeychainCredentialStore::remove(const QString& key, Callback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [callback, alive = std::weak_ptr(m_alive)](QKeychain::Job* finished) {
                         if (alive.expired())
                             return;
                         CredentialStore::Result result = resultOf(*finished);
                         if (result.status == CredentialStore::Status::NotFound)
                             result = {CredentialStore::Status::Ok, QString(), QString()}; // already gone
                         callback(result);
                     });
    job->start();
}

} // namespace AccountDesk
