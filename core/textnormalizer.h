#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace qawb {

// Text prepared for matching, with the way back to the original characters.
struct NormalizedText
{
    QString text;               // normalised UTF-16
    std::vector<int> origin;    // for each unit of text: index of the original code point it came from
    std::vector<int> originEnd; // for each unit of text: end (exclusive) of that original code point

    // The original span [start, end) that the normalised span [from, to) came from.
    std::pair<int, int> originalSpan(int from, int to) const
    {
        return {origin[size_t(from)], originEnd[size_t(to - 1)]};
    }
};

// Folds text so that rules match regardless of width, case, compatibility forms and script:
// NFKC with case folding (full-width "ＣＯＭＰＬＡＩＮＴ" → "complaint"; default-ignorable characters such as
// zero-width spaces and bidi marks disappear), then Traditional → Simplified Chinese ("投訴" → "投诉").
//
// It works code point by code point from tables built once per process, so it is fast, thread-safe after
// construction, and every output unit knows the original code point it came from. Two deliberate approximations:
// canonical composition across code points is not applied (text is matched as typed, precomposed or not), and only
// one-to-one Traditional → Simplified mappings are used (ICU's Hant-Hans transliterator is too slow, takes a
// process-wide lock, and a character-to-several mapping would break exact spans).
class TextNormalizer final
{
public:
    // The shared instance (tables are built on first use, under a lock).
    static const TextNormalizer &instance();

    NormalizedText normalize(const QString &text) const;
    // The same into `out`, reusing its buffers: no allocation once they are large enough (for loops over many texts).
    void normalize(QStringView text, NormalizedText &out) const;
    // Normalised text only, for rule phrases.
    QString fold(const QString &text) const;

    // The Traditional → Simplified table size, for diagnostics and tests.
    int traditionalMappings() const { return m_traditionalCount; }

private:
    TextNormalizer();
    // The folding of one code point outside the BMP.
    static std::u16string foldSupplementary(char32_t cp);

    // BMP code units: how each folds. kSame: unchanged; kDrop: removed; otherwise a single replacement unit,
    // or kMulti: look up m_multi.
    std::vector<char16_t> m_bmp;
    std::vector<std::u16string> m_multi; // indexed by code unit, only for kMulti entries (sparse: empty otherwise)
    int m_traditionalCount = 0;
};

} // namespace qawb
