#include "ruleset.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <unicode/regex.h>

#include <memory>

namespace qawb {

namespace {

LocalizedText localizedFrom(const QJsonValue &v)
{
    LocalizedText t;
    if (v.isString()) {
        t.byLanguage.insert(QStringLiteral("en"), v.toString());
        return t;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isString())
            t.byLanguage.insert(it.key(), it.value().toString());
    }
    return t;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray()) {
        if (s.isString() && !s.toString().isEmpty())
            out << s.toString();
    }
    return out;
}

const QMap<QString, Rule::Kind> &kinds()
{
    static const QMap<QString, Rule::Kind> map{
        {QStringLiteral("phrases"), Rule::Kind::Phrases},
        {QStringLiteral("must_not_appear"), Rule::Kind::Phrases},
        {QStringLiteral("must_appear"), Rule::Kind::MustAppear},
        {QStringLiteral("first_response"), Rule::Kind::FirstResponse},
        {QStringLiteral("slow_reply"), Rule::Kind::SlowReply},
        {QStringLiteral("silence"), Rule::Kind::Silence},
        {QStringLiteral("overtalk"), Rule::Kind::Overtalk},
        {QStringLiteral("hold"), Rule::Kind::Hold},
        {QStringLiteral("spelling"), Rule::Kind::Spelling},
    };
    return map;
}

} // namespace

