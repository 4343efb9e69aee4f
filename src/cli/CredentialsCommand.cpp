#include "CredentialsCommand.h"

#include "CliArguments.h"
#include "HiddenTerminalInput.h"
#include "store/ProfileCredentials.h"

#include <QEventLoop>

#include <optional>

namespace AccountDesk {

CredentialsCommand::CredentialsCommand(const ProviderRegistry& registry, CredentialStore& store,
                                       QTextStream& in, QTextStream& out, QTextStream& err)
    : m_registry(registry)
    , m_store(store)
    , m_in(in)
    , m_out(out)
    , m_err(err)
{}

CredentialStore::Result
CredentialsCommand::wait(const std::function<void(CredentialStore::Callback)>& operation)
{
    std::optional<CredentialStore::Result> result;
    QEventLoop loop;
    operation([&](const CredentialStore::Result& finished) {
        result = finished;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

ExitCode CredentialsCommand::storeFailure(const CredentialStore::Result& result)
{
    m_err << "credentials: " << result.message << '\n';
    return ExitCode::CredentialsUnavailable;
}

ExitCode CredentialsCommand::run(const QStringList& arguments)
{
    std::variant<CliArguments, FieldErrors> parsed =
        CliArguments::parse(arguments, {QStringLiteral("--profile")});
    FieldErrors errors;
    if (std::holds_alternative<FieldErrors>(parsed)) {
        errors = std::get<FieldErrors>(parsed);
    } else {
        const CliArguments& options = std::get<CliArguments>(parsed);
        static const QStringList actions = {QStringLiteral("set"), QStringLiteral("status"),
                                            QStringLiteral("delete")};
        if (options.positional.size() != 2 || !actions.contains(options.positional.first())) {
            errors.append(
                {QStringLiteral("credentials"),
                 QStringLiteral(
                     "usage: accountdesk-cli credentials set|status|delete <provider> [--profile NAME]")});
        } else if (const ProviderPtr provider = m_registry.provider(options.positional.at(1))) {
            const QString action = options.positional.first();
            if (action == QStringLiteral("set"))
                return set(*provider, options.profile);
            if (action == QStringLiteral("status"))
                return status(*provider, options.profile);
            return remove(*provider, options.profile);
        } else {
            errors.append({QStringLiteral("<provider>"),
                           QStringLiteral("unknown provider \"%1\" (known: %2)")
                               .arg(options.positional.at(1), m_registry.ids().join(QStringLiteral(", ")))});
        }
    }
    for (const FieldError& error : errors)
        m_err << error.toString() << '\n';
    return ExitCode::InvalidInput;
}

ExitCode CredentialsCommand::set(const Provider& provider, const QString& profile)
{
    const QStringList known = provider.credentialFields();
    QList<QPair<QString, QString>> entries;
    FieldErrors errors;
    int lineNumber = 0;
    const HiddenTerminalInput hidden;
    if (hidden.isHidden()) {
        m_err << "Type one field=value line per secret (" << known.join(QStringLiteral(", "))
              << "); input is hidden. End with an empty line.\n";
        m_err.flush();
    }
    while (!m_in.atEnd()) {
        QString line = m_in.readLine();
        ++lineNumber;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            if (hidden.isHidden())
                break; // at a terminal an empty line ends the input
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString field = equals > 0 ? line.left(equals).trimmed() : QString();
        if (field.isEmpty()) {
            errors.append(
                {QStringLiteral("stdin line %1").arg(lineNumber), QStringLiteral("expected field=value")});
            continue;
        }
        if (!known.contains(field)) {
            errors.append({QStringLiteral("stdin line %1").arg(lineNumber),
                           QStringLiteral("%1 takes no field \"%2\" (it takes: %3)")
                               .arg(provider.id(), field, known.join(QStringLiteral(", ")))});
            continue;
        }
        const QString value = line.mid(equals + 1);
        if (value.isEmpty()) {
            errors.append({QStringLiteral("stdin line %1").arg(lineNumber),
                           QStringLiteral("%1 has an empty value").arg(field)});
            continue;
        }
        entries.append({field, value});
    }
    if (entries.isEmpty() && errors.isEmpty())
        errors.append(
            {QStringLiteral("stdin"),
             QStringLiteral("no field=value lines (fields: %1)").arg(known.join(QStringLiteral(", ")))});
    if (!errors.isEmpty()) {
        for (const FieldError& error : errors)
            m_err << error.toString() << '\n';
        return ExitCode::InvalidInput;
    }
    for (const auto& [field, value] : entries) {
        const QString key = CredentialStore::key(provider.id(), profile, field);
        const CredentialStore::Result result =
            wait([&](CredentialStore::Callback done) { m_store.write(key, value, std::move(done)); });
        if (result.status != CredentialStore::Status::Ok)
            return storeFailure(result);
        m_out << field << "\tstored\n";
    }
    return ExitCode::Success;
}

ExitCode CredentialsCommand::status(const Provider& provider, const QString& profile)
{
    const ProfileCredentials::Outcome outcome =
        ProfileCredentials::readAllNow(m_store, provider.id(), profile, provider.credentialFields());
    if (outcome.storeProblem)
        return storeFailure(*outcome.storeProblem);
    for (const auto& [field, result] : outcome.results)
        m_out << field << (result.status == CredentialStore::Status::Ok ? "\tstored\n" : "\tmissing\n");
    return ExitCode::Success;
}

ExitCode CredentialsCommand::remove(const Provider& provider, const QString& profile)
{
    for (const QString& field : provider.credentialFields()) {
        const QString key = CredentialStore::key(provider.id(), profile, field);
        const CredentialStore::Result result =
            wait([&](CredentialStore::Callback done) { m_store.remove(key, std::move(done)); });
        if (result.status != CredentialStore::Status::Ok)
            return storeFailure(result);
        m_out << field << "\tdeleted\n";
    }
    return ExitCode::Success;
}

} // namespace AccountDesk
