#include "importissue.h"

namespace qawb {

QString ImportIssue::toString() const
{
    QString out = file;
    if (line > 0)
        out += QLatin1Char(':') + QString::number(line);
    out += QStringLiteral(": ");
    if (!field.isEmpty())
        out += field + QStringLiteral(": ");
    out += message;
    return out;
}

} // namespace qawb
