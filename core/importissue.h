#pragma once

#include <QString>

namespace qawb {

// A problem found while importing, located as precisely as the input allows: file, line, field.
struct ImportIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;     // file name as given
    qint64 line = 0;  // 1-based; 0 when the problem concerns the whole file
    QString field;    // e.g. "started_at" or "turns[3].start_ms"; empty for whole-record problems
    QString recordId; // the conversation id, when known
    QString message;

    // "file:line: field: message" — the one-line form the CLI prints.
    QString toString() const;
};

} // namespace qawb
