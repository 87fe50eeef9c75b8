// AutoQaEngine: every rule kind on small inline rule sets and conversations built in code, exact spans in the
// original text, bounded regexes, and the built-in rule set on realistic conversations.

#include "core/autoqaengine.h"
#include "core/conversation.h"
#include "core/ruleset.h"
#include "core/spellchecker.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <vector>

using namespace qawb;

namespace {

constexpr qint64 kStartedMs = 1763255525000; // 2025-11-16T01:12:05Z

QByteArray ruleSetJson(const QByteArray &rules)
{
    return QByteArray(R"({"format":"qawb-rules/1","id":"test","version":1,)"
                      R"("categories":{"risk":{"name":"Risk","risk":true}},"rules":[)") +
           rules + "]}";
}

RuleSet ruleSet(const QByteArray &rules)
{
    QString error;
    const auto set = RuleSet::fromJson(ruleSetJson(rules), &error);
    if (!set)
        qFatal("bad rule set in test: %s", qPrintable(error));
    return *set;
}

// One line per turn: "speaker: text", "speaker@ms: text" (chats: time since the start) or "speaker@from-to: text"
// (calls). Without a time, chat turns come 10 s apart and call turns 3 s apart, 2 s long.
Conversation conversation(const QString &channel, const QStringList &lines)
{
    Conversation c;
    c.id = QStringLiteral("test-conversation");
    c.channel = channel;
    c.agentId = QStringLiteral("A1");
    c.startedMs = kStartedMs;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (colon < 0)
            qFatal("bad turn in test: %s", qPrintable(line));
        const QStringList head = line.left(colon).split(QLatin1Char('@'));
        Turn t;
        t.seq = i;
        t.speaker = head.first();
        t.text = line.mid(colon + 2);
        const QStringList times = head.size() > 1 ? head[1].split(QLatin1Char('-')) : QStringList();
        if (c.isCall()) {
            t.startMs = times.isEmpty() ? qint64(i) * 3000 : times[0].toLongLong();
            t.endMs = times.size() > 1 ? times[1].toLongLong() : *t.startMs + 2000;
        } else {
            t.atMs = kStartedMs + (times.isEmpty() ? qint64(i) * 10000 : times[0].toLongLong());
        }
        c.turns.push_back(t);
    }
    return c;
}

Conversation chat(const QStringList &lines)
{
    return conversation(QStringLiteral("chat"), lines);
}

Conversation call(const QStringList &lines)
{
    return conversation(QStringLiteral("call"), lines);
}

// "rule#seq[start,end)@fromMs-toMs detail", leaving out what the hit does not have.
QString describe(const Hit &h)
{
    QString s = QStringLiteral("%1#%2").arg(h.ruleId).arg(h.turnSeq);
    if (h.start >= 0)
        s += QStringLiteral("[%1,%2)").arg(h.start).arg(h.end);
    if (h.startMs >= 0)
        s += QStringLiteral("@%1-%2").arg(h.startMs).arg(h.endMs);
    if (!h.detail.isEmpty())
        s += QLatin1Char(' ') + h.detail;
    return s;
}

QStringList describe(const std::vector<Hit> &hits)
{
    QStringList out;
    for (const Hit &h : hits)
        out << describe(h);
    return out;
}

// Text hits name exactly the original characters they cover; the engine's order is by turn, then position.
bool spansAreExact(const Conversation &c, const std::vector<Hit> &hits, QString *problem)
{
    for (size_t i = 0; i < hits.size(); ++i) {
        const Hit &h = hits[i];
        if (i > 0 &&
            (hits[i - 1].turnSeq > h.turnSeq || (hits[i - 1].turnSeq == h.turnSeq && hits[i - 1].start > h.start))) {
            *problem = QStringLiteral("out of order: ") + describe(h);
            return false;
        }
        if (h.start < 0 || h.end == h.start)
            continue;
        const Turn &turn = c.turns.at(size_t(h.turnSeq));
        if (h.end > turn.text.size() || turn.text.mid(h.start, h.end - h.start) != h.detail) {
            *problem = QStringLiteral("span does not cover its text: ") + describe(h);
            return false;
        }
    }
    return true;
}

std::vector<Hit> run(const RuleSet &rules, const Conversation &c)
{
    const AutoQaEngine engine(rules);
    return engine.run(c);
}

void addRow(const char *name, const QByteArray &rules, const QStringList &lines, const QStringList &expected)
{
    QTest::newRow(name) << rules << lines << expected;
}

} // namespace

class TestAutoQaEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phrases_data();
    void phrases();
    void regexRules_data();
    void regexRules();
    void catastrophicRegexIsBounded();
    void mustAppear_data();
    void mustAppear();
    void chatTiming_data();
    void chatTiming();
    void callTiming_data();
    void callTiming();
    void timingRulesKeepToTheirChannel();
    void spelling_data();
    void spelling();
    void builtInOnComplaintChat();
    void builtInOnCall();
    void builtInOnEnglishChat();
    void runsConcurrently();
};

