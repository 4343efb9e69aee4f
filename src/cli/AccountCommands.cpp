#include "AccountCommands.h"

#include "EditConverter.h"
#include "SessionRun.h"
#include "form/Validator.h"
#include "http/LogoFile.h"
#include "http/RequestBuilder.h"
#include "session/AccountSession.h"

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
                                 QTextStream& err, TerminalQuestion::Ask ask)
    : m_registry(registry)
    , m_store(store)
    , m_out(out)
    , m_err(err)
    , m_ask(std::move(ask))
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

std::optional<AccountCommands::Parsed>
AccountCommands::parse(const QStringList& arguments, const QStringList& allowedOptions, FieldErrors& errors)
{
    std::variant<CliArguments, FieldErrors> parsedArguments = CliArguments::parse(arguments, allowedOptions);
    if (std::holds_alternative<FieldErrors>(parsedArguments)) {
        errors.append(std::get<FieldErrors>(parsedArguments));
        return std::nullopt;
    }
    Parsed parsed;
    parsed.arguments = std::get<CliArguments>(std::move(parsedArguments));
    if (parsed.arguments.positional.size() != 1) {
        errors.append({QStringLiteral("<provider>"),
                       parsed.arguments.positional.isEmpty()
                           ? QStringLiteral("missing: name a provider (accountdesk-cli providers)")
                           : QStringLiteral("unexpected arguments: %1")
                                 .arg(parsed.arguments.positional.mid(1).join(QLatin1Char(' ')))});
        return std::nullopt;
    }
    parsed.provider = m_registry.provider(parsed.arguments.positional.first());
    if (!parsed.provider) {
        errors.append({QStringLiteral("<provider>"), m_registry.whyNot(parsed.arguments.positional.first())});
        return std::nullopt;
    }
    const Provider& provider = *parsed.provider;
    parsed.target.provider = provider.id();
    parsed.target.profile = parsed.arguments.profile;
    if (const std::optional<QUrl> url = baseUrl(provider, parsed.arguments, errors))
        parsed.target.baseUrl = *url;

    const QList<Parameter> pathParameters = provider.pathParameters();
    if (pathParameters.isEmpty()) {
        if (parsed.arguments.account)
            errors.append(
                {QStringLiteral("--account"),
                 QStringLiteral("%1 edits the account of the credentials' owner; it takes no account id")
                     .arg(provider.id())});
    } else if (!parsed.arguments.account) {
        errors.append({QLatin1Char('{') + pathParameters.first().name + QLatin1Char('}'),
                       QStringLiteral("is required: give --account ID")});
    } else {
        if (const std::optional<FieldError> problem =
                Validator::validatePathParameter(pathParameters.first(), *parsed.arguments.account))
            errors.append(*problem);
        parsed.target.account = *parsed.arguments.account;
    }
    return parsed;
}

std::optional<ExitCode> AccountCommands::confirmProduction(const Provider& provider, const QUrl& url,
                                                           qsizetype updates)
{
    if (!provider.isProduction(url))
        return std::nullopt;
    const QString question =
        updates > 1
            ? QStringLiteral("Send %1 updates to PRODUCTION %2? [y/N]").arg(updates).arg(url.toString())
            : QStringLiteral("Send to PRODUCTION %1? [y/N]").arg(url.toString());
    const std::optional<bool> answer = m_ask ? m_ask(question) : std::nullopt;
    if (answer == true)
        return std::nullopt;
    m_err << "--yes: " << url.toString() << " is a production server; nothing was sent. "
          << (answer ? "Not confirmed." : "Confirm with --yes (there is no terminal to ask on).") << '\n';
    return ExitCode::InvalidInput;
}

void AccountCommands::configure(AccountSession& session, const Parsed& parsed)
{
    session.setTarget(parsed.target);
    session.setTimeoutSeconds(parsed.arguments.timeoutSeconds);
    session.setRereadBeforeWrite(false); // the one read, right before the write, is the snapshot
    session.setHistory(&m_history, QStringLiteral("cli"));
    QObject::connect(&session, &AccountSession::historyNotWritten, [this](const QString& problem) {
        m_err << "warning: the update is not in the history: " << problem << '\n';
    });
    QObject::connect(&session, &AccountSession::retrying, [this](int attempt, int wait) {
        m_err << "server busy; attempt " << attempt << " in " << wait << " s\n";
        m_err.flush();
    });
}

ExitCode AccountCommands::report(const SessionFailure& failure, const Parsed& parsed, const QString& what)
{
    switch (failure.kind) {
    case SessionFailure::Kind::InvalidInput:
    case SessionFailure::Kind::Outdated:
    case SessionFailure::Kind::Unchanged:
        if (failure.problems.isEmpty())
            m_err << what << ": " << failure.message << '\n';
        return invalid(failure.problems);
    case SessionFailure::Kind::Credentials:
        m_err << "credentials: " << failure.message << ". Store them with: accountdesk-cli credentials set "
              << parsed.provider->id()
              << (parsed.target.profile == QStringLiteral("default")
                      ? QString()
                      : QStringLiteral(" --profile ") + parsed.target.profile)
              << '\n';
        return ExitCode::CredentialsUnavailable;
    case SessionFailure::Kind::Network:
    case SessionFailure::Kind::Cancelled:
        m_err << what << ": " << failure.message << '\n';
        return ExitCode::NetworkFailure;
    case SessionFailure::Kind::Server:
        if (failure.result.outcome == ApiResult::Outcome::Answered && !failure.result.isSuccess()) {
            m_out << failure.result.statusLine() << '\n';
            for (const QString& line : failure.error.describe())
                m_err << line << '\n';
        } else {
            m_err << what << ": " << failure.message << '\n';
        }
        return ExitCode::ServerError;
    }
    return ExitCode::ServerError;
}

