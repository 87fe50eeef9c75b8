#pragma once

#include <QDateTime>
#include <QString>

namespace qawb {

// A new random UUID (v4) as lowercase text without braces: the key of anything that syncs between stores.
QString newId();

// A name-based UUID (v5): every store derives the same key for the same kind and name (e.g. a team).
QString nameId(const QString &kind, const QString &name);

// The current time as ISO 8601 UTC text with milliseconds, the store's time format.
QString nowIso();

// A time as ISO 8601 UTC text with milliseconds.
QString toIso(const QDateTime &time);

// Parses ISO 8601 text that carries an explicit UTC offset or "Z". Returns an invalid QDateTime otherwise.
QDateTime parseIsoWithOffset(const QString &text);

} // namespace qawb
