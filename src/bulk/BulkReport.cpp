#include "BulkReport.h"

#include "CsvWriter.h"

#include <QJsonDocument>

namespace AccountDesk {
namespace {

bool listsChanges(const BulkRun::Result& result)
{
    return result.outcome == QStringLiteral("planned") || result.outcome == QStringLiteral("updated");
}

} // namespace

BulkReport::Format BulkReport::formatFor(const QString& fileName)
{
    return fileName.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::JsonLines;
}

QJsonObject BulkReport::json(const BulkRun::Result& result, bool withAccount)
{
    QJsonObject line{{QStringLiteral("row"), result.row}, {QStringLiteral("outcome"), result.outcome}};
    if (withAccount)
        line.insert(QStringLiteral("account"), result.account);
    if (result.status != 0)
        line.insert(QStringLiteral("status"), result.status);
    if (!result.error.isEmpty())
        line.insert(QStringLiteral("error"), result.error);
    if (listsChanges(result))
        line.insert(QStringLiteral("changes"), result.changes);
    return line;
}

QByteArray BulkReport::jsonLine(const BulkRun::Result& result, bool withAccount)
{
    return QJsonDocument(json(result, withAccount)).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray BulkReport::csvHeader()
{
    return CsvWriter::record({QStringLiteral("row"), QStringLiteral("account"), QStringLiteral("outcome"),
                              QStringLiteral("status"), QStringLiteral("error"), QStringLiteral("changes")});
}

QByteArray BulkReport::csvRecord(const BulkRun::Result& result)
{
    const QString changes =
        listsChanges(result) ? QString::fromUtf8(QJsonDocument(result.changes).toJson(QJsonDocument::Compact))
                             : QString();
    return CsvWriter::record({QString::number(result.row), result.account, result.outcome,
                              result.status != 0 ? QString::number(result.status) : QString(), result.error,
                              changes});
}

bool BulkReport::write(QIODevice& device, Format format, const QList<BulkRun::Result>& results,
                       bool withAccount, QString& problem)
{
    auto put = [&](const QByteArray& bytes) {
        if (device.write(bytes) == bytes.size())
            return true;
        problem = device.errorString();
        return false;
    };
    if (format == Format::Csv && !put(csvHeader()))
        return false;
    for (const BulkRun::Result& result : results)
        if (!put(format == Format::Csv ? csvRecord(result) : jsonLine(result, withAccount)))
            return false;
    return true;
}

} // namespace AccountDesk
