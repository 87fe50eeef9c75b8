// Trainers' collections and anonymised case packs: redaction against fixture lists (every personal-data pattern
// masked, legitimate text untouched), collections CRUD with permissions and audit, the pack round trip into a fresh
// store, pseudonyms, private notes, bad packs, cancel, and `qawb collections` / `qawb pack`.
#include "core/auditlog.h"
#include "core/casepack.h"
#include "core/caserepository.h"
#include "core/cli.h"
#include "core/collections.h"
#include "core/conversation.h"
#include "core/evaluationrepository.h"
#include "core/importer.h"
#include "core/permissions.h"
#include "core/redaction.h"
#include "core/reports.h"
#include "core/scorecardrepository.h"
#include "synctestutil.h"
#include "testutil.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace qawb;
using namespace qawb::test;

namespace {

// Three conversations of two agents (孙晓梅 A2001, 周杰 A2002) full of personal data, and a call with a recording.
QByteArray fixtureJsonl()
{
    const QStringList lines{
        QStringLiteral(
            R"({"id":"pk-chat-1","channel":"chat","source":"webchat","agent_id":"A2001","agent_name":"孙晓梅","team":"在线二组",)"
            R"("started_at":"2026-11-16T09:00:00+08:00","customer_name":"王建国","customer_id":"CU-778899","vip_level":"gold",)"
            R"("turns":[{"speaker":"customer","text":"你好，我是王建国，手机13812345678，订单号202311150001，昨天14:30付了¥199.00","at":"2026-11-16T09:00:00+08:00"},)"
            R"({"speaker":"agent","text":"您好王先生，我是孙晓梅，工号A2001，很高兴为您服务。","at":"2026-11-16T09:00:20+08:00"},)"
            R"({"speaker":"customer","text":"我的邮箱是wang.jg@example.com，身份证11010519900307123X","at":"2026-11-16T09:01:00+08:00"},)"
            R"({"speaker":"customer","text":"寄到北京市朝阳区建国路88号3单元501室","at":"2026-11-16T09:01:30+08:00"}]})"),
        QStringLiteral(
            R"({"id":"pk-chat-2","channel":"chat","source":"webchat","agent_id":"A2002","agent_name":"周杰","team":"在线二组",)"
            R"("started_at":"2026-11-17T10:00:00+08:00",)"
            R"("turns":[{"speaker":"customer","text":"上次是孙晓梅帮我办的，卡号6222 0212 3456 7890 123","at":"2026-11-17T10:00:00+08:00"},)"
            R"({"speaker":"agent","text":"好的李女士，周杰为您查询，套餐月费128元，2026-11-20生效","at":"2026-11-17T10:00:30+08:00"}]})"),
        QStringLiteral(
            R"({"id":"pk-call-1","channel":"call","source":"hotline","agent_id":"A2001","agent_name":"孙晓梅","team":"热线一组",)"
            R"("started_at":"2026-11-18T11:00:00+08:00","duration_s":12,"audio":"audio/pk-call-1.wav",)"
            R"("turns":[{"speaker":"agent","text":"您好，工号A2001为您服务","start_ms":0,"end_ms":2000},)"
            R"({"speaker":"customer","text":"我家座机010-12345678","start_ms":2500,"end_ms":5000}]})")};
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

const QByteArray kFakeWav = QByteArray("RIFF\x24\x00\x00\x00WAVEfmt ", 16) + QByteArray(200, 'x');

// Every file under dir, concatenated (to grep the whole pack).
QByteArray allBytes(const QString &dir)
{
    QByteArray out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out += readFile(it.next());
    return out;
}

int count(Store &store, const QString &sql)
{
    return scalar(store, sql).toInt();
}

} // namespace

class TestCasePack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void redactsEveryPattern_data();
    void redactsEveryPattern();
    void keepsLegitimateText_data();
    void keepsLegitimateText();
    void countsAndNames();

    void collectionsCrud();
    void collectionPermissions();

