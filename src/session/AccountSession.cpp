#include "AccountSession.h"

#include "form/Validator.h"
#include "http/ApiErrorParser.h"
#include "http/RequestBuilder.h"
#include "net/AccountCall.h"
#include "net/NetworkAccess.h"
#include "openapi/JsonPointer.h"
#include "store/ProfileCredentials.h"

#include <QJsonDocument>
#include <QTimer>

namespace AccountDesk {

AccountSession::AccountSession(ProviderPtr provider, CredentialStore& store, const DraftStore* drafts,
                               QObject* parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_store(store)
    , m_model(m_provider->form())
    , m_drafts(drafts)
    , m_draftTimer(new QTimer(this))
{
    if (const Server* server = m_provider->defaultServer(); server && server->variables.isEmpty())
        m_target.baseUrl = QUrl(server->url);
    // Edits reach the disk half a second after the last keystroke; a crash loses at most that.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(500);
    connect(m_draftTimer, &QTimer::timeout, this, &AccountSession::saveDraft);
    connect(&m_model, &FormModel::valueChanged, m_draftTimer, qOverload<>(&QTimer::start));
}

void AccountSession::saveDraft()
{
    m_draftTimer->stop();
    if (!m_drafts)
        return;
    if (m_draftAccount != m_accountId)
        m_drafts->remove(m_provider->id(), m_draftAccount); // the edits now belong to another account
    m_draftAccount = m_accountId;
    if (!m_model.hasChanges()) {
        m_drafts->remove(m_provider->id(), m_accountId);
        return;
    }
    Draft draft;
    draft.provider = m_provider->id();
    draft.account = m_accountId;
    draft.baseUrl = m_target.baseUrl.toString();
    draft.wasLoaded = m_loaded;
    draft.loaded = m_model.loaded();
    draft.edited = m_model.edited();
    draft.savedAt = QDateTime::currentDateTimeUtc();
    m_drafts->save(draft);
}

void AccountSession::restore(const Draft& draft)
{
    setAccountId(draft.account);
    m_draftAccount = draft.account;
    if (!draft.baseUrl.isEmpty() && m_target.baseUrl.isEmpty())
        m_target.baseUrl = QUrl(draft.baseUrl);
    m_loaded = draft.wasLoaded;
    m_model.load(draft.loaded);
    m_model.setEdited(draft.edited);
}

AccountSession::~AccountSession()
{
    if (m_call)
        m_call->disconnect(this);
}

void AccountSession::setAccountId(const QString& id)
{
    m_accountId = id;
    m_target.pathParameters.clear();
    const QList<Parameter> parameters = m_provider->pathParameters();
    if (!parameters.isEmpty())
        m_target.pathParameters.insert(parameters.first().name, id);
}

void AccountSession::setProfile(const QString& profile)
{
    if (profile != m_profile)
        m_authenticator.reset(); // other credentials
    m_profile = profile;
}

bool AccountSession::needsLoadBeforeSend() const
{
    return m_provider->updateOperation().method == QStringLiteral("PUT") && m_provider->readOperation();
}

FieldErrors AccountSession::connectionErrors() const
{
    FieldErrors errors;
    if (m_target.baseUrl.isEmpty())
        errors.append({QStringLiteral("base URL"), tr("enter the base URL")});
    else if (const std::optional<FieldError> problem = RequestBuilder::checkBaseUrl(m_target.baseUrl))
        errors.append({QStringLiteral("base URL"), problem->message});
    for (const Parameter& parameter : m_provider->pathParameters())
        if (const std::optional<FieldError> problem =
                Validator::validatePathParameter(parameter, m_accountId))
            errors.append(*problem);
    return errors;
}

QJsonObject AccountSession::body() const
{
    return m_provider->updateOperation().method == QStringLiteral("PUT") ? m_model.putBody()
                                                                         : m_model.patchBody();
}

FieldErrors AccountSession::bodyErrors() const
{
    return Validator(m_provider->form()).validateBody(body());
}

QList<FieldChange> AccountSession::changes() const
{
    QList<FieldChange> result;
    for (const QString& pointer : m_model.changedPointers()) {
        const FieldSpec* field = m_provider->form().field(pointer);
        QString label = field ? field->label : pointer;
        // Nested fields read "Address › City".
        for (QString parent = JsonPointer::parent(pointer); !parent.isEmpty();
             parent = JsonPointer::parent(parent))
            if (const FieldSpec* group = m_provider->form().field(parent))
                label = group->label + QStringLiteral(" › ") + label;
        result.append({pointer, label, m_model.loadedValue(pointer), m_model.value(pointer)});
    }
    return result;
}

void AccountSession::setActivity(Activity activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    Q_EMIT activityChanged(activity);
}

void AccountSession::withAuthenticator(std::function<void(const Authenticator&)> then)
{
    if (m_authenticator) {
        then(*m_authenticator);
        return;
    }
    setActivity(Activity::ReadingCredentials);
    const quint64 generation = m_generation;
    QPointer<AccountSession> self(this);
    ProfileCredentials::readAll(
        m_store, m_provider->id(), m_profile, m_provider->credentialFields(),
        [self, generation, then](const ProfileCredentials::Outcome& outcome) {
            if (!self || self->m_generation != generation)
                return;
            if (outcome.storeProblem) {
                self->setActivity(Activity::Idle);
                Q_EMIT self->credentialsMissing(outcome.storeProblem->message);
                return;
            }
            const std::optional<AuthKind> kind =
                Authenticator::chooseKind(self->m_provider->authKinds(), outcome.credentials);
            if (!kind) {
                self->setActivity(Activity::Idle);
                Q_EMIT self->credentialsMissing(
                    tr("No credentials are stored for %1 (profile \"%2\"). Enter them under Credentials.")
                        .arg(self->m_provider->displayName(), self->m_profile));
                return;
            }
            self->m_authenticator.emplace(*kind, outcome.credentials, self->m_provider->apiKeyHeader());
            then(*self->m_authenticator);
        });
}

void AccountSession::startCall(const HttpRequest& request, std::function<void(const ApiResult&)> then)
{
    CallOptions options;
    options.timeoutMs = m_timeoutSeconds * 1000;
    const Authenticator authenticator = *m_authenticator;
    m_call = new AccountCall(
        NetworkAccess::manager(), request,
        [authenticator](HttpRequest& attempt) { authenticator.sign(attempt); }, options, this);
    AccountCall* call = m_call;
    connect(call, &AccountCall::finished, this, [this, call, then](const ApiResult& result) {
        call->deleteLater();
        setActivity(Activity::Idle);
        then(result);
    });
    call->start();
}

QString AccountSession::describeFailure(const ApiResult& result, ApiError& error) const
{
    if (result.outcome == ApiResult::Outcome::Cancelled)
        return tr("Cancelled.");
    if (result.outcome == ApiResult::Outcome::NetworkFailure)
        return tr("Network failure: %1").arg(result.errorMessage);
    error =
        ApiErrorParser(&m_provider->form()).parse(result.status, result.header("Content-Type"), result.body);
    return result.statusLine();
}

void AccountSession::load()
{
    if (m_activity != Activity::Idle)
        return;
    const FieldErrors problems = connectionErrors();
    if (!problems.isEmpty()) {
        Q_EMIT loadFailed(problems.first().toString(), ApiError());
        return;
    }
    std::variant<HttpRequest, FieldErrors> request = RequestBuilder(*m_provider).buildRead(m_target);
    if (std::holds_alternative<FieldErrors>(request)) {
        Q_EMIT loadFailed(std::get<FieldErrors>(request).first().toString(), ApiError());
        return;
    }
    const HttpRequest read = std::get<HttpRequest>(request);
    withAuthenticator([this, read](const Authenticator&) {
        setActivity(Activity::Loading);
        startCall(read, [this](const ApiResult& result) {
            ApiError error;
            if (!result.isSuccess()) {
                Q_EMIT loadFailed(describeFailure(result, error), error);
                return;
            }
            const QJsonDocument document = QJsonDocument::fromJson(result.body);
            const std::optional<QJsonValue> account =
                document.isObject() ? JsonPointer::resolve(document.object(), m_provider->readResultPointer())
                                    : std::nullopt;
            if (!account || !account->isObject()) {
                Q_EMIT loadFailed(tr("The answer is not a JSON object."), error);
                return;
            }
            m_model.load(account->toObject());
            m_logo.reset();
            m_loaded = true;
            if (m_drafts)
                m_drafts->remove(m_provider->id(), m_accountId); // the operator chose the server's state
            Q_EMIT loaded();
        });
    });
}

void AccountSession::prepare(std::function<void(std::optional<PreparedUpdate>, const QStringList&)> done)
{
    QStringList problems;
    for (const FieldError& error : connectionErrors())
        problems.append(error.toString());
    for (const FieldError& error : bodyErrors())
        problems.append(error.toString());
    if (needsLoadBeforeSend() && !m_loaded)
        problems.append(tr("Load the account first: %1 replaces the whole account.")
                            .arg(m_provider->updateOperation().method));
    if (!hasUnsentChanges())
        problems.append(tr("Nothing has changed."));
    if (!problems.isEmpty()) {
        done(std::nullopt, problems);
        return;
    }
    std::variant<HttpRequest, FieldErrors> built =
        RequestBuilder(*m_provider).buildUpdate(body(), m_target, m_logo);
    if (std::holds_alternative<FieldErrors>(built)) {
        for (const FieldError& error : std::get<FieldErrors>(built))
            problems.append(error.toString());
        done(std::nullopt, problems);
        return;
    }
    HttpRequest request = std::get<HttpRequest>(built);
    const QList<FieldChange> diff = changes();
    const bool multipart = m_logo.has_value();
    withAuthenticator([this, request, diff, multipart, done](const Authenticator& authenticator) mutable {
        setActivity(Activity::Idle);
        authenticator.sign(request);
        done(PreparedUpdate{request, diff, multipart}, {});
    });
}

void AccountSession::send()
{
    if (m_activity != Activity::Idle)
        return;
    prepare([this](std::optional<PreparedUpdate> prepared, const QStringList& problems) {
        if (!prepared) {
            Q_EMIT sendFailed(problems.join(QLatin1Char('\n')), ApiError());
            return;
        }
        HttpRequest unsignedRequest = prepared->request;
        unsignedRequest.removeSecretHeaders(); // signed again, freshly, for every attempt
        setActivity(Activity::Sending);
        startCall(unsignedRequest, [this](const ApiResult& result) {
            ApiError error;
            if (!result.isSuccess()) {
                // A failed send keeps every edit: the model is untouched.
                Q_EMIT sendFailed(describeFailure(result, error), error);
                return;
            }
            // What was sent is now what the server has; its draft is done.
            m_model.load(m_model.edited());
            m_logo.reset();
            if (m_drafts)
                m_drafts->remove(m_provider->id(), m_accountId);
            Q_EMIT sent(result);
        });
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

} // namespace AccountDesk
