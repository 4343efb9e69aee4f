#pragma once

#include "PreparedUpdate.h"
#include "auth/Authenticator.h"
#include "form/FieldError.h"
#include "form/FormModel.h"
#include "http/ApiError.h"
#include "http/FileAttachment.h"
#include "http/RequestTarget.h"
#include "net/ApiResult.h"
#include "provider/Provider.h"
#include "store/CredentialStore.h"
#include "store/DraftStore.h"

#include <QObject>
#include <QPointer>

class QTimer;

#include <optional>

namespace AccountDesk {

class AccountCall;

// One provider's editing session for the GUI: the form model, where requests go, and the calls that
// load, review and send, all asynchronous and cancellable. The widgets only render and edit; this is
// where requests are built and credentials are read.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    enum class Activity
    {
        Idle,
        ReadingCredentials,
        Loading,
        Sending
    };
    Q_ENUM(Activity)

    // `drafts`: where unsent edits are kept; nullptr keeps none.
    AccountSession(ProviderPtr provider, CredentialStore& store, const DraftStore* drafts = nullptr,
                   QObject* parent = nullptr);
    ~AccountSession() override;

    const Provider& provider() const { return *m_provider; }
    FormModel& model() { return m_model; }
    const FormModel& model() const { return m_model; }

    void setBaseUrl(const QUrl& url) { m_target.baseUrl = url; }
    QUrl baseUrl() const { return m_target.baseUrl; }
    void setAccountId(const QString& id);
    QString accountId() const { return m_accountId; }
    void setProfile(const QString& profile);
    QString profile() const { return m_profile; }
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    // Drops the credentials held in memory (after they were changed or deleted in the keychain).
    void forgetCredentials() { m_authenticator.reset(); }
    void setLogo(std::optional<FileAttachment> logo) { m_logo = std::move(logo); }
    const std::optional<FileAttachment>& logo() const { return m_logo; }

    bool needsAccountId() const { return !m_provider->pathParameters().isEmpty(); }
    // PUT replaces the whole account: sending needs it loaded first, or fields would be blanked.
    bool needsLoadBeforeSend() const;
    bool isLoaded() const { return m_loaded; }
    bool hasUnsentChanges() const { return m_model.hasChanges() || m_logo.has_value(); }

    // Problems with where the request would go (base URL, account id).
    FieldErrors connectionErrors() const;
    // Problems with the body as it would be sent now.
    FieldErrors bodyErrors() const;
    QJsonObject body() const;
    QList<FieldChange> changes() const;

    Activity activity() const { return m_activity; }
    void load();
    // Builds and signs the update for review; `done` gets it, or the reasons it cannot be built.
    void prepare(std::function<void(std::optional<PreparedUpdate>, const QStringList& problems)> done);
    void send();
    void cancel();

    // Puts a saved draft back: account, what was loaded, and the edits.
    void restore(const Draft& draft);
    // Saves the unsent edits now (also done automatically shortly after every change).
    void saveDraft();

Q_SIGNALS:
    void activityChanged(AccountDesk::AccountSession::Activity activity);
    void loaded();
    void loadFailed(const QString& message, const AccountDesk::ApiError& error);
    void sent(const AccountDesk::ApiResult& result);
    void sendFailed(const QString& message, const AccountDesk::ApiError& error);
    void credentialsMissing(const QString& message);

private:
    void withAuthenticator(std::function<void(const Authenticator&)> then);
    void setActivity(Activity activity);
    void startCall(const HttpRequest& request, std::function<void(const ApiResult&)> then);
    QString describeFailure(const ApiResult& result, ApiError& error) const;

    ProviderPtr m_provider;
    CredentialStore& m_store;
    FormModel m_model;
    RequestTarget m_target;
    QString m_accountId;
    QString m_profile = QStringLiteral("default");
    int m_timeoutSeconds = 30;
    std::optional<FileAttachment> m_logo;
    std::optional<Authenticator> m_authenticator; // in memory only, for this session
    QPointer<AccountCall> m_call;
    Activity m_activity = Activity::Idle;
    bool m_loaded = false;
    quint64 m_generation = 0; // invalidates callbacks of cancelled work
    const DraftStore* m_drafts = nullptr;
    QString m_draftAccount; // the account the current draft file belongs to
    QTimer* m_draftTimer = nullptr;
};

} // namespace AccountDesk
