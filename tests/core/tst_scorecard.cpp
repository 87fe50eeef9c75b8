// Scorecards: the definition format, the scoring rules, and how evaluations and scorecard versions are stored.

#include "core/caserepository.h"
#include "core/evaluationrepository.h"
#include "core/ids.h"
#include "core/importer.h"
#include "core/prefill.h"
#include "core/ruleset.h"
#include "core/scorecard.h"
#include "core/scorecardrepository.h"
#include "core/store.h"
#include "core/userrepository.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace qawb;
using namespace qawb::test;

namespace {

// A small card whose scores are easy to work out by hand: 100 points in s1, a fatal item and an 8-point bonus in s2.
const char kTestCard[] = R"({
  "format": "qawb-scorecard/1", "id": "test-card", "version": 3, "channel": "chat", "cap": 100, "pass_score": 85,
  "name": {"en": "Test card", "zh_CN": "测试评分表"},
  "sections": [
    {"id": "s1", "title": "Basics", "items": [
      {"id": "a", "type": "yesno", "points": 20, "text": "A"},
      {"id": "b", "type": "yesno", "points": 30, "na_allowed": true, "text": "B"},
      {"id": "c", "type": "scale", "steps": 4, "points": 40, "text": "C"},
      {"id": "d", "type": "choice", "points": 10, "comment_required_on_fail": true, "text": "D",
       "options": [{"key": "full", "points": 10}, {"key": "part", "points": 4}, {"key": "none", "points": 0}]}
    ]},
    {"id": "s2", "title": "Rules", "items": [
      {"id": "f", "type": "yesno", "fatal": true, "comment_required_on_fail": true, "text": "F"},
      {"id": "x", "type": "yesno", "points": 8, "bonus": true, "text": "X"}
    ]}
  ]
})";

Scorecard testCard()
{
    QString error;
    const auto card = Scorecard::fromJson(QByteArray(kTestCard), &error);
    if (!card)
        qFatal("test card does not parse: %s", qPrintable(error));
    return *card;
}

// "a=yes b=na" -> {a: yes, b: na}
QMap<QString, QString> pairs(const QString &text, QChar separator)
{
    QMap<QString, QString> out;
    for (const QString &pair : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype at = pair.indexOf(separator);
        out.insert(pair.left(at), pair.mid(at + 1).replace(QLatin1Char('_'), QLatin1Char(' ')));
    }
    return out;
}

// The best answer to every item (the first of values(): yes, the top scale step, the first option).
QMap<QString, QString> bestAnswers(const Scorecard &card)
{
    QMap<QString, QString> answers;
    for (const ScorecardSection &section : card.sections()) {
        for (const ScorecardItem &item : section.items)
            answers.insert(item.id, item.values().first());
    }
    return answers;
}

