#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace qawb {

// Text in several languages ({"en": ..., "zh_CN": ..., "zh_TW": ...}); picks the best match for a locale.
struct LocalizedText
{
    QMap<QString, QString> byLanguage;
    QString text(const QString &locale) const;
};

// One question of a scorecard.
struct ScorecardItem
{
    enum class Type { YesNo, Scale, Choice, Deductions };
    struct Option
    {
        QString key;
        LocalizedText label;
        double points = 0;
    };

    QString id;
    LocalizedText text;
    LocalizedText guidance;
    Type type = Type::YesNo;
    double points = 0;              // maximum points (for bonus items: points added when met)
    double weight = 1;              // how much the item counts: weight × earned / Σ weight × points
    std::vector<Option> deductions; // Deductions: each a fault with the points it takes off (answer "ok" or keys)
    std::vector<Option> reasons;    // reason codes: when the item fails, at least one must be chosen (points unused)
    // Conditional item: shown and scored only when item showIfItem is answered with one of showIfValues.
    QString showIfItem;
    QStringList showIfValues;
    int scaleSteps = 0;          // Scale: answers are 0..scaleSteps
    std::vector<Option> options; // Choice
    bool naAllowed = false;
    bool fatal = false; // 一票否决: a "no" zeroes the whole evaluation
    bool bonus = false; // 加分项: adds points on top, within the cap
    bool commentRequiredOnFail = false;
    QStringList rules; // auto-QA rules that inform this item
    // The pass rate (0..1) the item should reach in reports ("target" in the JSON; 0.98 = 98%); none: no target.
    std::optional<double> target;

    // Points earned for an answer value ('yes', 'no', a scale step, an option key); nullopt for N/A or unanswered.
    std::optional<double> pointsFor(const QString &value) const;
    // True when the answer counts as failed (for fatal items, required comments and reports).
    bool isFailed(const QString &value) const;
    // The answer values this item accepts, in display order (without 'na'). Deductions: "ok" and each fault's key
    // (an answer combines faults: "late,rude").
    QStringList values() const;
    // Deductions: the fault keys of an answer ("ok" → none); empty for other types.
    static QStringList deductionKeys(const QString &value);
};

struct ScorecardSection
{
    QString id;
    LocalizedText title;
    std::vector<ScorecardItem> items;
};

// The outcome of scoring a set of answers against a scorecard.
struct ScoreResult
{
    struct Subtotal
    {
        double earned = 0;
        double possible = 0;
    };
    double score = 0;     // 0..cap after fatal and bonus rules
    double baseScore = 0; // before bonus and fatal
    double bonus = 0;
    bool fatal = false;
    QStringList fatalItems;
    QStringList unanswered;      // required items without an answer
    QStringList skipped;         // conditional items that do not apply to these answers
    QStringList missingComments; // failed items whose comment is required but empty
    QStringList missingReasons;  // failed items with reason codes and none chosen
    QMap<QString, Subtotal> sections;

    bool complete() const { return unanswered.isEmpty() && missingComments.isEmpty() && missingReasons.isEmpty(); }
};

// A scorecard version's definition: sections of weighted items, fatal and bonus items. Plain data, no store.
class Scorecard final
{
    Q_DECLARE_TR_FUNCTIONS(Scorecard)

public:
    // Reads the documented JSON form ("format": "qawb-scorecard/1"). On error returns nullopt and sets *error.
    static std::optional<Scorecard> fromJson(const QByteArray &json, QString *error);

    QString key() const { return m_key; }
    int version() const { return m_version; }
    LocalizedText name() const { return m_name; }
    QString channel() const { return m_channel; }
    double cap() const { return m_cap; }
    double passScore() const { return m_passScore; }
    const std::vector<ScorecardSection> &sections() const { return m_sections; }
    const ScorecardItem *item(const QString &id) const;
    // Whether a conditional item applies given the answers so far (unconditional items always do).
    bool applies(const ScorecardItem &item, const QMap<QString, QString> &answers) const;

    // Scores answers (item id -> value; "na" marks N/A). Pure: same answers, same result.
    // reasons: item id -> chosen reason keys (failed items with reason codes need one).
    ScoreResult score(const QMap<QString, QString> &answers, const QMap<QString, QString> &comments = {},
                      const QMap<QString, QStringList> &reasons = {}) const;

private:
    QString m_key;
    int m_version = 1;
    LocalizedText m_name;
    QString m_channel;
    double m_cap = 100;
    double m_passScore = 80;
    std::vector<ScorecardSection> m_sections;
};

} // namespace qawb
