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

void PhraseMatcher::build()
{
    if (m_built)
        return;
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
    const size_t nodeCount = trie.size();
    auto childOf = [&](int32_t node, char16_t unit) -> int32_t {
        const auto &children = trie[size_t(node)];
        const auto it = children.find(unit);
        return it == children.end() ? 0 : it->second;
    };

    // 2. Failure links breadth-first.
    std::vector<int32_t> fail(nodeCount, 0);
    std::vector<int32_t> order;
    order.reserve(nodeCount);
    std::queue<int32_t> queue;
    for (const auto &[unit, target] : trie[0])
        queue.push(target);
    while (!queue.empty()) {
        const int32_t node = queue.front();
        queue.pop();
        order.push_back(node);
        for (const auto &[unit, target] : trie[size_t(node)]) {
            int32_t f = fail[size_t(node)];
            int32_t link = 0;
            for (;;) {
                const int32_t c = childOf(f, unit);
                if (c > 0 && c != target) {
                    link = c;
                    break;
                }
                if (f == 0)
                    break;
                f = fail[size_t(f)];
            }
            fail[size_t(target)] = link;
            queue.push(target);
        }
    }

    // 3. Each node's output list is its own phrases followed by its failure node's list.
    std::vector<int32_t> outputHead(nodeCount, -1);
    m_outputs.clear();
    for (const int32_t node : order) { // parents and failure targets come first in BFS order
        int32_t head = outputHead[size_t(fail[size_t(node)])];
        for (auto it = terminal[size_t(node)].rbegin(); it != terminal[size_t(node)].rend(); ++it) {
            m_outputs.push_back({*it, head});
            head = int32_t(m_outputs.size()) - 1;
        }
        outputHead[size_t(node)] = head;
    }

    // 4. Transitions. The root: a dense table. Every other node: its children, plus the transitions of its failure
    // node when that list is short (so the text does not walk the failure chain), else a fallback to that node.
    std::vector<std::vector<std::pair<char16_t, int32_t>>> lists(nodeCount);
    std::vector<int32_t> fallbackNode(nodeCount, 0);
    for (const int32_t node : order) {
        const int32_t f = fail[size_t(node)];
        auto &list = lists[size_t(node)];
        for (const auto &[unit, target] : trie[size_t(node)])
            list.emplace_back(unit, target);
        // A node without children (the end of a phrase) is reached only when a phrase matched: it keeps no copy.
        if (f != 0 && !list.empty() && lists[size_t(f)].size() <= kInheritLimit) {
            for (const auto &[unit, target] : lists[size_t(f)]) {
                if (trie[size_t(node)].find(unit) == trie[size_t(node)].end())
                    list.emplace_back(unit, target);
            }
            std::sort(list.begin(), list.end());
            fallbackNode[size_t(node)] = fallbackNode[size_t(f)];
        } else {
            fallbackNode[size_t(node)] = f;
        }
    }
    // 5. One block per node (see the header), in BFS order; its offset is its state. The root is the header at 0.
    std::vector<uint32_t> placed(nodeCount, 0);
    uint32_t at = kHeader;
    for (const int32_t node : order) {
        placed[size_t(node)] = at;
        const uint32_t padded = uint32_t((lists[size_t(node)].size() + 7) / 8 * 8);
        at += kHeader + padded / 2 + padded;
    }
    auto state = [&](int32_t node) {
        return placed[size_t(node)] | (outputHead[size_t(node)] >= 0 ? kEnds : 0u);
    };
    m_code.assign(at, 0);
    m_code[kOutput] = uint32_t(-1); // the root ends no phrase
    for (const int32_t node : order) {
        uint32_t *block = m_code.data() + placed[size_t(node)];
        const auto &list = lists[size_t(node)];
        const uint32_t padded = uint32_t((list.size() + 7) / 8 * 8);
        block[kCount] = padded;
        block[kFallback] = fallbackNode[size_t(node)] == 0 ? 0 : placed[size_t(fallbackNode[size_t(node)])];
        block[kOutput] = uint32_t(outputHead[size_t(node)]);
        Unit *units = reinterpret_cast<Unit *>(block + kHeader);
        uint32_t *targets = block + kHeader + padded / 2;
        // Padding repeats the last entry: a match there gives the same target.
        for (uint32_t k = 0; k < padded; ++k) {
            const auto &[unit, target] = list[std::min(size_t(k), list.size() - 1)];
            units[k] = unit;
            targets[k] = state(target);
        }
    }
    // The root's children fail to the root, so their lists hold only their own children: a unit outside the filter
    // of such a state goes back to the root table.
    m_root.assign(0x10000, 0);
    for (const auto &[unit, target] : trie[0]) {
        uint32_t filter = 0;
        for (const auto &entry : lists[size_t(target)])
            filter |= 1u << (entry.first & 31u);
        m_root[unit] = (uint64_t(filter) << 32) | state(target);
    }
    m_code.shrink_to_fit();
    m_phrases.clear();
    m_phrases.shrink_to_fit();
    m_built = true;
}

} // namespace qawb