    void roundTrip();
    void pseudonymsAndNoRealAgents();
    void noAudioOption();
    void badPacksChangeNothing_data();
    void badPacksChangeNothing();
    void cancelLeavesNothing();
    void cli();

private:
    // Store "source" with the fixture, a trainer (admin: the first user), inspector 李娜, and a collection
    // "投诉处理范例" of the three conversations with evaluations of the two chats.
    void buildSource();
    QString exportPack(const CasePackExportOptions &options, const QString &name = QStringLiteral("pack"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_source;
    User m_trainer, m_inspector;
    QString m_collection;
    QString m_eval1, m_eval2;
};

void TestCasePack::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCasePack::cleanup()
{
    m_source.reset();
    m_dir.reset();
}

void TestCasePack::buildSource()
{
    QString error;
    m_source = Store::open(m_dir->filePath(QStringLiteral("source.db")), &error);
    QVERIFY2(m_source, qPrintable(error));
    m_trainer = UserRepository(*m_source).ensure(QStringLiteral("trainer"), QStringLiteral("培训师 陈"));
    m_inspector = UserRepository(*m_source).ensure(QStringLiteral("lina"), QStringLiteral("李娜"));
    QVERIFY(UserRepository(*m_source).setRole(m_trainer, QStringLiteral("lina"), QStringLiteral("inspector"), &error));
    QVERIFY2(ScorecardRepository(*m_source).ensureBuiltIns(&error), qPrintable(error));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("in/audio/pk-call-1.wav")), kFakeWav));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("in/fixture.jsonl")), fixtureJsonl()));
    ImportOptions io;
    io.userId = m_trainer.id;
    const ImportReport imported = Importer(*m_source, io).run({m_dir->filePath(QStringLiteral("in/fixture.jsonl"))});
    QVERIFY2(imported.ok, qPrintable(imported.summary()));
    QCOMPARE(imported.inserted, 3);

    m_eval1 = submitWithFailures(*m_source, m_inspector, QStringLiteral("pk-chat-1"),
                                 {{QStringLiteral("greeting"), QStringLiteral("no")}},
                                 QStringLiteral("私下：孙晓梅态度差，客户王建国很生气"));
    m_eval2 =
        submitWithFailures(*m_source, m_inspector, QStringLiteral("pk-chat-2"), {}, QStringLiteral("私下：周杰表现好"));
    QVERIFY(!m_eval1.isEmpty() && !m_eval2.isEmpty());
    {
        QSqlQuery q(m_source->database());
        q.prepare(QStringLiteral("UPDATE evaluations SET general_comment = ?, coaching_note = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("客户王建国留了手机13812345678，孙晓梅没有核实身份"));
        q.addBindValue(QStringLiteral("孙晓梅：先核实身份再办理（李娜）"));
        q.addBindValue(m_eval1);
        QVERIFY(q.exec());
        QSqlQuery c(m_source->database());
        c.prepare(QStringLiteral("UPDATE answers SET comment = ? WHERE evaluation_id = ? AND item_id = 'greeting'"));
        c.addBindValue(QStringLiteral("没有问候，王先生等了很久"));
        c.addBindValue(m_eval1);
        QVERIFY(c.exec());
    }
    EvaluationRepository evaluations(*m_source);
    QVERIFY2(evaluations.setTags(m_eval1, {QStringLiteral("bad_example"), QStringLiteral("training_case")}, m_trainer,
                                 &error),
             qPrintable(error));

    CollectionRepository collections(*m_source, m_trainer.id);
    m_collection =
        collections.create(QStringLiteral("投诉处理范例"), QStringLiteral("新人培训第3周，客户王建国的案例"), &error);
    QVERIFY2(!m_collection.isEmpty(), qPrintable(error));
    QVERIFY2(collections.addItem(m_collection, QStringLiteral("pk-chat-1"),
                                 QStringLiteral("注意孙晓梅没有核实身份；客户电话13812345678"), &error),
             qPrintable(error));
    QVERIFY2(collections.addItem(m_collection, QStringLiteral("pk-chat-2"), QStringLiteral("好的查询流程"), &error),
             qPrintable(error));
    QVERIFY2(collections.addItem(m_collection, QStringLiteral("pk-call-1"), QString(), &error), qPrintable(error));
}

QString TestCasePack::exportPack(const CasePackExportOptions &options, const QString &name)
{
    const QString folder = m_dir->filePath(name);
    const CasePackExportReport r = CasePack(*m_source, m_trainer).exportCollection(m_collection, folder, options);
    if (!r.ok)
        qWarning("export: %s", qPrintable(r.error));
    return r.ok ? folder : QString();
}

void TestCasePack::redactsEveryPattern_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // Mobiles: plain, with spaces, dashes, +86 and 0086, full width.
    QTest::newRow("mobile") << QStringLiteral("手机13812345678") << QStringLiteral("手机[mobile]");
    QTest::newRow("mobile spaced") << QStringLiteral("138 1234 5678") << QStringLiteral("[mobile]");
    QTest::newRow("mobile dashes") << QStringLiteral("电话：138-1234-5678。") << QStringLiteral("电话：[mobile]。");
    QTest::newRow("mobile +86") << QStringLiteral("call +86 138 1234 5678 now") << QStringLiteral("call [mobile] now");
    QTest::newRow("mobile +86 joined") << QStringLiteral("+8613812345678") << QStringLiteral("[mobile]");
    QTest::newRow("mobile 0086") << QStringLiteral("0086-13812345678") << QStringLiteral("[mobile]");
    QTest::newRow("mobile full width") << QStringLiteral("号码１３９１２３４５６７８")
                                       << QStringLiteral("号码[mobile]");
    // Landlines: area code with a dash or in brackets.
    QTest::newRow("landline dash") << QStringLiteral("座机010-12345678") << QStringLiteral("座机[landline]");
    QTest::newRow("landline brackets") << QStringLiteral("(0755)88886666") << QStringLiteral("[landline]");
    QTest::newRow("landline full-width brackets") << QStringLiteral("（021）5555666") << QStringLiteral("[landline]");
    QTest::newRow("landline spaced") << QStringLiteral("0571-8888 6666") << QStringLiteral("[landline]");
    // ID cards: 18 digits, X checksum in either case.
    QTest::newRow("id card X") << QStringLiteral("身份证11010519900307123X") << QStringLiteral("身份证[id_card]");
    QTest::newRow("id card x") << QStringLiteral("证件号 11010519900307123x，") << QStringLiteral("证件号 [id_card]，");
    QTest::newRow("id card digits") << QStringLiteral("110105199003071234") << QStringLiteral("[id_card]");
    // Bank cards: 16 to 19 digits, joined or in groups of four.
    QTest::newRow("bank card 16") << QStringLiteral("卡号6222021234567890") << QStringLiteral("卡号[bank_card]");
    QTest::newRow("bank card 19") << QStringLiteral("6222021234567890123") << QStringLiteral("[bank_card]");
    QTest::newRow("bank card grouped 19")
        << QStringLiteral("卡号6222 0212 3456 7890 123") << QStringLiteral("卡号[bank_card]");
    QTest::newRow("bank card grouped 16")
        << QStringLiteral("visa 4123-4567-8901-2345.") << QStringLiteral("visa [bank_card].");
    // E-mail.
    QTest::newRow("email") << QStringLiteral("Email: Zhang.Wei88@Example.com.") << QStringLiteral("Email: [email].");
    QTest::newRow("email cjk") << QStringLiteral("邮箱wang_jg+qa@mail.example.cn谢谢")
                               << QStringLiteral("邮箱[email]谢谢");
    // Addresses.
    QTest::newRow("address street") << QStringLiteral("寄到北京市朝阳区建国路88号3单元501室")
                                    << QStringLiteral("寄到[address]");
    QTest::newRow("address lane") << QStringLiteral("地址是上海市浦东新区张江路100弄5号，谢谢")
                                  << QStringLiteral("地址是[address]，谢谢");
    QTest::newRow("address province") << QStringLiteral("广东省深圳市南山区科技园路1号") << QStringLiteral("[address]");
    QTest::newRow("address estate") << QStringLiteral("我住在阳光小区3栋2单元1201")
                                    << QStringLiteral("我住在[address]");
    QTest::newRow("address english") << QStringLiteral("ship to 123 Main Street please")
                                     << QStringLiteral("ship to [address] please");
    // Names with honorifics.
    QTest::newRow("name surname") << QStringLiteral("王先生您好") << QStringLiteral("[name]您好");
    QTest::newRow("name madam") << QStringLiteral("好的李女士") << QStringLiteral("好的[name]");
    QTest::newRow("name full") << QStringLiteral("请问是张伟先生吗") << QStringLiteral("请问是[name]吗");
    QTest::newRow("name thanks") << QStringLiteral("谢谢王先生") << QStringLiteral("谢谢[name]");
    QTest::newRow("name english") << QStringLiteral("Hello Mr. Smith,") << QStringLiteral("Hello [name],");
    // Several in one text.
    QTest::newRow("mixed") << QStringLiteral("13812345678和010-12345678") << QStringLiteral("[mobile]和[landline]");
}

void TestCasePack::redactsEveryPattern()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    static const Redactor redactor;
    QCOMPARE(redactor.redact(text), expected);
}

