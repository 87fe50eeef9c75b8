#include "scorecard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace qawb {

QString LocalizedText::text(const QString &locale) const
{
    // zh_HK and zh_MO read Traditional; other zh variants read Simplified.
    QString lang = locale;
    if (lang.startsWith(QLatin1String("zh_HK")) || lang.startsWith(QLatin1String("zh_MO")) ||
        lang.startsWith(QLatin1String("zh_Hant")))
        lang = QStringLiteral("zh_TW");
    for (const QString &candidate : {lang, lang.left(5), lang.left(2)}) {
        const auto it = byLanguage.constFind(candidate);
        if (it != byLanguage.constEnd() && !it->isEmpty())
            return *it;
        if (candidate == QLatin1String("zh")) {
            const QString simplified = byLanguage.value(QStringLiteral("zh_CN"));
            if (!simplified.isEmpty())
                return simplified;
        }
    }
    for (const QString &fallback : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        if (!byLanguage.value(fallback).isEmpty())
            return byLanguage.value(fallback);
    }
    return byLanguage.isEmpty() ? QString() : byLanguage.first();
}

std::optional<double> ScorecardItem::pointsFor(const QString &value) const
{
    switch (type) {
    case Type::YesNo:
        if (value == QLatin1String("yes"))
            return fatal ? 0.0 : points;
        if (value == QLatin1String("no"))
            return 0.0;
        return std::nullopt;
    case Type::Scale: {
        bool ok = false;
        const int step = value.toInt(&ok);
        if (!ok || step < 0 || step > scaleSteps || scaleSteps <= 0)
            return std::nullopt;
        return points * step / scaleSteps;
    }
    case Type::Choice:
        for (const Option &o : options) {
            if (o.key == value)
                return o.points;
        }
        return std::nullopt;
    case Type::Deductions: {
        if (value == QLatin1String("ok"))
            return points;
        const QStringList keys = deductionKeys(value);
        if (keys.isEmpty())
            return std::nullopt;
        double off = 0;
        for (const QString &key : keys) {
            const auto it =
                std::find_if(deductions.cbegin(), deductions.cend(), [&key](const Option &d) { return d.key == key; });
            if (it == deductions.cend())
                return std::nullopt; // a fault this item does not know: not an answer
            off += it->points;
        }
        return std::max(0.0, points - off);
    }
    }
    return std::nullopt;
}

QStringList ScorecardItem::deductionKeys(const QString &value)
{
    if (value.isEmpty() || value == QLatin1String("ok") || value == QLatin1String("na"))
        return {};
    QStringList keys = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &k : keys)
        k = k.trimmed();
    keys.removeDuplicates();
    return keys;
}

bool ScorecardItem::isFailed(const QString &value) const
{
    if (value.isEmpty() || value == QLatin1String("na"))
        return false;
    if (type == Type::YesNo)
        return value == QLatin1String("no");
    if (type == Type::Deductions)
        return pointsFor(value).has_value() && value != QLatin1String("ok");
    const auto earned = pointsFor(value);
    return earned && !bonus && *earned < points;
}

QStringList ScorecardItem::values() const
{
    switch (type) {
    case Type::YesNo:
        return {QStringLiteral("yes"), QStringLiteral("no")};
    case Type::Scale: {
        QStringList steps;
        for (int i = scaleSteps; i >= 0; --i)
            steps << QString::number(i);
        return steps;
    }
    case Type::Choice: {
        QStringList keys;
        for (const Option &o : options)
            keys << o.key;
        return keys;
    }
    case Type::Deductions: {
        QStringList keys{QStringLiteral("ok")};
        for (const Option &d : deductions)
            keys << d.key;
        return keys;
    }
    }
    return {};
}

namespace {

LocalizedText localized(const QJsonValue &v)
{
    LocalizedText t;
    if (v.isString()) {
        t.byLanguage.insert(QStringLiteral("en"), v.toString());
    } else {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            t.byLanguage.insert(it.key(), it.value().toString());
    }
    return t;
}

} // namespace