void TestAutoQaEngine::phrases_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QStringList>("lines"); // a chat
    QTest::addColumn<QStringList>("expected");

    const QByteArray any = R"({"id":"r","kind":"phrases","category":"risk","phrases":["退费","投诉"]})";
    addRow("any: each occurrence", any, {QStringLiteral("customer: 我要退费，还要投诉")},
           {QStringLiteral("r#0[2,4) 退费"), QStringLiteral("r#0[7,9) 投诉")});
    addRow("any: repeated", any, {QStringLiteral("customer: 退费退费")},
           {QStringLiteral("r#0[0,2) 退费"), QStringLiteral("r#0[2,4) 退费")});
    addRow("any: several turns", any, {QStringLiteral("customer: 投诉"), QStringLiteral("customer: 没事")},
           {QStringLiteral("r#0[0,2) 投诉")});
    addRow("any: nothing", any, {QStringLiteral("customer: 我要查话费")}, {});

    const QByteArray all = R"({"id":"r","kind":"phrases","category":"risk","match":"all","phrases":["退费","投诉"]})";
    addRow("all: one missing", all, {QStringLiteral("customer: 我要退费")}, {});
    addRow("all: every phrase in one turn", all, {QStringLiteral("customer: 投诉！我要退费")},
           {QStringLiteral("r#0[0,2) 投诉"), QStringLiteral("r#0[5,7) 退费")});
    addRow("all: spread over turns is not enough", all,
           {QStringLiteral("customer: 我要退费"), QStringLiteral("customer: 我要投诉")}, {});
    const QByteArray allWithRegex = R"({"id":"r","kind":"phrases","category":"risk","match":"all",)"
                                    R"("phrases":["退费","投诉"],"regex":["1[3-9][0-9]{9}"]})";
    addRow("all: a regex match does not stand in for a phrase", allWithRegex,
           {QStringLiteral("customer: 退费 13912345678")}, {});
    addRow("all: phrases and regex", allWithRegex, {QStringLiteral("customer: 投诉退费13912345678")},
           {QStringLiteral("r#0[0,2) 投诉"), QStringLiteral("r#0[2,4) 退费"), QStringLiteral("r#0[4,15) 13912345678")});

    const QStringList speakers{QStringLiteral("agent: 您要投诉吗"), QStringLiteral("customer: 我要投诉"),
                               QStringLiteral("bot: 投诉请按1")};
    addRow("speaker customer",
           R"({"id":"r","kind":"phrases","category":"risk","speaker":"customer","phrases":["投诉"]})", speakers,
           {QStringLiteral("r#1[2,4) 投诉")});
    addRow("speaker agent", R"({"id":"r","kind":"phrases","category":"risk","speaker":"agent","phrases":["投诉"]})",
           speakers, {QStringLiteral("r#0[2,4) 投诉")});
    addRow("speaker any", R"({"id":"r","kind":"phrases","category":"risk","phrases":["投诉"]})", speakers,
           {QStringLiteral("r#0[2,4) 投诉"), QStringLiteral("r#1[2,4) 投诉"), QStringLiteral("r#2[0,2) 投诉")});
    addRow("channel restricted to calls",
           R"({"id":"r","kind":"phrases","category":"risk","channels":["call"],"phrases":["投诉"]})", speakers, {});

    const QByteArray refund = R"({"id":"r","kind":"phrases","category":"risk","phrases":["refund"]})";
    addRow("whole word: not inside a longer word", refund, {QStringLiteral("customer: It was refunded")}, {});
    addRow("whole word: not after letters", refund, {QStringLiteral("customer: prerefund")}, {});
    addRow("whole word: before punctuation", refund, {QStringLiteral("customer: refund.")},
           {QStringLiteral("r#0[0,6) refund")});
    addRow("whole word: after Chinese", refund, {QStringLiteral("customer: 退费refund")},
           {QStringLiteral("r#0[2,8) refund")});
    addRow("whole word: any case", refund, {QStringLiteral("customer: I want a Refund!")},
           {QStringLiteral("r#0[9,15) Refund")});
    addRow("whole_words false: inside a word",
           R"({"id":"r","kind":"phrases","category":"risk","whole_words":false,"phrases":["refund"]})",
           {QStringLiteral("customer: refunded")}, {QStringLiteral("r#0[0,6) refund")});
    addRow("whole word: hi is not in this", R"({"id":"r","kind":"phrases","category":"risk","phrases":["hi"]})",
           {QStringLiteral("customer: this is hi-fi")}, {QStringLiteral("r#0[8,10) hi")});
    const QByteArray number = R"({"id":"r","kind":"phrases","category":"risk","phrases":["12315"]})";
    addRow("digits: not inside a longer number", number, {QStringLiteral("customer: 号码13912315678")}, {});
    addRow("digits: after Chinese", number, {QStringLiteral("customer: 我打12315了")},
           {QStringLiteral("r#0[2,7) 12315")});
    addRow("digits: full width", number, {QStringLiteral("customer: 打１２３１５")},
           {QStringLiteral("r#0[1,6) １２３１５")});
    addRow("mixed phrase: a Chinese start needs no boundary",
           R"({"id":"r","kind":"phrases","category":"guidance","phrases":["在app"]})",
           {QStringLiteral("agent: 现在App里面办")}, {QStringLiteral("r#0[1,5) 在App")});
    addRow("mixed phrase: a Chinese end needs no boundary",
           R"({"id":"r","kind":"phrases","category":"guidance","phrases":["app里"]})",
           {QStringLiteral("agent: 我在App里面办")}, {QStringLiteral("r#0[2,6) App里")});
    addRow("mixed phrase: a Latin end still needs one",
           R"({"id":"r","kind":"phrases","category":"guidance","phrases":["在app"]})",
           {QStringLiteral("agent: 现在Apps里")}, {});

    const QByteArray negated = R"({"id":"r","kind":"phrases","category":"risk","phrases":["投诉"],)"
                               R"("negations":["不","不会","不想"],"negation_window":2})";
    addRow("negation: directly before", negated, {QStringLiteral("customer: 我不投诉")}, {});
    addRow("negation: none", negated, {QStringLiteral("customer: 我要投诉")}, {QStringLiteral("r#0[2,4) 投诉")});
    addRow("negation: longer negation", negated, {QStringLiteral("customer: 我不想投诉了")}, {});
    addRow("negation: within the window", negated, {QStringLiteral("customer: 我不是要投诉")}, {});
    addRow("negation: beyond the window", negated, {QStringLiteral("customer: 不用了，我要投诉")},
           {QStringLiteral("r#0[6,8) 投诉")});
    addRow("negation: Traditional", negated, {QStringLiteral("customer: 我不會投訴")}, {});
    addRow("negation: window 0",
           R"({"id":"r","kind":"phrases","category":"risk","phrases":["投诉"],"negations":["不"],"negation_window":0})",
           {QStringLiteral("customer: 不想投诉"), QStringLiteral("customer: 不投诉")},
           {QStringLiteral("r#0[2,4) 投诉")});

    const QByteArray complaint = R"({"id":"r","kind":"phrases","category":"risk","phrases":["投诉","账单"]})";
    addRow("zh-Hans rule, Traditional chat", complaint, {QStringLiteral("customer: 我要投訴")},
           {QStringLiteral("r#0[2,4) 投訴")});
    addRow("zh-Hans rule, Traditional 帳單", complaint, {QStringLiteral("customer: 我的帳單有問題")},
           {QStringLiteral("r#0[2,4) 帳單")});
    addRow("full-width text, plain rule", R"({"id":"r","kind":"phrases","category":"risk","phrases":["complaint"]})",
           {QStringLiteral("customer: ＣＯＭＰＬＡＩＮＴ")}, {QStringLiteral("r#0[0,9) ＣＯＭＰＬＡＩＮＴ")});
    addRow("full-width rule, plain text",
           R"({"id":"r","kind":"phrases","category":"risk","phrases":["ＣＯＭＰＬＡＩＮＴ"]})",
           {QStringLiteral("customer: a complaint")}, {QStringLiteral("r#0[2,11) complaint")});
    addRow("emoji and zero-width space", complaint, {QStringLiteral("customer: 😀投\u200B诉")},
           {QStringLiteral("r#0[2,5) 投\u200B诉")});
    addRow("family emoji and skin tone around", complaint,
           {QStringLiteral("customer: 👨\u200D👩\u200D👧我要投訴👍🏽")},
           {QStringLiteral("r#0[10,12) 投訴")});
    addRow("bidi isolates around", complaint, {QStringLiteral("customer: \u2067投诉\u2069")},
           {QStringLiteral("r#0[1,3) 投诉")});
    addRow("right-to-left override inside", complaint, {QStringLiteral("customer: 帳\u202E單")},
           {QStringLiteral("r#0[0,3) 帳\u202E單")});
    addRow("zero-width joiner inside a Latin word",
           R"({"id":"r","kind":"phrases","category":"risk","phrases":["complaint"]})",
           {QStringLiteral("customer: com\u200Dplaint!")}, {QStringLiteral("r#0[0,10) com\u200Dplaint")});
    addRow("overlapping phrases of one rule are one hit",
           R"({"id":"r","kind":"phrases","category":"risk","phrases":["投诉","投诉电话"]})",
           {QStringLiteral("customer: 投诉电话是多少")}, {QStringLiteral("r#0[0,4) 投诉电话")});
    addRow("two rules, same phrase",
           R"({"id":"a","kind":"phrases","category":"risk","phrases":["投诉"]},)"
           R"({"id":"b","kind":"phrases","category":"risk","speaker":"agent","phrases":["投訴"]})",
           {QStringLiteral("customer: 投诉"), QStringLiteral("agent: 投诉")},
           {QStringLiteral("a#0[0,2) 投诉"), QStringLiteral("a#1[0,2) 投诉"), QStringLiteral("b#1[0,2) 投诉")});
}