void TestCasePack::keepsLegitimateText_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &text : {
             QStringLiteral("订单号202311150001已发货"),
             QStringLiteral("订单号 DD20231115000123"),
             QStringLiteral("金额¥1,299.00，优惠50元"),
             QStringLiteral("订单金额13800元"),
             QStringLiteral("2026-11-16 14:30:05"),
             QStringLiteral("2026/11/16 12:30-13:45"),
             QStringLiteral("预约时间是11月20日下午3点"),
             QStringLiteral("套餐月费128元，含流量30GB"),
             QStringLiteral("工单编号4001234567"),
             QStringLiteral("客服热线400-820-8820"),
             QStringLiteral("iPhone 15 Pro Max 256GB"),
             QStringLiteral("您好，很高兴为您服务"),
             QStringLiteral("这位先生请稍等"),
             QStringLiteral("谢谢您的耐心"),
             QStringLiteral("一路顺风，祝您生活愉快"),
             QStringLiteral("坐地铁2号线到人民广场站"),
             QStringLiteral("请到3号楼前台办理"),
             QStringLiteral("版本号 v2.3.1, build 20261116"),
             QStringLiteral("price $1,280.50 on 2026/11/16, ref 62000000000"),
             QStringLiteral("流水号 1234567890123"),
             QStringLiteral("退款将在3-5个工作日到账"),
             QStringLiteral("the 2 main roads are closed"),
         })
        QTest::newRow(qPrintable(text)) << text;
}

void TestCasePack::keepsLegitimateText()
{
    QFETCH(QString, text);
    static const Redactor redactor;
    QMap<QString, int> counts;
    QCOMPARE(redactor.redact(text, &counts), text);
    QVERIFY(counts.isEmpty());
}

void TestCasePack::countsAndNames()
{
    Redactor redactor;
    redactor.setNames({QStringLiteral("王建国"), QStringLiteral("X"), QStringLiteral("Anna Lee")});
    // "X" is one character: ignored (it would mask every x).
    QCOMPARE(redactor.names(), (QStringList{QStringLiteral("王建国"), QStringLiteral("Anna Lee")}));
    QMap<QString, int> counts;
    const QString out = redactor.redact(
        QStringLiteral("王建国说：我是anna lee的同事，手机13812345678和13987654321，邮箱a@b.cn，Xbox"), &counts);
    QCOMPARE(out, QStringLiteral("[name]说：我是[name]的同事，手机[mobile]和[mobile]，邮箱[email]，Xbox"));
    // 2 names + 2 mobiles + 1 e-mail.
    QCOMPARE(counts, (QMap<QString, int>{
                         {QStringLiteral("name"), 2}, {QStringLiteral("mobile"), 2}, {QStringLiteral("email"), 1}}));
    QCOMPARE(redactor.categories(),
             (QStringList{QStringLiteral("address"), QStringLiteral("bank_card"), QStringLiteral("email"),
                          QStringLiteral("id_card"), QStringLiteral("landline"), QStringLiteral("mobile"),
                          QStringLiteral("name")}));
    // JSON: every string, nested.
    const QJsonObject masked = redactor.redactJson(
        {{QStringLiteral("a"), QStringLiteral("13812345678")},
         {QStringLiteral("b"), QJsonArray{QStringLiteral("王建国"), 5}},
         {QStringLiteral("c"), QJsonObject{{QStringLiteral("d"), QStringLiteral("订单202311150001")}}}});
    QCOMPARE(masked.value(QStringLiteral("a")).toString(), QStringLiteral("[mobile]"));
    QCOMPARE(masked.value(QStringLiteral("b")).toArray(), (QJsonArray{QStringLiteral("[name]"), 5}));
    QCOMPARE(masked.value(QStringLiteral("c")).toObject().value(QStringLiteral("d")).toString(),
             QStringLiteral("订单202311150001"));
    // Overlapping matches: the mask covers both, nothing of either stays readable.
    Redactor overlapping;
    overlapping.setNames({QStringLiteral("王芳"), QStringLiteral("芳芳"), QStringLiteral("Wei Zhang")});
    QCOMPARE(overlapping.redact(QStringLiteral("客户王芳芳来电")), QStringLiteral("客户[name]来电"));
}

