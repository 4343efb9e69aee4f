#include "BulkSheet.h"

#include "cli/EditConverter.h"
#include "form/Validator.h"

namespace AccountDesk {

BulkSheet::BulkSheet(ProviderPtr provider)
    : m_provider(std::move(provider))
    , m_model(std::make_shared<FormModel>(m_provider->form()))
{}

std::optional<BulkSheet> BulkSheet::fromHeader(ProviderPtr provider, const QStringList& header,
                                               const QList<CliArguments::Edit>& commonEdits,
                                               FieldErrors& problems, const QList<qsizetype>& ignored)
{
    BulkSheet sheet(provider);
    sheet.m_columnCount = header.size();
    const qsizetype before = problems.size();
    const Validator validator(provider->form());
    QStringList seen;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (ignored.contains(i))
            continue;
        const QString name = header.at(i).trimmed();
        const QString where = tr("column %1").arg(i + 1);
        if (seen.contains(name)) {
            problems.append({where, tr("\"%1\" is a second column of the same name").arg(name)});
            continue;
        }
        seen.append(name);
        if (name == QStringLiteral("account")) {
            sheet.m_accountColumn = i;
            continue;
        }
        Column column;
        column.index = i;
        column.kind = name.startsWith(QStringLiteral("json:")) ? CliArguments::Edit::Kind::SetJson
                                                               : CliArguments::Edit::Kind::Set;
        column.pointer = column.kind == CliArguments::Edit::Kind::SetJson ? name.mid(5) : name;
        if (!column.pointer.startsWith(QLatin1Char('/'))) {
            problems.append(
                {where, tr("\"%1\" is neither account nor a JSON Pointer such as /account_name").arg(name)});
            continue;
        }
        sheet.m_columns.append(column);
    }
    const bool needsAccount = !provider->pathParameters().isEmpty();
    if (needsAccount && sheet.m_accountColumn < 0)
        problems.append({QStringLiteral("header"), tr("%1 needs an account column").arg(provider->id())});
    if (!needsAccount && sheet.m_accountColumn >= 0)
        problems.append(
            {QStringLiteral("header"),
             tr("%1 updates the caller's own account: there is no account column").arg(provider->id())});
    for (const CliArguments::Edit& edit : commonEdits) {
        std::variant<QJsonValue, FieldError> converted = EditConverter::convert(*sheet.m_model, edit);
        if (const FieldError* error = std::get_if<FieldError>(&converted)) {
            problems.append(*error);
            continue;
        }
        problems.append(validator.validateValue(edit.pointer, std::get<QJsonValue>(converted)));
        sheet.m_commonEdits.append({edit.pointer, std::get<QJsonValue>(converted)});
    }
    if (problems.size() != before)
        return std::nullopt;
    return sheet;
}

std::optional<BulkSheet::Row> BulkSheet::row(qsizetype number, const QStringList& cells,
                                             FieldErrors& problems) const
{
    const qsizetype before = problems.size();
    auto problem = [&](const QString& pointer, const QString& message) {
        problems.append({tr("row %1: %2").arg(number).arg(pointer), message});
    };
    if (cells.size() != m_columnCount) {
        problem(QStringLiteral("<row>"),
                tr("has %1 cells; the header has %2").arg(cells.size()).arg(m_columnCount));
        return std::nullopt;
    }
    Row row;
    row.number = number;
    row.edits = m_commonEdits;
    if (m_accountColumn >= 0) {
        row.account = cells.at(m_accountColumn).trimmed();
        for (const Parameter& parameter : m_provider->pathParameters())
            if (const std::optional<FieldError> error =
                    Validator::validatePathParameter(parameter, row.account))
                problem(QStringLiteral("account"), error->message);
    }
    const Validator validator(m_provider->form());
    for (const Column& column : m_columns) {
        const QString cell = cells.at(column.index);
        if (cell.isEmpty())
            continue; // this field stays as it is for this row
        const CliArguments::Edit edit{column.kind, column.pointer, cell};
        std::variant<QJsonValue, FieldError> converted = EditConverter::convert(*m_model, edit);
        if (const FieldError* error = std::get_if<FieldError>(&converted)) {
            problem(error->pointer, error->message);
            continue;
        }
        for (const FieldError& error : validator.validateValue(edit.pointer, std::get<QJsonValue>(converted)))
            problem(error.pointer, error.message);
        row.edits.append({edit.pointer, std::get<QJsonValue>(converted)});
    }
    if (problems.size() != before)
        return std::nullopt;
    return row;
}

} // namespace AccountDesk
