#pragma once

#include "core/autoqarunner.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace qawb {

class RuleSet;
class Store;

// A rule hit as the case view shows it: what fired, in which colour, and whether its text is personal data.
struct DisplayHit
{
    Hit hit;
    QString ruleName;
    QString category;
    QString categoryName;
    QString severity;
    QString color;                 // #rrggbb of the category
    bool mask = false;             // personal data: hidden until revealed
    QStringList spellingLanguages; // spelling hits: dictionaries to ask for suggestions (computed on demand)

    bool hasSpan() const { return hit.start >= 0 && hit.end > hit.start; }
    QString toolTip() const;
};

// Joins stored hits with the rule set's names and colours, in the UI language.
std::vector<DisplayHit> presentHits(const std::vector<StoredHit> &hits, const RuleSet *rules);

// A conversation's stored hits, presented with the names and colours of the rule-set version that produced them.
std::vector<DisplayHit> displayHits(Store &store, const QString &conversationId);

// The HTML of one turn's text with its hits highlighted (colour per category, tooltip with rule and severity),
// personal data masked when asked, and turn-level hits ("no greeting", "slow reply: 95 s") as badges before it.
QString highlightedTurnHtml(const QString &text, const std::vector<const DisplayHit *> &hits, bool maskPersonalData);

// Where words selected on screen sit in a turn's text: the occurrence of quote nearest to offset near (a word said
// twice anchors to the one selected); -1 when the words are not in the text (e.g. masked personal data).
int locateQuote(const QString &text, const QString &quote, int near);

// Translated severity name.
QString severityLabel(const QString &severity);

} // namespace qawb
