#include "CredentialsCommand.h"

#include "CliArguments.h"
#include "HiddenTerminalInput.h"
#include "auth/Credentials.h"
#include "store/ProfileCredentials.h"

#include <QEventLoop>

#include <algorithm>
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
            errors.append({QStringLiteral("<provider>"), m_registry.whyNot(options.positional.at(1))});
        }
    }
    for (const FieldError& error : errors)
        m_err << error.toString() << '\n';
    return ExitCode::InvalidInput;
}

bool CredentialsCommand::readLine(QString& line)
{
    // Character by character: QTextStream::readLine drops a "\r" before "\n" itself, which would
    // hide whether a line had one carriage return (a Windows line ending) or more.
    line.resize(0);
    if (m_in.atEnd())
        return false;
    while (!m_in.atEnd()) {
        QString next = m_in.read(1);
        if (next.isEmpty() || next.front() == QLatin1Char('\n'))
            break;
        line.append(next);
        Credentials::overwrite(next);
    }
    return true;
}

std::optional<FieldError> CredentialsCommand::takeLine(const Provider& provider, const QString& line,
                                                       int number, Credentials& entries,
                                                       QStringList& order) const
{
    // Name the line, and the field when it is one of the provider's: never any other text of the
    // line, which may be a secret typed into the wrong place.
    const QString where = QStringLiteral("stdin line %1").arg(number);
    const QStringList known = provider.credentialFields();
    const qsizetype equals = line.indexOf(QLatin1Char('='));
    const QString field = equals > 0 ? line.left(equals).trimmed() : QString();
    if (field.isEmpty())
        return FieldError{where, QStringLiteral("expected field=value")};
    if (!known.contains(field))
        return FieldError{where, QStringLiteral("not a field of %1 (it takes: %2)")
                                     .arg(provider.id(), known.join(QStringLiteral(", ")))};
    if (order.contains(field))
        return FieldError{where, QStringLiteral("%1: given twice").arg(field)};
    QString value = line.mid(equals + 1);
    if (value.isEmpty())
        return FieldError{where, QStringLiteral("%1: the value is empty").arg(field)};
    if (const std::optional<QString> problem = Credentials::problemWith(value)) {
        Credentials::overwrite(value);
        return FieldError{where, QStringLiteral("%1: %2").arg(field, *problem)};
    }
    entries.fields.insert(field, value);
    order.append(field);
    return std::nullopt;
}

ExitCode CredentialsCommand::set(const Provider& provider, const QString& profile)
{
    const QStringList known = provider.credentialFields();
    Credentials entries; // overwritten when it goes, like every line read
    QStringList order;
    FieldErrors errors;
    int lineNumber = 0;
    const HiddenTerminalInput hidden;
    if (hidden.isHidden()) {
        m_err << "Type one field=value line per secret (" << known.join(QStringLiteral(", "))
              << "); input is hidden. End with an empty line.\n";
        m_err.flush();
    }
    QString line;
    line.reserve(4096); // one buffer for every line, so few stale copies are left behind
    while (readLine(line)) {
        ++lineNumber;
        // Exactly one trailing carriage return is a Windows line ending; any other is refused
        // below as a control character rather than silently dropped.
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const bool blank = std::all_of(line.cbegin(), line.cend(), [](QChar c) { return c.isSpace(); });
        if (blank && hidden.isHidden())
            break; // at a terminal an empty line ends the input
        if (!blank)
            if (const std::optional<FieldError> error = takeLine(provider, line, lineNumber, entries, order))
                errors.append(*error);
        Credentials::overwrite(line);
    }
    if (order.isEmpty() && errors.isEmpty())
        errors.append(
            {QStringLiteral("stdin"),
             QStringLiteral("no field=value lines (fields: %1)").arg(known.join(QStringLiteral(", ")))});
    if (!errors.isEmpty()) {
        // Checked in full before the first write: one bad line means nothing of the input is stored.
        for (const FieldError& error : errors)
            m_err << error.toString() << "; nothing was stored\n";
        return ExitCode::InvalidInput;
    }
    for (const QString& field : order) {
        const QString key = CredentialStore::key(provider.id(), profile, field);
        const CredentialStore::Result result = wait([&](CredentialStore::Callback done) {
            m_store.write(key, entries.value(field), std::move(done));
        });
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
    for (const auto& [field, result] : outcome.results) {
        const char* state = result.status != CredentialStore::Status::Ok ? "missing"
                            : outcome.unusableFields.contains(field)     ? "unusable"
                                                                         : "stored";
        m_out << field << '\t' << state << '\n';
    }
    if (outcome.unusable)
        m_err << "credentials: " << *outcome.unusable << '\n';
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