QStringList bundledScorecards()
{
    const QDir dir(QStringLiteral(QAWB_SOURCE_DIR "/resources/scorecards"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace

class TestScorecard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // The definition format.
    void bundledScorecardsParse_data();
    void bundledScorecardsParse();
    void testCardParses();
    void invalidDefinitions_data();
    void invalidDefinitions();
    void localizedText_data();
    void localizedText();
    void itemHelpers();

    // Scoring.
    void score_data();
    void score();
    void extendedScoring_data();
    void extendedScoring();
    void reasonCodes();
    void suggestionsFromHits();
    void sectionSubtotals();

    // Storage.
    void ensureBuiltInsIsIdempotent();
    void currentForChannel();
    void saveDraftCreatesAndReloads();
    void saveDraftUpdates();
    void secondEvaluationOfSameCaseRefused();
    void submitRefusesIncomplete_data();
    void submitRefusesIncomplete();
    void submitComplete();
    void submittedIsFinal();
    void staleCopyCannotReopenSubmission();
    void fatalSubmission();
    void queueProgressCountsEvaluations();

private:
    Evaluation newEvaluation(const QString &conversationId) const;
    QMap<QString, Answer> completeChatAnswers() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString m_userId;
    QString m_queueId;
    std::optional<StoredScorecard> m_chatCard;
};

void TestScorecard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_store = Store::open(m_dir->filePath(QStringLiteral("store.sqlite")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_userId = UserRepository(*m_store).ensure(QStringLiteral("tester")).id;
    QVERIFY(!m_userId.isEmpty());
    QVERIFY2(ScorecardRepository(*m_store).ensureBuiltIns(&error), qPrintable(error));
    m_chatCard = ScorecardRepository(*m_store).currentFor(QStringLiteral("chat"));
    QVERIFY(m_chatCard);

    // Two chats in a queue to evaluate.
    QByteArray jsonl;
    for (const char *id : {"e-chat-1", "e-chat-2"}) {
        jsonl += R"({"id":")" + QByteArray(id) +
                 R"(","channel":"chat","agent_id":"A1","started_at":"2026-11-16T09:12:05+08:00","turns":[)"
                 R"({"speaker":"customer","text":"你好","at":"2026-11-16T09:12:05+08:00"}]})"
                 "\n";
    }
    const QString file = m_dir->filePath(QStringLiteral("cases.jsonl"));
    QVERIFY(writeFile(file, jsonl));
    ImportOptions options;
    options.userId = m_userId;
    options.queueName = QStringLiteral("Evaluate me");
    const ImportReport report = Importer(*m_store, options).run({file});
    QVERIFY(report.ok);
    m_queueId = report.queueId;
}

void TestScorecard::cleanup()
{
    m_chatCard.reset();
    m_store.reset();
    m_dir.reset();
}

Evaluation TestScorecard::newEvaluation(const QString &conversationId) const
{
    Evaluation e;
    e.conversationId = conversationId;
    e.scorecardVersionId = m_chatCard->versionId;
    e.inspectorId = m_userId;
    e.queueId = m_queueId;
    return e;
}

QMap<QString, Answer> TestScorecard::completeChatAnswers() const
{
    // online-service: 15 + 10 + 3/4 of 15 + 20 + 10 + "escalated" 6 + 10 + 10 = 92.25, bonus +5 -> 97.25 -> 97.3
    return {{QStringLiteral("first_response"), {QStringLiteral("yes"), {}}},
            {QStringLiteral("greeting"), {QStringLiteral("yes"), {}}},
            {QStringLiteral("understand"), {QStringLiteral("3"), QStringLiteral("问了两次才明白")}},
            {QStringLiteral("accurate"), {QStringLiteral("4"), {}}},
            {QStringLiteral("reply_speed"), {QStringLiteral("yes"), {}}},
            {QStringLiteral("resolved"), {QStringLiteral("escalated"), {}}},
            {QStringLiteral("closing"), {QStringLiteral("yes"), {}}},
            {QStringLiteral("courtesy"), {QStringLiteral("2"), {}}},
            {QStringLiteral("no_forbidden"), {QStringLiteral("yes"), {}}},
            {QStringLiteral("privacy"), {QStringLiteral("yes"), {}}},
            {QStringLiteral("cultivation"), {QStringLiteral("yes"), {}}}};
}

// ---- the definition format ----------------------------------------------------------------------------------------

void TestScorecard::bundledScorecardsParse_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = bundledScorecards();
    QVERIFY(files.size() >= 2);
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestScorecard::bundledScorecardsParse()
{
    QFETCH(QString, path);
    const QByteArray json = readFile(path);
    QVERIFY(!json.isEmpty());
    QString error;
    const auto card = Scorecard::fromJson(json, &error);
    QVERIFY2(card, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(card->key(), QFileInfo(path).completeBaseName());
    QVERIFY(card->channel() == QLatin1String("chat") || card->channel() == QLatin1String("call"));
    QCOMPARE(card->cap(), 100.0);
    for (const char *language : {"en", "zh_CN", "zh_TW"})
        QVERIFY2(!card->name().byLanguage.value(QString::fromLatin1(language)).isEmpty(), language);

    double scoringPoints = 0;
    int fatalItems = 0;
    int bonusItems = 0;
    for (const ScorecardSection &section : card->sections()) {
        QVERIFY(!section.id.isEmpty());
        QVERIFY(!section.items.empty());
        for (const ScorecardItem &item : section.items) {
            for (const char *language : {"en", "zh_CN", "zh_TW"})
                QVERIFY2(!item.text.byLanguage.value(QString::fromLatin1(language)).isEmpty(), qPrintable(item.id));
            if (item.fatal) {
                ++fatalItems;
                QCOMPARE(item.type, ScorecardItem::Type::YesNo);
                QVERIFY2(item.commentRequiredOnFail, qPrintable(item.id));
            } else if (item.bonus) {
                ++bonusItems;
            } else {
                scoringPoints += item.points;
            }
            if (item.type == ScorecardItem::Type::Choice) {
                double best = 0;
                for (const ScorecardItem::Option &o : item.options)
                    best = std::max(best, o.points);
                QCOMPARE(best, item.points); // the best option earns the item's points
            }
        }
    }
    QCOMPARE(scoringPoints, 100.0);
    QVERIFY(fatalItems >= 1);
    QVERIFY(bonusItems >= 1);

    // The best answers score 100 (the bonus cannot go above the cap), with nothing missing.
    const ScoreResult best = card->score(bestAnswers(*card));
    QCOMPARE(best.score, 100.0);
    QCOMPARE(best.baseScore, 100.0);
    QVERIFY(best.bonus > 0);
    QVERIFY(!best.fatal);
    QVERIFY(best.complete());

    // Every rule an item is linked to exists in the built-in rule set (a dangling link would suggest "passed").
    QSet<QString> ruleIds;
    for (const QJsonValue &r :
         QJsonDocument::fromJson(RuleSet::builtIn().json()).object().value(QStringLiteral("rules")).toArray())
        ruleIds.insert(r[QStringLiteral("id")].toString());
    QVERIFY(!ruleIds.isEmpty());
    for (const ScorecardSection &section : card->sections()) {
        for (const ScorecardItem &item : section.items) {
            for (const QString &rule : item.rules)
                QVERIFY2(ruleIds.contains(rule), qPrintable(item.id + QStringLiteral(" → ") + rule));
        }
    }

    // The copy built into the program is the same file.
    QFile embedded(QStringLiteral(":/qawb/scorecards/") + QFileInfo(path).fileName());
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QCOMPARE(embedded.readAll(), json);
}

void TestScorecard::testCardParses()
{
    const Scorecard card = testCard();
    QCOMPARE(card.key(), QStringLiteral("test-card"));
    QCOMPARE(card.version(), 3);
    QCOMPARE(card.channel(), QStringLiteral("chat"));
    QCOMPARE(card.passScore(), 85.0);
    QCOMPARE(card.name().text(QStringLiteral("zh_CN")), QStringLiteral("测试评分表"));
    QCOMPARE(card.sections().size(), size_t(2));
    QCOMPARE(card.sections()[0].title.text(QStringLiteral("en")), QStringLiteral("Basics"));
    const ScorecardItem *d = card.item(QStringLiteral("d"));
    QVERIFY(d);
    QCOMPARE(d->type, ScorecardItem::Type::Choice);
    QCOMPARE(d->options.size(), size_t(3));
    QCOMPARE(d->options[1].key, QStringLiteral("part"));
    QCOMPARE(d->options[1].points, 4.0);
    QVERIFY(d->commentRequiredOnFail);
    QCOMPARE(card.item(QStringLiteral("c"))->scaleSteps, 4);
    QVERIFY(card.item(QStringLiteral("b"))->naAllowed);
    QVERIFY(!card.item(QStringLiteral("a"))->naAllowed);
    QVERIFY(card.item(QStringLiteral("f"))->fatal);
    QVERIFY(card.item(QStringLiteral("x"))->bonus);
    QVERIFY(!card.item(QStringLiteral("nope")));

    // Defaults: version 1, cap 100, pass score 80, yes/no items.
    QString error;
    const auto minimal = Scorecard::fromJson(
        R"({"format":"qawb-scorecard/1","id":"m","sections":[{"id":"s","items":[{"id":"i","points":5}]}]})", &error);
    QVERIFY2(minimal, qPrintable(error));
    QCOMPARE(minimal->version(), 1);
    QCOMPARE(minimal->cap(), 100.0);
    QCOMPARE(minimal->passScore(), 80.0);
    QCOMPARE(minimal->channel(), QString());
    QCOMPARE(minimal->item(QStringLiteral("i"))->type, ScorecardItem::Type::YesNo);
}

void TestScorecard::invalidDefinitions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    auto card = [](const QByteArray &items) -> QByteArray {
        return R"({"format":"qawb-scorecard/1","id":"bad","sections":[{"id":"s","items":[)" + items + "]}]}";
    };
    QTest::newRow("not JSON") << QByteArray("{\"format\":") << QStringLiteral("not a JSON object");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"qawb-scorecard/2","id":"x","sections":[]})")
                                  << QStringLiteral("format");
    QTest::newRow("missing id") << QByteArray(
                                       R"({"format":"qawb-scorecard/1","sections":[{"id":"s","items":[{"id":"i"}]}]})")
                                << QStringLiteral("id: required");
    QTest::newRow("no sections") << QByteArray(R"({"format":"qawb-scorecard/1","id":"x","sections":[]})")
                                 << QStringLiteral("sections");
    QTest::newRow("item without id") << card(R"({"id":"ok"},{"type":"yesno","points":5})")
                                     << QStringLiteral("sections[0].items[1].id");
    QTest::newRow("duplicate item id")
        << QByteArray(R"({"format":"qawb-scorecard/1","id":"bad","sections":[{"id":"s1","items":[{"id":"same"}]},)"
                      R"({"id":"s2","items":[{"id":"other"},{"id":"same"}]}]})")
        << QStringLiteral("sections[1].items[1].id: missing or not unique");
    QTest::newRow("fatal scale") << card(R"({"id":"f","type":"scale","steps":4,"fatal":true})")
                                 << QStringLiteral("sections[0].items[0]: fatal items are yes/no");
    QTest::newRow("fatal choice")
        << card(R"({"id":"f","type":"choice","fatal":true,"options":[{"key":"a"},{"key":"b"}]})")
        << QStringLiteral("fatal items are yes/no");
    QTest::newRow("bad type") << card(R"({"id":"i","type":"stars"})")
                              << QStringLiteral(
                                     "sections[0].items[0].type: expected yesno, scale, choice or deductions");
    QTest::newRow("deductions without any")
        << card(R"({"id":"i","type":"deductions","points":10})") << QStringLiteral("sections[0].items[0].deductions");
    QTest::newRow("deduction named ok")
        << card(R"({"id":"i","type":"deductions","points":10,"deductions":[{"key":"ok","points":2}]})")
        << QStringLiteral("not \"ok\"");
    QTest::newRow("negative weight") << card(R"({"id":"i","weight":-1})") << QStringLiteral("items[0].weight");
    QTest::newRow("condition on a later item")
        << card(R"({"id":"a","show_if":{"item":"b","values":["no"]}},{"id":"b"})")
        << QStringLiteral("sections[0].items[0].show_if.item: b must be an earlier item");
    QTest::newRow("condition without values")
        << card(R"({"id":"a"},{"id":"b","show_if":{"item":"a"}})") << QStringLiteral("items[1].show_if");
    QTest::newRow("scale without steps") << card(R"({"id":"i","type":"scale","points":10})")
                                         << QStringLiteral("sections[0].items[0].steps");
    QTest::newRow("choice with one option") << card(R"({"id":"i","type":"choice","options":[{"key":"a"}]})")
                                            << QStringLiteral("sections[0].items[0].options");
}