void TestAutoQaEngine::phrases()
{
    QFETCH(QByteArray, rules);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, expected);
    const Conversation c = chat(lines);
    const std::vector<Hit> hits = run(ruleSet(rules), c);
    QCOMPARE(describe(hits), expected);
    QString problem;
    QVERIFY2(spansAreExact(c, hits, &problem), qPrintable(problem));
}

void TestAutoQaEngine::regexRules_data()
{
    QTest::addColumn<QString>("rule"); // from the built-in rule set
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("mobile") << QStringLiteral("pii.mobile") << QStringLiteral("我的手机是13912345678")
                            << QStringList{QStringLiteral("pii.mobile#0[5,16) 13912345678")};
    QTest::newRow("mobile: twelve digits")
        << QStringLiteral("pii.mobile") << QStringLiteral("139123456789") << QStringList();
    QTest::newRow("mobile: not a mobile prefix")
        << QStringLiteral("pii.mobile") << QStringLiteral("12012345678") << QStringList();
    QTest::newRow("mobile: full width") << QStringLiteral("pii.mobile") << QStringLiteral("电话１３９１２３４５６７８")
                                        << QStringList{QStringLiteral("pii.mobile#0[2,13) １３９１２３４５６７８")};
    QTest::newRow("mobile: two of them") << QStringLiteral("pii.mobile") << QStringLiteral("13812345678和13987654321")
                                         << QStringList{QStringLiteral("pii.mobile#0[0,11) 13812345678"),
                                                        QStringLiteral("pii.mobile#0[12,23) 13987654321")};
    QTest::newRow("mobile: zero-width space inside")
        << QStringLiteral("pii.mobile") << QStringLiteral("号1391234\u200B5678")
        << QStringList{QStringLiteral("pii.mobile#0[1,13) 1391234\u200B5678")};
    QTest::newRow("ID card") << QStringLiteral("pii.id_card") << QStringLiteral("身份证110105199001011234")
                             << QStringList{QStringLiteral("pii.id_card#0[3,21) 110105199001011234")};
    QTest::newRow("ID card: X checksum") << QStringLiteral("pii.id_card") << QStringLiteral("11010519900101123X")
                                         << QStringList{QStringLiteral("pii.id_card#0[0,18) 11010519900101123X")};
    QTest::newRow("ID card: month 13") << QStringLiteral("pii.id_card") << QStringLiteral("110105199013011234")
                                       << QStringList();
    QTest::newRow("ID card: inside a longer number")
        << QStringLiteral("pii.id_card") << QStringLiteral("91101051990010112345") << QStringList();
    QTest::newRow("e-mail") << QStringLiteral("pii.email") << QStringLiteral("Mail: Zhang.Wei88@Example.com")
                            << QStringList{QStringLiteral("pii.email#0[6,29) Zhang.Wei88@Example.com")};
}

