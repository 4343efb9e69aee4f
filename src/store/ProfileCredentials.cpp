#include "ProfileCredentials.h"

#include <QEventLoop>

#include <memory>

namespace AccountDesk {
namespace {

// Files one field's answer under the outcome; the secret goes only into `credentials`, and only
// when it can be sent.
void record(ProfileCredentials::Outcome& outcome, const QString& field, const CredentialStore::Result& result)
{
    CredentialStore::Result withoutSecret = result;
    withoutSecret.value.clear();
    outcome.results.append({field, withoutSecret});
    const bool found = result.status == CredentialStore::Status::Ok && !result.value.isEmpty();
    if (!found) {
        if (result.status != CredentialStore::Status::Ok &&
            result.status != CredentialStore::Status::NotFound)
            outcome.storeProblem = withoutSecret;
        return;
    }
    if (const std::optional<QString> problem = Credentials::problemWith(result.value)) {
        outcome.unusableFields.append(field);
        if (!outcome.unusable)
            outcome.unusable =
                ProfileCredentials::tr("%1: the stored value %2; store it again").arg(field, *problem);
        return;
    }
    outcome.credentials.fields.insert(field, result.value);
}

} // namespace

void ProfileCredentials::probeLock(CredentialStore& store,
                                   std::function<void(std::optional<CredentialStore::Result>)> done)
{
    const QString key =
        CredentialStore::key(QStringLiteral("accountdesk"), QStringLiteral("probe"), QStringLiteral("lock"));
    store.write(key, QStringLiteral("probe"), [&store, key, done](const CredentialStore::Result& written) {
        if (written.status == CredentialStore::Status::Ok) {
            store.remove(key, [done](const CredentialStore::Result&) { done(std::nullopt); });
            return;
        }
        CredentialStore::Result problem = written;
        if (problem.status == CredentialStore::Status::Locked)
            problem.message =
                written.message + tr("; unlock it (e.g. in your keyring manager) and try again");
        done(problem);
    });
}

ProfileCredentials::Outcome ProfileCredentials::readAllNow(CredentialStore& store, const QString& provider,
                                                           const QString& profile, const QStringList& fields)
{
    std::optional<Outcome> outcome;
    QEventLoop loop;
    readAll(store, provider, profile, fields, [&](const Outcome& result) {
        outcome = result;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

void ProfileCredentials::readAll(CredentialStore& store, const QString& provider, const QString& profile,
                                 const QStringList& fields, std::function<void(const Outcome&)> done)
{
    auto outcome = std::make_shared<Outcome>();
    // Each pending read holds the chain alive; the chain itself only refers to itself weakly.
    auto next = std::make_shared<std::function<void(qsizetype)>>();
    std::weak_ptr<std::function<void(qsizetype)>> weakNext = next;
    *next = [&store, provider, profile, fields, done, outcome, weakNext](qsizetype index) {
        if (index == fields.size() && !outcome->storeProblem && outcome->credentials.fields.isEmpty() &&
            outcome->unusableFields.isEmpty()) {
            // Nothing found. A locked Secret Service collection reads exactly like that, so ask the
            // store with a harmless write whether it is locked, rather than report "not stored".
            probeLock(store, [done, outcome](std::optional<CredentialStore::Result> locked) {
                if (locked)
                    outcome->storeProblem = locked;
                done(*outcome);
            });
            return;
        }
        if (index == fields.size() || outcome->storeProblem) {
            done(*outcome);
            return;
        }
        const QString field = fields.at(index);
        auto self = weakNext.lock();
        store.read(CredentialStore::key(provider, profile, field),
                   [field, index, outcome, self](const CredentialStore::Result& result) {
                       record(*outcome, field, result);
                       (*self)(index + 1);
                   });
    };
    (*next)(0);
}

} // namespace AccountDesk
