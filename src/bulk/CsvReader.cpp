#include "CsvReader.h"

namespace AccountDesk {

CsvReader::CsvReader(QIODevice& device)
    : m_device(device)
{}

bool CsvReader::fill()
{
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    const QByteArray more = m_device.read(64 * 1024);
    if (more.isEmpty())
        return false;
    m_buffer.append(more);
    return true;
}

std::optional<QStringList> CsvReader::next()
{
    if (!m_error.isEmpty())
        return std::nullopt;
    if (!m_started) {
        m_started = true;
        fill();
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_position = 3;
    }
    QStringList fields;
    QByteArray field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the field began with a quote
    bool sawAnything = false;
    qsizetype recordBytes = 0;
    m_recordLine = m_line;
    auto finishField = [&] {
        const QString text = QString::fromUtf8(field);
        if (text.toUtf8() != field) {
            m_error = tr("line %1: the file is not UTF-8").arg(m_recordLine);
            return false;
        }
        fields.append(text);
        field.clear();
        wasQuoted = false;
        return true;
    };
    for (;;) {
        if (m_position >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error = tr("line %1: a quoted field is not closed").arg(m_recordLine);
                return std::nullopt;
            }
            if (!sawAnything)
                return std::nullopt;
            if (!finishField())
                return std::nullopt;
            return fields;
        }
        const char c = m_buffer.at(m_position++);
        if (++recordBytes > kMaximumRecordBytes) {
            m_error = tr("line %1: a record is longer than 1 MiB").arg(m_recordLine);
            return std::nullopt;
        }
        sawAnything = true;
        if (quoted) {
            if (c == '"') {
                if (m_position >= m_buffer.size())
                    fill();
                if (m_position < m_buffer.size() && m_buffer.at(m_position) == '"') {
                    field.append('"');
                    ++m_position;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        if (c == '"') {
            if (!field.isEmpty() || wasQuoted) {
                m_error = tr("line %1: a quote inside an unquoted field (quote the whole field and double "
                             "the quote)")
                              .arg(m_line);
                return std::nullopt;
            }
            quoted = true;
            wasQuoted = true;
        } else if (c == ',') {
            if (!finishField())
                return std::nullopt;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r') {
                if (m_position >= m_buffer.size())
                    fill();
                if (m_position < m_buffer.size() && m_buffer.at(m_position) == '\n')
                    ++m_position;
            }
            ++m_line;
            if (!finishField())
                return std::nullopt;
            return fields;
        } else if (wasQuoted) {
            m_error = tr("line %1: text after a closing quote").arg(m_line);
            return std::nullopt;
        } else {
            field.append(c);
        }
    }
}

} // namespace AccountDesk
