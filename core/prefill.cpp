#include "prefill.h"

#include <algorithm>

namespace qawb {

namespace {

QString passing(const ScorecardItem &item)
{
    switch (item.type) {
    case ScorecardItem::Type::YesNo:
        return QStringLiteral("yes");
    case ScorecardItem::Type::Scale:
        return QString::number(item.scaleSteps);
    case ScorecardItem::Type::Choice: {
        const auto best = std::max_element(item.options.cbegin(), item.options.cend(),
                                           [](const auto &a, const auto &b) { return a.points < b.points; });
        return best == item.options.cend() ? QString() : best->key;
    }
    case ScorecardItem::Type::Deductions:
        return QStringLiteral("ok");
    }
    return {};
}

QString failing(const ScorecardItem &item)
{
    switch (item.type) {
    case ScorecardItem::Type::YesNo:
        return QStringLiteral("no");
    case ScorecardItem::Type::Scale:
        return QStringLiteral("0");
    case ScorecardItem::Type::Choice: {
        const auto worst = std::min_element(item.options.cbegin(), item.options.cend(),
                                            [](const auto &a, const auto &b) { return a.points < b.points; });
        return worst == item.options.cend() ? QString() : worst->key;
    }
    case ScorecardItem::Type::Deductions:
        return {};
    }
    return {};
}

} // namespace

QMap<QString, Suggestion> suggestAnswers(const Scorecard &card, const QStringList &firedRules)
{
    QMap<QString, Suggestion> out;
    for (const ScorecardSection &section : card.sections()) {
        for (const ScorecardItem &item : section.items) {
            if (item.rules.isEmpty())
                continue;
            Suggestion s;
            for (const QString &rule : item.rules) {
                const int n = int(firedRules.count(rule));
                if (n > 0) {
                    s.rules << rule;
                    s.hits += n;
                }
            }
            const bool fired = s.hits > 0;
            if (item.bonus)
                s.value = fired ? QStringLiteral("yes") : QStringLiteral("no");
            else
                s.value = fired ? failing(item) : passing(item);
            out.insert(item.id, s);
        }
    }
    return out;
}

} // namespace qawb