void TestAutoQaEngine::regexRules()
{
    QFETCH(QString, rule);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const RuleSet rules = RuleSet::builtIn().subset({rule});
    QCOMPARE(rules.rules().size(), size_t(1));
    const Conversation c = chat({QStringLiteral("customer: ") + text});
    const std::vector<Hit> hits = run(rules, c);
    QCOMPARE(describe(hits), expected);
    QString problem;
    QVERIFY2(spansAreExact(c, hits, &problem), qPrintable(problem));
}

void TestAutoQaEngine::catastrophicRegexIsBounded()
{
    const RuleSet rules =
        ruleSet(R"({"id":"evil","kind":"phrases","category":"risk","regex":["(a+)+$","1[3-9][0-9]{9}"]},)"
                R"({"id":"refund","kind":"phrases","category":"risk","phrases":["refund"]},)"
                R"({"id":"mobile","kind":"phrases","category":"risk","regex":["1[3-9][0-9]{9}"]})");
    const QString evil = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!");
    QStringList lines;
    for (int i = 0; i < 10; ++i)
        lines << QStringLiteral("customer: ") + evil;
    lines << QStringLiteral("customer: ") + evil + QStringLiteral(" refund 13912345678");
    const Conversation c = chat(lines);
    const AutoQaEngine engine(rules);
    QElapsedTimer timer;
    timer.start();
    const std::vector<Hit> hits = engine.run(c);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    // The other pattern of the same rule, and the other rules, still report.
    QCOMPARE(describe(hits),
             (QStringList{QStringLiteral("refund#10[39,45) refund"), QStringLiteral("evil#10[46,57) 13912345678"),
                          QStringLiteral("mobile#10[46,57) 13912345678")}));
}

