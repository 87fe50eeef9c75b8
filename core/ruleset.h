#pragma once

#include "scorecard.h" // LocalizedText

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <optional>
#include <vector>

namespace qawb {

// One auto-QA rule. The JSON form is documented in the README ("Rule set format").
struct Rule
{
    enum class Kind {
        Phrases,       // any (or all) of the phrases / patterns occur: each occurrence is a hit
        MustAppear,    // a phrase must occur within a window of turns; missing it is the hit
        FirstResponse, // chats: the agent's first reply came later than threshold_s
        SlowReply,     // chats: an agent reply came later than threshold_s after the customer's message
        Silence,       // calls: dead air longer than threshold_s between turns
        Overtalk,      // calls: two speakers at once for longer than threshold_s
        Hold,          // calls: an announced hold ("请稍等") followed by silence of at least threshold_s
        Spelling,      // Latin-script words Hunspell does not know
    };

    QString id;
    LocalizedText name;
    QString category; // e.g. greeting, closing, forbidden, risk, personal_data, guidance, empathy
    QString severity = QStringLiteral("minor"); // info | minor | major | critical
    Kind kind = Kind::Phrases;
    QString speaker = QStringLiteral("any"); // agent | customer | any
    QStringList channels;                    // empty: calls and chats
    QStringList phrases;                     // matched after normalisation (width, case, Traditional → Simplified)
    QStringList regexes;                     // ICU regular expressions on the normalised text, time-bounded
    bool all = false;                        // Phrases: every phrase must occur in the same turn
    bool wholeWords = true;                  // phrase ends in Latin letters or digits match on word boundaries only
    QStringList negations;                   // suppress a hit when one of these ends just before it ("不" + "满意")
    int negationWindow = 2;                  // characters allowed between the negation and the phrase
    int firstTurns = 0;                      // MustAppear window: the speaker's first N turns ...
    double firstSeconds = 0;                 // ... and/or the first T seconds of the conversation
    int lastTurns = 0;                       // ... or the speaker's last N turns
    double thresholdS = 0;                   // timing rules
    QStringList excusePhrases; // Silence: a gap right after one of these (an announced hold) is not dead air
    QStringList languages;     // Spelling: Hunspell dictionaries, e.g. en_US
    QStringList customWords;   // Spelling: product names and other words to accept
    QStringList items;         // scorecard items this rule informs (pre-fill)
    bool mask = false;         // personal data: masked on screen until revealed

    bool appliesTo(const QString &channel) const { return channels.isEmpty() || channels.contains(channel); }
    bool appliesToSpeaker(const QString &who) const { return speaker == QLatin1String("any") || speaker == who; }
};

// How a category is shown: its name and highlight colour.
struct RuleCategory
{
    LocalizedText name;
    QString color;     // #rrggbb
    bool risk = false; // counts as a risk flag in the case list
};

// A versioned set of rules (the JSON file QA managers edit; format "qawb-rules/1").
class RuleSet final
{
    Q_DECLARE_TR_FUNCTIONS(RuleSet)

public:
    // Parses and validates (unique ids, known kinds, regexes that compile). On error: nullopt and a message naming
    // the rule and field.
    static std::optional<RuleSet> fromJson(const QByteArray &json, QString *error);
    // The rule set shipped with the application (zh-Hans and en).
    static RuleSet builtIn();

    QString key() const { return m_key; }
    int version() const { return m_version; }
    LocalizedText name() const { return m_name; }
    const std::vector<Rule> &rules() const { return m_rules; }
    const Rule *rule(const QString &id) const;
    const QMap<QString, RuleCategory> &categories() const { return m_categories; }
    // The definition as read, and a digest of each rule's definition (to find the rules that changed).
    QByteArray json() const { return m_json; }
    QMap<QString, QByteArray> ruleDigests() const { return m_ruleDigests; }

    // A copy with only the given rules (recomputing only what changed).
    RuleSet subset(const QStringList &ruleIds) const;

private:
    QString m_key;
    int m_version = 1;
    LocalizedText m_name;
    QMap<QString, RuleCategory> m_categories;
    std::vector<Rule> m_rules;
    QByteArray m_json;
    QMap<QString, QByteArray> m_ruleDigests;
};

} // namespace qawb
