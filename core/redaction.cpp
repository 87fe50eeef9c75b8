#include "redaction.h"

#include "autoqaengine.h"
#include "conversation.h"

#include <QJsonArray>

#include <algorithm>

namespace qawb {

namespace {

RuleSet maskingRules(const RuleSet &rules)
{
    QStringList ids;
    for (const Rule &rule : rules.rules()) {
        if (rule.mask && rule.kind == Rule::Kind::Phrases)
            ids << rule.id;
    }
    return rules.subset(ids);
}

// When two categories claim the very same characters, the more specific one names them (an 18-digit ID card number
// that also looks like a bank card number is an ID card number).
int priority(const QString &category)
{
    static const QStringList order{QStringLiteral("id_card"),  QStringLiteral("bank_card"), QStringLiteral("mobile"),
                                   QStringLiteral("landline"), QStringLiteral("email"),     QStringLiteral("address"),
                                   QStringLiteral("name")};
    const int i = int(order.indexOf(category));
    return i < 0 ? int(order.size()) : i;
}

struct Span
{
    int start, end;
    QString category;
};

} // namespace

Redactor::Redactor(const RuleSet &rules)
    : m_engine(std::make_unique<AutoQaEngine>(maskingRules(rules)))
{}

Redactor::~Redactor() = default;

void Redactor::setNames(const QStringList &names)
{
    m_names.clear();
    for (const QString &name : names) {
        const QString n = name.trimmed();
        if (n.size() >= 2 && !m_names.contains(n))
            m_names << n;
    }
}

QString Redactor::categoryOf(const QString &ruleId)
{
    return ruleId.startsWith(QLatin1String("pii.")) ? ruleId.mid(4) : ruleId;
}

QStringList Redactor::categories() const
{
    QStringList out{QStringLiteral("name")};
    for (const Rule &rule : m_engine->ruleSet().rules()) {
        const QString c = categoryOf(rule.id);
        if (!out.contains(c))
            out << c;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList Redactor::nameFields()
{
    return {QStringLiteral("customer_name"), QStringLiteral("customerName"), QStringLiteral("customer"),
            QStringLiteral("contact_name"),  QStringLiteral("caller_name"),  QStringLiteral("name"),
            QStringLiteral("客户姓名"),      QStringLiteral("客户名称"),     QStringLiteral("姓名")};
}

QStringList Redactor::customerIdFields()
{
    return {QStringLiteral("customer_id"), QStringLiteral("customerId"), QStringLiteral("customer_phone"),
            QStringLiteral("phone"),       QStringLiteral("mobile"),     QStringLiteral("caller"),
            QStringLiteral("caller_id"),   QStringLiteral("ani"),        QStringLiteral("email"),
            QStringLiteral("id_card"),     QStringLiteral("member_id"),  QStringLiteral("account_id"),
            QStringLiteral("客户编号"),    QStringLiteral("客户电话"),   QStringLiteral("手机号")};
}

QString Redactor::redact(const QString &text, QMap<QString, int> *counts) const
{
    if (text.isEmpty())
        return text;
    std::vector<Span> spans;
    Conversation c;
    c.channel = QStringLiteral("chat");
    Turn turn;
    turn.seq = 0;
    turn.speaker = QStringLiteral("customer");
    turn.text = text;
    c.turns.push_back(turn);
    for (const Hit &hit : m_engine->run(c)) {
        if (hit.start >= 0 && hit.end > hit.start)
            spans.push_back({hit.start, hit.end, categoryOf(hit.ruleId)});
    }
    for (const QString &name : m_names) {
        for (qsizetype at = text.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(name, at + name.size(), Qt::CaseInsensitive))
            spans.push_back({int(at), int(at + name.size()), QStringLiteral("name")});
    }
    if (spans.empty())
        return text;
    // Leftmost first, then longest, then the more specific category; overlapping spans are one mask.
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end > b.end;
        return priority(a.category) < priority(b.category);
    });
    QString out;
    out.reserve(text.size());
    int at = 0;
    for (const Span &s : spans) {
        // A match overlapping one already masked extends the mask: its tail must not stay readable
        // ("王芳" then "芳芳" in 王芳芳; "Wei" inside "Mr. Wei Zhang").
        if (s.start < at) {
            at = std::max(at, s.end);
            continue;
        }
        out += QStringView(text).mid(at, s.start - at);
        out += mask(s.category);
        if (counts)
            ++(*counts)[s.category];
        at = s.end;
    }
    out += QStringView(text).mid(at);
    return out;
}

namespace {

QJsonValue redactValue(const Redactor &r, const QJsonValue &v, QMap<QString, int> *counts)
{
    if (v.isString())
        return r.redact(v.toString(), counts);
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(redactValue(r, e, counts));
        return out;
    }
    if (v.isObject())
        return r.redactJson(v.toObject(), counts);
    return v;
}

} // namespace

QJsonObject Redactor::redactJson(const QJsonObject &object, QMap<QString, int> *counts) const
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), redactValue(*this, it.value(), counts));
    return out;
}

} // namespace qawb
