#pragma once

#include <QByteArray>
#include <QString>

namespace qawb {

// Byte offset of the first byte that does not start a valid UTF-8 sequence (overlongs, surrogates and
// code points above U+10FFFF are invalid), or -1 when the whole range is valid UTF-8.
qsizetype firstInvalidUtf8(const char *data, qsizetype size);

// Guesses the character set of bytes: "UTF-8" when they are valid UTF-8, otherwise ICU's charset detector,
// preferring the Chinese encodings contact centres export (GB18030 covers GBK and GB2312; Big5), then Latin-1 /
// Windows-1252 for Western exports. Returns an empty string when nothing fits.
QString detectEncoding(const QByteArray &bytes);

// True if ICU has a converter for the name (e.g. "GB18030", "GBK", "Big5", "UTF-8").
bool isKnownEncoding(const QString &name);

// Decodes bytes with ICU's converter for encoding, stopping at the first invalid byte sequence.
// On failure returns false and sets *errorOffset to the byte offset of the bad sequence.
bool decodeText(const QByteArray &bytes, const QString &encoding, QString *out, qsizetype *errorOffset);

// Encodes text with ICU's converter for encoding (used for exports and tests).
QByteArray encodeText(const QString &text, const QString &encoding);

} // namespace qawb