ExitCode AccountCommands::show(const QStringList& arguments)
{
    FieldErrors problems;
    std::optional<Parsed> parsed = parse(arguments, kConnectionOptions, problems);
    if (!problems.isEmpty())
        return invalid(problems);
    const Provider& provider = *parsed->provider;
    if (!provider.readOperation())
        return invalid(
            {{QStringLiteral("<provider>"), QStringLiteral("%1 has no read operation").arg(provider.id())}});
    AccountSession session(parsed->provider, m_store);
    configure(session, *parsed);
    const SessionRun::Outcome outcome = SessionRun::load(session);
    if (!outcome.succeeded)
        return report(outcome.failure, *parsed, QStringLiteral("show"));
    m_out << QString::fromUtf8(QJsonDocument(session.model().loaded()).toJson(QJsonDocument::Indented));
    return ExitCode::Success;
}

ExitCode AccountCommands::update(const QStringList& arguments)
{
    QStringList allowed = kConnectionOptions;
    allowed << QStringLiteral("--set") << QStringLiteral("--set-json") << QStringLiteral("--null")
            << QStringLiteral("--logo") << QStringLiteral("--no-fetch") << QStringLiteral("--dry-run")
            << QStringLiteral("--yes");
    FieldErrors errors;
    std::optional<Parsed> parsed = parse(arguments, allowed, errors);
    if (!parsed)
        return invalid(errors);
    const Provider& provider = *parsed->provider;
    const CliArguments& options = parsed->arguments;
    const bool fetchFirst = provider.replacesWholeAccount() && !options.noFetch;

    // 1. Every edit on its own: field known, value of the right type, within its limits.
    AccountSession session(parsed->provider, m_store);
    const Validator validator(provider.form());
    QList<QPair<QString, QJsonValue>> edits;
    for (const CliArguments::Edit& edit : options.edits) {
        std::variant<QJsonValue, FieldError> converted = EditConverter::convert(session.model(), edit);
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
            std::variant<FileAttachment, FieldError> loaded =
                LogoFile::load(options.logo, provider.fileRule());
            if (std::holds_alternative<FieldError>(loaded))
                errors.append(std::get<FieldError>(loaded));
            else
                logo = std::get<FileAttachment>(std::move(loaded));
        }
    }
    if (options.edits.isEmpty() && options.logo.isEmpty())
        errors.append({QStringLiteral("<edits>"),
                       QStringLiteral("nothing to change: give --set, --set-json, --null or --logo")});
    if (!errors.isEmpty())
        return invalid(errors);

    // 2. Production is confirmed with the arguments: before credentials, before any request.
    if (!options.dryRun && !options.yes)
        if (const std::optional<ExitCode> refused = confirmProduction(provider, parsed->target.baseUrl))
            return *refused;

    // 3. A replacement starts from the current account, read once, right before the write.
    configure(session, *parsed);
    if (fetchFirst) {
        const SessionRun::Outcome read = SessionRun::load(session);
        if (!read.succeeded) {
            m_err << "reading the current account failed; nothing was changed\n";
            return report(read.failure, *parsed, QStringLiteral("read"));
        }
    }
    for (const auto& [pointer, value] : edits)
        if (!session.model().setValue(pointer, value))
            errors.append(
                {pointer, QStringLiteral("cannot be set here (its parent is not an object or list)")});
    session.setLogo(logo);
    if (!errors.isEmpty())
        return invalid(errors);

    // 4. The body as a whole (required members, unknown members, byte limits), built exactly.
    const AccountSession::Prepared prepared =
        SessionRun::prepare(session, fetchFirst ? AccountSession::PrepareMode::Normal
                                                : AccountSession::PrepareMode::WithoutSnapshot);
    if (const SessionFailure* failure = std::get_if<SessionFailure>(&prepared)) {
        if (failure->kind == SessionFailure::Kind::Unchanged) {
            m_err << "unchanged: the account already holds these values; nothing was sent\n";
            return ExitCode::Success;
        }
        if (fetchFirst && failure->kind == SessionFailure::Kind::InvalidInput)
            m_err << "the update would be invalid; nothing was sent:\n";
        return report(*failure, *parsed, QStringLiteral("update"));
    }
    const PreparedUpdate& update = std::get<PreparedUpdate>(prepared);
    if (options.dryRun) {
        m_out << update.request.redactedText();
        return ExitCode::Success;
    }

    // 5. Exactly what was prepared leaves.
    const SessionRun::Outcome sent = SessionRun::send(session, update);
    if (!sent.succeeded)
        return report(sent.failure, *parsed, QStringLiteral("update"));
    m_out << sent.result.statusLine() << '\n';
    if (!sent.result.body.isEmpty())
        m_out << prettyJson(sent.result.body);
    return ExitCode::Success;
}

} // namespace AccountDesk