void TestAutoQaEngine::mustAppear_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("expected");
    const QString chat = QStringLiteral("chat");
    const QString call = QStringLiteral("call");

    const QByteArray greeting = R"({"id":"greeting","kind":"must_appear","speaker":"agent","category":"greeting",)"
                                R"("phrases":["您好","hello"],"window":{"first_turns":2}})";
    QTest::newRow("greeting in the first agent turn")
        << greeting << chat << QStringList{QStringLiteral("customer: 在吗"), QStringLiteral("agent: 您好，请讲")}
        << QStringList();
    QTest::newRow("greeting in the second agent turn")
        << greeting << chat
        << QStringList{QStringLiteral("customer: 在吗"), QStringLiteral("agent: 请讲"), QStringLiteral("agent: Hello!")}
        << QStringList();
    QTest::newRow("greeting too late: anchored at the first agent turn")
        << greeting << chat
        << QStringList{QStringLiteral("customer: 在吗"), QStringLiteral("agent: 请讲"), QStringLiteral("customer: 嗯"),
                       QStringLiteral("agent: 稍等"), QStringLiteral("agent: 您好")}
        << QStringList{QStringLiteral("greeting#1[0,0)")};
    QTest::newRow("the customer's greeting does not count")
        << greeting << chat << QStringList{QStringLiteral("customer: 您好"), QStringLiteral("agent: 请讲")}
        << QStringList{QStringLiteral("greeting#1[0,0)")};
    QTest::newRow("no agent turn: nothing to judge")
        << greeting << chat << QStringList{QStringLiteral("customer: 在吗")} << QStringList();

    const QByteArray inTime = R"({"id":"greeting","kind":"must_appear","speaker":"agent","category":"greeting",)"
                              R"("phrases":["您好"],"window":{"first_seconds":20}})";
    QTest::newRow("first_seconds: greeting after the window")
        << inTime << chat
        << QStringList{QStringLiteral("customer@0: 在吗"), QStringLiteral("agent@10000: 请讲"),
                       QStringLiteral("agent@30000: 您好")}
        << QStringList{QStringLiteral("greeting#1[0,0)")};
    QTest::newRow("first_seconds: greeting within the window")
        << inTime << chat
        << QStringList{QStringLiteral("customer@0: 在吗"), QStringLiteral("agent@10000: 请讲"),
                       QStringLiteral("agent@19000: 您好")}
        << QStringList();
    QTest::newRow("first_seconds: the first agent turn counts however late")
        << inTime << chat << QStringList{QStringLiteral("customer@0: 在吗"), QStringLiteral("agent@25000: 您好")}
        << QStringList();
    QTest::newRow("first_seconds on a call: anchored with the turn's time")
        << inTime << call
        << QStringList{QStringLiteral("agent@0-2000: 喂"), QStringLiteral("customer@2500-4000: 你好"),
                       QStringLiteral("agent@25000-27000: 您好")}
        << QStringList{QStringLiteral("greeting#0[0,0)@0-2000")};

    const QByteArray closing = R"({"id":"closing","kind":"must_appear","speaker":"agent","category":"closing",)"
                               R"("phrases":["再见","还有其他"],"window":{"last_turns":2}})";
    QTest::newRow("closing in the second-last agent turn")
        << closing << chat
        << QStringList{QStringLiteral("agent: 您好"), QStringLiteral("customer: 嗯"),
                       QStringLiteral("agent: 还有其他问题吗"), QStringLiteral("customer: 没有了"),
                       QStringLiteral("agent: 好的")}
        << QStringList();
    QTest::newRow("closing too early: anchored at the last agent turn")
        << closing << chat
        << QStringList{QStringLiteral("agent: 再见"), QStringLiteral("agent: 好的"), QStringLiteral("customer: 嗯"),
                       QStringLiteral("agent: 稍等"), QStringLiteral("customer: 谢谢")}
        << QStringList{QStringLiteral("closing#3[0,0)")};
    QTest::newRow("closing by the customer does not count")
        << closing << chat << QStringList{QStringLiteral("agent: 好的"), QStringLiteral("customer: 再见")}
        << QStringList{QStringLiteral("closing#0[0,0)")};
    QTest::newRow("closing in Traditional")
        << closing << chat
        << QStringList{QStringLiteral("agent: 請問還有其他問題嗎？"), QStringLiteral("customer: 沒有")}
        << QStringList();
}

void TestAutoQaEngine::mustAppear()
{
    QFETCH(QByteArray, rules);
    QFETCH(QString, channel);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, expected);
    const Conversation c = conversation(channel, lines);
    const std::vector<Hit> hits = run(ruleSet(rules), c);
    QCOMPARE(describe(hits), expected);
    for (const Hit &h : hits) {
        QCOMPARE(h.start, 0);
        QCOMPARE(h.end, 0);
        QVERIFY(h.detail.isEmpty());
    }
}

void TestAutoQaEngine::chatTiming_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("expected");

    const QByteArray first = R"({"id":"fr","kind":"first_response","category":"timing","threshold_s":30})";
    addRow("first response: slow", first, {QStringLiteral("customer@0: 在吗"), QStringLiteral("agent@95000: 您好")},
           {QStringLiteral("fr#1 95 s")});
    addRow("first response: in time", first, {QStringLiteral("customer@0: 在吗"), QStringLiteral("agent@20000: 您好")},
           {});
    addRow("first response: at the threshold", first,
           {QStringLiteral("customer@0: 在吗"), QStringLiteral("agent@30000: 您好")}, {});
    addRow("first response: the bot does not stop the clock", first,
           {QStringLiteral("customer@0: 在吗"), QStringLiteral("bot@1000: 我是小安"),
            QStringLiteral("customer@5000: 人工"), QStringLiteral("agent@50000: 您好")},
           {QStringLiteral("fr#3 50 s")});
    addRow("first response: a transfer restarts the clock", first,
           {QStringLiteral("customer@0: 在吗"), QStringLiteral("bot@1000: 我是小安"),
            QStringLiteral("customer@5000: 人工"), QStringLiteral("system@60000: 已转接人工客服"),
            QStringLiteral("agent@80000: 您好")},
           {});
    addRow("first response: slow after the transfer", first,
           {QStringLiteral("customer@0: 在吗"), QStringLiteral("bot@1000: 我是小安"),
            QStringLiteral("customer@5000: 人工"), QStringLiteral("system@60000: 已转接人工客服"),
            QStringLiteral("agent@100000: 您好")},
           {QStringLiteral("fr#4 40 s")});
    addRow("first response: later replies are not first", first,
           {QStringLiteral("customer@0: 在吗"), QStringLiteral("agent@10000: 您好"),
            QStringLiteral("customer@20000: 查话费"), QStringLiteral("agent@200000: 好的")},
           {});

    const QByteArray slow = R"({"id":"slow","kind":"slow_reply","category":"timing","threshold_s":30})";
    addRow("slow reply: waiting since the first unanswered message", slow,
           {QStringLiteral("customer@0: 在吗"), QStringLiteral("agent@10000: 您好"),
            QStringLiteral("customer@20000: 查话费"), QStringLiteral("customer@40000: 人呢"),
            QStringLiteral("agent@120000: 好的")},
           {QStringLiteral("slow#4 100 s")});
    addRow("slow reply: each slow answer", slow,
           {QStringLiteral("customer@0: a"), QStringLiteral("agent@45000: b"), QStringLiteral("customer@50000: c"),
            QStringLiteral("agent@60000: d"), QStringLiteral("customer@70000: e"), QStringLiteral("agent@140000: f")},
           {QStringLiteral("slow#1 45 s"), QStringLiteral("slow#5 70 s")});
    addRow("slow reply: a bot answer does not count", slow,
           {QStringLiteral("customer@0: a"), QStringLiteral("bot@5000: b"), QStringLiteral("agent@40000: c")},
           {QStringLiteral("slow#2 40 s")});
    addRow("slow reply: rounding", slow, {QStringLiteral("customer@0: a"), QStringLiteral("agent@30600: b")},
           {QStringLiteral("slow#1 31 s")});
    addRow("slow reply: agent speaking twice is not waiting", slow,
           {QStringLiteral("agent@0: 您好"), QStringLiteral("agent@100000: 在吗？")}, {});
}