std::optional<Scorecard> Scorecard::fromJson(const QByteArray &json, QString *error)
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
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("qawb-scorecard/1"))
        return fail(tr("format: expected \"qawb-scorecard/1\""));
    Scorecard card;
    card.m_key = root.value(QStringLiteral("id")).toString();
    if (card.m_key.isEmpty())
        return fail(tr("id: required"));
    card.m_version = root.value(QStringLiteral("version")).toInt(1);
    card.m_name = localized(root.value(QStringLiteral("name")));
    card.m_channel = root.value(QStringLiteral("channel")).toString();
    card.m_cap = root.value(QStringLiteral("cap")).toDouble(100);
    card.m_passScore = root.value(QStringLiteral("pass_score")).toDouble(80);
    QSet<QString> ids;
    const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    if (sections.isEmpty())
        return fail(tr("sections: at least one section is required"));
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QJsonObject so = sections[s].toObject();
        ScorecardSection section;
        section.id = so.value(QStringLiteral("id")).toString();
        section.title = localized(so.value(QStringLiteral("title")));
        const QJsonArray items = so.value(QStringLiteral("items")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject io = items[i].toObject();
            const QString where = QStringLiteral("sections[%1].items[%2]").arg(s).arg(i);
            ScorecardItem item;
            item.id = io.value(QStringLiteral("id")).toString();
            if (item.id.isEmpty() || ids.contains(item.id))
                return fail(tr("%1.id: missing or not unique").arg(where));
            ids.insert(item.id);
            item.text = localized(io.value(QStringLiteral("text")));
            item.guidance = localized(io.value(QStringLiteral("guidance")));
            const QString type = io.value(QStringLiteral("type")).toString(QStringLiteral("yesno"));
            item.points = io.value(QStringLiteral("points")).toDouble(0);
            item.weight = io.value(QStringLiteral("weight")).toDouble(1);
            if (item.weight < 0)
                return fail(tr("%1.weight: must not be negative").arg(where));
            for (const QJsonValue &rv : io.value(QStringLiteral("reasons")).toArray()) {
                const QJsonObject r = rv.toObject();
                const QString key = r.value(QStringLiteral("key")).toString();
                if (key.isEmpty() || key.contains(QLatin1Char(',')))
                    return fail(tr("%1.reasons: every reason needs a key without commas").arg(where));
                item.reasons.push_back({key, localized(r.value(QStringLiteral("label"))), 0});
            }
            if (io.contains(QStringLiteral("show_if"))) {
                const QJsonObject cond = io.value(QStringLiteral("show_if")).toObject();
                item.showIfItem = cond.value(QStringLiteral("item")).toString();
                for (const QJsonValue &v : cond.value(QStringLiteral("values")).toArray())
                    item.showIfValues << v.toString();
                if (item.showIfItem.isEmpty() || item.showIfValues.isEmpty())
                    return fail(tr("%1.show_if: needs \"item\" and \"values\"").arg(where));
                if (!ids.contains(item.showIfItem) || item.showIfItem == item.id)
                    return fail(tr("%1.show_if.item: %2 must be an earlier item").arg(where, item.showIfItem));
            }
            item.naAllowed = io.value(QStringLiteral("na_allowed")).toBool(false);
            item.fatal = io.value(QStringLiteral("fatal")).toBool(false);
            item.bonus = io.value(QStringLiteral("bonus")).toBool(false);
            item.commentRequiredOnFail = io.value(QStringLiteral("comment_required_on_fail")).toBool(false);
            for (const QJsonValue &r : io.value(QStringLiteral("rules")).toArray())
                item.rules << r.toString();
            if (io.contains(QStringLiteral("target"))) {
                const QJsonValue t = io.value(QStringLiteral("target"));
                if (!t.isDouble() || t.toDouble() < 0 || t.toDouble() > 1)
                    return fail(tr("%1.target: expected a pass rate between 0 and 1 (0.98 = 98%)").arg(where));
                item.target = t.toDouble();
            }
            if (type == QLatin1String("yesno")) {
                item.type = ScorecardItem::Type::YesNo;
            } else if (type == QLatin1String("scale")) {
                item.type = ScorecardItem::Type::Scale;
                item.scaleSteps = io.value(QStringLiteral("steps")).toInt(0);
                if (item.scaleSteps < 1)
                    return fail(tr("%1.steps: a scale needs at least 1 step").arg(where));
            } else if (type == QLatin1String("choice")) {
                item.type = ScorecardItem::Type::Choice;
                for (const QJsonValue &ov : io.value(QStringLiteral("options")).toArray()) {
                    const QJsonObject oo = ov.toObject();
                    item.options.push_back({oo.value(QStringLiteral("key")).toString(),
                                            localized(oo.value(QStringLiteral("label"))),
                                            oo.value(QStringLiteral("points")).toDouble(0)});
                }
                if (item.options.size() < 2)
                    return fail(tr("%1.options: a choice needs at least 2 options").arg(where));
            } else if (type == QLatin1String("deductions")) {
                item.type = ScorecardItem::Type::Deductions;
                for (const QJsonValue &dv : io.value(QStringLiteral("deductions")).toArray()) {
                    const QJsonObject d = dv.toObject();
                    const QString key = d.value(QStringLiteral("key")).toString();
                    if (key.isEmpty() || key == QLatin1String("ok") || key.contains(QLatin1Char(',')))
                        return fail(
                            tr("%1.deductions: every deduction needs a key (not \"ok\", no commas)").arg(where));
                    item.deductions.push_back({key, localized(d.value(QStringLiteral("label"))),
                                               d.value(QStringLiteral("points")).toDouble(0)});
                }
                if (item.deductions.empty())
                    return fail(tr("%1.deductions: a deductions item needs at least one deduction").arg(where));
            } else {
                return fail(tr("%1.type: expected yesno, scale, choice or deductions").arg(where));
            }
            if (item.fatal && item.type != ScorecardItem::Type::YesNo)
                return fail(tr("%1: fatal items are yes/no questions").arg(where));
            section.items.push_back(std::move(item));
        }
        card.m_sections.push_back(std::move(section));
    }
    return card;
}

