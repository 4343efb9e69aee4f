#include "CommandLineTool.h"

#include "AccountCommands.h"
#include "BulkCommand.h"
#include "CredentialsCommand.h"
#include "FieldListFormatter.h"
#include "HiddenTerminalInput.h"
#include "ImportCommand.h"
#include "net/ProxyAuthenticator.h"
#include "net/ProxyChoice.h"
#include "store/HistoryLog.h"

#include <QCoreApplication>

namespace AccountDesk {

CommandLineTool::CommandLineTool(const ProviderRegistry& registry, QTextStream& out, QTextStream& err,
                                 CredentialStore* store, QTextStream* in, TerminalQuestion::Ask ask)
    : m_registry(registry)
    , m_out(out)
    , m_err(err)
    , m_store(store)
    , m_in(in)
    , m_ask(std::move(ask))
{}

QString CommandLineTool::usage()
{
    return QStringLiteral(
        "Usage: accountdesk-cli <command> [arguments]\n"
        "\n"
        "Commands:\n"
        "  providers            list the providers: <id>, display name, update operation\n"
        "  fields <provider>    the update form's fields as a JSON array\n"
        "  show <provider> [--account ID] [CONNECTION]\n"
        "                       read the current account and print it as JSON\n"
        "  update <provider> [--account ID] [CONNECTION] [EDITS] [--logo FILE] [--no-fetch] [--dry-run]\n"
        "                [--yes]  validate, build and send the update (--yes confirms a production server)\n"
        "  bulk <provider> --csv FILE [CONNECTION] [EDITS] [--concurrency N] [--journal FILE] [--dry-run]\n"
        "                [--yes]  one update per CSV row (header: account, POINTER, json:POINTER)\n"
        "  import <openapi file> --id ID --update OPERATION [--read OPERATION] [--auth KIND] [--name TEXT]\n"
        "         [--production-server DESCRIPTION]... [--replace]   add a provider from an OpenAPI "
        "document\n"
        "  import --remove ID   remove an imported provider\n"
        "  history [--provider ID] [--account ID] [--since YYYY-MM-DD]\n"
        "                       every update sent (window, CLI), oldest first, as JSON Lines\n"
        "  credentials set|status|delete <provider> [--profile NAME]\n"
        "                       manage the keychain entries (set reads field=value lines on stdin)\n"
        "\n"
        "CONNECTION: --server NAME | --base-url URL, --profile NAME, --timeout SECONDS (per exchange)\n"
        "EDITS (JSON Pointers into the body): --set POINTER=VALUE, --set-json POINTER=JSON, --null POINTER\n"
        "\n"
        "Options:\n"
        "  -h, --help           show this help\n"
        "  --version            show the version\n"
        "  --proxy URL|system|none\n"
        "                       the proxy for every request (default: the system's, e.g. https_proxy);\n"
        "                       http:// or socks5://, a password is asked for on the terminal\n"
        "\n"
        "Exit codes: 0 success, 2 invalid input, 3 server error, 4 network failure,\n"
        "5 credentials missing or keychain unavailable.\n"
        "Extra providers are read from the folders in $ACCOUNTDESK_PROVIDERS_PATH.\n");
}

CommandLineTool::~CommandLineTool()
{
    ProxyAuthenticator::install(nullptr); // it asked on this tool's streams
}

std::optional<ExitCode> CommandLineTool::takeProxyOption(QStringList& arguments)
{
    // `--proxy URL|system|none` goes with any command; without it, the system's configuration.
    ProxyChoice choice;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        const bool joined = argument.startsWith(QStringLiteral("--proxy="));
        if (argument != QStringLiteral("--proxy") && !joined)
            continue;
        if (!joined && i + 1 >= arguments.size()) {
            m_err << "--proxy: give system, none, or a URL such as http://proxy.example.com:3128\n";
            return ExitCode::InvalidInput;
        }
        const QString value = joined ? argument.mid(8) : arguments.at(i + 1);
        arguments.remove(i, joined ? 1 : 2);
        const auto parsed = ProxyChoice::parse(value);
        if (const QString* problem = std::get_if<QString>(&parsed)) {
            m_err << "--proxy: " << *problem << '\n';
            return ExitCode::InvalidInput;
        }
        choice = std::get<ProxyChoice>(parsed);
        --i;
    }
    choice.apply();
    QTextStream* in = m_in;
    QTextStream& err = m_err;
    ProxyAuthenticator::install([in, &err](const QString& proxy, const QString& user,
                                           bool refused) -> std::optional<ProxyAuthenticator::Login> {
        // Asked on the terminal only: a script gets the proxy's refusal, never a wait.
        if (!in || !HiddenTerminalInput::isTerminal())
            return std::nullopt;
        err << (refused ? "The proxy " + proxy + " refused those credentials.\n"
                        : "The proxy " + proxy + " asks for credentials.\n");
        ProxyAuthenticator::Login login{user, QString()};
        if (login.user.isEmpty()) {
            err << "Proxy user: ";
            err.flush();
            login.user = in->readLine().trimmed();
        }
        err << "Proxy password for " << login.user << ": ";
        err.flush();
        {
            const HiddenTerminalInput hidden;
            login.password = in->readLine();
        }
        err << '\n';
        return login;
    });
    return std::nullopt;
}