void TestCasePack::collectionsCrud()
{
    buildSource();
    CollectionRepository collections(*m_source, m_trainer.id);
    QString error;
    // Built: three items at positions 0, 1, 2.
    std::vector<CollectionItem> items = collections.items(m_collection);
    QCOMPARE(int(items.size()), 3);
    QCOMPARE(items[0].conversationId, QStringLiteral("pk-chat-1"));
    QCOMPARE(items[0].channel, QStringLiteral("chat"));
    QCOMPARE(items[0].agentName, QStringLiteral("孙晓梅"));
    QCOMPARE(items[0].team, QStringLiteral("在线二组"));
    QCOMPARE(items[0].shownEvaluationId, m_eval1);
    QCOMPARE(items[0].tags, (QStringList{QStringLiteral("bad_example"), QStringLiteral("training_case")}));
    QVERIFY(items[0].score.has_value());
    QCOMPARE(*items[1].score, 100.0);     // pk-chat-2: every item at its best answer
    QVERIFY(!items[2].score.has_value()); // the call has no evaluation
    QVERIFY(items[2].shownEvaluationId.isEmpty());

    // A newer calibration evaluation of pk-chat-2 is not what the case shows (calibration never stands for the agent).
    const User zhao = UserRepository(*m_source).ensure(QStringLiteral("zhao"), QStringLiteral("赵"));
    QVERIFY(QSqlQuery(m_source->database())
                .exec(QStringLiteral("INSERT INTO queues(id, name, inspector_id, kind, status, created_at, updated_at) "
                                     "VALUES('calq', 'cal', '%1', 'calibration', 'open', '2026', '2026')")
                          .arg(zhao.id)));
    QTest::qWait(5); // a later submitted_at
    const QString calibration =
        submitWithFailures(*m_source, zhao, QStringLiteral("pk-chat-2"),
                           {{QStringLiteral("greeting"), QStringLiteral("no")}}, {}, QStringLiteral("calq"));
    QVERIFY(!calibration.isEmpty());
    QCOMPARE(collections.items(m_collection)[1].shownEvaluationId, m_eval2);

    const std::vector<Collection> list = collections.list();
    QCOMPARE(int(list.size()), 1);
    QCOMPARE(list[0].itemCount, 3);
    QCOMPARE(list[0].ownerName, QStringLiteral("培训师 陈"));

    // Adding twice is an error and keeps the first note.
    QVERIFY(!collections.addItem(m_collection, QStringLiteral("pk-chat-2"), QStringLiteral("另一条"), &error));
    QVERIFY2(error.contains(QStringLiteral("already in the collection")), qPrintable(error));
    QVERIFY(!collections.addItem(m_collection, QStringLiteral("nope"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("no conversation nope")), qPrintable(error));
    QVERIFY(!collections.addItem(m_collection, QStringLiteral("pk-call-1"), {}, &error, m_eval1));
    QVERIFY(!collections.create(QStringLiteral("投诉处理范例"), {}, &error).size());
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
    QVERIFY(collections.create(QStringLiteral("  "), {}, &error).isEmpty());

    // Move the call to the front: [call, chat-1, chat-2]; then chat-2 to the middle: [call, chat-2, chat-1].
    QVERIFY2(collections.moveItem(m_collection, QStringLiteral("pk-call-1"), 0, &error), qPrintable(error));
    QVERIFY2(collections.moveItem(m_collection, QStringLiteral("pk-chat-2"), 1, &error), qPrintable(error));
    items = collections.items(m_collection);
    QCOMPARE(items[0].conversationId, QStringLiteral("pk-call-1"));
    QCOMPARE(items[1].conversationId, QStringLiteral("pk-chat-2"));
    QCOMPARE(items[2].conversationId, QStringLiteral("pk-chat-1"));
    QCOMPARE(items[2].position, 2);
    // Past the end is clamped to the last position.
    QVERIFY(collections.moveItem(m_collection, QStringLiteral("pk-call-1"), 99, &error));
    QCOMPARE(collections.items(m_collection).back().conversationId, QStringLiteral("pk-call-1"));

    QVERIFY(collections.setItemNote(m_collection, QStringLiteral("pk-chat-2"), QStringLiteral("改过的备注"), &error));
    QVERIFY(collections.setItemEvaluation(m_collection, QStringLiteral("pk-chat-2"), m_eval2, &error));
    QVERIFY(collections.removeItem(m_collection, QStringLiteral("pk-chat-1"), &error));
    items = collections.items(m_collection);
    QCOMPARE(int(items.size()), 2);
    QCOMPARE(items[0].conversationId, QStringLiteral("pk-chat-2")); // positions stay contiguous: 0, 1
    QCOMPARE(items[0].position, 0);
    QCOMPARE(items[0].note, QStringLiteral("改过的备注"));
    QCOMPARE(items[0].evaluationId, m_eval2);
    QCOMPARE(items[1].position, 1);

    QVERIFY(collections.rename(m_collection, QStringLiteral("范例"), &error));
    QVERIFY(collections.setNotes(m_collection, QStringLiteral("新备注"), &error));
    QCOMPARE(collections.find(QStringLiteral("范例"), &error)->notes, QStringLiteral("新备注"));
    QCOMPARE(collections.find(m_collection.left(8), &error)->name, QStringLiteral("范例"));
    QVERIFY(!collections.find(QStringLiteral("投诉处理范例"), &error));

    // Every change above is in the audit log, and the chain still verifies.
    QStringList actions;
    QSqlQuery q(m_source->database());
    q.exec(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'collections' ORDER BY seq"));
    while (q.next())
        actions << q.value(0).toString();
    // create, 3 adds (buildSource), 3 moves, note, evaluation, remove, rename, notes.
    QCOMPARE(actions, (QStringList{QStringLiteral("collection.create"), QStringLiteral("collection.add"),
                                   QStringLiteral("collection.add"), QStringLiteral("collection.add"),
                                   QStringLiteral("collection.move"), QStringLiteral("collection.move"),
                                   QStringLiteral("collection.move"), QStringLiteral("collection.note"),
                                   QStringLiteral("collection.evaluation"), QStringLiteral("collection.remove"),
                                   QStringLiteral("collection.rename"), QStringLiteral("collection.notes")}));
    QVERIFY(AuditLog(*m_source).verify().ok);

    QVERIFY(collections.remove(m_collection, &error));
    QCOMPARE(count(*m_source, QStringLiteral("SELECT count(*) FROM collection_items")), 0);
    QCOMPARE(count(*m_source, QStringLiteral("SELECT count(*) FROM conversations")), 3); // conversations stay
}

void TestCasePack::collectionPermissions()
{
    buildSource();
    QString error;
    UserRepository users(*m_source);
    const QMap<QString, bool> mayManage{{QStringLiteral("inspector"), false},
                                        {QStringLiteral("team_leader"), false},
                                        {QStringLiteral("trainer"), true},
                                        {QStringLiteral("qa_manager"), true},
                                        {QStringLiteral("admin"), true}};
    for (auto it = mayManage.begin(); it != mayManage.end(); ++it) {
        const QString login = QStringLiteral("u-") + it.key();
        users.ensure(login);
        QVERIFY2(users.setRole(m_trainer, login, it.key(), &error), qPrintable(error));
        const User user = *users.byLogin(login);
        QCOMPARE(Permissions::may(user, Permissions::Action::ManageCollections), it.value());
        CollectionRepository collections(*m_source, user.id);
        const QString id = collections.create(QStringLiteral("coll ") + it.key(), {}, &error);
        QCOMPARE(!id.isEmpty(), it.value());
        // pk-chat-2 is in the collection already: those who may change it are told so, the others are refused first.
        QVERIFY(!collections.addItem(m_collection, QStringLiteral("pk-chat-2"), {}, &error));
        QVERIFY2(error.contains(it.value() ? QStringLiteral("already in the collection") : QStringLiteral("may not")),
                 qPrintable(error));
        QCOMPARE(collections.setNotes(m_collection, it.key(), &error), it.value());
        // Everyone may read.
        QCOMPARE(int(collections.items(m_collection).size()), 3);
    }
    // An inspector cannot import a pack either.
    const QString pack = exportPack({});
    QVERIFY(!pack.isEmpty());
    const CasePackImportReport r = CasePack(*m_source, *users.byLogin(QStringLiteral("u-inspector"))).importPack(pack);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("may not")), qPrintable(r.error));
}

