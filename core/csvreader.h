#pragma once

#include <QString>
#include <QStringList>

namespace qawb {

// Reads RFC 4180 CSV from decoded text: comma separated, fields optionally quoted with '"' ("" escapes a
// quote), quoted fields may hold commas and line breaks, LF or CRLF line ends.
class CsvReader final
{
public:
    explicit CsvReader(const QString &text);

    // Reads the next record into *fields. Returns false at the end of input or on a syntax error
    // (then error() is non-empty).
    bool next(QStringList *fields);
    // The 1-based line on which the record last returned by next() started.
    qint64 recordLine() const { return m_recordLine; }
    QString error() const { return m_error; }
    // Fraction of the input consumed, for progress reporting.
    qsizetype position() const { return m_pos; }

private:
    const QString m_text; // a shared copy: the reader may outlive the caller's string
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    QString m_error;
};

} // namespace qawb