void TestAutoQaEngine::chatTiming()
{
    QFETCH(QByteArray, rules);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, expected);
    const std::vector<Hit> hits = run(ruleSet(rules), chat(lines));
    QCOMPARE(describe(hits), expected);
    for (const Hit &h : hits) { // the whole turn, no recording time
        QCOMPARE(h.start, -1);
        QCOMPARE(h.startMs, qint64(-1));
    }
}

void TestAutoQaEngine::callTiming_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("expected");

    const QByteArray rules =
        R"({"id":"dead_air","kind":"silence","category":"timing","threshold_s":5,"excuse_phrases":["请稍等","one moment"]},)"
        R"({"id":"hold","kind":"hold","category":"timing","threshold_s":3,"phrases":["请稍等","one moment"]},)"
        R"({"id":"overtalk","kind":"overtalk","speaker":"agent","category":"timing","threshold_s":1})";
    addRow("dead air versus an announced hold", rules,
           {QStringLiteral("agent@0-2000: 您好"), QStringLiteral("customer@2500-5000: 我要查话费"),
            QStringLiteral("agent@5200-7000: 好的，请稍等"), QStringLiteral("agent@19000-21000: 查到了"),
            QStringLiteral("customer@30000-32000: 好的")},
           {QStringLiteral("hold#3@7000-19000 12 s"), QStringLiteral("dead_air#4@21000-30000 9 s")});
    addRow(
        "announced in English", rules,
        {QStringLiteral("agent@0-1000: One moment, please."), QStringLiteral("agent@9000-10000: Thanks for waiting")},
        {QStringLiteral("hold#1@1000-9000 8 s")});
    addRow("a short announced hold is no hold", rules,
           {QStringLiteral("agent@0-1000: 请稍等"), QStringLiteral("agent@3500-4000: 好了")}, {});
    addRow("silence at the threshold", rules,
           {QStringLiteral("agent@0-1000: 您好"), QStringLiteral("customer@6000-7000: 你好")}, {});
    addRow("silence just over the threshold", rules,
           {QStringLiteral("agent@0-1000: 您好"), QStringLiteral("customer@6001-7000: 你好")},
           {QStringLiteral("dead_air#1@1000-6001 5 s")});
    addRow("a long turn covers a short one", rules,
           {QStringLiteral("customer@0-10000: 我说一下情况"), QStringLiteral("agent@2000-3000: 嗯"),
            QStringLiteral("agent@12000-13000: 明白")},
           {});
    addRow("turns out of order are put in time order", rules,
           {QStringLiteral("agent@10000-11000: 明白"), QStringLiteral("customer@0-2000: 你好")},
           {QStringLiteral("dead_air#0@2000-10000 8 s")});
    addRow("agent talks over the customer", rules,
           {QStringLiteral("customer@0-5000: 我说的是上个月"), QStringLiteral("agent@3000-6000: 您听我说")},
           {QStringLiteral("overtalk#1@3000-5000 2 s")});
    addRow("overlap at the threshold", rules,
           {QStringLiteral("customer@0-5000: 我说的是上个月"), QStringLiteral("agent@4000-6000: 您听我说")}, {});
    addRow("the customer interrupting is not the agent's overtalk", rules,
           {QStringLiteral("agent@0-5000: 您听我说"), QStringLiteral("customer@3000-6000: 我说的是上个月")}, {});
}

void TestAutoQaEngine::callTiming()
{
    QFETCH(QByteArray, rules);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, expected);
    const std::vector<Hit> hits = run(ruleSet(rules), call(lines));
    QCOMPARE(describe(hits), expected);
}