void TestCasePack::roundTrip()
{
    buildSource();
    CasePackExportOptions options;
    QStringList phases;
    options.progress = [&](const QString &phase, int, int) {
        if (!phases.contains(phase))
            phases << phase;
    };
    const QString folder = m_dir->filePath(QStringLiteral("pack"));
    const CasePackExportReport exported =
        CasePack(*m_source, m_trainer).exportCollection(m_collection, folder, options);
    QVERIFY2(exported.ok, qPrintable(exported.error));
    QCOMPARE(exported.conversations, 3);
    QCOMPARE(exported.evaluations, 2);
    QCOMPARE(exported.audioFiles, 1);
    QVERIFY(!phases.isEmpty());
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/audio/pk-call-1.wav")));
    QCOMPARE(readFile(folder + QStringLiteral("/audio/pk-call-1.wav")), kFakeWav);
    // Nothing but the pack next to it (the temporary folder was renamed).
    QCOMPARE(QDir(m_dir->path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                 .filter(QStringLiteral("partial")),
             QStringList());

    const QJsonObject manifest = QJsonDocument::fromJson(readFile(folder + QStringLiteral("/manifest.json"))).object();
    QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("qawb-casepack"));
    QCOMPARE(manifest.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(manifest.value(QStringLiteral("created_by")).toString(), QStringLiteral("trainer"));
    QCOMPARE(manifest.value(QStringLiteral("collection")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("投诉处理范例"));
    // The notes name a customer of the pack: masked too (every customer name of the pack is masked everywhere).
    QCOMPARE(manifest.value(QStringLiteral("collection")).toObject().value(QStringLiteral("notes")).toString(),
             QStringLiteral("新人培训第3周，客户[name]的案例"));
    const QJsonObject redaction = manifest.value(QStringLiteral("redaction")).toObject();
    QCOMPARE(redaction.value(QStringLiteral("audio_redacted")).toBool(true), false);
    // Counted occurrences in the pack (conversations, then evaluations and notes):
    //  mobile: chat-1 turn 0; general comment of eval 1; case note of chat-1 = 3
    //  email 1 (chat-1), id_card 1 (chat-1), address 1 (chat-1), bank_card 1 (chat-2), landline 1 (call)
    //  name: chat-1 turn 0 "王建国" (metadata), turn 1 "王先生"; chat-2 "李女士"; general comment "王建国";
    //        item comment "王先生"; the collection's notes "王建国" = 6
    const QJsonObject counts = redaction.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("mobile")).toInt(), 3);
    QCOMPARE(counts.value(QStringLiteral("email")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("id_card")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("address")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("bank_card")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("landline")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("name")).toInt(), 6);
    QCOMPARE(manifest.value(QStringLiteral("counts")).toObject().value(QStringLiteral("audio_files")).toInt(), 1);

    // Nothing personal and no private note anywhere in the pack.
    const QByteArray bytes = allBytes(folder);
    for (const QString &secret : {QStringLiteral("13812345678"), QStringLiteral("王建国"), QStringLiteral("CU-778899"),
                                  QStringLiteral("wang.jg@example.com"), QStringLiteral("11010519900307123X"),
                                  QStringLiteral("6222 0212 3456 7890 123"), QStringLiteral("010-12345678"),
                                  QStringLiteral("建国路88号"), QStringLiteral("私下"), QStringLiteral("private_note")})
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    // ... and what is not personal is still there, verbatim.
    for (const QString &kept :
         {QStringLiteral("订单号202311150001，昨天14:30付了¥199.00"), QStringLiteral("套餐月费128元，2026-11-20生效"),
          QStringLiteral("在线二组"), QStringLiteral("vip_level")})
        QVERIFY2(bytes.contains(kept.toUtf8()), qPrintable(kept));

    // `qawb import` reads conversations.jsonl as it is.
    {
        auto plain = Store::open(m_dir->filePath(QStringLiteral("plain.db")), nullptr);
        QString error;
        plain = Store::open(m_dir->filePath(QStringLiteral("plain.db")), &error);
        QVERIFY(plain);
        const User u = UserRepository(*plain).ensure(QStringLiteral("x"));
        ImportOptions io;
        io.userId = u.id;
        const ImportReport r = Importer(*plain, io).run({folder + QStringLiteral("/conversations.jsonl")});
        QVERIFY2(r.ok, qPrintable(r.summary()));
        QCOMPARE(r.inserted, 3);
        QVERIFY(r.warnings.isEmpty()); // the recording was found relative to the file
    }

    // Import into a fresh store.
    QString error;
    auto target = Store::open(m_dir->filePath(QStringLiteral("target.db")), &error);
    QVERIFY2(target, qPrintable(error));
    const User trainer2 = UserRepository(*target).ensure(QStringLiteral("trainer2"), QStringLiteral("培训师 刘"));
    CasePack importer(*target, trainer2);
    const CasePackImportReport r = importer.importPack(folder);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.conversationsInserted, 3);
    QCOMPARE(r.evaluationsInserted, 2);
    QCOMPARE(r.usersCreated, 1); // lina
    QCOMPARE(r.collectionName, QStringLiteral("投诉处理范例"));

    CollectionRepository collections(*target, trainer2.id);
    const std::optional<Collection> c = collections.byId(r.collectionId);
    QVERIFY(c);
    QCOMPARE(c->notes, QStringLiteral("新人培训第3周，客户[name]的案例"));
    const std::vector<CollectionItem> items = collections.items(r.collectionId);
    QCOMPARE(int(items.size()), 3);
    QCOMPARE(items[0].conversationId, QStringLiteral("pk-chat-1"));
    QCOMPARE(items[0].note, QStringLiteral("注意孙晓梅没有核实身份；客户电话[mobile]"));
    QCOMPARE(items[0].evaluationId, m_eval1);
    // Marked as copies from a case pack: they never count in this store's reports.
    QCOMPARE(items[0].tags, (QStringList{QStringLiteral("bad_example"), QStringLiteral("case_pack"),
                                         QStringLiteral("training_case")}));
    QString reportError;
    const std::optional<ScoreDistribution> counted = ReportRepository(*target).distribution({}, &reportError);
    QVERIFY2(counted, qPrintable(reportError));
    QCOMPARE(counted->count, 0);
    // Tagging a copy keeps the mark (and it still does not count).
    QVERIFY2(EvaluationRepository(*target).setTags(m_eval1, {QStringLiteral("exemplary")}, trainer2, &reportError),
             qPrintable(reportError));
    QVERIFY(EvaluationRepository(*target).tags(m_eval1).contains(QStringLiteral("case_pack")));
    QCOMPARE(ReportRepository(*target).distribution({}, &reportError)->count, 0);
    // The pack's scorecard versions are reference copies: none becomes this store's scorecard.
    QCOMPARE(count(*target, QStringLiteral("SELECT count(*) FROM scorecard_versions WHERE status = 'published'")), 0);
    QCOMPARE(items[1].note, QStringLiteral("好的查询流程"));
    QCOMPARE(items[2].conversationId, QStringLiteral("pk-call-1"));
    QVERIFY(items[2].evaluationId.isEmpty());
    // Scores as the source has them.
    const std::vector<CollectionItem> sourceItems = CollectionRepository(*m_source, m_trainer.id).items(m_collection);
    QCOMPARE(*items[0].score, *sourceItems[0].score);
    QCOMPARE(*items[1].score, 100.0);
    QCOMPARE(items[0].fatal, sourceItems[0].fatal);

    // The conversation, masked.
    const std::optional<Conversation> conv = CaseRepository(*target).conversation(QStringLiteral("pk-chat-1"));
    QVERIFY(conv);
    QCOMPARE(conv->turns[0].text,
             QStringLiteral("你好，我是[name]，手机[mobile]，订单号202311150001，昨天14:30付了¥199.00"));
    QCOMPARE(conv->turns[2].text, QStringLiteral("我的邮箱是[email]，身份证[id_card]"));
    QCOMPARE(conv->turns[3].text, QStringLiteral("寄到[address]"));
    QCOMPARE(conv->agentId, QStringLiteral("A2001")); // not pseudonymised by default
    QVERIFY(!conv->extra.contains(QStringLiteral("customer_id")));
    QVERIFY(!conv->extra.contains(QStringLiteral("customer_name")));
    QCOMPARE(conv->extra.value(QStringLiteral("vip_level")).toString(), QStringLiteral("gold"));
    const std::optional<Conversation> call = CaseRepository(*target).conversation(QStringLiteral("pk-call-1"));
    // The recording was copied beside the store: the pack folder may go.
    QVERIFY(QFileInfo::exists(call->audioPath));
    QCOMPARE(call->audioPath, m_dir->filePath(QStringLiteral("casepacks/")) +
                                  manifest.value(QStringLiteral("pack_id")).toString() +
                                  QStringLiteral("/audio/pk-call-1.wav"));
    QCOMPARE(readFile(call->audioPath), kFakeWav);

    // The evaluation: answers, comments masked, no private note, submitted by lina.
    QCOMPARE(
        scalar(*target, QStringLiteral("SELECT general_comment FROM evaluations WHERE id = ?"), {m_eval1}).toString(),
        QStringLiteral("客户[name]留了手机[mobile]，孙晓梅没有核实身份"));
    QCOMPARE(
        scalar(*target, QStringLiteral("SELECT coaching_note FROM evaluations WHERE id = ?"), {m_eval1}).toString(),
        QStringLiteral("孙晓梅：先核实身份再办理（李娜）"));
    QCOMPARE(count(*target, QStringLiteral("SELECT count(*) FROM evaluations WHERE private_note <> ''")), 0);
    QCOMPARE(count(*target, QStringLiteral("SELECT count(*) FROM evaluations WHERE status = 'submitted'")), 2);
    QCOMPARE(scalar(*target,
                    QStringLiteral("SELECT u.login FROM evaluations e JOIN users u ON u.id = e.inspector_id "
                                   "WHERE e.id = ?"),
                    {m_eval1})
                 .toString(),
             QStringLiteral("lina"));
    QCOMPARE(scalar(*target,
                    QStringLiteral("SELECT value || '|' || comment FROM answers WHERE evaluation_id = ? "
                                   "AND item_id = 'greeting'"),
                    {m_eval1})
                 .toString(),
             QStringLiteral("no|没有问候，[name]等了很久"));
    QCOMPARE(count(*target, QStringLiteral("SELECT count(*) FROM answers WHERE evaluation_id = ?")
                                .replace(QStringLiteral("?"), QLatin1Char('\'') + m_eval1 + QLatin1Char('\''))),
             count(*m_source, QStringLiteral("SELECT count(*) FROM answers WHERE evaluation_id = '") + m_eval1 +
                                  QLatin1Char('\'')));

    // Again: nothing changes.
    const int audit = count(*target, QStringLiteral("SELECT count(*) FROM audit_log"));
    const CasePackImportReport again = importer.importPack(folder);
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(again.alreadyImported);
    QCOMPARE(again.collectionId, r.collectionId);
    QCOMPARE(count(*target, QStringLiteral("SELECT count(*) FROM collections")), 1);
    QCOMPARE(count(*target, QStringLiteral("SELECT count(*) FROM evaluations")), 2);
    QCOMPARE(count(*target, QStringLiteral("SELECT count(*) FROM conversations")), 3);
    QCOMPARE(count(*target, QStringLiteral("SELECT count(*) FROM audit_log")), audit);

    // Into the store it came from: a second collection "投诉处理范例 (2)", and the real conversations are untouched.
    const CasePackImportReport home = CasePack(*m_source, m_trainer).importPack(folder);
    QVERIFY2(home.ok, qPrintable(home.error));
    QCOMPARE(home.collectionName, QStringLiteral("投诉处理范例 (2)"));
    QCOMPARE(home.conversationsExisting, 3);
    QCOMPARE(home.conversationsInserted, 0);
    QCOMPARE(home.evaluationsExisting, 2);
    QCOMPARE(CaseRepository(*m_source).conversation(QStringLiteral("pk-chat-1"))->turns[0].text,
             QStringLiteral("你好，我是王建国，手机13812345678，订单号202311150001，昨天14:30付了¥199.00"));
}

