#include "textdecoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

namespace qawb {

qsizetype firstInvalidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

namespace {

// Share of the two-byte sequences (lead byte ≥ 0x81) whose both bytes are in 0xA1–0xFE, as in GB2312 text.
double gb2312Share(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype pairs = 0, gb2312 = 0;
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (s[i] < 0x81)
            continue;
        if (s[i + 1] >= 0x30 && s[i + 1] <= 0x39) { // a four-byte GB18030 sequence
            i += 3;
            continue;
        }
        ++pairs;
        if (s[i] >= 0xA1 && s[i] <= 0xFE && s[i + 1] >= 0xA1 && s[i + 1] <= 0xFE)
            ++gb2312;
        ++i;
    }
    return pairs == 0 ? 0.0 : double(gb2312) / double(pairs);
}

// Share of the bytes ≥ 0x80 that stand alone between ASCII bytes. Western text has accented letters one at a time
// ("Renée"); Chinese double-byte text has runs of them, since characters come together.
double isolatedHighByteShare(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype high = 0, isolated = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (s[i] < 0x80)
            continue;
        ++high;
        if ((i == 0 || s[i - 1] < 0x80) && (i + 1 == n || s[i + 1] < 0x80))
            ++isolated;
    }
    return high == 0 ? 0.0 : double(isolated) / double(high);
}

} // namespace

QString detectEncoding(const QByteArray &bytes)
{
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (firstInvalidUtf8(bytes.constData() + start, bytes.size() - start) < 0)
        return QStringLiteral("UTF-8");

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return {};
    // The detector only needs a sample; 256 KiB keeps it quick on large files.
    const int sample = int(qMin<qsizetype>(bytes.size(), 256 * 1024));
    ucsdet_setText(detector.get(), bytes.constData(), sample, &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return {};
    const bool western = isolatedHighByteShare(bytes) >= 0.7;
    QString latin;
    for (int32_t i = 0; i < count; ++i) {
        const QString name = QString::fromLatin1(ucsdet_getName(matches[i], &status));
        const int confidence = ucsdet_getConfidence(matches[i], &status);
        if (confidence < 10)
            break;
        if (!western &&
            (name == QLatin1String("Big5") || (name == QLatin1String("GB18030") && gb2312Share(bytes) >= 0.8)))
            return name;
        if (latin.isEmpty() && (name == QLatin1String("ISO-8859-1") || name == QLatin1String("windows-1252")))
            latin = name;
    }
    // Short GBK samples often score low; GB18030 is the usual export encoding of Chinese systems. A clean decode alone
    // is weak evidence (Latin-1 "é" followed by a letter decodes as a rare ideograph), so also require that most
    // two-byte sequences lie in the GB2312 range where everyday Chinese text lives.
    QString ignored;
    qsizetype offset = -1;
    if (!western && gb2312Share(bytes) >= 0.8 && decodeText(bytes, QStringLiteral("GB18030"), &ignored, &offset))
        return QStringLiteral("GB18030");
    if (western && latin.isEmpty())
        latin = QStringLiteral("ISO-8859-1");
    return latin;
}

bool isKnownEncoding(const QString &name)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(name.toLatin1().constData(), &status);
    if (conv)
        ucnv_close(conv);
    return U_SUCCESS(status) && conv != nullptr;
}

bool decodeText(const QByteArray &bytes, const QString &encoding, QString *out, qsizetype *errorOffset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(encoding.toLatin1().constData(), &status),
                                                            &ucnv_close);
    if (U_FAILURE(status) || !conv) {
        *errorOffset = 0;
        return false;
    }
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const char *source = bytes.constData();
    const char *sourceLimit = source + bytes.size();
    QString result;
    // No supported encoding produces more UTF-16 units than input bytes (plus one for a flushed state).
    result.resize(bytes.size() + 1);
    UChar *target = reinterpret_cast<UChar *>(result.data());
    UChar *const targetStart = target;
    ucnv_toUnicode(conv.get(), &target, targetStart + result.size(), &source, sourceLimit, nullptr, true, &status);
    if (U_FAILURE(status)) {
        // The converter stops just past the offending bytes; report where that sequence began.
        int8_t badLength = 0;
        char bad[32];
        UErrorCode ignored = U_ZERO_ERROR;
        badLength = sizeof(bad);
        ucnv_getInvalidChars(conv.get(), bad, &badLength, &ignored);
        *errorOffset = qMax<qsizetype>(0, (source - bytes.constData()) - badLength);
        return false;
    }
    result.resize(target - targetStart);
    if (result.startsWith(QChar(0xFEFF)))
        result.remove(0, 1);
    *out = std::move(result);
    return true;
}

QByteArray encodeText(const QString &text, const QString &encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(encoding.toLatin1().constData(), &status),
                                                            &ucnv_close);
    if (U_FAILURE(status))
        return {};
    QByteArray out;
    out.resize(text.size() * ucnv_getMaxCharSize(conv.get()) + 8);
    const int32_t written =
        ucnv_fromUChars(conv.get(), out.data(), int32_t(out.size()), reinterpret_cast<const UChar *>(text.utf16()),
                        int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return {};
    out.resize(written);
    return out;
}

} // namespace qawb