void TestScorecard::invalidDefinitions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    const auto card = Scorecard::fromJson(json, &error);
    QVERIFY(!card);
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestScorecard::localizedText_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("Greeting");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("问候");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("問候");
    QTest::newRow("zh_HK reads Traditional") << QStringLiteral("zh_HK") << QStringLiteral("問候");
    QTest::newRow("zh_Hant_TW") << QStringLiteral("zh_Hant_TW") << QStringLiteral("問候");
    QTest::newRow("zh_SG reads Simplified") << QStringLiteral("zh_SG") << QStringLiteral("问候");
    QTest::newRow("zh alone") << QStringLiteral("zh") << QStringLiteral("问候");
    QTest::newRow("fr falls back to en") << QStringLiteral("fr_FR") << QStringLiteral("Greeting");
}

void TestScorecard::localizedText()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    LocalizedText text;
    text.byLanguage = {{QStringLiteral("en"), QStringLiteral("Greeting")},
                       {QStringLiteral("zh_CN"), QStringLiteral("问候")},
                       {QStringLiteral("zh_TW"), QStringLiteral("問候")}};
    QCOMPARE(text.text(locale), expected);

    // Only Simplified Chinese given: every locale gets it rather than nothing.
    LocalizedText chineseOnly;
    chineseOnly.byLanguage = {{QStringLiteral("zh_CN"), QStringLiteral("问候")}};
    QCOMPARE(chineseOnly.text(locale), QStringLiteral("问候"));
    QCOMPARE(LocalizedText().text(locale), QString());
}

void TestScorecard::itemHelpers()
{
    const Scorecard card = testCard();
    const ScorecardItem &a = *card.item(QStringLiteral("a"));
    QCOMPARE(a.values(), (QStringList{QStringLiteral("yes"), QStringLiteral("no")}));
    QCOMPARE(a.pointsFor(QStringLiteral("yes")), std::optional<double>(20));
    QCOMPARE(a.pointsFor(QStringLiteral("no")), std::optional<double>(0));
    QVERIFY(!a.pointsFor(QStringLiteral("na")));
    QVERIFY(!a.pointsFor(QStringLiteral("maybe")));
    QVERIFY(a.isFailed(QStringLiteral("no")));
    QVERIFY(!a.isFailed(QStringLiteral("yes")));
    QVERIFY(!a.isFailed(QStringLiteral("na")));
    QVERIFY(!a.isFailed(QString()));

    const ScorecardItem &c = *card.item(QStringLiteral("c"));
    QCOMPARE(c.values(), (QStringList{QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("2"),
                                      QStringLiteral("1"), QStringLiteral("0")}));
    QCOMPARE(c.pointsFor(QStringLiteral("3")), std::optional<double>(30));
    QCOMPARE(c.pointsFor(QStringLiteral("0")), std::optional<double>(0));
    QVERIFY(!c.pointsFor(QStringLiteral("5")));
    QVERIFY(!c.pointsFor(QStringLiteral("-1")));
    QVERIFY(!c.pointsFor(QStringLiteral("three")));
    QVERIFY(c.isFailed(QStringLiteral("3")));
    QVERIFY(!c.isFailed(QStringLiteral("4")));

    const ScorecardItem &d = *card.item(QStringLiteral("d"));
    QCOMPARE(d.values(), (QStringList{QStringLiteral("full"), QStringLiteral("part"), QStringLiteral("none")}));
    QCOMPARE(d.pointsFor(QStringLiteral("part")), std::optional<double>(4));
    QVERIFY(!d.pointsFor(QStringLiteral("half")));
    QVERIFY(d.isFailed(QStringLiteral("part")));
    QVERIFY(!d.isFailed(QStringLiteral("full")));

    const ScorecardItem &f = *card.item(QStringLiteral("f"));
    QCOMPARE(f.pointsFor(QStringLiteral("yes")), std::optional<double>(0)); // fatal items carry no points
    QVERIFY(f.isFailed(QStringLiteral("no")));
    const ScorecardItem &x = *card.item(QStringLiteral("x"));
    QCOMPARE(x.pointsFor(QStringLiteral("yes")), std::optional<double>(8));
}

// ---- scoring -----------------------------------------------------------------------------------------------------

void TestScorecard::score_data()
{
    QTest::addColumn<QString>("answers");  // "item=value ..."
    QTest::addColumn<QString>("comments"); // "item:comment ..." ('_' is a space)
    QTest::addColumn<double>("score");
    QTest::addColumn<double>("baseScore");
    QTest::addColumn<double>("bonus");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<QStringList>("unanswered");
    QTest::addColumn<QStringList>("missingComments");
    const QStringList none;
    const QString full = QStringLiteral("a=yes b=yes c=4 d=full f=yes ");

    // s1 holds 100 points: a 20, b 30 (N/A allowed), c 40 (scale of 4), d 10 (choice 10/4/0).
    QTest::newRow("all best") << full << QString() << 100.0 << 100.0 << 0.0 << false << none << none;
    QTest::newRow("a no") << QStringLiteral("a=no b=yes c=4 d=full f=yes") << QString() << 80.0 << 80.0 << 0.0 << false
                          << none << none;
    // N/A takes b out of the denominator: 70 of 70, then 50 of 70 = 71.43.
    QTest::newRow("b N/A") << QStringLiteral("a=yes b=na c=4 d=full f=yes") << QString() << 100.0 << 100.0 << 0.0
                           << false << none << none;
    QTest::newRow("b N/A, a no") << QStringLiteral("a=no b=na c=4 d=full f=yes") << QString() << 71.4 << 71.4 << 0.0
                                 << false << none << none;
    QTest::newRow("all N/A-able N/A, rest no")
        << QStringLiteral("a=no b=na c=0 d=none f=yes") << QStringLiteral("d:none_given") << 0.0 << 0.0 << 0.0 << false
        << none << none;
    // Scale points are proportional: 3 of 4 steps of 40 = 30.
    QTest::newRow("scale 3/4") << QStringLiteral("a=yes b=yes c=3 d=full f=yes") << QString() << 90.0 << 90.0 << 0.0
                               << false << none << none;
    QTest::newRow("scale 1/4") << QStringLiteral("a=yes b=yes c=1 d=full f=yes") << QString() << 70.0 << 70.0 << 0.0
                               << false << none << none;
    QTest::newRow("scale 0/4") << QStringLiteral("a=yes b=yes c=0 d=full f=yes") << QString() << 60.0 << 60.0 << 0.0
                               << false << none << none;
    // Choices earn their option's points; anything below full is a fail that needs a comment here.
    QTest::newRow("choice part, commented")
        << QStringLiteral("a=yes b=yes c=4 d=part f=yes") << QStringLiteral("d:escalated") << 94.0 << 94.0 << 0.0
        << false << none << none;
    QTest::newRow("choice part, no comment") << QStringLiteral("a=yes b=yes c=4 d=part f=yes") << QString() << 94.0
                                             << 94.0 << 0.0 << false << none << QStringList{QStringLiteral("d")};
    QTest::newRow("choice none, blank comment")
        << QStringLiteral("a=yes b=yes c=4 d=none f=yes") << QStringLiteral("d:___") << 90.0 << 90.0 << 0.0 << false
        << none << QStringList{QStringLiteral("d")};
    // Bonus adds on top of the base score, up to the cap.
    QTest::newRow("bonus adds") << QStringLiteral("a=no b=yes c=4 d=full f=yes x=yes") << QString() << 88.0 << 80.0
                                << 8.0 << false << none << none;
    QTest::newRow("bonus up to cap") << QStringLiteral("a=yes b=yes c=4 d=part f=yes x=yes") << QStringLiteral("d:ok")
                                     << 100.0 << 94.0 << 8.0 << false << none << none;
    QTest::newRow("bonus at cap") << full + QStringLiteral("x=yes") << QString() << 100.0 << 100.0 << 8.0 << false
                                  << none << none;
    QTest::newRow("bonus not met") << full + QStringLiteral("x=no") << QString() << 100.0 << 100.0 << 0.0 << false
                                   << none << none;
    // A fatal "no" zeroes the score whatever else was earned.
    QTest::newRow("fatal no") << QStringLiteral("a=yes b=yes c=4 d=full f=no x=yes") << QStringLiteral("f:swore") << 0.0
                              << 100.0 << 8.0 << true << none << none;
    QTest::newRow("fatal no, no comment") << QStringLiteral("a=yes b=yes c=4 d=full f=no") << QString() << 0.0 << 100.0
                                          << 0.0 << true << none << QStringList{QStringLiteral("f")};
    // Unanswered required items are listed; the bonus item never is.
    QTest::newRow("only a answered") << QStringLiteral("a=yes") << QString() << 100.0 << 100.0 << 0.0 << false
                                     << QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                                                    QStringLiteral("f")}
                                     << none;
    QTest::newRow("nothing answered") << QString() << QString() << 100.0 << 100.0 << 0.0 << false
                                      << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                     QStringLiteral("d"), QStringLiteral("f")}
                                      << none;
    // N/A where the scorecard does not allow it, or a value the item does not offer, is not an answer.
    QTest::newRow("a N/A not allowed") << QStringLiteral("a=na b=yes c=4 d=full f=yes") << QString() << 100.0 << 100.0
                                       << 0.0 << false << QStringList{QStringLiteral("a")} << none;
    QTest::newRow("fatal N/A not allowed") << QStringLiteral("a=yes b=yes c=4 d=full f=na") << QString() << 100.0
                                           << 100.0 << 0.0 << false << QStringList{QStringLiteral("f")} << none;
    QTest::newRow("values not offered") << QStringLiteral("a=maybe b=yes c=5 d=half f=yes") << QString() << 100.0
                                        << 100.0 << 0.0 << false
                                        << QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}
                                        << none;
}

