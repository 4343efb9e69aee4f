#include "BulkCommand.h"

#include "CliArguments.h"
#include "bulk/BulkCheck.h"
#include "bulk/BulkJournal.h"
#include "bulk/BulkReport.h"
#include "bulk/BulkRun.h"
#include "bulk/BulkSheet.h"
#include "bulk/CsvReader.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>

namespace AccountDesk {
BulkCommand::BulkCommand(const ProviderRegistry& registry, CredentialStore& store, QTextStream& out,
                         QTextStream& err, TerminalQuestion::Ask ask)
    : m_registry(registry)
    , m_store(store)
    , m_out(out)
    , m_err(err)
    , m_update(registry, store, out, err, std::move(ask))
{}

std::optional<ExitCode> BulkCommand::checkCredentials(const Provider& provider, const QString& profile)
{
    const std::optional<BulkCheck::CredentialsProblem> problem =
        BulkCheck::credentialsProblem(m_store, provider, profile);
    if (!problem)
        return std::nullopt;
    if (problem->fromStore)
        m_err << "credentials: " << problem->message << "; nothing was sent\n";
    else
        m_err << "credentials: none stored for " << provider.id() << " profile \"" << profile
              << "\"; store them with `accountdesk-cli credentials set " << provider.id()
              << "`; nothing was sent\n";
    return ExitCode::CredentialsUnavailable;
}

ExitCode BulkCommand::run(const QStringList& arguments)
{
    const QStringList allowed = {
        QStringLiteral("--csv"),      QStringLiteral("--server"),  QStringLiteral("--base-url"),
        QStringLiteral("--profile"),  QStringLiteral("--timeout"), QStringLiteral("--set"),
        QStringLiteral("--set-json"), QStringLiteral("--null"),    QStringLiteral("--concurrency"),
        QStringLiteral("--journal"),  QStringLiteral("--dry-run"), QStringLiteral("--yes")};
    std::variant<CliArguments, FieldErrors> parsedArguments = CliArguments::parse(arguments, allowed);
    if (const FieldErrors* errors = std::get_if<FieldErrors>(&parsedArguments))
        return m_update.invalid(*errors);
    const CliArguments& options = std::get<CliArguments>(parsedArguments);
    FieldErrors errors;
    if (options.positional.size() != 1)
        return m_update.invalid({{QStringLiteral("<provider>"),
                                  QStringLiteral("name one provider (accountdesk-cli providers)")}});
    const ProviderPtr provider = m_registry.provider(options.positional.first());
    if (!provider)
        return m_update.invalid(
            {{QStringLiteral("<provider>"), m_registry.whyNot(options.positional.first())}});
    if (options.csv.isEmpty())
        return m_update.invalid(
            {{QStringLiteral("--csv"), QStringLiteral("is required: the CSV file of rows")}});
    AccountTarget target;
    target.provider = provider->id();
    target.profile = options.profile;
    if (const std::optional<QUrl> url = m_update.baseUrl(*provider, options, errors))
        target.baseUrl = *url;

    // 1. The whole file, checked: header, every cell, every account, before anything is sent.
    QFile csv(options.csv);
    if (!csv.open(QIODevice::ReadOnly))
        return m_update.invalid(
            {{QStringLiteral("--csv"), QStringLiteral("cannot read %1").arg(options.csv)}});
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    if (!sha256.addData(&csv))
        return m_update.invalid(
            {{QStringLiteral("--csv"), QStringLiteral("cannot read %1").arg(options.csv)}});
    csv.seek(0);
    CsvReader check(csv);
    const std::optional<QStringList> header = check.next();
    if (!header)
        return m_update.invalid(
            {{QStringLiteral("--csv"),
              check.error().isEmpty() ? QStringLiteral("has no header row") : check.error()}});
    std::optional<BulkSheet> sheet = BulkSheet::fromHeader(provider, *header, options.edits, errors);
    if (!sheet)
        return m_update.invalid(errors);
    BulkCheck::Outcome checked = BulkCheck::rows(check, *sheet, *provider);
    for (FieldError& problem : checked.problems)
        if (problem.pointer == QStringLiteral("<csv>"))
            problem.pointer = QStringLiteral("--csv");
    errors.append(checked.problems);
    if (!errors.isEmpty())
        return m_update.invalid(errors);
    const qsizetype rows = checked.rows;

    // 2. The journal of this very file, production confirmed once, credentials present.
    std::optional<BulkJournal> journal;
    if (!options.journal.isEmpty() && !options.dryRun) {
        QString problem;
        journal = BulkJournal::open(options.journal, sha256.result().toHex(), problem);
        if (!journal)
            return m_update.invalid({{QStringLiteral("--journal"), problem}});
    }
    if (!options.dryRun && !options.yes)
        if (const std::optional<ExitCode> refused =
                m_update.confirmProduction(*provider, target.baseUrl, rows))
            return *refused;
    if (const std::optional<ExitCode> refused = checkCredentials(*provider, target.profile))
        return *refused;

    // 3. The rows, streamed again, sent; one line per row as each finishes.
    csv.seek(0);
    CsvReader reader(csv);
    reader.next(); // the header
    qsizetype number = 0;
    BulkRun::Options runOptions;
    runOptions.provider = provider;
    runOptions.store = &m_store;
    runOptions.target = target;
    runOptions.timeoutSeconds = options.timeoutSeconds;
    runOptions.concurrency = options.concurrency;
    runOptions.dryRun = options.dryRun;
    runOptions.history = &m_history;
    runOptions.journal = journal ? &*journal : nullptr;
    runOptions.requestsPerSecond = provider->requestsPerSecond();
    BulkRun run(runOptions, [&]() -> std::optional<BulkSheet::Row> {
        while (const std::optional<QStringList> record = reader.next()) {
            if (BulkCheck::isBlank(*record))
                continue;
            FieldErrors ignoredProblems; // checked in step 1
            return sheet->row(++number, *record, ignoredProblems);
        }
        return std::nullopt;
    });
    bool networkFailure = false;
    bool otherFailure = false;
    QObject::connect(&run, &BulkRun::rowFinished, [&](const BulkRun::Result& result) {
        m_out << BulkReport::jsonLine(result, sheet->hasAccountColumn());
        m_out.flush();
        networkFailure = networkFailure || result.networkFailure;
        otherFailure = otherFailure || result.outcome == QStringLiteral("failed") ||
                       result.outcome == QStringLiteral("invalid");
    });
    QEventLoop loop;
    QObject::connect(&run, &BulkRun::finished, &loop, &QEventLoop::quit);
    run.start();
    loop.exec();
    return networkFailure ? ExitCode::NetworkFailure
           : otherFailure ? ExitCode::ServerError
                          : ExitCode::Success;
}

} // namespace AccountDesk