std::optional<RuleSet> RuleSet::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(tr("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("qawb-rules/1"))
        return fail(tr("format: expected \"qawb-rules/1\""));
    RuleSet set;
    set.m_json = json;
    set.m_key = root.value(QStringLiteral("id")).toString();
    if (set.m_key.isEmpty())
        return fail(tr("id: required"));
    set.m_version = root.value(QStringLiteral("version")).toInt(0);
    if (set.m_version < 1)
        return fail(tr("version: a whole number ≥ 1 is required"));
    set.m_name = localizedFrom(root.value(QStringLiteral("name")));
    const QJsonObject categories = root.value(QStringLiteral("categories")).toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        RuleCategory category;
        category.name = localizedFrom(c.value(QStringLiteral("name")));
        category.color = c.value(QStringLiteral("color")).toString(QStringLiteral("#fbbc04"));
        category.risk = c.value(QStringLiteral("risk")).toBool(false);
        set.m_categories.insert(it.key(), category);
    }
    QSet<QString> ids;
    const QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject r = rules[i].toObject();
        Rule rule;
        rule.id = r.value(QStringLiteral("id")).toString();
        const QString where = rule.id.isEmpty() ? QStringLiteral("rules[%1]").arg(i) : rule.id;
        if (rule.id.isEmpty() || ids.contains(rule.id))
            return fail(tr("%1: id missing or not unique").arg(where));
        ids.insert(rule.id);
        const QString kind = r.value(QStringLiteral("kind")).toString();
        if (!kinds().contains(kind))
            return fail(tr("%1: kind: expected one of %2").arg(where, kinds().keys().join(QStringLiteral(", "))));
        rule.kind = kinds().value(kind);
        rule.name = localizedFrom(r.value(QStringLiteral("name")));
        rule.category = r.value(QStringLiteral("category")).toString();
        if (rule.category.isEmpty())
            return fail(tr("%1: category: required").arg(where));
        if (!set.m_categories.contains(rule.category))
            set.m_categories.insert(rule.category,
                                    RuleCategory{localizedFrom(rule.category), QStringLiteral("#fbbc04"), false});
        rule.severity = r.value(QStringLiteral("severity")).toString(QStringLiteral("minor"));
        static const QStringList severities{QStringLiteral("info"), QStringLiteral("minor"), QStringLiteral("major"),
                                            QStringLiteral("critical")};
        if (!severities.contains(rule.severity))
            return fail(tr("%1: severity: expected info, minor, major or critical").arg(where));
        rule.speaker = r.value(QStringLiteral("speaker")).toString(QStringLiteral("any"));
        if (rule.speaker != QLatin1String("agent") && rule.speaker != QLatin1String("customer") &&
            rule.speaker != QLatin1String("any"))
            return fail(tr("%1: speaker: expected agent, customer or any").arg(where));
        rule.channels = strings(r.value(QStringLiteral("channels")));
        rule.phrases = strings(r.value(QStringLiteral("phrases")));
        rule.regexes = strings(r.value(QStringLiteral("regex")));
        rule.all = r.value(QStringLiteral("match")).toString(QStringLiteral("any")) == QLatin1String("all");
        rule.wholeWords = r.value(QStringLiteral("whole_words")).toBool(true);
        rule.negations = strings(r.value(QStringLiteral("negations")));
        rule.negationWindow = r.value(QStringLiteral("negation_window")).toInt(2);
        const QJsonObject window = r.value(QStringLiteral("window")).toObject();
        rule.firstTurns = window.value(QStringLiteral("first_turns")).toInt(0);
        rule.firstSeconds = window.value(QStringLiteral("first_seconds")).toDouble(0);
        rule.lastTurns = window.value(QStringLiteral("last_turns")).toInt(0);
        rule.thresholdS = r.value(QStringLiteral("threshold_s")).toDouble(0);
        rule.excusePhrases = strings(r.value(QStringLiteral("excuse_phrases")));
        rule.languages = strings(r.value(QStringLiteral("languages")));
        rule.customWords = strings(r.value(QStringLiteral("custom_words")));
        rule.items = strings(r.value(QStringLiteral("items")));
        rule.mask = r.value(QStringLiteral("mask")).toBool(false);
        switch (rule.kind) {
        case Rule::Kind::Phrases:
            if (rule.phrases.isEmpty() && rule.regexes.isEmpty())
                return fail(tr("%1: phrases or regex: at least one is required").arg(where));
            break;
        case Rule::Kind::MustAppear:
            if (rule.phrases.isEmpty() && rule.regexes.isEmpty())
                return fail(tr("%1: phrases or regex: at least one is required").arg(where));
            if (rule.firstTurns <= 0 && rule.firstSeconds <= 0 && rule.lastTurns <= 0)
                return fail(tr("%1: window: give first_turns, first_seconds or last_turns").arg(where));
            break;
        case Rule::Kind::Hold:
            if (rule.phrases.isEmpty())
                return fail(tr("%1: phrases: the words that announce a hold are required").arg(where));
            [[fallthrough]];
        case Rule::Kind::FirstResponse:
        case Rule::Kind::SlowReply:
        case Rule::Kind::Silence:
        case Rule::Kind::Overtalk:
            if (rule.thresholdS <= 0)
                return fail(tr("%1: threshold_s: a number of seconds > 0 is required").arg(where));
            break;
        case Rule::Kind::Spelling:
            if (rule.languages.isEmpty())
                rule.languages << QStringLiteral("en_US");
            break;
        }
        for (const QString &pattern : std::as_const(rule.regexes)) {
            UErrorCode status = U_ZERO_ERROR;
            UParseError pe;
            std::unique_ptr<icu::RegexPattern> compiled(icu::RegexPattern::compile(
                icu::UnicodeString(reinterpret_cast<const UChar *>(pattern.utf16()), int32_t(pattern.size())), 0, pe,
                status));
            if (U_FAILURE(status))
                return fail(tr("%1: regex \"%2\" does not compile (%3)")
                                .arg(where, pattern, QString::fromLatin1(u_errorName(status))));
        }
        set.m_ruleDigests.insert(
            rule.id, QCryptographicHash::hash(QJsonDocument(r).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
                         .toHex());
        set.m_rules.push_back(std::move(rule));
    }
    if (set.m_rules.empty())
        return fail(tr("rules: at least one rule is required"));
    return set;
}

RuleSet RuleSet::builtIn()
{
    QFile file(QStringLiteral(":/qawb/rules/default-rules.json"));
    file.open(QIODevice::ReadOnly);
    QString error;
    auto set = fromJson(file.readAll(), &error);
    Q_ASSERT_X(set, "RuleSet::builtIn", qPrintable(error));
    return set ? *set : RuleSet();
}

const Rule *RuleSet::rule(const QString &id) const
{
    for (const Rule &r : m_rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

RuleSet RuleSet::subset(const QStringList &ruleIds) const
{
    RuleSet copy = *this;
    copy.m_rules.clear();
    for (const Rule &r : m_rules) {
        if (ruleIds.contains(r.id))
            copy.m_rules.push_back(r);
    }
    return copy;
}

} // namespace qawb
