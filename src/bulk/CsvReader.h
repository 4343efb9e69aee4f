#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <optional>

namespace AccountDesk {

// Reads CSV (RFC 4180, UTF-8) one record at a time from a device, so a file of any length is read
// in constant memory: quoted fields with commas, doubled quotes and line breaks, CRLF or LF line
// ends, a UTF-8 byte order mark at the start. A record is never longer than kMaximumRecordBytes.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(AccountDesk::CsvReader)

public:
    static constexpr qsizetype kMaximumRecordBytes = 1024 * 1024;

    explicit CsvReader(QIODevice& device);

    // The next record; nothing at the end of the input or on an error (then error() says what).
    std::optional<QStringList> next();
    QString error() const { return m_error; }
    // The line the last record started on (1-based), for messages.
    qsizetype line() const { return m_recordLine; }

private:
    bool fill();

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qsizetype m_line = 1;
    qsizetype m_recordLine = 0;
    bool m_started = false;
    QString m_error;
};

} // namespace AccountDesk
