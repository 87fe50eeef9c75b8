#pragma once

#include "phrasematcher.h"
#include "ruleset.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class RegexPattern;
U_NAMESPACE_END

namespace qawb {

struct Conversation;

// One rule hit: where in the conversation a rule fired (or, for a missing greeting, where it should have fired).
struct Hit
{
    QString ruleId;
    int turnSeq = -1; // -1: the whole conversation
    int start = -1;   // character span in the turn's original text (UTF-16 units); -1/-1 for the whole turn
    int end = -1;
    qint64 startMs = -1; // calls: time span in the recording; -1 if none
    qint64 endMs = -1;
    QString detail; // the matched text, a delay ("95 s"), a misspelt word ...

    bool operator==(const Hit &o) const
    {
        return ruleId == o.ruleId && turnSeq == o.turnSeq && start == o.start && end == o.end && startMs == o.startMs &&
               endMs == o.endMs && detail == o.detail;
    }
};

// Runs a rule set over conversations. Built once per rule set (one multi-pattern automaton for every phrase of every
// rule, compiled regexes); run() only reads it, so any number of threads may run conversations at once.
class AutoQaEngine final
{
public:
    explicit AutoQaEngine(RuleSet rules);
    ~AutoQaEngine();
    Q_DISABLE_COPY_MOVE(AutoQaEngine)

    const RuleSet &ruleSet() const { return m_rules; }
    // Every hit in the conversation, ordered by turn and position.
    std::vector<Hit> run(const Conversation &conversation) const;

private:
    struct PhraseUse
    {
        int rule;   // index into m_rules.rules()
        int phrase; // index of the phrase within its list
        enum Role { Match, Excuse } role;
    };
    RuleSet m_rules;
    PhraseMatcher m_matcher;
    std::vector<std::vector<PhraseUse>> m_uses;    // by phrase id
    std::vector<std::vector<QString>> m_negations; // by rule, normalised
    std::vector<uint8_t> m_wordEdges;              // by phrase id: ends needing a word boundary (whole words)
    std::vector<std::vector<std::unique_ptr<icu::RegexPattern>>> m_regexes; // by rule
};

} // namespace qawb