const ScorecardItem *Scorecard::item(const QString &id) const
{
    for (const ScorecardSection &s : m_sections) {
        for (const ScorecardItem &i : s.items) {
            if (i.id == id)
                return &i;
        }
    }
    return nullptr;
}

bool Scorecard::applies(const ScorecardItem &item, const QMap<QString, QString> &answers) const
{
    if (item.showIfItem.isEmpty())
        return true;
    // A condition on an item that itself does not apply does not hold either.
    const ScorecardItem *on = this->item(item.showIfItem);
    return on && applies(*on, answers) && item.showIfValues.contains(answers.value(item.showIfItem));
}

ScoreResult Scorecard::score(const QMap<QString, QString> &answers, const QMap<QString, QString> &comments,
                             const QMap<QString, QStringList> &reasons) const
{
    ScoreResult result;
    double earned = 0;
    double possible = 0;
    for (const ScorecardSection &section : m_sections) {
        ScoreResult::Subtotal &sub = result.sections[section.id];
        for (const ScorecardItem &item : section.items) {
            if (!applies(item, answers)) {
                // Not asked for this case: neither answered nor counted.
                result.skipped << item.id;
                continue;
            }
            const QString value = answers.value(item.id);
            if (value.isEmpty()) {
                // Bonus items are optional: unanswered means "not earned".
                if (!item.bonus)
                    result.unanswered << item.id;
                continue;
            }
            if (value == QLatin1String("na") || !item.pointsFor(value)) {
                // N/A leaves the denominator, where the scorecard allows it; N/A elsewhere, or a value the item
                // does not offer (e.g. step 7 of a 4-step scale), is no answer.
                if (!(value == QLatin1String("na") && item.naAllowed) && !item.bonus)
                    result.unanswered << item.id;
                continue;
            }
            if (item.isFailed(value) && item.commentRequiredOnFail && comments.value(item.id).trimmed().isEmpty())
                result.missingComments << item.id;
            if (item.isFailed(value) && !item.reasons.empty() && reasons.value(item.id).isEmpty())
                result.missingReasons << item.id;
            if (item.fatal) {
                if (value == QLatin1String("no")) {
                    result.fatal = true;
                    result.fatalItems << item.id;
                }
                continue;
            }
            const double got = item.pointsFor(value).value_or(0);
            if (item.bonus) {
                result.bonus += got;
                continue;
            }
            // Weighted: an item of weight 2 counts twice its points in both the earned and the possible total.
            earned += got * item.weight;
            possible += item.points * item.weight;
            sub.earned += got * item.weight;
            sub.possible += item.points * item.weight;
        }
    }
    result.baseScore = possible > 0 ? earned / possible * 100.0 : 100.0;
    result.score = std::min(m_cap, result.baseScore + result.bonus);
    if (result.fatal)
        result.score = 0;
    // Scores are shown and stored to one decimal; round here so every caller agrees.
    result.score = std::round(result.score * 10.0) / 10.0;
    result.baseScore = std::round(result.baseScore * 10.0) / 10.0;
    return result;
}

} // namespace qawb
