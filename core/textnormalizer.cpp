#include "textnormalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace qawb {

namespace {

// Markers in the BMP table. U+FFFE and U+FFFF are noncharacters, never produced by folding.
constexpr char16_t kMulti = 0xFFFE;
constexpr char16_t kDrop = 0xFFFF;

// Traditional → Simplified, one code point to one code point, derived from ICU's transliterator once.
std::unordered_map<char32_t, char32_t> buildTraditionalTable()
{
    std::unordered_map<char32_t, char32_t> table;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t)
        return table;
    // One transliteration of every candidate, separated by newlines, is far faster than one call per character.
    const std::pair<char32_t, char32_t> ranges[] = {
        {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x2A6DF}};
    icu::UnicodeString all;
    std::vector<char32_t> order;
    for (const auto &[from, to] : ranges) {
        for (char32_t cp = from; cp <= to; ++cp) {
            all.append(UChar32(cp));
            all.append(u'\n');
            order.push_back(cp);
        }
    }
    icu::UnicodeString converted(all);
    t->transliterate(converted);
    int32_t pos = 0;
    for (char32_t cp : order) {
        const int32_t nl = converted.indexOf(u'\n', pos);
        if (nl < 0)
            break;
        const icu::UnicodeString piece = converted.tempSubStringBetween(pos, nl);
        pos = nl + 1;
        // Keep only exact one-to-one replacements: a mapping to several characters would make spans inexact.
        if (piece.countChar32() == 1) {
            const char32_t mapped = char32_t(piece.char32At(0));
            if (mapped != cp)
                table.emplace(cp, mapped);
        }
    }
    // 帳 is "帐" (curtain) to ICU, but in contact-center text it is almost always "账" (帳單 bill, 帳號 account): fold
    // both to 账 so a zh-Hans rule "账单" matches "帳單" (and the variant spelling "帐单").
    table[0x5E33] = 0x8D26; // 帳 → 账
    table[0x5E10] = 0x8D26; // 帐 → 账
    return table;
}

} // namespace

const TextNormalizer &TextNormalizer::instance()
{
    static const TextNormalizer normalizer; // C++11 guarantees one thread builds it
    return normalizer;
}

TextNormalizer::TextNormalizer()
    : m_bmp(0x10000, kDrop)
    , m_multi(0x10000)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkcCf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    const auto traditional = buildTraditionalTable();
    m_traditionalCount = int(traditional.size());
    auto toSimplified = [&](char32_t cp) {
        const auto it = traditional.find(cp);
        return it == traditional.end() ? cp : it->second;
    };
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
        if (U16_IS_SURROGATE(cp)) {
            m_bmp[cp] = char16_t(cp); // handled as pairs at run time
            continue;
        }
        icu::UnicodeString folded;
        if (U_SUCCESS(status))
            folded = nfkcCf->normalize(icu::UnicodeString(UChar32(cp)), status);
        if (U_FAILURE(status)) {
            status = U_ZERO_ERROR;
            folded = icu::UnicodeString(UChar32(cp));
        }
        std::u16string out;
        for (int32_t i = 0; i < folded.length();) {
            const UChar32 c = folded.char32At(i);
            const char32_t s = toSimplified(char32_t(c));
            if (s > 0xFFFF) {
                out.push_back(char16_t(U16_LEAD(s)));
                out.push_back(char16_t(U16_TRAIL(s)));
            } else {
                out.push_back(char16_t(s));
            }
            i += U16_LENGTH(c);
        }
        if (out.empty()) {
            m_bmp[cp] = kDrop;
        } else if (out.size() == 1 && out[0] != kMulti && out[0] != kDrop) {
            m_bmp[cp] = out[0];
        } else {
            m_bmp[cp] = kMulti;
            m_multi[cp] = std::move(out);
        }
    }
}

std::u16string TextNormalizer::foldSupplementary(char32_t cp)
{
    // Outside the BMP (emoji, CJK extension B and beyond): fold with ICU directly; rare enough not to need a table.
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkcCf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    icu::UnicodeString folded = U_SUCCESS(status) ? nfkcCf->normalize(icu::UnicodeString(UChar32(cp)), status)
                                                  : icu::UnicodeString(UChar32(cp));
    if (U_FAILURE(status))
        folded = icu::UnicodeString(UChar32(cp));
    return std::u16string(reinterpret_cast<const char16_t *>(folded.getBuffer()), size_t(folded.length()));
}

NormalizedText TextNormalizer::normalize(const QString &text) const
{
    NormalizedText n;
    normalize(QStringView(text), n);
    return n;
}

namespace {

// Where normalize() writes: the three buffers of a NormalizedText, sized to `capacity`.
struct Output
{
    char16_t *text;
    int *origin;
    int *originEnd;
};

Output resized(NormalizedText &out, qsizetype capacity)
{
    out.text.resize(capacity);
    out.origin.resize(size_t(capacity));
    out.originEnd.resize(size_t(capacity));
    return {reinterpret_cast<char16_t *>(out.text.data()), out.origin.data(), out.originEnd.data()};
}

} // namespace

void TextNormalizer::normalize(QStringView text, NormalizedText &out) const
{
    // Written through raw pointers into buffers sized for the common case (one unit out per unit in); only a code
    // point that folds to several units (rare: ligatures, "ß", some compatibility forms) may need to grow them.
    // Invariant: capacity - k >= size - i, so the one-to-one path never needs a check.
    const qsizetype size = text.size();
    const char16_t *s = text.utf16();
    qsizetype capacity = size;
    Output o = resized(out, capacity);
    qsizetype k = 0;
    const char16_t *const bmp = m_bmp.data();
    for (qsizetype i = 0; i < size;) {
        const char16_t u = s[i];
        const char16_t m = bmp[u];
        if (m < kMulti && !U16_IS_LEAD(u)) { // the common case: one unit to one unit (surrogates map to themselves)
            o.text[k] = m;
            o.origin[k] = int(i);
            o.originEnd[k] = int(i + 1);
            ++k;
            ++i;
            continue;
        }
        // Several units (or none) for one code point: the pair, or the BMP code unit, and what it folds to.
        const bool pair = U16_IS_LEAD(u) && i + 1 < size && U16_IS_TRAIL(s[i + 1]);
        if (!pair && m == kDrop) {
            ++i;
            continue;
        }
        std::u16string supplementary;
        if (pair)
            supplementary = foldSupplementary(U16_GET_SUPPLEMENTARY(u, s[i + 1]));
        const char16_t single[1] = {m}; // a lone lead surrogate maps to itself
        const char16_t *folded = pair ? supplementary.data() : m == kMulti ? m_multi[u].data() : single;
        const qsizetype count = pair ? qsizetype(supplementary.size()) : m == kMulti ? qsizetype(m_multi[u].size()) : 1;
        const qsizetype width = pair ? 2 : 1;
        if (k + count + (size - i) > capacity) {
            capacity = std::max(capacity * 2, k + count + (size - i));
            o = resized(out, capacity);
        }
        for (qsizetype c = 0; c < count; ++c) {
            o.text[k] = folded[c];
            o.origin[k] = int(i);
            o.originEnd[k] = int(i + width);
            ++k;
        }
        i += width;
    }
    resized(out, k);
}

QString TextNormalizer::fold(const QString &text) const
{
    return normalize(text).text;
}

} // namespace qawb