void TestCasePack::pseudonymsAndNoRealAgents()
{
    buildSource();
    CasePackExportOptions options;
    options.pseudonymiseAgents = true;
    options.pseudonymiseInspectors = true;
    const QString folder = exportPack(options);
    QVERIFY(!folder.isEmpty());
    const QByteArray bytes = allBytes(folder);
    for (const QString &real :
         {QStringLiteral("A2001"), QStringLiteral("A2002"), QStringLiteral("孙晓梅"), QStringLiteral("周杰"),
          QStringLiteral("lina"), QStringLiteral("李娜"), QStringLiteral("trainer")})
        QVERIFY2(!bytes.contains(real.toUtf8()), qPrintable(real));
    // Stable: A2001 is met first (pk-chat-1) and keeps agent-01 in every conversation and text; A2002 is agent-02.
    QStringList agents;
    for (const QByteArray &line : readFile(folder + QStringLiteral("/conversations.jsonl")).split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        agents << o.value(QStringLiteral("agent_id")).toString() + QLatin1Char('/') +
                      o.value(QStringLiteral("agent_name")).toString() + QLatin1Char('/') +
                      o.value(QStringLiteral("team")).toString();
    }
    QCOMPARE(agents,
             (QStringList{QStringLiteral("agent-01/Agent 01/在线二组"), QStringLiteral("agent-02/Agent 02/在线二组"),
                          QStringLiteral("agent-01/Agent 01/热线一组")}));
    QVERIFY(bytes.contains(QStringLiteral("您好[name]，我是Agent 01，工号agent-01").toUtf8()));
    QVERIFY(bytes.contains(QStringLiteral("上次是Agent 01帮我办的").toUtf8()));
    QVERIFY(bytes.contains(QStringLiteral("Agent 01：先核实身份再办理（Inspector 01）").toUtf8()));
    const QJsonObject evaluations =
        QJsonDocument::fromJson(readFile(folder + QStringLiteral("/evaluations.json"))).object();
    QCOMPARE(evaluations.value(QStringLiteral("evaluations"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("inspector"))
                 .toString(),
             QStringLiteral("inspector-01"));
}

void TestCasePack::noAudioOption()
{
    buildSource();
    CasePackExportOptions options;
    options.includeAudio = false;
    const QString folder = exportPack(options);
    QVERIFY(!folder.isEmpty());
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/audio")));
    QVERIFY(!readFile(folder + QStringLiteral("/conversations.jsonl")).contains("\"audio\""));
    const QJsonObject manifest = QJsonDocument::fromJson(readFile(folder + QStringLiteral("/manifest.json"))).object();
    QCOMPARE(manifest.value(QStringLiteral("options")).toObject().value(QStringLiteral("include_audio")).toBool(true),
             false);
    QCOMPARE(manifest.value(QStringLiteral("counts")).toObject().value(QStringLiteral("audio_files")).toInt(-1), 0);
    // A pack without audio imports too; the call simply has no recording.
    auto target = Store::open(m_dir->filePath(QStringLiteral("t.db")), nullptr);
    QString error;
    target = Store::open(m_dir->filePath(QStringLiteral("t.db")), &error);
    const User u = UserRepository(*target).ensure(QStringLiteral("t"));
    const CasePackImportReport r = CasePack(*target, u).importPack(folder);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(CaseRepository(*target).conversation(QStringLiteral("pk-call-1"))->audioPath.isEmpty());
}

void TestCasePack::badPacksChangeNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("find");
    QTest::addColumn<QByteArray>("replace");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong format") << QStringLiteral("manifest.json") << QByteArray("\"qawb-casepack\"")
                                  << QByteArray("\"zip\"") << QStringLiteral("manifest.json: format: expected");
    QTest::newRow("future version") << QStringLiteral("manifest.json") << QByteArray("\"version\": 1")
                                    << QByteArray("\"version\": 7") << QStringLiteral("manifest.json: version:");
    QTest::newRow("manifest not json") << QStringLiteral("manifest.json") << QByteArray("{") << QByteArray("[")
                                       << QStringLiteral("manifest.json: not valid JSON");
    QTest::newRow("bad conversation field")
        << QStringLiteral("conversations.jsonl") << QByteArray("\"channel\":\"call\"")
        << QByteArray("\"channel\":\"fax\"") << QStringLiteral("conversations.jsonl:3: channel");
    QTest::newRow("conversation line not json")
        << QStringLiteral("conversations.jsonl") << QByteArray("{\"agent_id\"") << QByteArray("{{\"agent_id\"")
        << QStringLiteral("conversations.jsonl:1: not valid JSON");
    // (keys are sorted: "cases" comes first in the file)
    QTest::newRow("case of an unknown conversation")
        << QStringLiteral("evaluations.json") << QByteArray("\"conversation_id\": \"pk-chat-2\"")
        << QByteArray("\"conversation_id\": \"pk-chat-9\"")
        << QStringLiteral("evaluations.json: cases[1]: conversation_id: pk-chat-9 is not in conversations.jsonl");
    QTest::newRow("evaluation of an unknown scorecard version")
        << QStringLiteral("evaluations.json") << QByteArray("\"scorecard_version_id\": \"")
        << QByteArray("\"scorecard_version_id\": \"x")
        << QStringLiteral("evaluations.json: evaluations[0]: scorecard_version_id: x");
    QTest::newRow("score not a number") << QStringLiteral("evaluations.json") << QByteArray("\"score\": 100")
                                        << QByteArray("\"score\": \"high\"")
                                        << QStringLiteral("evaluations.json: evaluations[1]: score");
    QTest::newRow("pack id with a path in it")
        << QStringLiteral("manifest.json") << QByteArray("\"pack_id\": \"") << QByteArray("\"pack_id\": \"../")
        << QStringLiteral("manifest.json: pack_id: expected letters, digits and dashes");
    QTest::newRow("no evaluations file") << QStringLiteral("evaluations.json") << QByteArray() << QByteArray()
                                         << QStringLiteral("evaluations.json: missing");
}

