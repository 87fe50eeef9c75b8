// The case library's search: CJK tokens (bigrams + the run's last character), Chinese substrings of one and two
// characters, Traditional found by Simplified and back, words (case and width folded), AND of fragments, every
// filter, the incremental index (re-imported text, removed conversations), limits, snippets and `qawb search`.
#include "core/evaluationrepository.h"
#include "core/importer.h"
#include "core/search.h"
#include "synctestutil.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace qawb;
using namespace qawb::test;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tokens();
    void matchExpressions();
    void chineseSubstrings();
    void wordsAndMixedQueries();
    void filters();
    void indexFollowsTheStore();
    void limitAndSnippet();
    void cli();

private:
    // Imports one chat (id, agent, team, started_at, the texts of its messages).
    bool importChat(const QString &id, const QString &agent, const QString &team, const QString &startedAt,
                    const QStringList &texts);
    QStringList ids(const SearchQuery &query);
    QStringList idsFor(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    User m_admin, m_inspector;
    int m_files = 0;
};

void TestSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = Store::open(m_dir->filePath(QStringLiteral("s.db")), &error);
    QVERIFY2(m_store, qPrintable(error));
    UserRepository users(*m_store);
    m_admin = users.ensure(QStringLiteral("boss"));
    m_inspector = users.ensure(QStringLiteral("li"), QStringLiteral("李娜"));
    QVERIFY(ScorecardRepository(*m_store).ensureBuiltIns(&error));
    QVERIFY(importChat(QStringLiteral("c1"), QStringLiteral("A1"), QStringLiteral("一组"),
                       QStringLiteral("2026-11-16T09:00:00+08:00"),
                       {QStringLiteral("你好，我要退费！"), QStringLiteral("好的，我帮您查一下。")}));
    QVERIFY(importChat(QStringLiteral("c2"), QStringLiteral("A2"), QStringLiteral("二组"),
                       QStringLiteral("2026-11-17T23:30:00+08:00"),
                       {QStringLiteral("那之前預繳的費用可以退費嗎？"), QStringLiteral("可以的，我會投訴處理。")}));
    QVERIFY(importChat(QStringLiteral("c3"), QStringLiteral("A1"), QStringLiteral("一组"),
                       QStringLiteral("2026-11-18T10:00:00+08:00"),
                       {QStringLiteral("I want a REFUND today, or I'm filing a complaint."),
                        QStringLiteral("费用已经退回，请查收。")}));
    QVERIFY(importChat(QStringLiteral("c4"), QStringLiteral("A3"), QStringLiteral("二组"),
                       QStringLiteral("2026-11-19T10:00:00+08:00"),
                       {QStringLiteral("请问怎么改密码？"), QStringLiteral("在设置里面修改。")}));
}

void TestSearch::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