void TestAutoQaEngine::timingRulesKeepToTheirChannel()
{
    const RuleSet rules =
        ruleSet(R"({"id":"fr","kind":"first_response","category":"timing","threshold_s":1},)"
                R"({"id":"slow","kind":"slow_reply","category":"timing","threshold_s":1},)"
                R"({"id":"dead_air","kind":"silence","category":"timing","threshold_s":1},)"
                R"({"id":"hold","kind":"hold","category":"timing","threshold_s":1,"phrases":["请稍等"]},)"
                R"({"id":"overtalk","kind":"overtalk","category":"timing","threshold_s":0.5})");
    // Every rule fires on the conversations meant for it ...
    const std::vector<Hit> chatHits =
        run(rules, chat({QStringLiteral("customer@0: 在吗"), QStringLiteral("agent@60000: 请稍等"),
                         QStringLiteral("agent@120000: 好了")}));
    QCOMPARE(describe(chatHits), (QStringList{QStringLiteral("fr#1 60 s"), QStringLiteral("slow#1 60 s")}));
    Conversation callWithChatTimes =
        call({QStringLiteral("customer@0-5000: 在吗"), QStringLiteral("agent@4000-6000: 请稍等"),
              QStringLiteral("agent@60000-61000: 好了")});
    for (Turn &t : callWithChatTimes.turns) // chat times too: only the channel keeps the chat rules away
        t.atMs = kStartedMs + *t.startMs;
    QCOMPARE(describe(run(rules, callWithChatTimes)),
             (QStringList{QStringLiteral("overtalk#1@4000-5000 1 s"), QStringLiteral("dead_air#2@6000-60000 54 s"),
                          QStringLiteral("hold#2@6000-60000 54 s")}));
    // ... and a chat with call times gets nothing from the call rules.
    Conversation chatWithCallTimes =
        call({QStringLiteral("customer@0-5000: 在吗"), QStringLiteral("agent@60000-61000: 您好")});
    chatWithCallTimes.channel = QStringLiteral("chat");
    for (Turn &t : chatWithCallTimes.turns)
        t.atMs = kStartedMs + *t.startMs;
    QCOMPARE(describe(run(rules, chatWithCallTimes)),
             (QStringList{QStringLiteral("fr#1 60 s"), QStringLiteral("slow#1 60 s")}));
}

void TestAutoQaEngine::spelling_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("expected");
    const QByteArray spelling = R"({"id":"spelling","kind":"spelling","speaker":"agent","category":"writing",)"
                                R"("languages":["en_US"],"custom_words":["eSIM","WeChat"]})";
    addRow("misspellings in agent English", spelling, {QStringLiteral("agent: We will recieve your adress soon.")},
           {QStringLiteral("spelling#0[8,15) recieve"), QStringLiteral("spelling#0[21,27) adress")});
    addRow("correct English", spelling, {QStringLiteral("agent: Hello, how can I help you today? I can't wait.")}, {});
    addRow("custom words", spelling, {QStringLiteral("agent: Your eSIM is ready, see WeChat.")}, {});
    addRow("custom words are needed",
           R"({"id":"spelling","kind":"spelling","speaker":"agent","category":"writing","languages":["en_US"]})",
           {QStringLiteral("agent: Your eSIM is ready.")}, {QStringLiteral("spelling#0[5,9) eSIM")});
    addRow("Chinese and digits are not spelt", spelling,
           {QStringLiteral("agent: 您好，您的5G套餐已开通，订单号12345，金额268元。")}, {});
    addRow("Latin inside Chinese", spelling, {QStringLiteral("agent: 请查看adress栏")},
           {QStringLiteral("spelling#0[3,9) adress")});
    addRow("apostrophe", spelling, {QStringLiteral("agent: I can't recieve it")},
           {QStringLiteral("spelling#0[8,15) recieve")});
    addRow("full-width letters are the same words", spelling,
           {QStringLiteral("agent: ＨＥＬＬＯ，ｅＳＩＭ ｒｅｃｅｉｖｅｄ，ｂｕｔ ｒｅｃｉｅｖｅ")},
           {QStringLiteral("spelling#0[24,31) ｒｅｃｉｅｖｅ")});
    addRow("customer turns are not the agent's", spelling,
           {QStringLiteral("customer: I will recieve it"), QStringLiteral("agent: Noted.")}, {});
}

void TestAutoQaEngine::spelling()
{
    QVERIFY2(SpellChecker::hasDictionary(QStringLiteral("en_US")),
             "no en_US Hunspell dictionary (install hunspell-en-us or set QAWB_HUNSPELL_PATH)");
    QFETCH(QByteArray, rules);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, expected);
    const Conversation c = chat(lines);
    const std::vector<Hit> hits = run(ruleSet(rules), c);
    QCOMPARE(describe(hits), expected);
    QString problem;
    QVERIFY2(spansAreExact(c, hits, &problem), qPrintable(problem));
}