void TestCasePack::badPacksChangeNothing()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, find);
    QFETCH(QByteArray, replace);
    QFETCH(QString, message);
    buildSource();
    const QString folder = exportPack({});
    QVERIFY(!folder.isEmpty());
    const QString path = folder + QLatin1Char('/') + file;
    if (find.isEmpty()) {
        QVERIFY(QFile::remove(path));
    } else {
        QByteArray bytes = readFile(path);
        QVERIFY2(bytes.contains(find), find.constData());
        const int at = int(bytes.indexOf(find));
        bytes.replace(at, find.size(), replace); // the first occurrence only
        QVERIFY(writeFile(path, bytes));
    }
    QString error;
    auto target = Store::open(m_dir->filePath(QStringLiteral("target.db")), &error);
    const User u = UserRepository(*target).ensure(QStringLiteral("t"));
    auto snapshot = [&]() {
        QStringList counts;
        for (const char *table : {"conversations", "turns", "evaluations", "answers", "users", "collections",
                                  "collection_items", "scorecard_versions", "audit_log", "import_batches"})
            counts << QString::number(count(*target, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)));
        return counts.join(QLatin1Char(','));
    };
    const QString before = snapshot();
    const CasePackImportReport r = CasePack(*target, u).importPack(folder);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QCOMPARE(snapshot(), before);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("casepacks")))); // no recordings copied either
}