bool TestSearch::importChat(const QString &id, const QString &agent, const QString &team, const QString &startedAt,
                            const QStringList &texts)
{
    QJsonArray turns;
    for (int i = 0; i < texts.size(); ++i)
        turns.append(
            QJsonObject{{QStringLiteral("speaker"), i % 2 == 0 ? QStringLiteral("customer") : QStringLiteral("agent")},
                        {QStringLiteral("text"), texts[i]},
                        {QStringLiteral("at"), startedAt}});
    const QJsonObject record{
        {QStringLiteral("id"), id},          {QStringLiteral("channel"), QStringLiteral("chat")},
        {QStringLiteral("agent_id"), agent}, {QStringLiteral("agent_name"), QString(QStringLiteral("坐席") + agent)},
        {QStringLiteral("team"), team},      {QStringLiteral("started_at"), startedAt},
        {QStringLiteral("turns"), turns}};
    const QString file = m_dir->filePath(QStringLiteral("in%1.jsonl").arg(++m_files));
    if (!writeFile(file, QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n'))
        return false;
    ImportOptions options;
    options.userId = m_admin.id;
    const ImportReport report = Importer(*m_store, options).run({file});
    if (!report.ok)
        qWarning("%s", qPrintable(report.summary()));
    return report.ok;
}

QStringList TestSearch::ids(const SearchQuery &query)
{
    const SearchResult result = SearchIndex(*m_store).search(query);
    if (!result.error.isEmpty())
        qWarning("search: %s", qPrintable(result.error));
    QStringList out;
    for (const SearchHit &h : result.hits)
        out << h.conversationId;
    out.sort();
    return out;
}

QStringList TestSearch::idsFor(const QString &text)
{
    SearchQuery q;
    q.text = text;
    return ids(q);
}

void TestSearch::tokens()
{
    QCOMPARE(SearchIndex::tokens(QStringLiteral("我要退费")).trimmed(), QStringLiteral("我要 要退 退费 费"));
    // Folded: Traditional → Simplified, width and case; punctuation splits runs; words stay words.
    QCOMPARE(SearchIndex::tokens(QStringLiteral("退費！ＲＥＦＵＮＤ 42元")).trimmed(),
             QStringLiteral("退费 费 refund 42 元"));
    QCOMPARE(SearchIndex::tokens(QStringLiteral("好")).trimmed(), QStringLiteral("好"));
    QVERIFY(SearchIndex::tokens(QStringLiteral("？！…")).trimmed().isEmpty());
}

void TestSearch::matchExpressions()
{
    QCOMPARE(SearchIndex::matchExpression(QStringLiteral("退费")), QStringLiteral("\"退费\""));
    QCOMPARE(SearchIndex::matchExpression(QStringLiteral("要退费")), QStringLiteral("\"要退 退费\""));
    QCOMPARE(SearchIndex::matchExpression(QStringLiteral("退")), QStringLiteral("\"退\"*"));
    QCOMPARE(SearchIndex::matchExpression(QStringLiteral("退費 Refund")), QStringLiteral("\"退费\" AND \"refund\""));
    // Quotes and operators in the query are text, never FTS5 syntax.
    QCOMPARE(SearchIndex::matchExpression(QStringLiteral("NEAR(a\" OR b")),
             QStringLiteral("\"near\" AND \"a\" AND \"or\" AND \"b\""));
    QVERIFY(SearchIndex::matchExpression(QStringLiteral("？！")).isEmpty());
}

void TestSearch::chineseSubstrings()
{
    // Two characters — the usual Chinese keyword — in Simplified and Traditional, either way round.
    QCOMPARE(idsFor(QStringLiteral("退费")), (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
    QCOMPARE(idsFor(QStringLiteral("退費")), (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
    QCOMPARE(idsFor(QStringLiteral("投诉")), QStringList{QStringLiteral("c2")});
    // One character: anywhere in a run, also its last character ("费用" in c2 and c3, "退费" in c1 and c2).
    QCOMPARE(idsFor(QStringLiteral("费")),
             (QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3")}));
    QCOMPARE(idsFor(QStringLiteral("码")), QStringList{QStringLiteral("c4")}); // the end of "改密码"
    // Longer fragments are exact substrings: "要退费" is in c1 only; the same characters out of order are not.
    QCOMPARE(idsFor(QStringLiteral("我要退费")), QStringList{QStringLiteral("c1")});
    QCOMPARE(idsFor(QStringLiteral("费退")), QStringList{});
    QCOMPARE(idsFor(QStringLiteral("退费用")), QStringList{});
    // Punctuation in the text splits it: "退费！" then "好的".
    QCOMPARE(idsFor(QStringLiteral("费好")), QStringList{});
}

void TestSearch::wordsAndMixedQueries()
{
    QCOMPARE(idsFor(QStringLiteral("refund")), QStringList{QStringLiteral("c3")});
    QCOMPARE(idsFor(QStringLiteral("ＲＥＦＵＮＤ")), QStringList{QStringLiteral("c3")});
    QCOMPARE(idsFor(QStringLiteral("refun")), QStringList{}); // words are whole words
    // Every fragment must occur (in any message of the conversation).
    QCOMPARE(idsFor(QStringLiteral("refund 退回")), QStringList{QStringLiteral("c3")});
    QCOMPARE(idsFor(QStringLiteral("退费 投诉")), QStringList{QStringLiteral("c2")});
    QCOMPARE(idsFor(QStringLiteral("退费 密码")), QStringList{});
    const SearchResult bad = SearchIndex(*m_store).search({QStringLiteral("？！")});
    QVERIFY(bad.hits.empty());
    QVERIFY(!bad.error.isEmpty());
}

void TestSearch::filters()
{
    // c1 and c3 scored by the inspector: c1 fails the greeting (60), c3 is clean; c3 tagged as a training case.
    QVERIFY(!submitWithFailures(*m_store, m_inspector, QStringLiteral("c1"),
                                {{QStringLiteral("greeting"), QStringLiteral("no")}})
                 .isEmpty());
    const QString clean = submitWithFailures(*m_store, m_inspector, QStringLiteral("c3"), {});
    QVERIFY(!clean.isEmpty());
    QString error;
    QVERIFY2(EvaluationRepository(*m_store).setTags(clean, {QStringLiteral("training_case")}, m_admin, &error),
             qPrintable(error));
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE evaluations SET score = 60 WHERE conversation_id = 'c1'")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO rule_sets(id, key, name, created_at) VALUES('rs', 'r', 'r', 'x')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO rule_set_versions(id, rule_set_id, version, definition, rule_digests, "
                                  "imported_at) VALUES('rsv', 'rs', 1, '{}', '{}', 'x')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO rule_hits(conversation_id, rule_set_version_id, rule_id, category, "
                                  "severity) VALUES('c2', 'rsv', 'risk.complaint', 'risk', 'high')")));

    SearchQuery s;
    s.agentId = QStringLiteral("A1");
    QCOMPARE(ids(s), (QStringList{QStringLiteral("c1"), QStringLiteral("c3")}));
    s = {};
    s.team = QStringLiteral("二组");
    s.text = QStringLiteral("费");
    QCOMPARE(ids(s), QStringList{QStringLiteral("c2")});
    s = {};
    s.from = QDate(2026, 11, 17);
    s.to = QDate(2026, 11, 17); // c2 at 23:30 in its own time is on the 17th (15:30 UTC)
    QCOMPARE(ids(s), QStringList{QStringLiteral("c2")});
    s = {};
    s.minScore = 90;
    QCOMPARE(ids(s), QStringList{QStringLiteral("c3")});
    s = {};
    s.maxScore = 70;
    QCOMPARE(ids(s), QStringList{QStringLiteral("c1")});
    s = {};
    s.failedItem = QStringLiteral("greeting");
    QCOMPARE(ids(s), QStringList{QStringLiteral("c1")});
    s = {};
    s.passedItem = QStringLiteral("greeting");
    QCOMPARE(ids(s), QStringList{QStringLiteral("c3")});
    s = {};
    s.ruleId = QStringLiteral("risk.complaint");
    QCOMPARE(ids(s), QStringList{QStringLiteral("c2")});
    s = {};
    s.tag = QStringLiteral("training_case");
    QCOMPARE(ids(s), QStringList{QStringLiteral("c3")});
    s = {};
    s.channel = QStringLiteral("call");
    QCOMPARE(ids(s), QStringList{});
    // Combined: text and a filter.
    s = {};
    s.text = QStringLiteral("退费");
    s.agentId = QStringLiteral("A1");
    QCOMPARE(ids(s), QStringList{QStringLiteral("c1")});
    QCOMPARE(SearchIndex(*m_store).search(s).hits.front().score, std::optional<double>(60));
}

void TestSearch::indexFollowsTheStore()
{
    SearchIndex index(*m_store);
    QString error;
    QCOMPARE(index.update(&error), qint64(4));
    QCOMPARE(index.update(&error), qint64(0)); // nothing changed: nothing re-indexed
    QCOMPARE(rowCount(*m_store, QStringLiteral("search_docs")), 4);
    // A re-imported conversation with new text: the old words are gone, the new ones found.
    QVERIFY(importChat(QStringLiteral("c4"), QStringLiteral("A3"), QStringLiteral("二组"),
                       QStringLiteral("2026-11-19T10:00:00+08:00"), {QStringLiteral("我要办理停机保号")}));
    QCOMPARE(idsFor(QStringLiteral("密码")), QStringList{});
    QCOMPARE(idsFor(QStringLiteral("停机")), QStringList{QStringLiteral("c4")});
    QCOMPARE(index.update(&error), qint64(0));
    // A removed conversation leaves nothing behind.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM conversations WHERE id = 'c1'")));
    QCOMPARE(idsFor(QStringLiteral("退费")), QStringList{QStringLiteral("c2")});
    QCOMPARE(rowCount(*m_store, QStringLiteral("search_docs")), 3);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM search_index")).toInt(), 3);
    // Cancelled before it starts: nothing written, and it says so.
    QVERIFY(importChat(QStringLiteral("c5"), QStringLiteral("A3"), QStringLiteral("二组"),
                       QStringLiteral("2026-11-19T11:00:00+08:00"), {QStringLiteral("取消测试")}));
    const std::atomic_bool cancelled{true};
    QCOMPARE(index.update(&error, {}, &cancelled), qint64(-1));
    QCOMPARE(rowCount(*m_store, QStringLiteral("search_docs")), 3);
    qint64 lastDone = -1, lastTotal = -1;
    QCOMPARE(index.update(&error, [&](qint64 done, qint64 total) { lastDone = done, lastTotal = total; }), qint64(1));
    QCOMPARE(lastDone, qint64(1));
    QCOMPARE(lastTotal, qint64(1));
}

void TestSearch::limitAndSnippet()
{
    SearchQuery s;
    s.text = QStringLiteral("费");
    s.limit = 2;
    const SearchResult r = SearchIndex(*m_store).search(s);
    QCOMPARE(int(r.hits.size()), 2);
    QVERIFY(r.truncated);
    QCOMPARE(r.hits[0].conversationId, QStringLiteral("c3")); // newest first
    QCOMPARE(r.hits[0].turnSeq, 1);
    QCOMPARE(r.hits[0].snippet, QStringLiteral("费用已经退回，请查收。"));
    s.text = QStringLiteral("退費");
    s.limit = 10;
    const SearchResult t = SearchIndex(*m_store).search(s);
    QVERIFY(!t.truncated);
    // The snippet is the original text (Traditional stays Traditional).
    QCOMPARE(t.hits[0].conversationId, QStringLiteral("c2"));
    QCOMPARE(t.hits[0].snippet, QStringLiteral("那之前預繳的費用可以退費嗎？"));
}

void TestSearch::cli()
{
    const auto run = [&](const QStringList &args, int *code) {
        QProcess p;
        p.start(QStringLiteral(QAWB_CLI_PATH), QStringList{QStringLiteral("--store"), m_store->path(),
                                                           QStringLiteral("--user"), QStringLiteral("boss")} +
                                                   args);
        p.waitForFinished(60000);
        *code = p.exitCode();
        return p.readAllStandardOutput();
    };
    int code = -1;
    const QJsonObject found =
        QJsonDocument::fromJson(run({QStringLiteral("search"), QStringLiteral("退費"), QStringLiteral("--team"),
                                     QStringLiteral("一组"), QStringLiteral("--json")},
                                    &code))
            .object();
    QCOMPARE(code, 0);
    QCOMPARE(found[QStringLiteral("hits")].toArray().size(), 1);
    QCOMPARE(found[QStringLiteral("hits")][0][QStringLiteral("conversation")].toString(), QStringLiteral("c1"));
    QCOMPARE(found[QStringLiteral("hits")][0][QStringLiteral("turn")].toInt(), 0);
    QVERIFY(found[QStringLiteral("hits")][0][QStringLiteral("snippet")].toString().contains(QStringLiteral("退费")));
    QVERIFY(!found[QStringLiteral("truncated")].toBool());
    const QString text = QString::fromUtf8(run({QStringLiteral("search"), QStringLiteral("密码")}, &code));
    QCOMPARE(code, 0);
    QVERIFY2(text.contains(QStringLiteral("c4")) && text.contains(QStringLiteral("改密码")), qPrintable(text));
    run({QStringLiteral("search")}, &code);
    QCOMPARE(code, 2); // nothing to search for
    run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--channel"), QStringLiteral("fax")}, &code);
    QCOMPARE(code, 2);
    run({QStringLiteral("search"), QStringLiteral("！")}, &code);
    QCOMPARE(code, 1);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
