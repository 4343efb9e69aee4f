#pragma once

#include "BulkRun.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace AccountDesk {

// What became of each row of a bulk run, as the CLI prints it (one JSON object per line) and as the
// window exports it (JSON Lines or CSV with the columns row, account, outcome, status, error,
// changes). Written a row at a time: a report of any length costs no memory of its own.
class BulkReport
{
public:
    enum class Format
    {
        JsonLines,
        Csv
    };

    // The format a file name asks for: .csv is CSV, anything else JSON Lines.
    static Format formatFor(const QString& fileName);

    // `withAccount`: the provider has an account column (quiva edits the caller's own account).
    static QJsonObject json(const BulkRun::Result& result, bool withAccount);
    static QByteArray jsonLine(const BulkRun::Result& result, bool withAccount);
    static QByteArray csvHeader();
    static QByteArray csvRecord(const BulkRun::Result& result);

    // Writes every result in `format`; false (with `problem` set) when the device refuses.
    static bool write(QIODevice& device, Format format, const QList<BulkRun::Result>& results,
                      bool withAccount, QString& problem);
};

} // namespace AccountDesk
