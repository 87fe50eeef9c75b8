#include "hitpresentation.h"

#include "core/ruleset.h"
#include "core/rulesetrepository.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>

namespace qawb {

namespace {

// The category colour mixed with white: readable black text on it, still clearly that colour.
QString tint(const QString &color)
{
    const QColor c(color);
    const auto mix = [](int v) {
        return (v * 35 + 255 * 65) / 100;
    };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue())).name();
}

int severityRank(const QString &s)
{
    if (s == QLatin1String("critical"))
        return 3;
    if (s == QLatin1String("major"))
        return 2;
    if (s == QLatin1String("minor"))
        return 1;
    return 0;
}

QString escapeText(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}
} // namespace

QString severityLabel(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return QCoreApplication::translate("qawb::DisplayHit", "critical");
    if (severity == QLatin1String("major"))
        return QCoreApplication::translate("qawb::DisplayHit", "major");
    if (severity == QLatin1String("minor"))
        return QCoreApplication::translate("qawb::DisplayHit", "minor");
    return QCoreApplication::translate("qawb::DisplayHit", "info");
}

QString DisplayHit::toolTip() const
{
    QString tip = QCoreApplication::translate("qawb::DisplayHit", "%1 — %2 (%3)")
                      .arg(ruleName, categoryName, severityLabel(severity));
    if (!hit.detail.isEmpty() && !mask)
        tip += QStringLiteral(": ") + hit.detail;
    return tip;
}

std::vector<DisplayHit> presentHits(const std::vector<StoredHit> &hits, const RuleSet *rules)
{
    const QString locale = QLocale().name();
    std::vector<DisplayHit> out;
    out.reserve(hits.size());
    for (const StoredHit &s : hits) {
        DisplayHit d;
        d.hit = s.hit;
        d.category = s.category;
        d.severity = s.severity;
        const Rule *rule = rules ? rules->rule(s.hit.ruleId) : nullptr;
        d.ruleName = rule ? rule->name.text(locale) : s.hit.ruleId;
        if (d.ruleName.isEmpty())
            d.ruleName = s.hit.ruleId;
        d.mask = rule && rule->mask;
        if (rule && rule->kind == Rule::Kind::Spelling)
            d.spellingLanguages = rule->languages;
        const auto category = rules ? rules->categories().value(s.category) : RuleCategory();
        d.categoryName = category.name.text(locale);
        if (d.categoryName.isEmpty())
            d.categoryName = s.category;
        d.color = category.color.isEmpty() ? QStringLiteral("#fbbc04") : category.color;
        out.push_back(std::move(d));
    }
    return out;
}

QString highlightedTurnHtml(const QString &text, const std::vector<const DisplayHit *> &hits, bool maskPersonalData)
{
    QString badges;
    std::vector<const DisplayHit *> spans;
    for (const DisplayHit *h : hits) {
        if (h->hasSpan() && h->hit.end <= text.size()) {
            spans.push_back(h);
            continue;
        }
        // A hit on the whole turn, or one that marks where something is missing.
        QString label = h->ruleName;
        if (!h->hit.detail.isEmpty())
            label += QStringLiteral(": ") + h->hit.detail;
        badges += QStringLiteral("<span style='background:%1; color:white; font-size:small;' title='%2'>&nbsp;%3&nbsp;"
                                 "</span> ")
                      .arg(h->color, h->toolTip().toHtmlEscaped(), label.toHtmlEscaped());
    }
    if (spans.empty())
        return badges + escapeText(text);
    // Cut the text at every span boundary; each piece takes the colour of its most severe hit.
    std::vector<int> cuts{0, int(text.size())};
    for (const DisplayHit *h : spans) {
        cuts.push_back(h->hit.start);
        cuts.push_back(h->hit.end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QString html = badges;
    for (size_t i = 0; i + 1 < cuts.size(); ++i) {
        const int from = cuts[i];
        const int to = cuts[i + 1];
        const QString piece = text.mid(from, to - from);
        const DisplayHit *top = nullptr;
        QStringList tips;
        bool masked = false;
        for (const DisplayHit *h : spans) {
            if (h->hit.start <= from && h->hit.end >= to) {
                tips << h->toolTip();
                masked = masked || (maskPersonalData && h->mask);
                if (!top || severityRank(h->severity) > severityRank(top->severity))
                    top = h;
            }
        }
        if (!top) {
            html += escapeText(piece);
            continue;
        }
        // Masked text keeps its length so the layout does not jump when it is revealed.
        const QString shown = masked ? QString(piece.size(), QChar(0x2022)) : piece;
        html +=
            QStringLiteral("<span style='background:%1; color:black; border-bottom:2px solid %2;' title='%3'>%4</span>")
                .arg(tint(top->color), top->color, tips.join(QLatin1Char('\n')).toHtmlEscaped(), escapeText(shown));
    }
    return html;
}

int locateQuote(const QString &text, const QString &quote, int near)
{
    if (quote.isEmpty())
        return -1;
    int best = -1;
    for (int at = int(text.indexOf(quote)); at >= 0; at = int(text.indexOf(quote, at + 1))) {
        if (best < 0 || std::abs(at - near) < std::abs(best - near))
            best = at;
    }
    return best;
}

std::vector<DisplayHit> displayHits(Store &store, const QString &conversationId)
{
    const auto hits = AutoQaRunner::hits(store, conversationId);
    if (hits.empty())
        return {};
    // Names and colours come from the version that produced the hits.
    const auto rules = RuleSetRepository(store).version(hits.front().ruleSetVersionId);
    return presentHits(hits, rules ? &rules->rules : nullptr);
}

} // namespace qawb
