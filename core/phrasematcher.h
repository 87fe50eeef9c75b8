#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace qawb {

// Finds every occurrence of thousands of phrases in one pass over the text (Aho-Corasick over UTF-16 code units).
// Phrases and text are expected to be normalised alike (TextNormalizer). Build once, then match from any number of
// threads: matching only reads the automaton.
//
// The automaton is close to a DFA, laid out for the cache:
// - The root has a dense table over all 65,536 code units. Each entry also carries a 32-bit filter of the units the
//   state it leads to has transitions for, so that from such a state (most of the time in Chinese text, where nearly
//   every character starts some phrase) a unit that cannot continue it goes straight back to the root table without
//   touching the state's memory.
// - Every other state has a short sorted list of transitions that already includes those of its failure state (as
//   long as that stays short), so a unit costs one table or list lookup, not a walk along failure links. A state is
//   one block of memory (header, units, targets), scanned 8 units at a time.
class PhraseMatcher final
{
public:
    // Adds a phrase; returns its id (ids are dense, in insertion order). Empty phrases are ignored (returns -1).
    int add(const QString &phrase);
    // Builds the automaton; add() may not be called afterwards.
    void build();
    int phraseCount() const { return int(m_lengths.size()); }
    int phraseLength(int id) const { return m_lengths[size_t(id)]; }

    // Calls onMatch(phraseId, start, end) for every occurrence, overlapping ones included, in order of end position.
    template <typename F>
    void match(QStringView text, F &&onMatch) const
    {
        if (!m_built)
            return;
        const char16_t *s = text.utf16();
        const int n = int(text.size());
        const uint32_t *code = m_code.data();
        const uint64_t *root = m_root.data();
        uint32_t state = 0;  // block offset | kEnds
        uint32_t filter = 0; // units the state may have a transition for (bit unit % 32); all for deeper states
        for (int i = 0; i < n; ++i) {
            const char16_t unit = s[i];
#if defined(__GNUC__)
            if (i + kPrefetch < n) // the root entry of a later unit: the one load that does not wait for the state
                __builtin_prefetch(root + s[i + kPrefetch]);
#endif
            uint32_t to = 0;
            if (filter & (1u << (unit & 31u)))
                to = step(code, state & ~kEnds, unit);
            if (to != 0) {
                state = to;
                filter = ~0u;
            } else {
                const uint64_t entry = root[unit];
                state = uint32_t(entry);
                filter = uint32_t(entry >> 32);
            }
            if (state & kEnds) {
                for (int32_t out = int32_t(code[(state & ~kEnds) + kOutput]); out >= 0;
                     out = m_outputs[size_t(out)].next) {
                    const int id = m_outputs[size_t(out)].phrase;
                    onMatch(id, i + 1 - m_lengths[size_t(id)], i + 1);
                }
            }
        }
    }
    template <typename F>
    void match(const QString &text, F &&onMatch) const
    {
        match(QStringView(text), std::forward<F>(onMatch));
    }

private:
    // A state is the offset of its block in m_code (a multiple of 4), plus kEnds if it ends at least one phrase; 0 is
    // the root. A block:
    //   [kCount]    number of transitions, a multiple of 8 (the list is padded by repeating its last entry)
    //   [kFallback] the state whose transitions apply to units not in the list (0: the root table)
    //   [kOutput]   first entry of the state's output list in m_outputs (-1: none)
    //   [3]         unused, so that the units start on a 16-byte boundary
    //   units       count UTF-16 units, sorted, two per word
    //   targets     count states
    // A root table entry: the state in the low 32 bits, its filter in the high 32 bits.
    static constexpr uint32_t kCount = 0, kFallback = 1, kOutput = 2, kHeader = 4;
#if defined(__GNUC__)
    typedef char16_t Unit __attribute__((__may_alias__)); // units live in the words of m_code
#else
    typedef char16_t Unit;
#endif
    static constexpr uint32_t kEnds = 1;
    static constexpr int kPrefetch = 8;
    static constexpr uint32_t kScanned = 128;   // lists up to this long are scanned 8 units at a time, longer bisected
    static constexpr size_t kInheritLimit = 48; // a failure state's list is copied into its dependants up to this size

    struct Output
    {
        int32_t phrase;
        int32_t next;
    };

    // The transition on unit from the block at offset, following fallbacks; 0 when it is the root table's.
    static uint32_t step(const uint32_t *code, uint32_t offset, char16_t unit)
    {
        while (offset != 0) {
            const uint32_t *block = code + offset;
            const uint32_t count = block[kCount];
            const Unit *units = reinterpret_cast<const Unit *>(block + kHeader);
            const uint32_t *targets = block + kHeader + count / 2;
            if (count <= kScanned) {
#if defined(__SSE2__)
                const __m128i key = _mm_set1_epi16(short(unit));
                for (uint32_t b = 0; b < count; b += 8) {
                    const __m128i eight = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + b));
                    const int mask = _mm_movemask_epi8(_mm_cmpeq_epi16(eight, key));
                    if (mask != 0)
                        return targets[b + (unsigned(__builtin_ctz(unsigned(mask))) >> 1)];
                }
#else
                for (uint32_t k = 0; k < count; ++k) {
                    if (units[k] == unit)
                        return targets[k];
                }
#endif
            } else {
                const Unit *it = std::lower_bound(units, units + count, unit);
                if (it != units + count && *it == unit)
                    return targets[it - units];
            }
            offset = block[kFallback];
        }
        return 0;
    }

    std::vector<std::u16string> m_phrases; // until build()
    std::vector<int> m_lengths;
    std::vector<uint32_t> m_code;  // the states' blocks
    std::vector<uint64_t> m_root;  // dense transitions of the root, with filters
    std::vector<Output> m_outputs; // output lists: a state's own phrases, then its failure state's
    bool m_built = false;
};

} // namespace qawb
