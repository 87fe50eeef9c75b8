#include "assignment.h"

#include "sampling.h"

#include <algorithm>
#include <numeric>

namespace qawb {

AssignmentResult assignSample(const std::vector<AssignmentItem> &items,
                              const std::vector<AssignmentInspector> &inspectors, const AssignmentOptions &options)
{
    AssignmentResult result;
    const size_t n = inspectors.size();
    result.perInspector.resize(n);
    result.seconds.assign(n, 0.0);
    if (n == 0) {
        result.unassignable.resize(items.size());
        std::iota(result.unassignable.begin(), result.unassignable.end(), 0);
        return result;
    }
    const auto allowed = [&](const AssignmentItem &item, size_t inspector) {
        return !options.avoidOwnTeam || inspectors[inspector].teamId.isEmpty() ||
               inspectors[inspector].teamId != item.teamId;
    };

    std::vector<bool> used(items.size(), false);
    if (options.calibration > 0) {
        std::vector<int> open;
        for (size_t i = 0; i < items.size(); ++i) {
            bool everyone = true;
            for (size_t k = 0; k < n && everyone; ++k)
                everyone = allowed(items[i], k);
            if (everyone)
                open.push_back(int(i));
        }
        std::sort(open.begin(), open.end(), [&](int a, int b) {
            const quint64 ka = sampleKey(options.seed, items[size_t(a)].id);
            const quint64 kb = sampleKey(options.seed, items[size_t(b)].id);
            return ka != kb ? ka < kb : items[size_t(a)].id < items[size_t(b)].id;
        });
        open.resize(std::min(open.size(), size_t(options.calibration)));
        std::sort(open.begin(), open.end());
        for (int i : open) {
            used[size_t(i)] = true;
            for (double &s : result.seconds)
                s += items[size_t(i)].expectedSeconds;
        }
        result.calibration = std::move(open);
    }

    std::vector<int> order;
    for (size_t i = 0; i < items.size(); ++i) {
        if (!used[i])
            order.push_back(int(i));
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const AssignmentItem &x = items[size_t(a)];
        const AssignmentItem &y = items[size_t(b)];
        return x.expectedSeconds != y.expectedSeconds ? x.expectedSeconds > y.expectedSeconds : x.id < y.id;
    });
    for (int i : order) {
        int best = -1;
        for (size_t k = 0; k < n; ++k) {
            if (!allowed(items[size_t(i)], k))
                continue;
            if (best < 0 || result.seconds[k] < result.seconds[size_t(best)] ||
                (result.seconds[k] == result.seconds[size_t(best)] &&
                 result.perInspector[k].size() < result.perInspector[size_t(best)].size()))
                best = int(k);
        }
        if (best < 0) {
            result.unassignable.push_back(i);
            continue;
        }
        result.perInspector[size_t(best)].push_back(i);
        result.seconds[size_t(best)] += items[size_t(i)].expectedSeconds;
    }
    // Each inspector reviews their share in sample order (the order the sample lists them), not longest first.
    for (std::vector<int> &share : result.perInspector)
        std::sort(share.begin(), share.end());
    std::sort(result.unassignable.begin(), result.unassignable.end());
    return result;
}

} // namespace qawb
