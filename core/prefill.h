#pragma once

#include "core/scorecard.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace qawb {

// What auto-QA suggests for a scorecard item linked to rules ("rules": [...] in the scorecard).
struct Suggestion
{
    QString value;     // the suggested answer; empty when auto-QA can show evidence but not decide
    QStringList rules; // the linked rules that fired (empty: none did)
    int hits = 0;      // how many hits of those rules
};

// Suggests answers from the rules that fired on a conversation (one entry per hit), for every item linked to rules:
//  - a linked rule fired: the item failed ("no", the lowest step or option) — except bonus items, which a hit earns;
//  - none fired: the item passed ("yes", the top step or option; "ok" for deductions) — a bonus item is not earned.
// Deductions items with hits get evidence but no value (which fault is the inspector's call). Pure.
QMap<QString, Suggestion> suggestAnswers(const Scorecard &card, const QStringList &firedRules);

} // namespace qawb