void TestScorecard::score()
{
    QFETCH(QString, answers);
    QFETCH(QString, comments);
    QFETCH(double, score);
    QFETCH(double, baseScore);
    QFETCH(double, bonus);
    QFETCH(bool, fatal);
    QFETCH(QStringList, unanswered);
    QFETCH(QStringList, missingComments);
    const Scorecard card = testCard();
    const ScoreResult result = card.score(pairs(answers, QLatin1Char('=')), pairs(comments, QLatin1Char(':')));
    QCOMPARE(result.score, score);
    QCOMPARE(result.baseScore, baseScore);
    QCOMPARE(result.bonus, bonus);
    QCOMPARE(result.fatal, fatal);
    QCOMPARE(result.fatalItems, fatal ? QStringList{QStringLiteral("f")} : QStringList());
    QCOMPARE(result.unanswered, unanswered);
    QCOMPARE(result.missingComments, missingComments);
    QCOMPARE(result.complete(), unanswered.isEmpty() && missingComments.isEmpty());
    // Scoring is pure.
    const ScoreResult again = card.score(pairs(answers, QLatin1Char('=')), pairs(comments, QLatin1Char(':')));
    QCOMPARE(again.score, result.score);
}

void TestScorecard::extendedScoring_data()
{
    // One card with every newer kind of item:
    //   w1: yes/no, 10 points, weight 3        w2: yes/no, 10 points (weight 1)
    //   ded: 20 points with deductions late 5, rude 12, wrong 30 (floored at 0), comment required when failed
    //   why: choice asked only when w2 = no (customer / agent / system), 10 / 0 / 10 points
    //   how: yes/no asked only when why = agent (a condition on a conditional item)
    QTest::addColumn<QString>("answers");
    QTest::addColumn<QString>("comments");
    QTest::addColumn<double>("score");
    QTest::addColumn<QStringList>("unanswered");
    QTest::addColumn<QStringList>("skipped");
    QTest::addColumn<QStringList>("missingComments");
    const QStringList none;
    const QStringList notAsked{QStringLiteral("why"), QStringLiteral("how")};
    // Weighted total: possible = 3×10 + 10 + 20 = 60.
    QTest::newRow("all best") << QStringLiteral("w1=yes w2=yes ded=ok") << QString() << 100.0 << none << notAsked
                              << none;
    // w1 (weight 3) failing costs 30 of 60; w2 (weight 1) failing costs 10 of 60 plus its follow-up is asked.
    QTest::newRow("heavy item fails") << QStringLiteral("w1=no w2=yes ded=ok") << QString() << 50.0 << none << notAsked
                                      << none;
    QTest::newRow("light item fails, follow-up unanswered")
        << QStringLiteral("w1=yes w2=no ded=ok") << QString() << 83.3 << QStringList{QStringLiteral("why")}
        << QStringList{QStringLiteral("how")} << none;
    // With why answered the denominator grows by its 10 points: (30 + 0 + 20 + 10) / 70.
    QTest::newRow("follow-up answered") << QStringLiteral("w1=yes w2=no ded=ok why=customer") << QString() << 85.7
                                        << none << QStringList{QStringLiteral("how")} << none;
    // A condition on a conditional item: how is asked only when why = agent.
    QTest::newRow("second-level follow-up asked") << QStringLiteral("w1=yes w2=no ded=ok why=agent") << QString()
                                                  << 71.4 << QStringList{QStringLiteral("how")} << none << none;
    QTest::newRow("second-level follow-up answered")
        << QStringLiteral("w1=yes w2=no ded=ok why=agent how=yes") << QString() << 75.0 << none << none << none;
    // An answer to an item that is not asked is ignored (the inspector changed their mind about w2).
    QTest::newRow("answer to a skipped item ignored")
        << QStringLiteral("w1=yes w2=yes ded=ok why=agent how=no") << QString() << 100.0 << none << notAsked << none;
    // Deductions: each fault takes its points off; several add up; the item never goes below 0.
    QTest::newRow("one deduction") << QStringLiteral("w1=yes w2=yes ded=late") << QStringLiteral("ded:late_twice")
                                   << 91.7 << none << notAsked << none;
    // late + rude = 17 of 20: (30 + 10 + 3) / 60.
    QTest::newRow("two deductions") << QStringLiteral("w1=yes w2=yes ded=late,rude") << QStringLiteral("ded:x") << 71.7
                                    << none << notAsked << none;
    QTest::newRow("deductions floored at zero") << QStringLiteral("w1=yes w2=yes ded=rude,wrong")
                                                << QStringLiteral("ded:x") << 66.7 << none << notAsked << none;
    QTest::newRow("deduction needs a comment") << QStringLiteral("w1=yes w2=yes ded=late") << QString() << 91.7 << none
                                               << notAsked << QStringList{QStringLiteral("ded")};
    QTest::newRow("unknown deduction is no answer") << QStringLiteral("w1=yes w2=yes ded=late,sleepy") << QString()
                                                    << 100.0 << QStringList{QStringLiteral("ded")} << notAsked << none;
    // Rounding: to one decimal, half away from zero (2/3 = 66.666… → 66.7; 5/6 = 83.333… → 83.3).
    QTest::newRow("rounding") << QStringLiteral("w1=yes w2=yes ded=rude,wrong") << QStringLiteral("ded:x") << 66.7
                              << none << notAsked << none;
}

