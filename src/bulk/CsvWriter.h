#pragma once

#include <QByteArray>
#include <QStringList>

namespace AccountDesk {

// One CSV record (RFC 4180, UTF-8, CRLF), the counterpart of CsvReader: a field with a comma, a
// quote or a line break is quoted, its quotes doubled. A field that a spreadsheet would run as a
// formula (=, +, -, @ first) is written as it is: the file is data for scripts, and an account
// id or an error text must arrive unchanged.
class CsvWriter
{
public:
    static QByteArray record(const QStringList& fields);
};

} // namespace AccountDesk
