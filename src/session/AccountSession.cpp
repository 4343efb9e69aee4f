#include "AccountSession.h"

#include "AccountComparison.h"
#include "ProfileAuthenticator.h"
#include "SendRecord.h"
#include "StaleCheck.h"
#include "form/Validator.h"
#include "http/RequestBuilder.h"
#include "net/AccountCall.h"
#include "net/NetworkAccess.h"
#include "store/HistoryLog.h"

#include <QElapsedTimer>

namespace AccountDesk {
AccountSession::AccountSession(ProviderPtr provider, CredentialStore& store, QObject* parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_store(store)
    , m_model(m_provider->form())
{
    m_target.provider = m_provider->id();
    if (const Server* server = m_provider->defaultServer(); server && server->variables.isEmpty())
        m_target.baseUrl = QUrl(server->url);
    connect(&m_model, &FormModel::valueChanged, this, &AccountSession::bump);
    connect(&m_model, &FormModel::reset, this, &AccountSession::bump);
}

AccountSession::~AccountSession()
{
    if (m_call)
        m_call->disconnect(this);
}

void AccountSession::bump()
{
    ++m_revision;
    Q_EMIT revisionChanged();
}

void AccountSession::setTarget(const AccountTarget& target)
{
    AccountTarget next = target;
    next.provider = m_provider->id();
    if (next == m_target)
        return;
    // Edits typed before the target was complete belong to no account yet: they stay. Anything
    // else (a snapshot, edits made for another account) never carries across.
    const bool keepEdits = !m_hasSnapshot && !connectionErrors().isEmpty();
    cancel();
    m_target = next;
    m_loaded = false;
    m_hasSnapshot = false;
    if (!keepEdits) {
        m_logo.reset();
        m_model.load(QJsonObject());
    }
    bump();
    Q_EMIT targetChanged();
}

bool AccountSession::switchingLosesEdits(const AccountTarget& target) const
{
    AccountTarget next = target;
    next.provider = m_provider->id();
    if (next == m_target || !hasUnsentChanges())
        return false;
    return m_hasSnapshot || connectionErrors().isEmpty();
}

void AccountSession::setLogo(std::optional<FileAttachment> logo)
{
    if (logo == m_logo)
        return;
    m_logo = std::move(logo);
    bump();
}

bool AccountSession::needsLoadBeforeSend() const
{
    return m_provider->replacesWholeAccount() && m_provider->readOperation();
}

FieldErrors AccountSession::connectionErrors() const
{
    return m_target.problems(*m_provider);
}

QJsonObject AccountSession::body() const
{
    return m_provider->replacesWholeAccount() ? m_model.putBody() : m_model.patchBody();
}

FieldErrors AccountSession::bodyErrors() const
{
    return Validator(m_provider->form()).validateBody(body());
}

QList<FieldChange> AccountSession::changes() const
{
    QList<FieldChange> result;
    for (const QString& pointer : m_model.changedPointers())
        result.append(
            {pointer, m_model.schema().label(pointer), m_model.loadedValue(pointer), m_model.value(pointer)});
    return result;
}

QString AccountSession::describe(Activity activity)
{
    static const QHash<Activity, const char*> words = {
        {Activity::ReadingCredentials, QT_TR_NOOP("Reading credentials from the keychain…")},
        {Activity::Loading, QT_TR_NOOP("Loading the account…")},
        {Activity::Checking, QT_TR_NOOP("Reading the account again before writing…")},
        {Activity::Sending, QT_TR_NOOP("Sending the update…")}};
    return words.contains(activity) ? tr(words.value(activity)) : QString();
}

void AccountSession::setActivity(Activity activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    Q_EMIT activityChanged(activity);
}

void AccountSession::withAuthenticator(CredentialsThen then, FailureSink fail)
{
    setActivity(Activity::ReadingCredentials);
    const quint64 generation = m_generation;
    QPointer<AccountSession> self(this);
    ProfileAuthenticator::read(m_store, *m_provider, m_target.profile,
                               [self, generation, then, fail](const ProfileAuthenticator::Outcome& outcome) {
                                   if (!self || self->m_generation != generation)
                                       return;
                                   if (const SessionFailure* failure =
                                           std::get_if<SessionFailure>(&outcome)) {
                                       self->setActivity(Activity::Idle);
                                       return fail(*failure);
                                   }
                                   then(std::get<Authenticator>(outcome));
                               });
}

void AccountSession::startCall(const HttpRequest& request, const Authenticator& authenticator,
                               Activity activity, std::function<void(const ApiResult&)> then)
{
    setActivity(activity);
    CallOptions options;
    options.timeoutMs = m_timeoutSeconds * 1000;
    m_call = new AccountCall(
        NetworkAccess::manager(m_networkManager), request,
        [authenticator](HttpRequest& attempt) { authenticator.sign(attempt); }, options, this);
    AccountCall* call = m_call;
    const quint64 generation = m_generation;
    connect(call, &AccountCall::retrying, this, &AccountSession::retrying);
    connect(call, &AccountCall::finished, this, [this, call, then, generation](const ApiResult& result) {
        call->deleteLater();
        setActivity(Activity::Idle);
        // An answer delivered after a cancel (even inside cancel()) is a cancel: a re-read that
        // completed must not go on to the write.
        if (generation == m_generation)
            return then(result);
        ApiResult cancelled = result;
        cancelled.outcome = ApiResult::Outcome::Cancelled;
        cancelled.errorMessage = QStringLiteral("cancelled");
        then(cancelled);
    });
    call->start();
}

void AccountSession::readAccount(const Authenticator& authenticator,
                                 std::function<void(const QJsonObject&)> then, FailureSink fail,
                                 Activity activity)
{
    std::variant<HttpRequest, FieldErrors> read =
        RequestBuilder(*m_provider).buildRead(m_target.requestTarget(*m_provider));
    if (std::holds_alternative<FieldErrors>(read)) {
        setActivity(Activity::Idle);
        fail(SessionFailure::invalid(std::get<FieldErrors>(read)));
        return;
    }
    startCall(
        std::get<HttpRequest>(read), authenticator, activity, [this, then, fail](const ApiResult& result) {
            if (!result.isSuccess()) {
                fail(SessionFailure::of(result, m_provider->form(), false));
                return;
            }
            const std::optional<QJsonObject> account = m_provider->accountFromReadAnswer(result.body);
            if (!account) {
                SessionFailure failure =
                    SessionFailure::simple(SessionFailure::Kind::Server,
                                           tr("The answer is not an account (no JSON object at \"%1\").")
                                               .arg(m_provider->readResultPointer()));
                failure.result = result;
                return fail(failure);
            }
            then(*account);
        });
}

void AccountSession::readThen(std::function<void(const QJsonObject&)> then)
{
    auto fail = [this](const SessionFailure& failure) { Q_EMIT loadFailed(failure); };
    if (const FieldErrors problems = connectionErrors(); !problems.isEmpty())
        return fail(SessionFailure::invalid(problems));
    withAuthenticator(
        [this, then, fail](const Authenticator& authenticator) {
            readAccount(authenticator, then, fail, Activity::Loading);
        },
        fail);
}

void AccountSession::load()
{
    if (m_activity != Activity::Idle)
        return;
    readThen([this](const QJsonObject& account) {
        // Edits typed before anything was loaded were made on nothing: the account goes under
        // them. Edits made on a snapshot are replaced (the window asks first).
        const bool keepEdits = !m_hasSnapshot && hasUnsentChanges();
        if (!keepEdits)
            m_logo.reset();
        m_loaded = true;
        m_hasSnapshot = true;
        keepEdits ? m_model.rebase(account) : m_model.load(account);
        Q_EMIT loaded();
    });
}

void AccountSession::verify()
{
    if (m_activity != Activity::Idle || !m_hasSnapshot || !m_provider->readOperation())
        return;
    readThen([this](const QJsonObject& serverNow) {
        std::optional<StaleConflict> conflict =
            StaleCheck::compare(*m_provider, m_model, m_model.loaded(), serverNow);
        if (conflict) {
            conflict->target = m_target;
            return Q_EMIT conflictFound(*conflict);
        }
        StaleConflict same;
        same.serverNow = serverNow;
        takeServerValues(same); // what differs does not touch the edits
        Q_EMIT loaded();
    });
}

void AccountSession::takeServerValues(const StaleConflict& conflict)
{
    m_model.rebase(conflict.serverNow);
    m_loaded = true;
    m_hasSnapshot = true;
}

FieldErrors AccountSession::readinessProblems(PrepareMode mode) const
{
    FieldErrors problems = connectionErrors();
    if (needsLoadBeforeSend() && !m_loaded && mode == PrepareMode::Normal)
        problems.append({QStringLiteral("<update>"),
                         needsVerification()
                             ? tr("restored edits: Load to compare them with the account on the server")
                             : tr("load the account first: %1 replaces the whole account")
                                   .arg(m_provider->updateOperation().method),
                         FieldError::Location::Other});
    return problems;
}

void AccountSession::prepare(std::function<void(const Prepared&)> done, PrepareMode mode)
{
    if (m_activity != Activity::Idle)
        return done(SessionFailure::simple(SessionFailure::Kind::Outdated,
                                           tr("Another request is under way; try again when it has ended.")));
    FieldErrors problems = readinessProblems(mode);
    problems.append(bodyErrors());
    if (!problems.isEmpty())
        return done(SessionFailure::invalid(problems));
    if (!hasUnsentChanges())
        return done(SessionFailure::simple(SessionFailure::Kind::Unchanged, tr("Nothing has changed.")));
    const QJsonObject sent = body();
    std::variant<HttpRequest, FieldErrors> built =
        RequestBuilder(*m_provider).buildUpdate(sent, m_target.requestTarget(*m_provider), m_logo);
    if (std::holds_alternative<FieldErrors>(built))
        return done(SessionFailure::invalid(std::get<FieldErrors>(built)));

    PreparedUpdate update;
    update.target = m_target;
    update.request = std::get<HttpRequest>(std::move(built));
    update.changes = changes();
    update.file = m_logo;
    update.production = isProduction();
    update.hasSnapshot = m_hasSnapshot;
    update.snapshot = m_model.loaded();
    update.revision = m_revision;
    if (m_provider->replacesWholeAccount() && m_hasSnapshot)
        for (const AccountComparison::Difference& member :
             AccountComparison::absentFrom(update.snapshot, sent))
            update.notSentBack.append({member.pointer, member.before});
    withAuthenticator(
        [this, update, done](const Authenticator& real) mutable {
            setActivity(Activity::Idle);
            // Signed with placeholders: the review shows every header, and holds no secret.
            const Authenticator placeholder = real.withPlaceholders();
            placeholder.sign(update.request);
            update.authKind = real.kind();
            update.signatureRenewedAtSend = real.kind() == AuthKind::ZephrHmac;
            done(update);
        },
        [done](const SessionFailure& failure) { done(failure); });
}

void AccountSession::send(const PreparedUpdate& update)
{
    if (m_activity != Activity::Idle)
        return;
    auto fail = [this](const SessionFailure& failure) { Q_EMIT sendFailed(failure); };
    if (update.target != m_target || update.revision != m_revision)
        return fail(SessionFailure::simple(
            SessionFailure::Kind::Outdated,
            tr("The edits or the account changed after the review; nothing was sent. Review again.")));
    withAuthenticator(
        [this, update, fail](const Authenticator& authenticator) {
            if (authenticator.kind() != update.authKind) {
                setActivity(Activity::Idle);
                return fail(
                    SessionFailure::simple(SessionFailure::Kind::Outdated,
                                           tr("The stored credentials changed after the review; nothing "
                                              "was sent. Review again.")));
            }
            if (!m_rereadBeforeWrite || !update.hasSnapshot || !m_provider->readOperation())
                return transmit(update, authenticator);
            readAccount(
                authenticator,
                [this, update, authenticator](const QJsonObject& serverNow) {
                    std::optional<StaleConflict> conflict =
                        StaleCheck::compare(*m_provider, m_model, update.snapshot, serverNow);
                    if (!conflict)
                        return transmit(update, authenticator);
                    conflict->target = m_target;
                    Q_EMIT conflictFound(*conflict);
                },
                [fail](const SessionFailure& failure) {
                    SessionFailure notChecked = failure;
                    notChecked.message = tr("Could not read the account again before writing; nothing was "
                                            "sent. %1")
                                             .arg(failure.message);
                    fail(notChecked);
                },
                Activity::Checking);
        },
        fail);
}

void AccountSession::transmit(const PreparedUpdate& update, const Authenticator& authenticator)
{
    QElapsedTimer clock;
    clock.start();
    startCall(
        update.request, authenticator, Activity::Sending, [this, update, clock](const ApiResult& result) {
            const std::optional<SessionFailure> failure =
                result.isSuccess() ? std::nullopt
                                   : std::optional(SessionFailure::of(result, m_provider->form(), true));
            const QString problem = SendRecord::write(m_history, update, result, clock.elapsed(),
                                                      m_historySource, failure ? &*failure : nullptr);
            if (!problem.isEmpty())
                Q_EMIT historyNotWritten(problem);
            if (failure)
                return Q_EMIT sendFailed(*failure); // every edit stays as it was
            // What was sent is the new baseline. It is not a snapshot read from the server, so a
            // replacement needs a fresh Load before the next one.
            m_logo.reset();
            m_loaded = false;
            m_hasSnapshot = false;
            m_model.load(m_model.edited());
            Q_EMIT sent(result);
        });
}

void AccountSession::cancel()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    else
        setActivity(Activity::Idle);
}

void AccountSession::restore(const Draft& draft)
{
    cancel();
    m_target = draft.target;
    m_target.provider = m_provider->id();
    m_logo.reset();
    m_loaded = false;
    m_hasSnapshot = draft.hasSnapshot;
    m_model.load(draft.snapshot, draft.edited); // one change: never "nothing unsent" in between
    Q_EMIT targetChanged();
}

} // namespace AccountDesk
