#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace qawb {

// Finds every occurrence of thousands of phrases in one pass over the text (Aho-Corasick over UTF-16 code units).
// Phrases and text are expected to be normalised alike (TextNormalizer). Build once, then match from any number of
// threads: matching only reads the automaton.
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
    void match(const QString &text, F &&onMatch) const
    {
        const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
        const int n = int(text.size());
        int32_t state = 0;
        for (int i = 0; i < n; ++i) {
            state = next(state, s[i]);
            for (int32_t out = m_nodes[size_t(state)].output; out >= 0; out = m_outputs[size_t(out)].next) {
                const int id = m_outputs[size_t(out)].phrase;
                onMatch(id, i + 1 - m_lengths[size_t(id)], i + 1);
            }
        }
    }

private:
    struct Node
    {
        int32_t firstChild = 0; // index into m_edges (children sorted by unit)
        int32_t childCount = 0;
        int32_t fail = 0;
        int32_t output = -1; // first entry of this node's output list (its own phrases, then its suffixes')
    };
    struct Edge
    {
        char16_t unit;
        int32_t target;
    };
    struct Output
    {
        int32_t phrase;
        int32_t next;
    };

    int32_t child(int32_t node, char16_t unit) const;
    int32_t next(int32_t state, char16_t unit) const
    {
        for (;;) {
            if (state == 0)
                return m_root[unit];
            const int32_t c = child(state, unit);
            if (c > 0)
                return c;
            state = m_nodes[size_t(state)].fail;
        }
    }

    std::vector<std::u16string> m_phrases; // until build()
    std::vector<int> m_lengths;
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<Output> m_outputs;
    std::vector<int32_t> m_root; // dense transitions of the root: most text units leave from the root
    bool m_built = false;
};

} // namespace qawb