void TestScorecard::extendedScoring()
{
    QFETCH(QString, answers);
    QFETCH(QString, comments);
    QFETCH(double, score);
    QFETCH(QStringList, unanswered);
    QFETCH(QStringList, skipped);
    QFETCH(QStringList, missingComments);
    QString error;
    const auto card = Scorecard::fromJson(R"({"format":"qawb-scorecard/1","id":"ext","sections":[
        {"id":"s","items":[
          {"id":"w1","points":10,"weight":3},
          {"id":"w2","points":10},
          {"id":"ded","type":"deductions","points":20,"comment_required_on_fail":true,"deductions":[
            {"key":"late","points":5},{"key":"rude","points":12},{"key":"wrong","points":30}]},
          {"id":"why","type":"choice","points":10,"show_if":{"item":"w2","values":["no"]},"options":[
            {"key":"customer","points":10},{"key":"agent","points":0},{"key":"system","points":10}]},
          {"id":"how","points":10,"show_if":{"item":"why","values":["agent"]}}]}]})",
                                          &error);
    QVERIFY2(card, qPrintable(error));
    const ScoreResult result = card->score(pairs(answers, QLatin1Char('=')), pairs(comments, QLatin1Char(':')));
    QCOMPARE(result.score, score);
    QCOMPARE(result.unanswered, unanswered);
    QCOMPARE(result.skipped, skipped);
    QCOMPARE(result.missingComments, missingComments);
    // The item helpers agree with the scoring.
    const ScorecardItem *ded = card->item(QStringLiteral("ded"));
    QCOMPARE(ded->values(), (QStringList{QStringLiteral("ok"), QStringLiteral("late"), QStringLiteral("rude"),
                                         QStringLiteral("wrong")}));
    QCOMPARE(ded->pointsFor(QStringLiteral("late,late")), std::optional<double>(15.0)); // a fault counts once
    QVERIFY(ded->isFailed(QStringLiteral("late")));
    QVERIFY(!ded->isFailed(QStringLiteral("ok")));
}

void TestScorecard::reasonCodes()
{
    QString error;
    const auto card = Scorecard::fromJson(R"({"format":"qawb-scorecard/1","id":"r","sections":[{"id":"s","items":[
          {"id":"resolved","points":10,"reasons":[{"key":"knowledge","label":{"en":"Knowledge gap"}},
                                                  {"key":"process","label":{"en":"Process not followed"}}]},
          {"id":"plain","points":10}]}]})",
                                          &error);
    QVERIFY2(card, qPrintable(error));
    QCOMPARE(card->item(QStringLiteral("resolved"))->reasons.size(), size_t(2));
    const QMap<QString, QString> failed{{QStringLiteral("resolved"), QStringLiteral("no")},
                                        {QStringLiteral("plain"), QStringLiteral("no")}};
    // A failed item with reason codes needs one; passing items and items without codes do not.
    ScoreResult r = card->score(failed);
    QCOMPARE(r.missingReasons, QStringList{QStringLiteral("resolved")});
    QVERIFY(!r.complete());
    r = card->score(failed, {}, {{QStringLiteral("resolved"), {QStringLiteral("process")}}});
    QVERIFY(r.missingReasons.isEmpty());
    QVERIFY(r.complete());
    r = card->score(
        {{QStringLiteral("resolved"), QStringLiteral("yes")}, {QStringLiteral("plain"), QStringLiteral("no")}});
    QVERIFY(r.missingReasons.isEmpty());
    QVERIFY(!Scorecard::fromJson(R"({"format":"qawb-scorecard/1","id":"r","sections":[{"id":"s","items":[
          {"id":"a","reasons":[{"key":"x,y"}]}]}]})",
                                 &error));
    QVERIFY2(error.contains(QStringLiteral("reasons")), qPrintable(error));
}

void TestScorecard::suggestionsFromHits()
{
    QString error;
    const auto card = Scorecard::fromJson(R"({"format":"qawb-scorecard/1","id":"auto","sections":[{"id":"s","items":[
          {"id":"greet","points":10,"rules":["greeting.missing"]},
          {"id":"speed","type":"scale","steps":4,"points":20,"rules":["timing.first_response","timing.slow_reply"]},
          {"id":"solved","type":"choice","points":10,"rules":["risk.complaint"],"options":[
             {"key":"partly","points":5},{"key":"fully","points":10},{"key":"not","points":0}]},
          {"id":"conduct","type":"deductions","points":10,"rules":["forbidden.phrase"],
           "deductions":[{"key":"rude","points":5}]},
          {"id":"guide","points":5,"bonus":true,"rules":["guidance.self_service"]},
          {"id":"manual","points":10}]}]})",
                                          &error);
    QVERIFY2(card, qPrintable(error));
    // Nothing fired: every linked item passes, the bonus is not earned, unlinked items get nothing.
    auto s = suggestAnswers(*card, {});
    QCOMPARE(s.value(QStringLiteral("greet")).value, QStringLiteral("yes"));
    QCOMPARE(s.value(QStringLiteral("speed")).value, QStringLiteral("4"));
    QCOMPARE(s.value(QStringLiteral("solved")).value, QStringLiteral("fully"));
    QCOMPARE(s.value(QStringLiteral("conduct")).value, QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("guide")).value, QStringLiteral("no"));
    QVERIFY(!s.contains(QStringLiteral("manual")));
    QCOMPARE(s.value(QStringLiteral("greet")).hits, 0);
    // Hits fail their items (lowest step, worst option), earn the bonus, and are counted per item.
    s = suggestAnswers(*card, {QStringLiteral("greeting.missing"), QStringLiteral("timing.slow_reply"),
                               QStringLiteral("timing.slow_reply"), QStringLiteral("timing.first_response"),
                               QStringLiteral("risk.complaint"), QStringLiteral("guidance.self_service"),
                               QStringLiteral("forbidden.phrase"), QStringLiteral("pii.mobile")});
    QCOMPARE(s.value(QStringLiteral("greet")).value, QStringLiteral("no"));
    QCOMPARE(s.value(QStringLiteral("speed")).value, QStringLiteral("0"));
    QCOMPARE(s.value(QStringLiteral("speed")).hits, 3);
    QCOMPARE(s.value(QStringLiteral("speed")).rules,
             (QStringList{QStringLiteral("timing.first_response"), QStringLiteral("timing.slow_reply")}));
    QCOMPARE(s.value(QStringLiteral("solved")).value, QStringLiteral("not"));
    QCOMPARE(s.value(QStringLiteral("guide")).value, QStringLiteral("yes"));
    // Which fault a forbidden phrase is stays the inspector's call: evidence, no value.
    QCOMPARE(s.value(QStringLiteral("conduct")).value, QString());
    QCOMPARE(s.value(QStringLiteral("conduct")).hits, 1);
}

