#pragma once

#include "AccountTarget.h"
#include "PreparedUpdate.h"
#include "SessionFailure.h"
#include "StaleConflict.h"
#include "auth/Authenticator.h"
#include "form/FormModel.h"
#include "http/FileAttachment.h"
#include "net/ApiResult.h"
#include "provider/Provider.h"
#include "store/CredentialStore.h"
#include "store/Draft.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <variant>

namespace AccountDesk {

class AccountCall;
class HistoryLog;

// The one orchestration of an edit: a target (provider, server, account, profile), the snapshot
// read from it, the edits made on that snapshot, and the calls that load, prepare and send. The
// window, the command-line tool and bulk runs all drive this class; all of it is asynchronous and
// cancellable. Rules it keeps whoever drives it:
//  - a change of target drops the snapshot, the edits and the logo: nothing carries across;
//  - what prepare() built is what send() sends, byte for byte, or nothing is sent;
//  - before a write the account is read again and compared with the snapshot (when enabled);
//  - credentials are read from the keychain for each operation and not kept.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    enum class Activity
    {
        Idle,
        ReadingCredentials,
        Loading,
        Checking, // reading the account again just before a write
        Sending
    };
    Q_ENUM(Activity)

    enum class PrepareMode
    {
        Normal,
        // A replacement without a read: only the edits are sent (the CLI's --no-fetch).
        WithoutSnapshot
    };

    using Prepared = std::variant<PreparedUpdate, SessionFailure>;

    AccountSession(ProviderPtr provider, CredentialStore& store, QObject* parent = nullptr);
    ~AccountSession() override;

    const Provider& provider() const { return *m_provider; }
    FormModel& model() { return m_model; }
    const FormModel& model() const { return m_model; }

    const AccountTarget& target() const { return m_target; }
    // Switches to another target. Anything that belonged to the previous one (snapshot, edits,
    // logo) is dropped when the target really changes; ask the operator first.
    void setTarget(const AccountTarget& target);
    // Whether moving to `target` drops something of value: edits made for a complete target.
    bool switchingLosesEdits(const AccountTarget& target) const;
    QUrl baseUrl() const { return m_target.baseUrl; }
    QString accountId() const { return m_target.account; }
    QString profile() const { return m_target.profile; }

    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    // Which of the process's network access managers carries this session's requests (see
    // NetworkAccess): a bulk run spreads its rows over several to have more than six at once.
    void setNetworkManager(int index) { m_networkManager = index; }
    // Read the account again just before a write and refuse on a difference (default). The CLI
    // turns it off: its one read comes right before the write and is its snapshot.
    void setRereadBeforeWrite(bool reread) { m_rereadBeforeWrite = reread; }
    // Where every update sent is recorded, and by whom ("gui", "cli", "bulk"); nullptr: nowhere.
    void setHistory(const HistoryLog* history, const QString& source)
    {
        m_history = history;
        m_historySource = source;
    }
    void setLogo(std::optional<FileAttachment> logo);
    const std::optional<FileAttachment>& logo() const { return m_logo; }

    bool needsAccountId() const { return !m_provider->pathParameters().isEmpty(); }
    // A replacement needs the account read first, or the fields it does not send would be blanked.
    bool needsLoadBeforeSend() const;
    // The snapshot was read from this target (a restored draft is not, until checked).
    bool isLoaded() const { return m_loaded; }
    // A restored draft whose snapshot has not been compared with the server yet.
    bool needsVerification() const { return m_hasSnapshot && !m_loaded; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    bool hasUnsentChanges() const { return m_model.hasChanges() || m_logo.has_value(); }
    bool isProduction() const { return m_provider->isProduction(m_target.baseUrl); }
    // Changes with every edit, logo, load and target change; a prepared update carries it.
    quint64 revision() const { return m_revision; }

    // Problems with where the request would go (base URL, account id).
    FieldErrors connectionErrors() const;
    // What stands between the session and a send before the body is looked at: where the request
    // would go, and a replacement's need for a snapshot read from this very target.
    FieldErrors readinessProblems(PrepareMode mode = PrepareMode::Normal) const;
    // Problems with the body as it would be sent now.
    FieldErrors bodyErrors() const;
    QJsonObject body() const;
    QList<FieldChange> changes() const;

    Activity activity() const { return m_activity; }
    // What an activity is doing, for a status line ("Reading the account again before writing…").
    static QString describe(Activity activity);
    // Reads the account: the answer becomes the snapshot. Edits made on an earlier snapshot are
    // dropped; edits typed before any (nothing was loaded) are kept on top of it.
    void load();
    // Reads the account and compares it with a restored draft's snapshot: equal means loaded,
    // with the edits kept; different means conflictFound().
    void verify();
    // Builds the exact update for review; `done` gets it or why not. Reads the keychain only to
    // know which auth applies: the request holds placeholders, never a secret.
    void prepare(std::function<void(const Prepared&)> done, PrepareMode mode = PrepareMode::Normal);
    // Sends `update` as prepared, after reading the account again when enabled.
    void send(const PreparedUpdate& update);
    void cancel();
    // After a conflict: the server's values become the snapshot and every field the operator did
    // not edit takes them; the operator's edits stay.
    void takeServerValues(const StaleConflict& conflict);

    // Puts a saved draft back with its own target. It is not loaded: verify() compares it first.
    void restore(const Draft& draft);

Q_SIGNALS:
    void activityChanged(AccountDesk::AccountSession::Activity activity);
    void targetChanged();
    void revisionChanged();
    void loaded();
    void loadFailed(const AccountDesk::SessionFailure& failure);
    void conflictFound(const AccountDesk::StaleConflict& conflict);
    void sent(const AccountDesk::ApiResult& result);
    void sendFailed(const AccountDesk::SessionFailure& failure);
    void retrying(int attempt, int waitSeconds);
    void historyNotWritten(const QString& problem);

private:
    using CredentialsThen = std::function<void(const Authenticator&)>;
    using FailureSink = std::function<void(const SessionFailure&)>;

    void withAuthenticator(CredentialsThen then, FailureSink fail);
    // Reads the account (connection checked, credentials read); failures go to loadFailed().
    void readThen(std::function<void(const QJsonObject&)> then);
    void readAccount(const Authenticator& authenticator, std::function<void(const QJsonObject&)> then,
                     FailureSink fail, Activity activity);
    void startCall(const HttpRequest& request, const Authenticator& authenticator, Activity activity,
                   std::function<void(const ApiResult&)> then);
    void transmit(const PreparedUpdate& update, const Authenticator& authenticator);
    void setActivity(Activity activity);
    void bump();

    ProviderPtr m_provider;
    CredentialStore& m_store;
    FormModel m_model;
    AccountTarget m_target;
    int m_timeoutSeconds = 30;
    int m_networkManager = 0;
    bool m_rereadBeforeWrite = true;
    std::optional<FileAttachment> m_logo;
    const HistoryLog* m_history = nullptr;
    QString m_historySource;
    QPointer<AccountCall> m_call;
    Activity m_activity = Activity::Idle;
    bool m_loaded = false;
    bool m_hasSnapshot = false;
    quint64 m_revision = 1;
    quint64 m_generation = 0; // invalidates callbacks of cancelled work
};

} // namespace AccountDesk