void TestCasePack::cancelLeavesNothing()
{
    buildSource();
    // Cancel at each phase the export reports: never a folder (or a temporary one) left behind.
    for (int stopAt = 0; stopAt < 4; ++stopAt) {
        std::atomic_bool cancel{false};
        int calls = 0;
        CasePackExportOptions options;
        options.cancel = &cancel;
        options.progress = [&](const QString &, int, int) {
            if (calls++ == stopAt)
                cancel = true;
        };
        const QString folder = m_dir->filePath(QStringLiteral("cancelled"));
        const CasePackExportReport r = CasePack(*m_source, m_trainer).exportCollection(m_collection, folder, options);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(QDir(m_dir->path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                     .filter(QStringLiteral("cancelled")),
                 QStringList());
    }
    // An existing folder is refused, not overwritten.
    QDir().mkpath(m_dir->filePath(QStringLiteral("exists")));
    const CasePackExportReport r =
        CasePack(*m_source, m_trainer).exportCollection(m_collection, m_dir->filePath(QStringLiteral("exists")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("already exists")), qPrintable(r.error));

    // Import cancelled: the target store is unchanged.
    const QString folder = exportPack({});
    QString error;
    auto target = Store::open(m_dir->filePath(QStringLiteral("target.db")), &error);
    const User u = UserRepository(*target).ensure(QStringLiteral("t"));
    std::atomic_bool cancel{false};
    CasePackImportOptions io;
    io.cancel = &cancel;
    io.progress = [&](const QString &phase, int, int) {
        if (phase == QStringLiteral("Evaluations"))
            cancel = true;
    };
    const CasePackImportReport ir = CasePack(*target, u).importPack(folder, io);
    QVERIFY(!ir.ok);
    QVERIFY(ir.cancelled);
    QCOMPARE(count(*target, QStringLiteral("SELECT count(*) FROM conversations")), 0);
    QCOMPARE(count(*target, QStringLiteral("SELECT count(*) FROM collections")), 0);
}

void TestCasePack::cli()
{
    buildSource();
    const QString storePath = m_source->path();
    m_source.reset(); // the CLI opens its own connection
    auto run = [&](QStringList args, const QString &user = QStringLiteral("trainer")) {
        QString out, err;
        QTextStream o(&out), e(&err);
        args.prepend(QStringLiteral("qawb"));
        args << QStringLiteral("--store") << storePath << QStringLiteral("--user") << user;
        const int code = Cli(o, e).run(args);
        o.flush();
        e.flush();
        return std::make_tuple(code, out, err);
    };
    auto [code, out, err] = run({QStringLiteral("collections"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(code, 0);
    const QJsonArray list =
        QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("collections")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("投诉处理范例"));
    QCOMPARE(list[0].toObject().value(QStringLiteral("items")).toInt(), 3);

    std::tie(code, out, err) = run({QStringLiteral("collections"), QStringLiteral("create"), QStringLiteral("好案例"),
                                    QStringLiteral("--note"), QStringLiteral("第4周")});
    QCOMPARE(code, 0);
    std::tie(code, out, err) = run({QStringLiteral("collections"), QStringLiteral("add"), QStringLiteral("好案例"),
                                    QStringLiteral("pk-chat-2"), QStringLiteral("--note"), QStringLiteral("流程规范")});
    QVERIFY2(code == 0, qPrintable(err));
    std::tie(code, out, err) = run(
        {QStringLiteral("collections"), QStringLiteral("add"), QStringLiteral("好案例"), QStringLiteral("pk-chat-2")});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral("already in the collection")), qPrintable(err));
    std::tie(code, out, err) = run(
        {QStringLiteral("collections"), QStringLiteral("show"), QStringLiteral("好案例"), QStringLiteral("--json")});
    QCOMPARE(code, 0);
    const QJsonObject shown = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(shown.value(QStringLiteral("notes")).toString(), QStringLiteral("第4周"));
    const QJsonObject item = shown.value(QStringLiteral("cases")).toArray()[0].toObject();
    QCOMPARE(item.value(QStringLiteral("position")).toInt(), 1);
    QCOMPARE(item.value(QStringLiteral("conversation_id")).toString(), QStringLiteral("pk-chat-2"));
    QCOMPARE(item.value(QStringLiteral("note")).toString(), QStringLiteral("流程规范"));
    QCOMPARE(item.value(QStringLiteral("score")).toDouble(), 100.0);
    QCOMPARE(item.value(QStringLiteral("agent_name")).toString(), QStringLiteral("周杰"));

    // Refused for an inspector; usage errors exit 2.
    std::tie(code, out, err) =
        run({QStringLiteral("collections"), QStringLiteral("create"), QStringLiteral("x")}, QStringLiteral("lina"));
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral("may not")), qPrintable(err));
    std::tie(code, out, err) = run({QStringLiteral("collections"), QStringLiteral("add"), QStringLiteral("好案例")});
    QCOMPARE(code, 2);
    std::tie(code, out, err) = run({QStringLiteral("pack"), QStringLiteral("export")});
    QCOMPARE(code, 2);

    const QString folder = m_dir->filePath(QStringLiteral("clipack"));
    std::tie(code, out, err) =
        run({QStringLiteral("pack"), QStringLiteral("export"), QStringLiteral("--collection"),
             QStringLiteral("投诉处理范例"), QStringLiteral("--out"), folder, QStringLiteral("--pseudonymise-agents"),
             QStringLiteral("--no-audio"), QStringLiteral("--json")});
    QVERIFY2(code == 0, qPrintable(err));
    const QJsonObject exported = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(exported.value(QStringLiteral("conversations")).toInt(), 3);
    QCOMPARE(exported.value(QStringLiteral("audio_files")).toInt(), 0);
    QCOMPARE(exported.value(QStringLiteral("redactions")).toObject().value(QStringLiteral("mobile")).toInt(), 3);
    QVERIFY(!allBytes(folder).contains("孙晓梅"));

    // Import into another store.
    QString error;
    const QString otherPath = m_dir->filePath(QStringLiteral("other.db"));
    {
        QString out2, err2;
        QTextStream o(&out2), e(&err2);
        const int c = Cli(o, e).run({QStringLiteral("qawb"), QStringLiteral("pack"), QStringLiteral("import"), folder,
                                     QStringLiteral("--json"), QStringLiteral("--store"), otherPath,
                                     QStringLiteral("--user"), QStringLiteral("t2")});
        o.flush();
        e.flush();
        QVERIFY2(c == 0, qPrintable(err2));
        const QJsonObject r = QJsonDocument::fromJson(out2.toUtf8()).object();
        QCOMPARE(r.value(QStringLiteral("collection")).toString(), QStringLiteral("投诉处理范例"));
        QCOMPARE(r.value(QStringLiteral("conversations_inserted")).toInt(), 3);
        QCOMPARE(r.value(QStringLiteral("evaluations_inserted")).toInt(), 2);
        QCOMPARE(r.value(QStringLiteral("already_imported")).toBool(true), false);
    }
    std::tie(code, out, err) =
        run({QStringLiteral("pack"), QStringLiteral("import"), m_dir->filePath(QStringLiteral("nope"))});
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral("not a folder")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCasePack)
#include "tst_casepack.moc"