void TestScorecard::sectionSubtotals()
{
    const ScoreResult result =
        testCard().score(pairs(QStringLiteral("a=no b=na c=3 d=part f=no x=yes"), QLatin1Char('=')));
    QCOMPARE(result.sections.size(), 2);
    QCOMPARE(result.sections.value(QStringLiteral("s1")).earned, 34.0);   // 0 + 30 + 4
    QCOMPARE(result.sections.value(QStringLiteral("s1")).possible, 70.0); // b is N/A
    QCOMPARE(result.sections.value(QStringLiteral("s2")).earned, 0.0);    // fatal and bonus items are outside
    QCOMPARE(result.sections.value(QStringLiteral("s2")).possible, 0.0);
    QCOMPARE(result.baseScore, 48.6); // 34 / 70
    QCOMPARE(result.score, 0.0);
    QCOMPARE(result.fatalItems, QStringList{QStringLiteral("f")});
}

// ---- storage -----------------------------------------------------------------------------------------------------

void TestScorecard::ensureBuiltInsIsIdempotent()
{
    // init() installed them once.
    QCOMPARE(rowCount(*m_store, QStringLiteral("scorecards")), 2);
    QCOMPARE(rowCount(*m_store, QStringLiteral("scorecard_versions")), 2);
    const QStringList before = snapshot(*m_store);
    QString error;
    QVERIFY2(ScorecardRepository(*m_store).ensureBuiltIns(&error), qPrintable(error));
    QVERIFY2(ScorecardRepository(*m_store).ensureBuiltIns(&error), qPrintable(error));
    QCOMPARE(snapshot(*m_store), before);

    // Versions have name-based ids (the same in every store) and hold the bundled definition verbatim.
    const QString versionId = nameId(QStringLiteral("scorecard-version"), QStringLiteral("online-service/2"));
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT status FROM scorecard_versions WHERE id = ?"), {versionId}).toString(),
        QStringLiteral("published"));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT definition FROM scorecard_versions WHERE id = ?"), {versionId})
                 .toString()
                 .toUtf8(),
             readFile(QStringLiteral(QAWB_SOURCE_DIR "/resources/scorecards/online-service.json")));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT name FROM scorecards WHERE channel = 'call'")).toString(),
             QStringLiteral("Call service standard"));

    // A store made before version 2 (item targets) has only version 1: version 2 is published next to it.
    QVERIFY(m_store->database()
                .exec(QStringLiteral("UPDATE scorecard_versions SET version = 1, id = 'old-v1-' || scorecard_id, "
                                     "published_at = '2026-01-01T00:00:00.000Z'"))
                .lastError()
                .type() == QSqlError::NoError);
    QVERIFY2(ScorecardRepository(*m_store).ensureBuiltIns(&error), qPrintable(error));
    QCOMPARE(rowCount(*m_store, QStringLiteral("scorecard_versions")), 4);
    QCOMPARE(ScorecardRepository(*m_store).currentFor(QStringLiteral("chat"))->versionId, versionId);
    // A store whose people published a version 3 keeps it current: an older bundled version is not added.
    QVERIFY(m_store->database()
                .exec(QStringLiteral("DELETE FROM scorecard_versions WHERE id NOT LIKE 'old-v1-%'"))
                .lastError()
                .type() == QSqlError::NoError);
    QVERIFY(m_store->database().exec(QStringLiteral("UPDATE scorecard_versions SET version = 3")).lastError().type() ==
            QSqlError::NoError);
    QVERIFY2(ScorecardRepository(*m_store).ensureBuiltIns(&error), qPrintable(error));
    QCOMPARE(rowCount(*m_store, QStringLiteral("scorecard_versions")), 2);
    QVERIFY(ScorecardRepository(*m_store)
                .currentFor(QStringLiteral("chat"))
                ->versionId.startsWith(QStringLiteral("old-v1-")));
}

void TestScorecard::currentForChannel()
{
    ScorecardRepository repository(*m_store);
    const auto chat = repository.currentFor(QStringLiteral("chat"));
    QVERIFY(chat);
    QCOMPARE(chat->scorecard.key(), QStringLiteral("online-service"));
    QCOMPARE(chat->scorecard.channel(), QStringLiteral("chat"));
    QCOMPARE(chat->versionId, nameId(QStringLiteral("scorecard-version"), QStringLiteral("online-service/2")));
    const auto call = repository.currentFor(QStringLiteral("call"));
    QVERIFY(call);
    QCOMPARE(call->scorecard.key(), QStringLiteral("call-service"));
    QVERIFY(call->versionId != chat->versionId);
    QVERIFY(!repository.currentFor(QStringLiteral("email")));

    const auto byVersion = repository.version(call->versionId);
    QVERIFY(byVersion);
    QCOMPARE(byVersion->scorecard.key(), QStringLiteral("call-service"));
    QVERIFY(!repository.version(QStringLiteral("no-such-version")));

    // An empty store has none until the built-ins are installed.
    QString error;
    const auto empty = Store::open(QStringLiteral(":memory:"), &error);
    QVERIFY2(empty, qPrintable(error));
    QVERIFY(!ScorecardRepository(*empty).currentFor(QStringLiteral("chat")));
}

void TestScorecard::saveDraftCreatesAndReloads()
{
    EvaluationRepository repository(*m_store);
    QVERIFY(!repository.find(QStringLiteral("e-chat-1"), m_userId));
    Evaluation e = newEvaluation(QStringLiteral("e-chat-1"));
    e.answers = {{QStringLiteral("first_response"), {QStringLiteral("yes"), {}}},
                 {QStringLiteral("greeting"), {QStringLiteral("no"), QStringLiteral("没有问候语")}},
                 {QStringLiteral("closing"), {QString(), QStringLiteral("note before answering")}}};
    e.answers[QStringLiteral("greeting")].reasons = {QStringLiteral("forgot"), QStringLiteral("script")};
    e.answers[QStringLiteral("greeting")].suggested = QStringLiteral("yes");
    e.generalComment = QStringLiteral("总体不错 😀");
    e.coachingNote = QStringLiteral("Greet first.");
    e.privateNote = QStringLiteral("check with team lead");
    QString error;
    QVERIFY2(repository.saveDraft(e, m_chatCard->scorecard, &error), qPrintable(error));
    QVERIFY(!e.id.isEmpty());
    QCOMPARE(e.status, QStringLiteral("draft"));
    QCOMPARE(e.score, std::optional<double>(60.0)); // 15 of 25 answered points
    QVERIFY(!e.fatal);
    QVERIFY(!e.createdAt.isEmpty());
    QVERIFY(!e.updatedAt.isEmpty());
    QVERIFY(e.submittedAt.isEmpty());

    const auto loaded = repository.byId(e.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->id, e.id);
    QCOMPARE(loaded->conversationId, QStringLiteral("e-chat-1"));
    QCOMPARE(loaded->scorecardVersionId, m_chatCard->versionId);
    QCOMPARE(loaded->inspectorId, m_userId);
    QCOMPARE(loaded->queueId, m_queueId);
    QCOMPARE(loaded->status, QStringLiteral("draft"));
    QCOMPARE(loaded->score, e.score);
    QCOMPARE(loaded->fatal, false);
    QCOMPARE(loaded->generalComment, e.generalComment);
    QCOMPARE(loaded->coachingNote, e.coachingNote);
    QCOMPARE(loaded->privateNote, e.privateNote);
    QCOMPARE(loaded->createdAt, e.createdAt);
    QCOMPARE(loaded->updatedAt, e.updatedAt);
    QVERIFY(loaded->submittedAt.isEmpty());
    QCOMPARE(loaded->answers.keys(), e.answers.keys());
    for (auto it = e.answers.cbegin(); it != e.answers.cend(); ++it) {
        QCOMPARE(loaded->answers.value(it.key()).value, it->value);
        QCOMPARE(loaded->answers.value(it.key()).comment, it->comment);
        QCOMPARE(loaded->answers.value(it.key()).reasons, it->reasons);
        QCOMPARE(loaded->answers.value(it.key()).suggested, it->suggested);
    }
    QCOMPARE(loaded->values(), e.values());
    QCOMPARE(loaded->comments(), e.comments());
    QCOMPARE(repository.find(QStringLiteral("e-chat-1"), m_userId)->id, e.id);
    QVERIFY(!repository.byId(QStringLiteral("no-such-id")));

    // Points are stored per answer; an unanswered item with a comment keeps the comment and no value.
    QCOMPARE(scalar(*m_store,
                    QStringLiteral("SELECT points FROM answers WHERE evaluation_id = ? AND item_id = "
                                   "'first_response'"),
                    {e.id})
                 .toDouble(),
             15.0);
    QVERIFY(scalar(*m_store,
                   QStringLiteral("SELECT value FROM answers WHERE evaluation_id = ? AND item_id = 'closing'"), {e.id})
                .isNull());
    // The import, and the evaluation's creation with what it held.
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), 2);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT action FROM audit_log WHERE entity_id = ?"), {e.id}).toString(),
             QStringLiteral("evaluation.create"));
    // Saving again without a change adds nothing to the audit log; a change adds exactly what changed.
    QVERIFY2(repository.saveDraft(e, m_chatCard->scorecard, &error), qPrintable(error));
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), 2);
    e.answers[QStringLiteral("greeting")].value = QStringLiteral("yes");
    QVERIFY2(repository.saveDraft(e, m_chatCard->scorecard, &error), qPrintable(error));
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), 3);
    const QJsonObject edit =
        QJsonDocument::fromJson(scalar(*m_store,
                                       QStringLiteral("SELECT detail FROM audit_log WHERE action = 'evaluation.edit' "
                                                      "AND entity_id = ?"),
                                       {e.id})
                                    .toString()
                                    .toUtf8())
            .object();
    QCOMPARE(
        edit[QStringLiteral("after")][QStringLiteral("answers")][QStringLiteral("greeting")][QStringLiteral("value")]
            .toString(),
        QStringLiteral("yes"));
    QVERIFY(edit[QStringLiteral("before")][QStringLiteral("answers")].toObject().contains(QStringLiteral("greeting")));
    QVERIFY(!edit[QStringLiteral("after")][QStringLiteral("answers")].toObject().contains(
        QStringLiteral("first_response")));
}

