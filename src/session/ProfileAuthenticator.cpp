#include "ProfileAuthenticator.h"

#include "store/ProfileCredentials.h"

#include <QCoreApplication>

namespace AccountDesk {

void ProfileAuthenticator::read(CredentialStore& store, const Provider& provider, const QString& profile,
                                std::function<void(const Outcome&)> done)
{
    const QList<AuthKind> kinds = provider.authKinds();
    const QString id = provider.id();
    const QString apiKeyHeader = provider.apiKeyHeader();
    ProfileCredentials::readAll(
        store, id, profile, provider.credentialFields(),
        [kinds, id, apiKeyHeader, profile, done](const ProfileCredentials::Outcome& outcome) {
            SessionFailure failure;
            failure.kind = SessionFailure::Kind::Credentials;
            if (outcome.storeProblem) {
                failure.message = outcome.storeProblem->message;
                return done(failure);
            }
            if (outcome.unusable) {
                failure.message =
                    QCoreApplication::translate("ProfileAuthenticator", "unusable for %1 profile \"%2\": %3")
                        .arg(id, profile, *outcome.unusable);
                return done(failure);
            }
            const std::optional<AuthKind> kind = Authenticator::chooseKind(kinds, outcome.credentials);
            if (!kind) {
                QStringList needed;
                for (const AuthKind candidate : kinds)
                    needed.append(AuthKinds::credentialFields(candidate).join(QStringLiteral(" and ")));
                failure.message =
                    QCoreApplication::translate("ProfileAuthenticator",
                                                "none stored for %1 profile \"%2\"; it needs %3")
                        .arg(id, profile, needed.join(QStringLiteral(", or ")));
                return done(failure);
            }
            done(Authenticator(*kind, outcome.credentials, apiKeyHeader));
        });
}

} // namespace AccountDesk
