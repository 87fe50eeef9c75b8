#include "phrasematcher.h"

#include <algorithm>
#include <map>
#include <queue>

namespace qawb {

int PhraseMatcher::add(const QString &phrase)
{
    if (phrase.isEmpty() || m_built)
        return -1;
    m_phrases.emplace_back(reinterpret_cast<const char16_t *>(phrase.utf16()), size_t(phrase.size()));
    m_lengths.push_back(int(phrase.size()));
    return int(m_lengths.size()) - 1;
}

int32_t PhraseMatcher::child(int32_t node, char16_t unit) const
{
    const Node &n = m_nodes[size_t(node)];
    const Edge *first = m_edges.data() + n.firstChild;
    const Edge *last = first + n.childCount;
    const Edge *it = std::lower_bound(first, last, unit, [](const Edge &e, char16_t u) { return e.unit < u; });
    return it != last && it->unit == unit ? it->target : 0;
}

void PhraseMatcher::build()
{
    // 1. A trie with map children (construction only).
    std::vector<std::map<char16_t, int32_t>> trie(1);
    std::vector<std::vector<int32_t>> terminal(1);
    for (size_t id = 0; id < m_phrases.size(); ++id) {
        int32_t node = 0;
        for (const char16_t u : m_phrases[id]) {
            auto it = trie[size_t(node)].find(u);
            if (it == trie[size_t(node)].end()) {
                trie.emplace_back();
                terminal.emplace_back();
                it = trie[size_t(node)].emplace(u, int32_t(trie.size() - 1)).first;
            }
            node = it->second;
        }
        terminal[size_t(node)].push_back(int32_t(id));
    }
    // 2. Flatten the children into sorted edge arrays.
    m_nodes.assign(trie.size(), Node());
    m_edges.clear();
    for (size_t i = 0; i < trie.size(); ++i) {
        m_nodes[i].firstChild = int32_t(m_edges.size());
        m_nodes[i].childCount = int32_t(trie[i].size());
        for (const auto &[unit, target] : trie[i])
            m_edges.push_back({unit, target});
    }
    m_root.assign(0x10000, 0);
    for (const auto &[unit, target] : trie[0])
        m_root[unit] = target;
    // 3. Failure links breadth-first; each node's output list is its own phrases followed by its failure node's list.
    std::vector<int32_t> order;
    order.reserve(trie.size());
    std::queue<int32_t> queue;
    for (const auto &[unit, target] : trie[0]) {
        m_nodes[size_t(target)].fail = 0;
        queue.push(target);
    }
    while (!queue.empty()) {
        const int32_t node = queue.front();
        queue.pop();
        order.push_back(node);
        for (const auto &[unit, target] : trie[size_t(node)]) {
            int32_t f = m_nodes[size_t(node)].fail;
            int32_t link = 0;
            for (;;) {
                const int32_t c = f == 0 ? m_root[unit] : child(f, unit);
                if (c > 0 && c != target) {
                    link = c;
                    break;
                }
                if (f == 0)
                    break;
                f = m_nodes[size_t(f)].fail;
            }
            m_nodes[size_t(target)].fail = link;
            queue.push(target);
        }
    }
    m_outputs.clear();
    for (const int32_t node : order) { // parents and failure targets come first in BFS order
        int32_t head = m_nodes[size_t(m_nodes[size_t(node)].fail)].output;
        for (auto it = terminal[size_t(node)].rbegin(); it != terminal[size_t(node)].rend(); ++it) {
            m_outputs.push_back({*it, head});
            head = int32_t(m_outputs.size()) - 1;
        }
        m_nodes[size_t(node)].output = head;
    }
    m_phrases.clear();
    m_phrases.shrink_to_fit();
    m_built = true;
}

} // namespace qawb