ExitCode CommandLineTool::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        m_err << usage();
        m_err.flush();
        return ExitCode::InvalidInput;
    }
    QStringList remaining = arguments;
    if (const std::optional<ExitCode> refused = takeProxyOption(remaining))
        return *refused;
    if (remaining.isEmpty()) {
        m_err << usage();
        m_err.flush();
        return ExitCode::InvalidInput;
    }
    const QString command = remaining.first();
    const QStringList rest = remaining.mid(1);
    ExitCode code = ExitCode::Success;
    if (command == QStringLiteral("-h") || command == QStringLiteral("--help") ||
        command == QStringLiteral("help")) {
        m_out << usage();
    } else if (command == QStringLiteral("--version")) {
        m_out << QStringLiteral("accountdesk-cli %1\n").arg(QCoreApplication::applicationVersion());
    } else if (command == QStringLiteral("providers")) {
        code = listProviders(rest);
    } else if (command == QStringLiteral("fields")) {
        code = listFields(rest);
    } else if (command == QStringLiteral("history")) {
        code = listHistory(rest);
    } else if (command == QStringLiteral("import")) {
        code = ImportCommand(m_registry, m_out, m_err).run(rest);
    } else if (command == QStringLiteral("show") || command == QStringLiteral("update") ||
               command == QStringLiteral("bulk") || command == QStringLiteral("credentials")) {
        if (!m_store || !m_in) {
            m_err << "credentials: no keychain is available to this process\n";
            code = ExitCode::CredentialsUnavailable;
        } else if (command == QStringLiteral("bulk")) {
            code = BulkCommand(m_registry, *m_store, m_out, m_err, m_ask).run(rest);
        } else if (command == QStringLiteral("credentials")) {
            code = CredentialsCommand(m_registry, *m_store, *m_in, m_out, m_err).run(rest);
        } else {
            AccountCommands commands(m_registry, *m_store, m_out, m_err, m_ask);
            code = command == QStringLiteral("show") ? commands.show(rest) : commands.update(rest);
        }
    } else {
        code = invalid(QStringLiteral("<command>"),
                       QStringLiteral("unknown command \"%1\" (run accountdesk-cli --help)").arg(command));
    }
    m_out.flush();
    m_err.flush();
    return code;
}

ExitCode CommandLineTool::listProviders(const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return invalid(arguments.first(), QStringLiteral("providers takes no arguments"));
    reportRegistryProblems();
    for (const ProviderPtr& provider : m_registry.providers())
        m_out << provider->id() << '\t' << provider->displayName() << '\t'
              << provider->updateOperation().displayName() << '\n';
    return ExitCode::Success;
}

ExitCode CommandLineTool::listHistory(const QStringList& arguments)
{
    std::variant<CliArguments, FieldErrors> parsed = CliArguments::parse(
        arguments, {QStringLiteral("--provider"), QStringLiteral("--account"), QStringLiteral("--since")});
    if (const FieldErrors* errors = std::get_if<FieldErrors>(&parsed)) {
        for (const FieldError& error : *errors)
            m_err << error.toString() << '\n';
        return ExitCode::InvalidInput;
    }
    const CliArguments& options = std::get<CliArguments>(parsed);
    if (!options.positional.isEmpty())
        return invalid(options.positional.first(), QStringLiteral("history takes no such argument"));
    HistoryLog::Filter filter;
    filter.provider = options.provider;
    filter.account = options.account.value_or(QString());
    filter.since = options.since;
    for (const HistoryEntry& entry : HistoryLog().read(filter))
        m_out << QString::fromUtf8(entry.toJsonLine());
    return ExitCode::Success;
}

ExitCode CommandLineTool::listFields(const QStringList& arguments)
{
    if (arguments.size() != 1)
        return invalid(QStringLiteral("<provider>"),
                       QStringLiteral("usage: accountdesk-cli fields <provider>"));
    const ProviderPtr provider = providerArgument(arguments.first());
    if (!provider)
        return ExitCode::InvalidInput;
    m_out << FieldListFormatter::format(provider->form());
    return ExitCode::Success;
}

ProviderPtr CommandLineTool::providerArgument(const QString& id)
{
    ProviderPtr provider = m_registry.provider(id);
    if (!provider) {
        reportRegistryProblems();
        invalid(QStringLiteral("<provider>"), m_registry.whyNot(id));
    }
    return provider;
}

ExitCode CommandLineTool::invalid(const QString& where, const QString& message)
{
    m_err << where << ": " << message << '\n';
    return ExitCode::InvalidInput;
}

void CommandLineTool::reportRegistryProblems()
{
    // A provider that failed to load is not listed; say why, so its author can fix it.
    for (const SpecDiagnostic& diagnostic : m_registry.diagnostics())
        if (diagnostic.severity == SpecDiagnostic::Severity::Error)
            m_err << "warning: provider skipped: " << diagnostic.toString() << '\n';
}

} // namespace AccountDesk