void TestScorecard::saveDraftUpdates()
{
    EvaluationRepository repository(*m_store);
    Evaluation e = newEvaluation(QStringLiteral("e-chat-1"));
    e.answers = {{QStringLiteral("first_response"), {QStringLiteral("yes"), {}}},
                 {QStringLiteral("greeting"), {QStringLiteral("no"), {}}}};
    QString error;
    QVERIFY2(repository.saveDraft(e, m_chatCard->scorecard, &error), qPrintable(error));
    const QString id = e.id;
    e.answers.remove(QStringLiteral("greeting"));
    e.answers.insert(QStringLiteral("understand"), {QStringLiteral("2"), {}});
    e.generalComment = QStringLiteral("second pass");
    QVERIFY2(repository.saveDraft(e, m_chatCard->scorecard, &error), qPrintable(error));
    QCOMPARE(e.id, id);
    QCOMPARE(e.score, std::optional<double>(75.0)); // (15 + 7.5) / 30
    QCOMPARE(rowCount(*m_store, QStringLiteral("evaluations")), 1);
    const auto loaded = repository.byId(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->answers.keys(), (QStringList{QStringLiteral("first_response"), QStringLiteral("understand")}));
    QCOMPARE(loaded->generalComment, QStringLiteral("second pass"));
    QCOMPARE(loaded->score, std::optional<double>(75.0));
}

void TestScorecard::secondEvaluationOfSameCaseRefused()
{
    EvaluationRepository repository(*m_store);
    Evaluation first = newEvaluation(QStringLiteral("e-chat-1"));
    QString error;
    QVERIFY2(repository.saveDraft(first, m_chatCard->scorecard, &error), qPrintable(error));
    Evaluation second = newEvaluation(QStringLiteral("e-chat-1"));
    QVERIFY(!repository.saveDraft(second, m_chatCard->scorecard, &error));
    QVERIFY2(error.contains(QLatin1String("UNIQUE")), qPrintable(error));
    QVERIFY(second.id.isEmpty());
    QCOMPARE(rowCount(*m_store, QStringLiteral("evaluations")), 1);

    // An evaluation of a conversation that does not exist is refused too.
    Evaluation ghost = newEvaluation(QStringLiteral("no-such-conversation"));
    QVERIFY(!repository.saveDraft(ghost, m_chatCard->scorecard, &error));
    QVERIFY2(error.contains(QLatin1String("FOREIGN KEY")), qPrintable(error));
    QVERIFY(ghost.id.isEmpty());
}

void TestScorecard::submitRefusesIncomplete_data()
{
    QTest::addColumn<QString>("remove");  // item to leave unanswered
    QTest::addColumn<QString>("setItem"); // item to change
    QTest::addColumn<QString>("setValue");
    QTest::addColumn<QString>("message");
    QTest::newRow("one unanswered") << QStringLiteral("closing") << QString() << QString()
                                    << QStringLiteral("1 item(s) still need an answer");
    QTest::newRow("fatal unanswered") << QStringLiteral("privacy") << QString() << QString()
                                      << QStringLiteral("1 item(s) still need an answer");
    QTest::newRow("N/A not allowed") << QString() << QStringLiteral("greeting") << QStringLiteral("na")
                                     << QStringLiteral("1 item(s) still need an answer");
    QTest::newRow("fatal no without comment") << QString() << QStringLiteral("no_forbidden") << QStringLiteral("no")
                                              << QStringLiteral("1 failed item(s) need a comment");
}

