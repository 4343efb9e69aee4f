#include "AccountCommands.h"

#include "EditConverter.h"
#include "form/FormModel.h"
#include "form/Validator.h"
#include "http/ApiErrorParser.h"
#include "http/LogoFile.h"
#include "http/RequestBuilder.h"
#include "net/AccountCall.h"
#include "net/NetworkAccess.h"
#include "openapi/JsonPointer.h"
#include "store/ProfileCredentials.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace AccountDesk {
namespace {

const QStringList kConnectionOptions = {QStringLiteral("--account"), QStringLiteral("--server"),
                                        QStringLiteral("--base-url"), QStringLiteral("--profile"),
                                        QStringLiteral("--timeout")};

QString prettyJson(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isNull())
        return QString::fromUtf8(body);
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

AccountCommands::AccountCommands(const ProviderRegistry& registry, CredentialStore& store, QTextStream& out,
                                 QTextStream& err)
    : m_registry(registry)
    , m_store(store)
    , m_out(out)
    , m_err(err)
{}

ExitCode AccountCommands::invalid(const FieldErrors& errors)
{
    for (const FieldError& error : errors)
        m_err << error.toString() << '\n';
    return ExitCode::InvalidInput;
}

std::optional<QUrl> AccountCommands::baseUrl(const Provider& provider, const CliArguments& arguments,
                                             FieldErrors& errors) const
{
    if (!arguments.baseUrl.isEmpty()) {
        const QUrl url(arguments.baseUrl, QUrl::StrictMode);
        if (const std::optional<FieldError> problem = RequestBuilder::checkBaseUrl(url)) {
            errors.append(*problem);
            return std::nullopt;
        }
        return url;
    }
    const Server* server =
        arguments.server.isEmpty() ? provider.defaultServer() : provider.server(arguments.server);
    if (!server) {
        QStringList names;
        for (const Server& candidate : provider.servers())
            names.append(candidate.description.toLower());
        errors.append({QStringLiteral("--server"),
                       arguments.server.isEmpty()
                           ? QStringLiteral("%1 names no server: give --base-url").arg(provider.id())
                           : QStringLiteral("%1 has no server \"%2\" (it has: %3)")
                                 .arg(provider.id(), arguments.server, names.join(QStringLiteral(", ")))});
        return std::nullopt;
    }
    if (!server->variables.isEmpty()) {
        // A templated server ("https://{tenant}.api.zephr.com") has no sensible default host.
        errors.append(
            {QStringLiteral("--base-url"), QStringLiteral("%1's server is %2: give your URL with --base-url")
                                               .arg(provider.id(), server->url)});
        return std::nullopt;
    }
    return QUrl(server->url);
}

std::optional<AccountCommands::Prepared>
AccountCommands::prepare(const QStringList& arguments, const QStringList& allowedOptions, FieldErrors& errors)
{
    std::variant<CliArguments, FieldErrors> parsed = CliArguments::parse(arguments, allowedOptions);
    if (std::holds_alternative<FieldErrors>(parsed)) {
        errors.append(std::get<FieldErrors>(parsed));
        return std::nullopt;
    }
    Prepared prepared;
    prepared.arguments = std::get<CliArguments>(std::move(parsed));
    if (prepared.arguments.positional.size() != 1) {
        errors.append({QStringLiteral("<provider>"),
                       prepared.arguments.positional.isEmpty()
                           ? QStringLiteral("missing: name a provider (accountdesk-cli providers)")
                           : QStringLiteral("unexpected arguments: %1")
                                 .arg(prepared.arguments.positional.mid(1).join(QLatin1Char(' ')))});
        return std::nullopt;
    }
    prepared.provider = m_registry.provider(prepared.arguments.positional.first());
    if (!prepared.provider) {
        errors.append({QStringLiteral("<provider>"), QStringLiteral("unknown provider \"%1\" (known: %2)")
                                                         .arg(prepared.arguments.positional.first(),
                                                              m_registry.ids().join(QStringLiteral(", ")))});
        return std::nullopt;
    }
    const Provider& provider = *prepared.provider;
    if (const std::optional<QUrl> url = baseUrl(provider, prepared.arguments, errors))
        prepared.target.baseUrl = *url;

    const QList<Parameter> pathParameters = provider.pathParameters();
    if (pathParameters.isEmpty()) {
        if (prepared.arguments.account)
            errors.append(
                {QStringLiteral("--account"),
                 QStringLiteral("%1 edits the account of the credentials' owner; it takes no account id")
                     .arg(provider.id())});
    } else if (!prepared.arguments.account) {
        errors.append({QLatin1Char('{') + pathParameters.first().name + QLatin1Char('}'),
                       QStringLiteral("is required: give --account ID")});
    } else {
        const Parameter& parameter = pathParameters.first();
        if (const std::optional<FieldError> problem =
                Validator::validatePathParameter(parameter, *prepared.arguments.account))
            errors.append(*problem);
        prepared.target.pathParameters.insert(parameter.name, *prepared.arguments.account);
    }
    return prepared;
}

std::optional<Authenticator> AccountCommands::authenticator(const Provider& provider, const QString& profile,
                                                            ExitCode& code)
{
    const ProfileCredentials::Outcome outcome =
        ProfileCredentials::readAllNow(m_store, provider.id(), profile, provider.credentialFields());
    code = ExitCode::CredentialsUnavailable;
    if (outcome.storeProblem) {
        m_err << "credentials: " << outcome.storeProblem->message << '\n';
        return std::nullopt;
    }
    const std::optional<AuthKind> kind = Authenticator::chooseKind(provider.authKinds(), outcome.credentials);
    if (!kind) {
        QStringList needed;
        for (const AuthKind candidate : provider.authKinds())
            needed.append(AuthKinds::credentialFields(candidate).join(QStringLiteral(" and ")));
        m_err << "credentials: none stored for " << provider.id() << " profile \"" << profile
              << "\"; it needs " << needed.join(QStringLiteral(", or "))
              << ". Store them with: accountdesk-cli credentials set " << provider.id()
              << (profile == QStringLiteral("default") ? QString() : QStringLiteral(" --profile ") + profile)
              << '\n';
        return std::nullopt;
    }
    code = ExitCode::Success;
    return Authenticator(*kind, outcome.credentials, provider.apiKeyHeader());
}

ApiResult AccountCommands::send(const HttpRequest& request, const Authenticator& authenticator,
                                int timeoutSeconds)
{
    CallOptions options;
    options.timeoutMs = timeoutSeconds * 1000;
    AccountCall call(
        NetworkAccess::manager(), request,
        [&authenticator](HttpRequest& attempt) { authenticator.sign(attempt); }, options);
    QEventLoop loop;
    QObject::connect(&call, &AccountCall::finished, &loop, &QEventLoop::quit);
    QObject::connect(&call, &AccountCall::retrying, &loop, [this](int attempt, int wait) {
        m_err << "server busy; attempt " << attempt << " in " << wait << " s\n";
        m_err.flush();
    });
    call.start();
    if (!call.isFinished())
        loop.exec();
    return call.result();
}

ExitCode AccountCommands::reportFailure(const ApiResult& result, const Provider& provider,
                                        const QString& what)
{
    if (result.outcome != ApiResult::Outcome::Answered) {
        m_err << what << ": network failure: " << result.errorMessage << '\n';
        return ExitCode::NetworkFailure;
    }
    m_out << result.statusLine() << '\n';
    const ApiErrorParser parser(&provider.form());
    const ApiError error = parser.parse(result.status, result.header("Content-Type"), result.body);
    for (const QString& line : error.describe())
        m_err << line << '\n';
    return ExitCode::ServerError;
}

ExitCode AccountCommands::show(const QStringList& arguments)
{
    ExitCode code = ExitCode::Success;
    FieldErrors problems;
    std::optional<Prepared> prepared = prepare(arguments, kConnectionOptions, problems);
    if (!problems.isEmpty())
        return invalid(problems);
    const Provider& provider = *prepared->provider;
    std::variant<HttpRequest, FieldErrors> request = RequestBuilder(provider).buildRead(prepared->target);
    if (std::holds_alternative<FieldErrors>(request))
        return invalid(std::get<FieldErrors>(request));
    std::optional<Authenticator> auth = authenticator(provider, prepared->arguments.profile, code);
    if (!auth)
        return code;
    const ApiResult result = send(std::get<HttpRequest>(request), *auth, prepared->arguments.timeoutSeconds);
    if (!result.isSuccess())
        return reportFailure(result, provider, QStringLiteral("show"));
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    const std::optional<QJsonValue> account =
        document.isObject() ? JsonPointer::resolve(document.object(), provider.readResultPointer())
                            : std::nullopt;
    if (!account) {
        m_out << QString::fromUtf8(result.body);
        return ExitCode::Success;
    }
    m_out << QString::fromUtf8(account->isObject()
                                   ? QJsonDocument(account->toObject()).toJson(QJsonDocument::Indented)
                                   : result.body);
    return ExitCode::Success;
}

ExitCode AccountCommands::update(const QStringList& arguments)
{
    QStringList allowed = kConnectionOptions;
    allowed << QStringLiteral("--set") << QStringLiteral("--set-json") << QStringLiteral("--null")
            << QStringLiteral("--logo") << QStringLiteral("--no-fetch") << QStringLiteral("--dry-run");
    ExitCode code = ExitCode::Success;
    FieldErrors errors;
    std::optional<Prepared> prepared = prepare(arguments, allowed, errors);
    if (!prepared)
        return invalid(errors);
    const Provider& provider = *prepared->provider;
    const CliArguments& options = prepared->arguments;
    const bool isPut = provider.updateOperation().method == QStringLiteral("PUT");
    const bool fetchFirst = isPut && !options.noFetch;

    // 1. Every edit on its own: field known, value of the right type, within its limits.
    FormModel model(provider.form());
    const Validator validator(provider.form());
    QList<QPair<QString, QJsonValue>> edits;
    for (const CliArguments::Edit& edit : options.edits) {
        std::variant<QJsonValue, FieldError> converted = EditConverter::convert(model, edit);
        if (std::holds_alternative<FieldError>(converted)) {
            errors.append(std::get<FieldError>(converted));
            continue;
        }
        const QJsonValue value = std::get<QJsonValue>(converted);
        errors.append(validator.validateValue(edit.pointer, value));
        edits.append({edit.pointer, value});
    }
    std::optional<FileAttachment> logo;
    if (!options.logo.isEmpty()) {
        if (!provider.multipart()) {
            errors.append(
                {QStringLiteral("--logo"), QStringLiteral("%1 takes no file upload").arg(provider.id())});
        } else {
            std::variant<FileAttachment, FieldError> loaded = LogoFile::load(options.logo);
            if (std::holds_alternative<FieldError>(loaded))
                errors.append(std::get<FieldError>(loaded));
            else
                logo = std::get<FileAttachment>(std::move(loaded));
        }
    }
    if (edits.isEmpty() && !logo && options.edits.isEmpty() && options.logo.isEmpty())
        errors.append({QStringLiteral("<edits>"),
                       QStringLiteral("nothing to change: give --set, --set-json, --null or --logo")});
    if (!errors.isEmpty())
        return invalid(errors);

    // 2. Credentials before any request.
    std::optional<Authenticator> auth = authenticator(provider, options.profile, code);
    if (!auth)
        return code;

    // 3. A replacement starts from the current account.
    if (fetchFirst) {
        std::variant<HttpRequest, FieldErrors> read = RequestBuilder(provider).buildRead(prepared->target);
        if (std::holds_alternative<FieldErrors>(read))
            return invalid(std::get<FieldErrors>(read));
        const ApiResult current = send(std::get<HttpRequest>(read), *auth, options.timeoutSeconds);
        if (!current.isSuccess()) {
            m_err << "reading the current account failed; nothing was changed\n";
            return reportFailure(current, provider, QStringLiteral("read"));
        }
        const QJsonDocument document = QJsonDocument::fromJson(current.body);
        const std::optional<QJsonValue> account =
            document.isObject() ? JsonPointer::resolve(document.object(), provider.readResultPointer())
                                : std::nullopt;
        if (!account || !account->isObject()) {
            m_err << "read: the answer is not a JSON object; nothing was changed\n";
            return ExitCode::ServerError;
        }
        model.load(account->toObject());
    }
    for (const auto& [pointer, value] : edits) {
        if (!model.setValue(pointer, value))
            errors.append(
                {pointer, QStringLiteral("cannot be set here (its parent is not an object or list)")});
    }
    if (!errors.isEmpty())
        return invalid(errors);

    // 4. The body as a whole: required members, unknown members, byte limits.
    const QJsonObject body = isPut ? model.putBody() : model.patchBody();
    errors = validator.validateBody(body);
    if (!errors.isEmpty()) {
        if (fetchFirst)
            m_err << "the update would be invalid; nothing was sent:\n";
        return invalid(errors);
    }

    std::variant<HttpRequest, FieldErrors> built =
        RequestBuilder(provider).buildUpdate(body, prepared->target, logo);
    if (std::holds_alternative<FieldErrors>(built))
        return invalid(std::get<FieldErrors>(built));
    const HttpRequest& request = std::get<HttpRequest>(built);

    if (options.dryRun) {
        HttpRequest preview = request;
        auth->sign(preview);
        m_out << preview.redactedText();
        return ExitCode::Success;
    }
    const ApiResult result = send(request, *auth, options.timeoutSeconds);
    if (!result.isSuccess())
        return reportFailure(result, provider, QStringLiteral("update"));
    m_out << result.statusLine() << '\n';
    if (!result.body.isEmpty())
        m_out << prettyJson(result.body);
    return ExitCode::Success;
}

} // namespace AccountDesk
