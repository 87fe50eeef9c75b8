#include "csvreader.h"

#include <QCoreApplication>

namespace qawb {

CsvReader::CsvReader(const QString &text)
    : m_text(text)
{}

bool CsvReader::next(QStringList *fields)
{
    fields->clear();
    if (!m_error.isEmpty())
        return false;
    const qsizetype n = m_text.size();
    // Skip blank lines between records.
    while (m_pos < n && (m_text[m_pos] == QLatin1Char('\n') || m_text[m_pos] == QLatin1Char('\r'))) {
        if (m_text[m_pos] == QLatin1Char('\n'))
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= n)
        return false;
    m_recordLine = m_line;
    QString field;
    for (;;) {
        if (m_pos < n && m_text[m_pos] == QLatin1Char('"')) {
            const qint64 quoteLine = m_line;
            ++m_pos;
            for (;;) {
                if (m_pos >= n) {
                    m_error =
                        QCoreApplication::translate("qawb::CsvReader", "unterminated quoted field starting on line %1")
                            .arg(quoteLine);
                    return false;
                }
                const QChar c = m_text[m_pos];
                if (c == QLatin1Char('"')) {
                    if (m_pos + 1 < n && m_text[m_pos + 1] == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
                ++m_pos;
            }
            if (m_pos < n && m_text[m_pos] != QLatin1Char(',') && m_text[m_pos] != QLatin1Char('\n') &&
                m_text[m_pos] != QLatin1Char('\r')) {
                m_error =
                    QCoreApplication::translate("qawb::CsvReader", "line %1: unexpected text after a closing quote")
                        .arg(m_line);
                return false;
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < n && m_text[m_pos] != QLatin1Char(',') && m_text[m_pos] != QLatin1Char('\n') &&
                   m_text[m_pos] != QLatin1Char('\r'))
                ++m_pos;
            field = m_text.mid(start, m_pos - start);
        }
        fields->append(field);
        field.clear();
        if (m_pos >= n)
            return true;
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char(',')) {
            ++m_pos;
            continue;
        }
        // End of record: consume CRLF or LF (or a lone CR).
        if (c == QLatin1Char('\r'))
            ++m_pos;
        if (m_pos < n && m_text[m_pos] == QLatin1Char('\n')) {
            ++m_pos;
            ++m_line;
        }
        return true;
    }
}

} // namespace qawb