void TestScorecard::submitRefusesIncomplete()
{
    QFETCH(QString, remove);
    QFETCH(QString, setItem);
    QFETCH(QString, setValue);
    QFETCH(QString, message);
    EvaluationRepository repository(*m_store);
    Evaluation e = newEvaluation(QStringLiteral("e-chat-1"));
    e.answers = completeChatAnswers();
    if (!remove.isEmpty())
        e.answers.remove(remove);
    if (!setItem.isEmpty())
        e.answers[setItem] = Answer{setValue, QString()};
    QString error;
    QVERIFY2(repository.saveDraft(e, m_chatCard->scorecard, &error), qPrintable(error));
    const QStringList before = snapshot(*m_store);
    QVERIFY(!repository.submit(e, m_chatCard->scorecard, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(e.status, QStringLiteral("draft"));
    QVERIFY(e.submittedAt.isEmpty());
    QCOMPARE(snapshot(*m_store), before);
    QCOMPARE(repository.byId(e.id)->status, QStringLiteral("draft"));
}

void TestScorecard::submitComplete()
{
    EvaluationRepository repository(*m_store);
    Evaluation e = newEvaluation(QStringLiteral("e-chat-1"));
    e.answers = completeChatAnswers();
    e.coachingNote = QStringLiteral("Offer the self-service path earlier.");
    QString error;
    // Submitting straight away (no draft first) creates and submits in one go.
    QVERIFY2(repository.submit(e, m_chatCard->scorecard, &error), qPrintable(error));
    QVERIFY(!e.id.isEmpty());
    QVERIFY(e.isSubmitted());
    QCOMPARE(e.status, QStringLiteral("submitted"));
    QVERIFY(!e.submittedAt.isEmpty());
    QCOMPARE(e.score, std::optional<double>(97.3));
    QVERIFY(!e.fatal);

    const auto loaded = repository.byId(e.id);
    QVERIFY(loaded);
    QVERIFY(loaded->isSubmitted());
    QCOMPARE(loaded->score, std::optional<double>(97.3));
    QCOMPARE(loaded->submittedAt, e.submittedAt);
    QCOMPARE(loaded->coachingNote, e.coachingNote);
    QCOMPARE(loaded->answers.size(), e.answers.size());
    QCOMPARE(scalar(*m_store,
                    QStringLiteral("SELECT points FROM answers WHERE evaluation_id = ? AND item_id = "
                                   "'understand'"),
                    {e.id})
                 .toDouble(),
             11.25);

    QSqlQuery audit(m_store->database());
    audit.prepare(QStringLiteral("SELECT actor_id, entity, detail FROM audit_log WHERE action = 'evaluation.submit' "
                                 "AND entity_id = ?"));
    audit.addBindValue(e.id);
    QVERIFY(audit.exec());
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), m_userId);
    QCOMPARE(audit.value(1).toString(), QStringLiteral("evaluations"));
    const QJsonObject detail = QJsonDocument::fromJson(audit.value(2).toString().toUtf8()).object();
    QCOMPARE(detail[QStringLiteral("after")][QStringLiteral("score")].toDouble(), 97.3);
    QCOMPARE(detail[QStringLiteral("after")][QStringLiteral("status")].toString(), QStringLiteral("submitted"));
    QVERIFY(!detail.contains(QStringLiteral("before"))); // created and submitted in one go
    QVERIFY(!audit.next());

    // The case list shows it.
    const auto rows = CaseRepository(*m_store).cases(m_queueId, m_userId);
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[0].conversationId, QStringLiteral("e-chat-1"));
    QCOMPARE(rows[0].evaluationStatus, QStringLiteral("submitted"));
    QCOMPARE(rows[0].score, std::optional<double>(97.3));
    QCOMPARE(rows[1].evaluationStatus, QString());
}

void TestScorecard::submittedIsFinal()
{
    EvaluationRepository repository(*m_store);
    Evaluation e = newEvaluation(QStringLiteral("e-chat-1"));
    e.answers = completeChatAnswers();
    QString error;
    QVERIFY2(repository.saveDraft(e, m_chatCard->scorecard, &error), qPrintable(error));
    QVERIFY2(repository.submit(e, m_chatCard->scorecard, &error), qPrintable(error));
    const QStringList before = snapshot(*m_store);

    e.generalComment = QStringLiteral("changed my mind");
    e.answers[QStringLiteral("greeting")] = Answer{QStringLiteral("no"), {}};
    error.clear();
    QVERIFY(!repository.saveDraft(e, m_chatCard->scorecard, &error));
    QVERIFY2(error.contains(QLatin1String("already submitted")), qPrintable(error));
    error.clear();
    QVERIFY(!repository.submit(e, m_chatCard->scorecard, &error));
    QVERIFY2(error.contains(QLatin1String("already submitted")), qPrintable(error));
    QCOMPARE(snapshot(*m_store), before);
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'evaluation.submit'")).toInt(),
        1);
}

void TestScorecard::staleCopyCannotReopenSubmission()
{
    // Two windows on the same draft: one submits, the other saves afterwards. The submission must stand.
    EvaluationRepository repository(*m_store);
    Evaluation e = newEvaluation(QStringLiteral("e-chat-1"));
    e.answers = completeChatAnswers();
    QString error;
    QVERIFY2(repository.saveDraft(e, m_chatCard->scorecard, &error), qPrintable(error));
    Evaluation stale = *repository.byId(e.id);
    QVERIFY2(repository.submit(e, m_chatCard->scorecard, &error), qPrintable(error));
    const QStringList before = snapshot(*m_store);

    stale.generalComment = QStringLiteral("late edit");
    error.clear();
    QVERIFY(!repository.saveDraft(stale, m_chatCard->scorecard, &error));
    QVERIFY2(error.contains(QLatin1String("already submitted")), qPrintable(error));
    error.clear();
    QVERIFY(!repository.submit(stale, m_chatCard->scorecard, &error));
    QVERIFY2(error.contains(QLatin1String("already submitted")), qPrintable(error));
    QCOMPARE(snapshot(*m_store), before);
    QVERIFY(repository.byId(e.id)->isSubmitted());

    // Saving an evaluation whose row is gone is an error, not a silent no-op.
    Evaluation phantom = newEvaluation(QStringLiteral("e-chat-2"));
    phantom.id = QStringLiteral("no-such-evaluation");
    error.clear();
    QVERIFY(!repository.saveDraft(phantom, m_chatCard->scorecard, &error));
    QVERIFY2(error.contains(QLatin1String("no-such-evaluation")), qPrintable(error));
    QCOMPARE(snapshot(*m_store), before);
}

void TestScorecard::fatalSubmission()
{
    EvaluationRepository repository(*m_store);
    Evaluation e = newEvaluation(QStringLiteral("e-chat-2"));
    e.answers = completeChatAnswers();
    e.answers[QStringLiteral("no_forbidden")] = Answer{QStringLiteral("no"), QStringLiteral("“这不归我管”")};
    QString error;
    QVERIFY2(repository.submit(e, m_chatCard->scorecard, &error), qPrintable(error));
    QCOMPARE(e.score, std::optional<double>(0.0));
    QVERIFY(e.fatal);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT fatal FROM evaluations WHERE id = ?"), {e.id}).toInt(), 1);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT score FROM evaluations WHERE id = ?"), {e.id}).toDouble(), 0.0);
    const auto rows = CaseRepository(*m_store).cases(m_queueId, m_userId);
    QCOMPARE(rows[1].conversationId, QStringLiteral("e-chat-2"));
    QVERIFY(rows[1].fatal);
    QCOMPARE(rows[1].score, std::optional<double>(0.0));
}

void TestScorecard::queueProgressCountsEvaluations()
{
    CaseRepository cases(*m_store);
    auto queue = cases.queueByName(QStringLiteral("Evaluate me"), m_userId);
    QVERIFY(queue);
    QCOMPARE(queue->total, 2);
    QCOMPARE(queue->submitted, 0);
    QCOMPARE(queue->drafts, 0);

    EvaluationRepository repository(*m_store);
    Evaluation done = newEvaluation(QStringLiteral("e-chat-1"));
    done.answers = completeChatAnswers();
    Evaluation started = newEvaluation(QStringLiteral("e-chat-2"));
    QString error;
    QVERIFY2(repository.submit(done, m_chatCard->scorecard, &error), qPrintable(error));
    QVERIFY2(repository.saveDraft(started, m_chatCard->scorecard, &error), qPrintable(error));
    queue = cases.queueByName(QStringLiteral("Evaluate me"), m_userId);
    QCOMPARE(queue->total, 2);
    QCOMPARE(queue->submitted, 1);
    QCOMPARE(queue->drafts, 1);

    // Another inspector's evaluations do not count towards this queue.
    const QString other = UserRepository(*m_store).ensure(QStringLiteral("colleague")).id;
    Evaluation theirs = newEvaluation(QStringLiteral("e-chat-2"));
    theirs.inspectorId = other;
    theirs.answers = completeChatAnswers();
    QVERIFY2(repository.submit(theirs, m_chatCard->scorecard, &error), qPrintable(error));
    queue = cases.queueByName(QStringLiteral("Evaluate me"), m_userId);
    QCOMPARE(queue->submitted, 1);
    QCOMPARE(queue->drafts, 1);
}

QTEST_GUILESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"
