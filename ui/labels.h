#pragma once

#include <QString>

namespace qawb::labels {

// Display names for the store's codes, translated.
QString channel(const QString &code);
QString businessType(const QString &code);
QString speaker(const QString &code);
QString evaluationStatus(const QString &code); // "", "draft", "submitted"
QString source(const QString &code);
// A source time (ISO 8601 with offset) shown as the people in the conversation saw it, in its own offset:
// an agent's 14:03 in Beijing reads 14:03 on every inspector's machine.
QString sourceDateTime(const QString &iso);
QString sourceTime(const QString &iso);
// "m:ss" or "h:mm:ss".
QString duration(qint64 ms);

} // namespace qawb::labels