void TestAutoQaEngine::builtInOnComplaintChat()
{
    const Conversation c = chat({
        QStringLiteral("customer@0: 你们这个会员自动续费了，我根本没同意过！"),
        QStringLiteral("agent@25000: 提供一下注册手机号。"),
        QStringLiteral("customer@50000: 手机号就是13912345678"),
        QStringLiteral("customer@92000: 人呢？？？"),
        QStringLiteral("agent@247000: 查到了，您开通的是连续包月。"),
        QStringLiteral("customer@280000: 我要退費！我要投訴你们"),
        QStringLiteral("agent@306000: 已经扣费的部分不支持退，我也没办法。"),
        QStringLiteral("customer@350000: 那我就打12315，再发到网上曝光你们"),
        QStringLiteral("agent@375000: 抱歉给您带来不好的体验，还有其他问题吗？"),
    });
    const std::vector<Hit> hits = run(RuleSet::builtIn(), c);
    QCOMPARE(describe(hits), (QStringList{
                                 QStringLiteral("greeting.missing#1[0,0)"),
                                 QStringLiteral("pii.mobile#2[5,16) 13912345678"),
                                 QStringLiteral("timing.slow_reply#4 197 s"),
                                 QStringLiteral("risk.refund#5[2,4) 退費"),
                                 QStringLiteral("risk.complaint#5[7,9) 投訴"),
                                 QStringLiteral("forbidden.phrase#6[12,17) 我也没办法"),
                                 QStringLiteral("risk.complaint#7[4,9) 12315"),
                                 QStringLiteral("risk.complaint#7[15,17) 曝光"),
                                 QStringLiteral("empathy.apology#8[0,2) 抱歉"),
                             }));
    QString problem;
    QVERIFY2(spansAreExact(c, hits, &problem), qPrintable(problem));
}

void TestAutoQaEngine::builtInOnCall()
{
    const Conversation c = call({
        QStringLiteral("agent@500-2848: 您好，工号1003为您服务。"),
        QStringLiteral("customer@3323-6505: 你好，我家宽带上不了网了，我不想投诉，快点修。"),
        QStringLiteral("agent@7153-9351: 请问您的宽带账号是多少？"),
        QStringLiteral("customer@9772-12014: 宽带账号是0218867，手机13812345678。"),
        QStringLiteral("agent@12608-13738: 好的，我查一下。"),
        QStringLiteral("agent@20738-25853: 让您久等了，光缆正在抢修。"),
        QStringLiteral("customer@24000-27646: 好吧，那我等等看。"),
        QStringLiteral("agent@27959-31685: 请稍等，我再确认一下。"),
        QStringLiteral("agent@37700-39700: 请问还有其他可以帮您的吗？感谢您的来电，再见。"),
    });
    const std::vector<Hit> hits = run(RuleSet::builtIn(), c);
    QCOMPARE(describe(hits), (QStringList{
                                 QStringLiteral("pii.mobile#3[15,26)@9772-12014 13812345678"),
                                 QStringLiteral("timing.dead_air#5@13738-20738 7 s"),
                                 QStringLiteral("timing.overtalk#6@24000-25853 2 s"),
                                 QStringLiteral("timing.hold#8@31685-37700 6 s"),
                             }));
}

void TestAutoQaEngine::builtInOnEnglishChat()
{
    QVERIFY(SpellChecker::hasDictionary(QStringLiteral("en_US")));
    const Conversation c = chat({
        QStringLiteral("customer@0: Hi, I was charged twice. I want a refund or I will complain."),
        QStringLiteral("agent@20000: Hello, thank you for contacting us. I'm sorry about that."),
        QStringLiteral("customer@40000: Whatever, just fix it."),
        QStringLiteral("agent@60000: You will recieve the money in 3 days. Your eSIM is not affected."),
        QStringLiteral("agent@70000: Is there anything else? Have a nice day!"),
    });
    const std::vector<Hit> hits = run(RuleSet::builtIn(), c);
    QCOMPARE(describe(hits), (QStringList{
                                 QStringLiteral("risk.refund#0[34,40) refund"),
                                 QStringLiteral("risk.complaint#0[51,59) complain"),
                                 QStringLiteral("empathy.apology#1[40,45) sorry"),
                                 QStringLiteral("writing.spelling#3[9,16) recieve"),
                             }));
    QString problem;
    QVERIFY2(spansAreExact(c, hits, &problem), qPrintable(problem));
}

void TestAutoQaEngine::runsConcurrently()
{
    // One engine, many threads: the same hits as one thread.
    const AutoQaEngine engine(RuleSet::builtIn());
    std::vector<Conversation> conversations;
    for (int i = 0; i < 64; ++i) {
        conversations.push_back(chat({QStringLiteral("customer@0: 我要投訴，退費 %1").arg(13900000000LL + i),
                                      QStringLiteral("agent@%1: Sorry, you will recieve it.").arg(i * 1000),
                                      QStringLiteral("agent@%1: 再见").arg(i * 1000 + 5000)}));
        conversations.push_back(
            call({QStringLiteral("agent@0-1000: 您好"),
                  QStringLiteral("customer@%1-%2: 我要投诉").arg(2000 + i * 100).arg(4000 + i * 100)}));
    }
    std::vector<QStringList> expected;
    for (const Conversation &c : conversations)
        expected.push_back(describe(engine.run(c)));
    QVERIFY(!expected.front().isEmpty());
    const std::vector<QStringList> parallel = QtConcurrent::blockingMapped<std::vector<QStringList>>(
        conversations, [&](const Conversation &c) { return describe(engine.run(c)); });
    QCOMPARE(parallel, expected);
}

QTEST_GUILESS_MAIN(TestAutoQaEngine)
#include "tst_autoqaengine.moc"
