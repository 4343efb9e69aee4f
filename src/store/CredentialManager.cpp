#include "CredentialManager.h"

#include "ProfileCredentials.h"

#include <memory>

namespace AccountDesk {

CredentialManager::CredentialManager(CredentialStore& store)
    : m_store(store)
{}

void CredentialManager::status(const Provider& provider, const QString& profile,
                               std::function<void(const Status&)> done)
{
    ProfileCredentials::readAll(m_store, provider.id(), profile, provider.credentialFields(),
                                [done](const ProfileCredentials::Outcome& outcome) {
                                    Status status;
                                    for (const auto& [field, result] : outcome.results)
                                        status.stored.insert(field,
                                                             result.status == CredentialStore::Status::Ok);
                                    status.unusableFields = outcome.unusableFields;
                                    status.unusable = outcome.unusable;
                                    status.problem = outcome.storeProblem;
                                    done(status);
                                });
}

void CredentialManager::runSequentially(QList<std::function<void(CredentialStore::Callback)>> steps,
                                        std::function<void(const CredentialStore::Result&)> done)
{
    if (steps.isEmpty()) {
        done({CredentialStore::Status::Ok, QString(), QString()});
        return;
    }
    auto step = steps.takeFirst();
    step([this, steps, done](const CredentialStore::Result& result) {
        if (result.status != CredentialStore::Status::Ok) {
            done(result);
            return;
        }
        runSequentially(steps, done);
    });
}

void CredentialManager::save(const Provider& provider, const QString& profile, Credentials credentials,
                             std::function<void(const CredentialStore::Result&)> done)
{
    for (const QString& field : provider.credentialFields()) {
        if (const std::optional<QString> problem = Credentials::problemWith(credentials.value(field))) {
            done({CredentialStore::Status::Failed, QString(),
                  tr("%1: %2; nothing was stored").arg(field, *problem)});
            return;
        }
    }
    // One shared copy for every step: the values are overwritten when the last step lets go.
    const auto secrets = std::make_shared<const Credentials>(std::move(credentials));
    QList<std::function<void(CredentialStore::Callback)>> steps;
    for (const QString& field : provider.credentialFields()) {
        if (!secrets->has(field))
            continue;
        const QString key = CredentialStore::key(provider.id(), profile, field);
        steps.append([this, key, field, secrets](CredentialStore::Callback callback) {
            m_store.write(key, secrets->value(field), std::move(callback));
        });
    }
    runSequentially(steps, std::move(done));
}

void CredentialManager::remove(const Provider& provider, const QString& profile,
                               std::function<void(const CredentialStore::Result&)> done)
{
    QList<std::function<void(CredentialStore::Callback)>> steps;
    for (const QString& field : provider.credentialFields()) {
        const QString key = CredentialStore::key(provider.id(), profile, field);
        steps.append(
            [this, key](CredentialStore::Callback callback) { m_store.remove(key, std::move(callback)); });
    }
    runSequentially(steps, std::move(done));
}

void CredentialManager::probe(std::function<void(const CredentialStore::Result&)> done)
{
    m_store.read(QStringLiteral("accountdesk/probe/none"), [done](const CredentialStore::Result& result) {
        if (result.status == CredentialStore::Status::NotFound)
            done({CredentialStore::Status::Ok, QString(), QString()});
        else
            done(result);
    });
}

} // namespace AccountDesk
