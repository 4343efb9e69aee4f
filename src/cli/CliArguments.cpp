#include "CliArguments.h"

namespace AccountDesk {
namespace {

const QStringList kFlags = {QStringLiteral("--no-fetch"), QStringLiteral("--dry-run"),
                            QStringLiteral("--yes"), QStringLiteral("--replace")};

// `import` options kept by name: --id, --update, --read, --auth, --name, --remove.
const QStringList kImportOptions = {QStringLiteral("--id"),   QStringLiteral("--update"),
                                    QStringLiteral("--read"), QStringLiteral("--auth"),
                                    QStringLiteral("--name"), QStringLiteral("--remove")};

// "POINTER=VALUE" split at the first '=' that follows the pointer.
std::optional<QPair<QString, QString>> splitAssignment(const QString& text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return std::nullopt;
    return QPair<QString, QString>{text.left(equals), text.mid(equals + 1)};
}

} // namespace

std::variant<CliArguments, FieldErrors> CliArguments::parse(const QStringList& arguments,
                                                            const QStringList& allowed)
{
    CliArguments parsed;
    FieldErrors errors;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        if (!argument.startsWith(QStringLiteral("--")) || argument == QStringLiteral("--")) {
            parsed.positional.append(argument);
            continue;
        }
        QString name = argument;
        std::optional<QString> value;
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (equals > 0) {
            name = argument.left(equals);
            value = argument.mid(equals + 1);
        }
        if (!allowed.contains(name)) {
            errors.append({name, QStringLiteral("unknown option for this command")});
            continue;
        }
        if (kFlags.contains(name)) {
            if (value) {
                errors.append({name, QStringLiteral("takes no value")});
                continue;
            }
            if (name == QStringLiteral("--no-fetch"))
                parsed.noFetch = true;
            else if (name == QStringLiteral("--dry-run"))
                parsed.dryRun = true;
            else if (name == QStringLiteral("--replace"))
                parsed.replace = true;
            else
                parsed.yes = true;
            continue;
        }
        if (!value) {
            if (i + 1 >= arguments.size()) {
                errors.append({name, QStringLiteral("needs a value")});
                continue;
            }
            value = arguments.at(++i);
        }
        if (name == QStringLiteral("--account")) {
            parsed.account = *value;
        } else if (name == QStringLiteral("--server")) {
            parsed.server = *value;
        } else if (name == QStringLiteral("--base-url")) {
            parsed.baseUrl = *value;
        } else if (name == QStringLiteral("--profile")) {
            if (value->isEmpty() || value->contains(QLatin1Char('/')))
                errors.append({name, QStringLiteral("a profile name is non-empty and has no '/'")});
            parsed.profile = *value;
        } else if (name == QStringLiteral("--timeout")) {
            bool ok = false;
            parsed.timeoutSeconds = value->toInt(&ok);
            if (!ok || parsed.timeoutSeconds < 1 || parsed.timeoutSeconds > 3600)
                errors.append(
                    {name, QStringLiteral("\"%1\" is not a number of seconds from 1 to 3600").arg(*value)});
        } else if (name == QStringLiteral("--production-server")) {
            parsed.productionServers.append(*value);
        } else if (kImportOptions.contains(name)) {
            parsed.importChoices.insert(name, *value);
        } else if (name == QStringLiteral("--provider")) {
            parsed.provider = *value;
        } else if (name == QStringLiteral("--since")) {
            parsed.since = QDate::fromString(*value, Qt::ISODate);
            if (!parsed.since.isValid() || value->size() != 10)
                errors.append({name, QStringLiteral("\"%1\" is not a date such as 2026-11-01").arg(*value)});
        } else if (name == QStringLiteral("--logo")) {
            parsed.logo = *value;
        } else if (name == QStringLiteral("--csv")) {
            parsed.csv = *value;
        } else if (name == QStringLiteral("--journal")) {
            parsed.journal = *value;
        } else if (name == QStringLiteral("--concurrency")) {
            bool ok = false;
            parsed.concurrency = value->toInt(&ok);
            if (!ok || parsed.concurrency < 1 || parsed.concurrency > 16)
                errors.append({name, QStringLiteral("\"%1\" is not a number from 1 to 16").arg(*value)});
        } else if (name == QStringLiteral("--null")) {
            parsed.edits.append({Edit::Kind::Null, *value, QString()});
        } else if (name == QStringLiteral("--set") || name == QStringLiteral("--set-json")) {
            const auto assignment = splitAssignment(*value);
            if (!assignment) {
                errors.append({name, QStringLiteral("expected POINTER=VALUE, got \"%1\"").arg(*value)});
                continue;
            }
            parsed.edits.append({name == QStringLiteral("--set") ? Edit::Kind::Set : Edit::Kind::SetJson,
                                 assignment->first, assignment->second});
        }
    }
    if (!parsed.server.isEmpty() && !parsed.baseUrl.isEmpty())
        errors.append({QStringLiteral("--server"), QStringLiteral("give --server or --base-url, not both")});
    for (const Edit& edit : parsed.edits)
        if (!edit.pointer.startsWith(QLatin1Char('/')))
            errors.append(
                {edit.pointer,
                 QStringLiteral("a field is named by a JSON Pointer starting with '/', e.g. /account_name")});
    if (!errors.isEmpty())
        return errors;
    return parsed;
}

} // namespace AccountDesk
