#include "ImportCommand.h"

#include "CliArguments.h"
#include "provider/ProviderImporter.h"

namespace AccountDesk {

ImportCommand::ImportCommand(const ProviderRegistry& registry, QTextStream& out, QTextStream& err)
    : m_registry(registry)
    , m_out(out)
    , m_err(err)
{}

ExitCode ImportCommand::report(const SpecDiagnostics& problems)
{
    for (const SpecDiagnostic& diagnostic : problems)
        if (diagnostic.severity == SpecDiagnostic::Severity::Error)
            m_err << diagnostic.toString() << '\n';
    return ExitCode::InvalidInput;
}

ExitCode ImportCommand::run(const QStringList& arguments)
{
    const QStringList allowed = {QStringLiteral("--id"),      QStringLiteral("--update"),
                                 QStringLiteral("--read"),    QStringLiteral("--auth"),
                                 QStringLiteral("--name"),    QStringLiteral("--production-server"),
                                 QStringLiteral("--replace"), QStringLiteral("--remove")};
    std::variant<CliArguments, FieldErrors> parsed = CliArguments::parse(arguments, allowed);
    if (const FieldErrors* errors = std::get_if<FieldErrors>(&parsed)) {
        for (const FieldError& error : *errors)
            m_err << error.toString() << '\n';
        return ExitCode::InvalidInput;
    }
    const CliArguments& options = std::get<CliArguments>(parsed);
    const ProviderImporter importer;
    if (options.importChoices.contains(QStringLiteral("--remove"))) {
        if (!options.positional.isEmpty() || options.importChoices.size() > 1)
            return report(
                {SpecDiagnostic::error(QStringLiteral("--remove"), QStringLiteral("takes only the id"))});
        const QString id = options.importChoices.value(QStringLiteral("--remove"));
        if (const SpecDiagnostics problems = importer.remove(id, m_registry); !problems.isEmpty())
            return report(problems);
        m_out << "removed " << id << '\n';
        return ExitCode::Success;
    }
    SpecDiagnostics problems;
    if (options.positional.size() != 1)
        problems.append(SpecDiagnostic::error(QStringLiteral("<openapi file>"),
                                              QStringLiteral("name one OpenAPI document (JSON or YAML)")));
    for (const QString& required : {QStringLiteral("--id"), QStringLiteral("--update")})
        if (options.importChoices.value(required).isEmpty())
            problems.append(SpecDiagnostic::error(required, QStringLiteral("is required")));
    if (!problems.isEmpty())
        return report(problems);
    ProviderImporter::Choices choices;
    choices.specPath = options.positional.first();
    choices.id = options.importChoices.value(QStringLiteral("--id"));
    choices.updateOperation = options.importChoices.value(QStringLiteral("--update"));
    choices.readOperation = options.importChoices.value(QStringLiteral("--read"));
    choices.auth = options.importChoices.value(QStringLiteral("--auth"));
    choices.displayName = options.importChoices.value(QStringLiteral("--name"));
    choices.productionServers = options.productionServers;
    choices.replace = options.replace;
    if (const SpecDiagnostics refused = importer.import(choices, m_registry); !refused.isEmpty())
        return report(refused);
    m_out << "imported " << choices.id << '\n';
    return ExitCode::Success;
}

} // namespace AccountDesk
