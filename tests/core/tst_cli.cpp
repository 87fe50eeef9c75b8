// The qawb command line, run as a real process: exit codes, stderr discipline, and the stable JSON output.

#include "core/evaluationrepository.h"
#include "core/scorecardrepository.h"
#include "core/store.h"
#include "core/userrepository.h"
#include "testutil.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace qawb;
using namespace qawb::test;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QStringList errLines() const { return errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QJsonObject json() const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        return doc.isObject() ? doc.object() : QJsonObject();
    }
};

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const char kChat[] =
    R"({"id":"chat-1","channel":"chat","source":"webchat","agent_id":"A1001","agent_name":"王晓雯","team":"在线一组",)"
    R"("started_at":"2026-11-16T09:12:05+08:00","duration_s":193,"wait_s":12,"csat":5,"resolved":true,)"
    R"("business_type":"consult","crm_ticket":"T-1","turns":[{"speaker":"customer","text":"你好，话费怎么多了？",)"
    R"("at":"2026-11-16T09:12:05+08:00"},{"speaker":"agent","text":"您好，很高兴为您服务！😀",)"
    R"("at":"2026-11-16T09:12:31+08:00"}]})";

const char kCall[] =
    R"({"id":"call-1","channel":"call","source":"hotline","agent_id":"A2001","agent_name":"Li Wei",)"
    R"("started_at":"2026-11-17T10:00:00Z","duration_s":65.5,"resolved":false,"business_type":"fault",)"
    R"("audio":"audio/call-1.wav","audio_channels":{"agent":0,"customer":1},)"
    R"("turns":[{"speaker":"agent","text":"Hello, how can I help?","start_ms":0,"end_ms":2500},)"
    R"({"speaker":"customer","text":"My line is dead.","start_ms":2600,"end_ms":5000}]})";

// A Traditional Chinese complaint: one hit of the built-in rules.
const char kComplaint[] =
    R"({"id":"chat-2","channel":"chat","agent_id":"A1001","started_at":"2026-11-16T09:12:05+08:00",)"
    R"("turns":[{"speaker":"customer","text":"😀我要投訴","at":"2026-11-16T09:12:05+08:00"},)"
    R"({"speaker":"agent","text":"您好，已记录，再见","at":"2026-11-16T09:12:20+08:00"}]})";

const char kRules[] = R"({"format":"qawb-rules/1","id":"acme","version":1,"rules":[)"
                      R"({"id":"refund","kind":"phrases","category":"risk","speaker":"customer","phrases":["退费"]}]})";

QByteArray defaultRules()
{
    return readFile(QStringLiteral(QAWB_SOURCE_DIR "/resources/rules/default-rules.json"));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void importText();
    void importJson();
    void importFailureIsOneLine();
    void importFailureJson();
    void importSkipInvalid();
    void importWarning();
    void importCsvWithEncoding();
    void queuesJson();
    void casesJson();
    void casesUnknownQueue();
    void showJson();
    void showText();
    void showUnknownId();
    void newerStoreRefused();
    void notAStoreRefused();
    void demoQueue();
    void chineseArguments();

    // Auto-QA.
    void importRunsAutoQa();
    void autoqaJson();
    void autoqaQueue();
    void autoqaRulesOption();
    void autoqaBadRulesFile();
    void hitsJson();
    void hitsText();
    void hitsUnknownId();
    void rulesListJson();
    void rulesExportImportRoundTrip();

    // Scorecards, evaluations, people.
    void scorecardsPublishNewVersions();
    void evaluationsExportForExcelAndJson();
    void usersAndRoles();

    // Sampling and assignment.
    void sampleAndAssign();

private:
    Result run(const QStringList &arguments, bool withStore = true, const QString &user = QStringLiteral("tester"));
    QString put(const QString &name, const QByteArray &bytes);
    QString goodFile();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(QAWB_CLI_PATH)).isExecutable(), QAWB_CLI_PATH);
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = m_dir->filePath(QStringLiteral("store/qawb.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(m_store).absolutePath()));
}

void TestCli::cleanup()
{
    m_dir.reset();
}

Result TestCli::run(const QStringList &arguments, bool withStore, const QString &user)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QAWB_USER"), user);
    // Keep the default data folder (named in --help) inside the test's own folder, and the messages in English.
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("home/data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("home/config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    QStringList args = arguments;
    if (withStore)
        args << QStringLiteral("--store") << m_store;
    process.start(QStringLiteral(QAWB_CLI_PATH), args);
    Result result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TestCli::put(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    if (!writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestCli::goodFile()
{
    put(QStringLiteral("in/audio/call-1.wav"), "RIFF....WAVE");
    return put(QStringLiteral("in/good.jsonl"), QByteArray(kChat) + '\n' + kCall + '\n');
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << QStringLiteral("no command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("import without file") << QStringList{QStringLiteral("import")} << QStringLiteral("FILE");
    QTest::newRow("show without id") << QStringList{QStringLiteral("show")} << QStringLiteral("ID");
    QTest::newRow("show with two ids") << QStringList{QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")}
                                       << QStringLiteral("ID");
    QTest::newRow("queues with an argument")
        << QStringList{QStringLiteral("queues"), QStringLiteral("extra")} << QStringLiteral("no arguments");
    QTest::newRow("--rejects without --skip-invalid")
        << QStringList{QStringLiteral("import"), QStringLiteral("x.jsonl"), QStringLiteral("--rejects"),
                       QStringLiteral("r.jsonl")}
        << QStringLiteral("--skip-invalid");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("queues"), QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("cases"), QStringLiteral("--queue")} << QStringLiteral("queue");
    QTest::newRow("rules without subcommand")
        << QStringList{QStringLiteral("rules")} << QStringLiteral("rules import FILE");
    QTest::newRow("rules import without file")
        << QStringList{QStringLiteral("rules"), QStringLiteral("import")} << QStringLiteral("rules import FILE");
    QTest::newRow("rules list with an argument")
        << QStringList{QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("x")}
        << QStringLiteral("rules list");
    QTest::newRow("rules with an unknown subcommand")
        << QStringList{QStringLiteral("rules"), QStringLiteral("delete")} << QStringLiteral("rules import FILE");
    QTest::newRow("sample without --plan") << QStringList{QStringLiteral("sample")} << QStringLiteral("--plan");
    QTest::newRow("sample with --from only")
        << QStringList{QStringLiteral("sample"), QStringLiteral("--plan"), QStringLiteral("p.json"),
                       QStringLiteral("--from"), QStringLiteral("2026-11-01")}
        << QStringLiteral("--to");
    QTest::newRow("sample with a bad seed")
        << QStringList{QStringLiteral("sample"), QStringLiteral("--plan"), QStringLiteral("p.json"),
                       QStringLiteral("--seed"), QStringLiteral("x")}
        << QStringLiteral("--seed");
    QTest::newRow("sample with a bad date")
        << QStringList{QStringLiteral("sample"),    QStringLiteral("--plan"), QStringLiteral("p.json"),
                       QStringLiteral("--from"),    QStringLiteral("11/01"),  QStringLiteral("--to"),
                       QStringLiteral("2026-11-30")}
        << QStringLiteral("2026-11-23");
    QTest::newRow("assign without inspectors")
        << QStringList{QStringLiteral("assign"), QStringLiteral("--sample"), QStringLiteral("x")}
        << QStringLiteral("--inspectors");
    QTest::newRow("reassign without a reason")
        << QStringList{QStringLiteral("reassign"), QStringLiteral("q"), QStringLiteral("c"), QStringLiteral("li")}
        << QStringLiteral("--reason");
    QTest::newRow("plans with an unknown subcommand")
        << QStringList{QStringLiteral("plans"), QStringLiteral("drop")} << QStringLiteral("plans list");
    QTest::newRow("hits without id") << QStringList{QStringLiteral("hits")} << QStringLiteral("ID");
    QTest::newRow("hits with two ids") << QStringList{QStringLiteral("hits"), QStringLiteral("a"), QStringLiteral("b")}
                                       << QStringLiteral("ID");
    QTest::newRow("autoqa with --queue and --all") << QStringList{QStringLiteral("autoqa"), QStringLiteral("--queue"),
                                                                  QStringLiteral("X"), QStringLiteral("--all")}
                                                   << QStringLiteral("--queue");
    QTest::newRow("autoqa with an argument")
        << QStringList{QStringLiteral("autoqa"), QStringLiteral("chat-1")} << QStringLiteral("no arguments");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // The option without a value must come last, so --store is put first for every row.
    const Result r = run(QStringList{QStringLiteral("--store"), m_store} + arguments, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QStringList lines = r.errLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("qawb: ")), qPrintable(lines.first()));
    QVERIFY2(!lines.first().startsWith(QLatin1String("qawb: error: ")), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(message), qPrintable(lines.first()));
    // Usage is checked before anything is touched.
    QVERIFY(!QFileInfo::exists(m_store));
}

void TestCli::helpAndVersion()
{
    Result r = run({QStringLiteral("--help")}, false);
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"import", "queues", "cases", "show", "demo", "--store", "--json", "--skip-invalid"})
        QVERIFY2(r.outText().contains(QLatin1String(word)), word);
    QVERIFY(!QFileInfo::exists(m_store));

    r = run({QStringLiteral("--version")}, false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText().trimmed(), QStringLiteral("qawb " QAWB_VERSION));
    QVERIFY(r.err.isEmpty());
}

void TestCli::importText()
{
    const Result r = run({QStringLiteral("import"), goodFile()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY2(r.outText().contains(QLatin1String("2 new")), qPrintable(r.outText()));
    QCOMPARE(r.outText().count(QLatin1Char('\n')), 1);
    QVERIFY(QFileInfo::exists(m_store));

    // Again: nothing new.
    const Result again = run({QStringLiteral("import"), goodFile()});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.outText().contains(QLatin1String("0 new, 0 updated, 2 unchanged")), qPrintable(again.outText()));
}

void TestCli::importJson()
{
    const Result r = run({QStringLiteral("import"), goodFile(), QStringLiteral("--json"), QStringLiteral("--queue"),
                          QStringLiteral("Week 1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(sortedKeys(o), sorted({QStringLiteral("ok"), QStringLiteral("inserted"), QStringLiteral("updated"),
                                    QStringLiteral("unchanged"), QStringLiteral("rejected"),
                                    QStringLiteral("error_count"), QStringLiteral("errors"), QStringLiteral("warnings"),
                                    QStringLiteral("queue_id"), QStringLiteral("encodings")}));
    QCOMPARE(o.value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("inserted")), QJsonValue(2));
    QCOMPARE(o.value(QStringLiteral("updated")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("unchanged")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("rejected")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("error_count")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("errors")), QJsonValue(QJsonArray()));
    QCOMPARE(o.value(QStringLiteral("warnings")), QJsonValue(QJsonArray()));
    QVERIFY(o.value(QStringLiteral("queue_id")).isString());
    QVERIFY(!o.value(QStringLiteral("queue_id")).toString().isEmpty());
    QCOMPARE(o.value(QStringLiteral("encodings")), QJsonValue(QJsonArray{QStringLiteral("good.jsonl: UTF-8")}));

    // Without --queue the queue id is null.
    const Result again = run({QStringLiteral("import"), goodFile(), QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.json().value(QStringLiteral("queue_id")).isNull());
    QCOMPARE(again.json().value(QStringLiteral("unchanged")), QJsonValue(2));
}

void TestCli::importFailureIsOneLine()
{
    const QString bad =
        put(QStringLiteral("bad.jsonl"),
            QByteArray(kChat) + '\n' +
                R"({"id":"bad-1","channel":"chat","agent_id":"A1","started_at":"2026-11-16T09:12:05+08:00","csat":6})"
                "\n");
    Result r = run({QStringLiteral("import"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY(r.err.endsWith('\n'));
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.errText().startsWith(QLatin1String("qawb: error: bad.jsonl:2: csat: ")), r.err.constData());

    // Several errors: still one line, pointing at --json for the rest.
    put(QStringLiteral("bad.jsonl"), "{\"id\":\"x\"}\n");
    r = run({QStringLiteral("import"), bad});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.errText().startsWith(QLatin1String("qawb: error: bad.jsonl:1: ")), r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("2 more")) && r.errText().contains(QLatin1String("--json")),
             r.err.constData());

    // A file that does not exist.
    r = run({QStringLiteral("import"), m_dir->filePath(QStringLiteral("missing.jsonl"))});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.errText().startsWith(QLatin1String("qawb: error: ")) &&
                 r.errText().contains(QLatin1String("missing.jsonl")),
             r.err.constData());

    // Nothing was imported by any of these.
    QString error;
    const auto store = Store::open(m_store, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(rowCount(*store, QStringLiteral("conversations")), 0);
}

void TestCli::importFailureJson()
{
    const QString bad =
        put(QStringLiteral("bad.jsonl"), QByteArray(kChat) + "\n{\"id\":\"chat-1\",\"channel\":\"email\"}\n");
    const Result r = run({QStringLiteral("import"), bad, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(o.value(QStringLiteral("inserted")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("rejected")), QJsonValue(1));
    QCOMPARE(o.value(QStringLiteral("error_count")), QJsonValue(3)); // channel, agent_id, started_at
    const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 3);
    const QJsonObject first = errors[0].toObject();
    QCOMPARE(sortedKeys(first), sorted({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("field"),
                                        QStringLiteral("id"), QStringLiteral("message")}));
    QCOMPARE(first.value(QStringLiteral("file")), QJsonValue(QStringLiteral("bad.jsonl")));
    QCOMPARE(first.value(QStringLiteral("line")), QJsonValue(2));
    QCOMPARE(first.value(QStringLiteral("field")), QJsonValue(QStringLiteral("channel")));
    QCOMPARE(first.value(QStringLiteral("id")), QJsonValue(QStringLiteral("chat-1")));
    QVERIFY(first.value(QStringLiteral("message")).toString().contains(QLatin1String("\"email\"")));
    // stderr still carries the one-line error.
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.errText().startsWith(QLatin1String("qawb: error: bad.jsonl:2: channel: ")), r.err.constData());

    // A whole-file problem has a null field and id.
    const Result empty =
        run({QStringLiteral("import"), put(QStringLiteral("empty.jsonl"), ""), QStringLiteral("--json")});
    QCOMPARE(empty.exitCode, 1);
    const QJsonObject issue = empty.json().value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(issue.value(QStringLiteral("line")), QJsonValue(0));
    QVERIFY(issue.value(QStringLiteral("field")).isNull());
    QVERIFY(issue.value(QStringLiteral("id")).isNull());
}

void TestCli::importSkipInvalid()
{
    const QString mixed = put(QStringLiteral("mixed.jsonl"), QByteArray(kChat) + "\n{\"id\":\"broken\"\n");
    const QString rejects = m_dir->filePath(QStringLiteral("rejects.jsonl"));
    const Result r =
        run({QStringLiteral("import"), mixed, QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"), rejects});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(QLatin1String("1 new")), qPrintable(r.outText()));
    QVERIFY2(r.outText().contains(QLatin1String("1 record(s) rejected")), qPrintable(r.outText()));
    const QStringList lines = r.errLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("qawb: rejected: mixed.jsonl:2: ")), qPrintable(lines.first()));
    const QJsonObject reject = QJsonDocument::fromJson(readFile(rejects).trimmed()).object();
    QCOMPARE(reject.value(QStringLiteral("line")), QJsonValue(2));
    QCOMPARE(reject.value(QStringLiteral("record")), QJsonValue(QStringLiteral("{\"id\":\"broken\"")));
}

void TestCli::importWarning()
{
    const QString calls = put(QStringLiteral("calls.jsonl"), QByteArray(kCall) + '\n'); // no audio file next to it
    Result r = run({QStringLiteral("import"), calls});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.errLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("qawb: warning: calls.jsonl:1: audio: ")),
             qPrintable(lines.first()));
    QVERIFY2(r.outText().contains(QLatin1String("1 warning")), qPrintable(r.outText()));

    put(QStringLiteral("calls2.jsonl"), QByteArray(kCall).replace("call-1", "call-2") + '\n');
    r = run({QStringLiteral("import"), m_dir->filePath(QStringLiteral("calls2.jsonl")), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonArray warnings = r.json().value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings[0].toObject().value(QStringLiteral("field")), QJsonValue(QStringLiteral("audio")));
    QCOMPARE(warnings[0].toObject().value(QStringLiteral("id")), QJsonValue(QStringLiteral("call-2")));
}

void TestCli::importCsvWithEncoding()
{
    const QByteArray conversations = "id,channel,agent_id,agent_name,started_at\n"
                                     "csv-1,chat,A1,Ren\xE9,2026-11-16T09:12:05+08:00\n";
    const QByteArray turns = "conversation_id,seq,speaker,at,text\n"
                             "csv-1,1,agent,2026-11-16T09:12:05+08:00,\"caf\xE9, cr\xE8me\"\n";
    put(QStringLiteral("csv/conversations.csv"), conversations);
    const QString turnsFile = put(QStringLiteral("csv/turns.csv"), turns);
    Result r =
        run({QStringLiteral("import"), turnsFile, QStringLiteral("--encoding"), QStringLiteral("no-such-charset")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QLatin1String("no-such-charset")), r.err.constData());
    r = run({QStringLiteral("import"), turnsFile, QStringLiteral("--encoding"), QStringLiteral("ISO-8859-1"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("encodings")),
             QJsonValue(
                 QJsonArray{QStringLiteral("conversations.csv: ISO-8859-1"), QStringLiteral("turns.csv: ISO-8859-1")}));
    r = run({QStringLiteral("show"), QStringLiteral("csv-1"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("agent_name")), QJsonValue(QStringLiteral("René")));
    QCOMPARE(r.json().value(QStringLiteral("turns")).toArray()[0].toObject().value(QStringLiteral("text")),
             QJsonValue(QStringLiteral("café, crème")));
}

void TestCli::queuesJson()
{
    Result r = run({QStringLiteral("queues"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json(), QJsonObject({{QStringLiteral("queues"), QJsonArray()}}));

    QCOMPARE(run({QStringLiteral("import"), goodFile(), QStringLiteral("--queue"), QStringLiteral("Week 1")}).exitCode,
             0);
    r = run({QStringLiteral("queues"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.keys(), QStringList{QStringLiteral("queues")});
    const QJsonArray queues = o.value(QStringLiteral("queues")).toArray();
    QCOMPARE(queues.size(), 1);
    const QJsonObject q = queues[0].toObject();
    QCOMPARE(sortedKeys(q), sorted({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("inspector"),
                                    QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("total"),
                                    QStringLiteral("submitted"), QStringLiteral("drafts"), QStringLiteral("sample"),
                                    QStringLiteral("expected_s"), QStringLiteral("seconds_left")}));
    QVERIFY(!q.value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(q.value(QStringLiteral("sample")), QJsonValue());
    // A chat of 2 messages (2 × 6 s + 90 s) and a 65.5 s call (+ 90 s), none submitted yet.
    QCOMPARE(q.value(QStringLiteral("expected_s")).toDouble(), 102.0 + 155.5);
    QCOMPARE(q.value(QStringLiteral("seconds_left")).toDouble(), 102.0 + 155.5);
    QCOMPARE(q.value(QStringLiteral("name")), QJsonValue(QStringLiteral("Week 1")));
    QCOMPARE(q.value(QStringLiteral("inspector")), QJsonValue(QStringLiteral("tester")));
    QCOMPARE(q.value(QStringLiteral("kind")), QJsonValue(QStringLiteral("manual")));
    QCOMPARE(q.value(QStringLiteral("status")), QJsonValue(QStringLiteral("open")));
    QCOMPARE(q.value(QStringLiteral("total")), QJsonValue(2));
    QCOMPARE(q.value(QStringLiteral("submitted")), QJsonValue(0));
    QCOMPARE(q.value(QStringLiteral("drafts")), QJsonValue(0));

    // The text form: one line per queue.
    r = run({QStringLiteral("queues")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText(), QStringLiteral("Week 1\ttester\t0/2\t4 min left\n"));
}

void TestCli::casesJson()
{
    QCOMPARE(run({QStringLiteral("import"), goodFile(), QStringLiteral("--queue"), QStringLiteral("Week 1")}).exitCode,
             0);
    Result r =
        run({QStringLiteral("cases"), QStringLiteral("--queue"), QStringLiteral("Week 1"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.json().keys(), QStringList{QStringLiteral("cases")});
    const QJsonArray cases = r.json().value(QStringLiteral("cases")).toArray();
    QCOMPARE(cases.size(), 2);
    const QStringList keys = sorted(
        {QStringLiteral("id"), QStringLiteral("channel"), QStringLiteral("source"), QStringLiteral("agent_id"),
         QStringLiteral("agent_name"), QStringLiteral("team"), QStringLiteral("business_type"),
         QStringLiteral("started_at"), QStringLiteral("duration_s"), QStringLiteral("csat"), QStringLiteral("resolved"),
         QStringLiteral("turns"), QStringLiteral("status"), QStringLiteral("score"), QStringLiteral("fatal")});
    const QJsonObject chat = cases[0].toObject(); // queue order = file order
    QCOMPARE(sortedKeys(chat), keys);
    QCOMPARE(chat.value(QStringLiteral("id")), QJsonValue(QStringLiteral("chat-1")));
    QCOMPARE(chat.value(QStringLiteral("channel")), QJsonValue(QStringLiteral("chat")));
    QCOMPARE(chat.value(QStringLiteral("source")), QJsonValue(QStringLiteral("webchat")));
    QCOMPARE(chat.value(QStringLiteral("agent_id")), QJsonValue(QStringLiteral("A1001")));
    QCOMPARE(chat.value(QStringLiteral("agent_name")), QJsonValue(QStringLiteral("王晓雯")));
    QCOMPARE(chat.value(QStringLiteral("team")), QJsonValue(QStringLiteral("在线一组")));
    QCOMPARE(chat.value(QStringLiteral("business_type")), QJsonValue(QStringLiteral("consult")));
    QCOMPARE(chat.value(QStringLiteral("started_at")), QJsonValue(QStringLiteral("2026-11-16T09:12:05+08:00")));
    QCOMPARE(chat.value(QStringLiteral("duration_s")), QJsonValue(193));
    QCOMPARE(chat.value(QStringLiteral("csat")), QJsonValue(5));
    QCOMPARE(chat.value(QStringLiteral("resolved")), QJsonValue(true));
    QCOMPARE(chat.value(QStringLiteral("turns")), QJsonValue(2));
    QCOMPARE(chat.value(QStringLiteral("status")), QJsonValue(QStringLiteral("new")));
    QVERIFY(chat.value(QStringLiteral("score")).isNull());
    QCOMPARE(chat.value(QStringLiteral("fatal")), QJsonValue(false));

    const QJsonObject call = cases[1].toObject();
    QCOMPARE(sortedKeys(call), keys);
    QCOMPARE(call.value(QStringLiteral("id")), QJsonValue(QStringLiteral("call-1")));
    QVERIFY(call.value(QStringLiteral("team")).isNull());
    QVERIFY(call.value(QStringLiteral("csat")).isNull());
    QCOMPARE(call.value(QStringLiteral("resolved")), QJsonValue(false));
    QCOMPARE(call.value(QStringLiteral("duration_s")), QJsonValue(65.5));

    // Without --queue: every conversation, newest first.
    r = run({QStringLiteral("cases"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray all = r.json().value(QStringLiteral("cases")).toArray();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].toObject().value(QStringLiteral("id")), QJsonValue(QStringLiteral("call-1")));
}

void TestCli::casesUnknownQueue()
{
    const Result r =
        run({QStringLiteral("cases"), QStringLiteral("--queue"), QStringLiteral("Nope"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, QByteArray("qawb: error: no queue named \"Nope\"\n"));
}

void TestCli::showJson()
{
    QCOMPARE(run({QStringLiteral("import"), goodFile()}).exitCode, 0);
    Result r = run({QStringLiteral("show"), QStringLiteral("chat-1"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonObject chat = r.json();
    QCOMPARE(sortedKeys(chat),
             sorted({QStringLiteral("id"), QStringLiteral("channel"), QStringLiteral("source"),
                     QStringLiteral("agent_id"), QStringLiteral("agent_name"), QStringLiteral("team"),
                     QStringLiteral("business_type"), QStringLiteral("started_at"), QStringLiteral("duration_s"),
                     QStringLiteral("wait_s"), QStringLiteral("csat"), QStringLiteral("resolved"),
                     QStringLiteral("audio"), QStringLiteral("audio_channels"), QStringLiteral("extra"),
                     QStringLiteral("warnings"), QStringLiteral("turns"), QStringLiteral("evaluation")}));
    QCOMPARE(chat.value(QStringLiteral("id")), QJsonValue(QStringLiteral("chat-1")));
    QCOMPARE(chat.value(QStringLiteral("agent_name")), QJsonValue(QStringLiteral("王晓雯")));
    QCOMPARE(chat.value(QStringLiteral("team")), QJsonValue(QStringLiteral("在线一组")));
    QCOMPARE(chat.value(QStringLiteral("wait_s")), QJsonValue(12));
    QVERIFY(chat.value(QStringLiteral("audio")).isNull());
    QVERIFY(chat.value(QStringLiteral("audio_channels")).isNull());
    QCOMPARE(chat.value(QStringLiteral("extra")),
             QJsonValue(QJsonObject{{QStringLiteral("crm_ticket"), QStringLiteral("T-1")}}));
    QCOMPARE(chat.value(QStringLiteral("warnings")), QJsonValue(QJsonArray()));
    QVERIFY(chat.value(QStringLiteral("evaluation")).isNull());
    QVERIFY(chat.contains(QStringLiteral("evaluation")));
    const QJsonArray turns = chat.value(QStringLiteral("turns")).toArray();
    QCOMPARE(turns.size(), 2);
    const QJsonObject first = turns[0].toObject();
    QCOMPARE(sortedKeys(first),
             sorted({QStringLiteral("seq"), QStringLiteral("speaker"), QStringLiteral("text"), QStringLiteral("at")}));
    QCOMPARE(first.value(QStringLiteral("seq")), QJsonValue(0));
    QCOMPARE(first.value(QStringLiteral("speaker")), QJsonValue(QStringLiteral("customer")));
    QCOMPARE(first.value(QStringLiteral("text")), QJsonValue(QStringLiteral("你好，话费怎么多了？")));
    QCOMPARE(first.value(QStringLiteral("at")), QJsonValue(QStringLiteral("2026-11-16T09:12:05+08:00")));
    QCOMPARE(turns[1].toObject().value(QStringLiteral("seq")), QJsonValue(1));
    QCOMPARE(turns[1].toObject().value(QStringLiteral("text")), QJsonValue(QStringLiteral("您好，很高兴为您服务！😀")));

    r = run({QStringLiteral("show"), QStringLiteral("call-1"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject call = r.json();
    QCOMPARE(call.value(QStringLiteral("audio")),
             QJsonValue(QDir::cleanPath(m_dir->filePath(QStringLiteral("in/audio/call-1.wav")))));
    QCOMPARE(call.value(QStringLiteral("audio_channels")),
             QJsonValue(QJsonObject{{QStringLiteral("agent"), 0}, {QStringLiteral("customer"), 1}}));
    QCOMPARE(call.value(QStringLiteral("extra")), QJsonValue(QJsonObject()));
    QVERIFY(call.value(QStringLiteral("wait_s")).isNull());
    const QJsonObject callTurn = call.value(QStringLiteral("turns")).toArray()[1].toObject();
    QCOMPARE(sortedKeys(callTurn), sorted({QStringLiteral("seq"), QStringLiteral("speaker"), QStringLiteral("text"),
                                           QStringLiteral("start_ms"), QStringLiteral("end_ms")}));
    QCOMPARE(callTurn.value(QStringLiteral("start_ms")), QJsonValue(2600));
    QCOMPARE(callTurn.value(QStringLiteral("end_ms")), QJsonValue(5000));
}

void TestCli::showText()
{
    QCOMPARE(run({QStringLiteral("import"), goodFile()}).exitCode, 0);
    const Result r = run({QStringLiteral("show"), QStringLiteral("chat-1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    // Chinese and emoji reach stdout as UTF-8.
    QVERIFY(r.out.contains(QStringLiteral("王晓雯").toUtf8()));
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QStringLiteral("chat-1  chat  王晓雯 (A1001)  在线一组")), qPrintable(lines[0]));
    QCOMPARE(lines[1], QStringLiteral("[2026-11-16T09:12:05+08:00] customer: 你好，话费怎么多了？"));
    QCOMPARE(lines[2], QStringLiteral("[2026-11-16T09:12:31+08:00] agent: 您好，很高兴为您服务！😀"));

    const Result call = run({QStringLiteral("show"), QStringLiteral("call-1")});
    QCOMPARE(call.exitCode, 0);
    QVERIFY2(call.outText().contains(QLatin1String("[0:03] customer: My line is dead.")), qPrintable(call.outText()));
}

void TestCli::showUnknownId()
{
    QCOMPARE(run({QStringLiteral("import"), goodFile()}).exitCode, 0);
    const Result r = run({QStringLiteral("show"), QStringLiteral("no-such-id"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, QByteArray("qawb: error: no conversation with id \"no-such-id\"\n"));
}

void TestCli::newerStoreRefused()
{
    {
        QString error;
        const auto store = Store::open(m_store, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->execScript(QStringLiteral("PRAGMA user_version = 99"), &error));
    }
    const QByteArray before = readFile(m_store);
    for (const QStringList &args :
         {QStringList{QStringLiteral("queues")}, QStringList{QStringLiteral("import"), goodFile()}}) {
        const Result r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.errText().startsWith(QLatin1String("qawb: error: ")), r.err.constData());
        QVERIFY2(r.errText().contains(QLatin1String("schema version 99")), r.err.constData());
    }
    QCOMPARE(readFile(m_store), before);
}

void TestCli::notAStoreRefused()
{
    put(QStringLiteral("store/qawb.sqlite"), "this is a text file, not a database\n");
    const Result r = run({QStringLiteral("queues")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.errText().contains(QLatin1String("not a QA Workbench store")), r.err.constData());
    QCOMPARE(readFile(m_store), QByteArray("this is a text file, not a database\n"));
}

void TestCli::demoQueue()
{
    Result r = run({QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(QLatin1String("12 new")), qPrintable(r.outText()));
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    // Extracted next to the store, audio included.
    const QDir demo(QFileInfo(m_store).absoluteDir().filePath(QStringLiteral("demo")));
    QVERIFY(QFileInfo::exists(demo.filePath(QStringLiteral("demo.jsonl"))));
    QVERIFY(!QDir(demo.filePath(QStringLiteral("audio"))).entryList({QStringLiteral("*.wav")}).isEmpty());

    r = run({QStringLiteral("queues"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray queues = r.json().value(QStringLiteral("queues")).toArray();
    QCOMPARE(queues.size(), 1);
    QCOMPARE(queues[0].toObject().value(QStringLiteral("name")), QJsonValue(QStringLiteral("Demo queue")));
    QCOMPARE(queues[0].toObject().value(QStringLiteral("total")), QJsonValue(12));

    r = run(
        {QStringLiteral("cases"), QStringLiteral("--queue"), QStringLiteral("Demo queue"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray cases = r.json().value(QStringLiteral("cases")).toArray();
    QCOMPARE(cases.size(), 12);
    int calls = 0;
    for (const QJsonValue &c : cases) {
        if (c.toObject().value(QStringLiteral("channel")).toString() == QLatin1String("call")) {
            ++calls;
            // Every demo call's recording was extracted, so no case carries a missing-audio warning.
            const Result shown = run({QStringLiteral("show"), c.toObject().value(QStringLiteral("id")).toString(),
                                      QStringLiteral("--json")});
            QCOMPARE(shown.exitCode, 0);
            QVERIFY(QFileInfo::exists(shown.json().value(QStringLiteral("audio")).toString()));
            QCOMPARE(shown.json().value(QStringLiteral("warnings")), QJsonValue(QJsonArray()));
        }
    }
    QVERIFY(calls >= 1);

    r = run({QStringLiteral("show"), QStringLiteral("demo-chat-001"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("agent_name")), QJsonValue(QStringLiteral("王晓雯")));

    // Running it again changes nothing.
    r = run({QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(QLatin1String("12 unchanged")), qPrintable(r.outText()));
    r = run({QStringLiteral("queues"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("queues")).toArray()[0].toObject().value(QStringLiteral("total")),
             QJsonValue(12));
}

void TestCli::chineseArguments()
{
    // Non-ASCII in arguments (queue and user names) and in paths.
    const QString file = put(QStringLiteral("质检/第一批.jsonl"), QByteArray(kChat) + '\n');
    Result r = run({QStringLiteral("import"), file, QStringLiteral("--queue"), QStringLiteral("第一周"),
                    QStringLiteral("--user"), QStringLiteral("张三"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("encodings")),
             QJsonValue(QJsonArray{QStringLiteral("第一批.jsonl: UTF-8")}));
    r = run({QStringLiteral("queues"), QStringLiteral("--json")});
    const QJsonObject q = r.json().value(QStringLiteral("queues")).toArray()[0].toObject();
    QCOMPARE(q.value(QStringLiteral("name")), QJsonValue(QStringLiteral("第一周")));
    QCOMPARE(q.value(QStringLiteral("inspector")), QJsonValue(QStringLiteral("张三")));
    r = run({QStringLiteral("cases"), QStringLiteral("--queue"), QStringLiteral("第一周")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().startsWith(QStringLiteral("chat-1\tchat\t王晓雯\t")), qPrintable(r.outText()));
}

void TestCli::importRunsAutoQa()
{
    QCOMPARE(run({QStringLiteral("import"), goodFile()}).exitCode, 0);
    {
        QString error;
        const auto store = Store::open(m_store, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(rowCount(*store, QStringLiteral("autoqa_runs")), 2);
        QVERIFY(rowCount(*store, QStringLiteral("rule_hits")) > 0);
    }
    // --no-autoqa leaves new conversations unchecked.
    const QString complaint = put(QStringLiteral("complaint.jsonl"), QByteArray(kComplaint) + '\n');
    Result r = run({QStringLiteral("import"), complaint, QStringLiteral("--no-autoqa")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    {
        QString error;
        const auto store = Store::open(m_store, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(rowCount(*store, QStringLiteral("autoqa_runs")), 2);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM rule_hits WHERE conversation_id = 'chat-2'")),
                 QVariant(0));
    }
    // A later import checks only what it changed; the earlier conversation is left for `qawb autoqa`.
    const QString changed =
        put(QStringLiteral("changed.jsonl"), QByteArray(kChat).replace("您好，很高兴为您服务！", "我也没办法") + '\n');
    r = run({QStringLiteral("import"), changed, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("updated")), QJsonValue(1));
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QString error;
    const auto store = Store::open(m_store, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(rowCount(*store, QStringLiteral("autoqa_runs")), 2);
    QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM rule_hits WHERE conversation_id = 'chat-1' AND "
                                           "rule_id = 'forbidden.phrase'")),
             QVariant(1));
}

void TestCli::autoqaJson()
{
    QCOMPARE(run({QStringLiteral("import"), goodFile(), QStringLiteral("--no-autoqa")}).exitCode, 0);
    Result r = run({QStringLiteral("autoqa"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QJsonObject o = r.json();
    QCOMPARE(sortedKeys(o),
             sorted({QStringLiteral("ok"), QStringLiteral("checked"), QStringLiteral("partial"),
                     QStringLiteral("up_to_date"), QStringLiteral("hits"), QStringLiteral("rule_set_version_id")}));
    QCOMPARE(o.value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("checked")), QJsonValue(2));
    QCOMPARE(o.value(QStringLiteral("partial")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("up_to_date")), QJsonValue(0));
    const QString version = o.value(QStringLiteral("rule_set_version_id")).toString();
    QVERIFY(!version.isEmpty());
    {
        QString error;
        const auto store = Store::open(m_store, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(rowCount(*store, QStringLiteral("rule_hits")) >= 2); // no closing in either conversation
        QCOMPARE(o.value(QStringLiteral("hits")), QJsonValue(double(rowCount(*store, QStringLiteral("rule_hits")))));
    }
    const Result list = run({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.json().value(QStringLiteral("rule_sets")).toArray()[0].toObject().value(QStringLiteral("id")),
             QJsonValue(version));

    // Again: everything is up to date.
    r = run({QStringLiteral("autoqa"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    o = r.json();
    QCOMPARE(o.value(QStringLiteral("checked")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("up_to_date")), QJsonValue(2));
    QCOMPARE(o.value(QStringLiteral("hits")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("rule_set_version_id")), QJsonValue(version));

    // --force re-checks; the text form is one line.
    r = run({QStringLiteral("autoqa"), QStringLiteral("--force"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("checked")), QJsonValue(2));
    r = run({QStringLiteral("autoqa"), QStringLiteral("--all")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.outText(), QStringLiteral("Auto-QA checked 0 conversation(s) (2 up to date), 0 hit(s).\n"));
}

void TestCli::autoqaQueue()
{
    QCOMPARE(run({QStringLiteral("import"), goodFile(), QStringLiteral("--no-autoqa"), QStringLiteral("--queue"),
                  QStringLiteral("Week 1")})
                 .exitCode,
             0);
    const QString complaint = put(QStringLiteral("complaint.jsonl"), QByteArray(kComplaint) + '\n');
    QCOMPARE(run({QStringLiteral("import"), complaint, QStringLiteral("--no-autoqa")}).exitCode, 0);
    {
        // A queue without conversations.
        QString error;
        const auto store = Store::open(m_store, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO queues(id, name, inspector_id, created_at, updated_at) SELECT "
                                      "'empty-queue', 'Empty', id, '2026-11-16T00:00:00Z', '2026-11-16T00:00:00Z' "
                                      "FROM users WHERE login = 'tester'")));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    Result r = run({QStringLiteral("autoqa"), QStringLiteral("--queue"), QStringLiteral("Empty")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText(), QStringLiteral("The queue is empty.\n"));
    // With --json the answer is still JSON, and an empty queue checks nothing (not everything).
    r = run({QStringLiteral("autoqa"), QStringLiteral("--queue"), QStringLiteral("Empty"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("checked")), QJsonValue(0));
    QCOMPARE(o.value(QStringLiteral("up_to_date")), QJsonValue(0));
    QVERIFY(!o.value(QStringLiteral("rule_set_version_id")).toString().isEmpty());
    // The queue's conversations only.
    r = run({QStringLiteral("autoqa"), QStringLiteral("--queue"), QStringLiteral("Week 1"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    o = r.json();
    QCOMPARE(o.value(QStringLiteral("checked")), QJsonValue(2));
    QCOMPARE(o.value(QStringLiteral("up_to_date")), QJsonValue(0));
    r = run({QStringLiteral("autoqa"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("checked")), QJsonValue(1));
    QCOMPARE(r.json().value(QStringLiteral("up_to_date")), QJsonValue(2));

    r = run({QStringLiteral("autoqa"), QStringLiteral("--queue"), QStringLiteral("Week 9")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QByteArray("qawb: error: no queue named \"Week 9\"\n"));
}

void TestCli::autoqaRulesOption()
{
    QCOMPARE(run({QStringLiteral("import"), goodFile()}).exitCode, 0);
    const QString rules = put(QStringLiteral("acme.json"), kRules);
    Result r = run({QStringLiteral("autoqa"), QStringLiteral("--rules"), rules, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("checked")), QJsonValue(2));
    QCOMPARE(o.value(QStringLiteral("partial")), QJsonValue(2)); // same content: only the rules that differ
    QCOMPARE(o.value(QStringLiteral("hits")), QJsonValue(0));
    const Result list = run({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray sets = list.json().value(QStringLiteral("rule_sets")).toArray();
    QCOMPARE(sets.size(), 2);
    for (const QJsonValue &set : sets) {
        const QJsonObject s = set.toObject();
        QCOMPARE(s.value(QStringLiteral("active")).toBool(),
                 s.value(QStringLiteral("key")) == QJsonValue(QStringLiteral("acme")));
        if (s.value(QStringLiteral("active")).toBool())
            QCOMPARE(s.value(QStringLiteral("id")), o.value(QStringLiteral("rule_set_version_id")));
    }
    // The old rules' hits are gone with them.
    QString error;
    const auto store = Store::open(m_store, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(rowCount(*store, QStringLiteral("rule_hits")), 0);
}

void TestCli::autoqaBadRulesFile()
{
    QCOMPARE(run({QStringLiteral("import"), goodFile()}).exitCode, 0);
    const QString bad =
        put(QStringLiteral("bad-rules.json"), R"({"format":"qawb-rules/1","id":"bad","version":1,"rules":[)"
                                              R"({"id":"r1","kind":"sometimes","category":"risk","phrases":["x"]}]})");
    for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--json")}}) {
        const Result r = run(QStringList{QStringLiteral("autoqa"), QStringLiteral("--rules"), bad} + extra);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.errText().startsWith(QLatin1String("qawb: error: ")), r.err.constData());
        for (const char *word : {"bad-rules.json", "r1", "kind"})
            QVERIFY2(r.errText().contains(QLatin1String(word)), r.err.constData());
    }
    const Result missing =
        run({QStringLiteral("autoqa"), QStringLiteral("--rules"), m_dir->filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err.count('\n'), 1);
    QVERIFY2(missing.errText().contains(QLatin1String("none.json")), missing.err.constData());
    // Nothing changed: the built-in rule set is still the only one.
    const Result list = run({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.json().value(QStringLiteral("rule_sets")).toArray().size(), 1);
}

void TestCli::hitsJson()
{
    const QString file = put(QStringLiteral("two.jsonl"), QByteArray(kComplaint) + '\n' + kCall + '\n');
    QCOMPARE(run({QStringLiteral("import"), file}).exitCode, 0);
    const QString version = run({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--json")})
                                .json()
                                .value(QStringLiteral("rule_sets"))
                                .toArray()[0]
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString();
    QVERIFY(!version.isEmpty());

    Result r = run({QStringLiteral("hits"), QStringLiteral("chat-2"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    // The span is in the original text: after the emoji's two UTF-16 units, Traditional as written.
    const QJsonObject complaint{{QStringLiteral("rule"), QStringLiteral("risk.complaint")},
                                {QStringLiteral("name"), QStringLiteral("Complaint threat")},
                                {QStringLiteral("category"), QStringLiteral("risk")},
                                {QStringLiteral("severity"), QStringLiteral("major")},
                                {QStringLiteral("turn"), 0},
                                {QStringLiteral("start"), 4},
                                {QStringLiteral("end"), 6},
                                {QStringLiteral("start_ms"), QJsonValue()},
                                {QStringLiteral("end_ms"), QJsonValue()},
                                {QStringLiteral("text"), QStringLiteral("投訴")},
                                {QStringLiteral("rule_set_version_id"), version}};
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("id"), QStringLiteral("chat-2")},
                                    {QStringLiteral("hits"), QJsonArray{complaint}}}));

    // A call: recording times; a missing closing has an empty span and no text.
    r = run({QStringLiteral("hits"), QStringLiteral("call-1"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject closing{{QStringLiteral("rule"), QStringLiteral("closing.missing")},
                              {QStringLiteral("name"), QStringLiteral("No closing")},
                              {QStringLiteral("category"), QStringLiteral("closing")},
                              {QStringLiteral("severity"), QStringLiteral("minor")},
                              {QStringLiteral("turn"), 0},
                              {QStringLiteral("start"), 0},
                              {QStringLiteral("end"), 0},
                              {QStringLiteral("start_ms"), 0},
                              {QStringLiteral("end_ms"), 2500},
                              {QStringLiteral("text"), QJsonValue()},
                              {QStringLiteral("rule_set_version_id"), version}};
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("id"), QStringLiteral("call-1")},
                                    {QStringLiteral("hits"), QJsonArray{closing}}}));
}

void TestCli::hitsText()
{
    const QString file = put(QStringLiteral("two.jsonl"), QByteArray(kComplaint) + '\n' + kCall + '\n');
    QCOMPARE(run({QStringLiteral("import"), file}).exitCode, 0);
    const Result r = run({QStringLiteral("hits"), QStringLiteral("chat-2")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.outText(), QStringLiteral("risk.complaint\tmajor\t0\t投訴\n"));
}

void TestCli::hitsUnknownId()
{
    QCOMPARE(run({QStringLiteral("import"), goodFile()}).exitCode, 0);
    const Result r = run({QStringLiteral("hits"), QStringLiteral("no-such-id"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, QByteArray("qawb: error: no conversation with id \"no-such-id\"\n"));
}

void TestCli::rulesListJson()
{
    const Result r = run({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.json().keys(), QStringList{QStringLiteral("rule_sets")});
    const QJsonArray sets = r.json().value(QStringLiteral("rule_sets")).toArray();
    QCOMPARE(sets.size(), 1);
    const QJsonObject s = sets[0].toObject();
    QCOMPARE(sortedKeys(s),
             sorted({QStringLiteral("id"), QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("version"),
                     QStringLiteral("rules"), QStringLiteral("imported_at"), QStringLiteral("active")}));
    QVERIFY(!s.value(QStringLiteral("id")).toString().isEmpty());
    QCOMPARE(s.value(QStringLiteral("key")), QJsonValue(QStringLiteral("default")));
    QCOMPARE(s.value(QStringLiteral("name")), QJsonValue(QStringLiteral("Default contact-center rules")));
    QCOMPARE(s.value(QStringLiteral("version")), QJsonValue(1));
    const int ruleCount =
        int(QJsonDocument::fromJson(defaultRules()).object().value(QStringLiteral("rules")).toArray().size());
    QVERIFY(ruleCount > 10);
    QCOMPARE(s.value(QStringLiteral("rules")), QJsonValue(ruleCount));
    QVERIFY(QDateTime::fromString(s.value(QStringLiteral("imported_at")).toString(), Qt::ISODate).isValid());
    QCOMPARE(s.value(QStringLiteral("active")), QJsonValue(true));

    // The text form: the active set starred.
    const Result text = run({QStringLiteral("rules"), QStringLiteral("list")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.outText().startsWith(QStringLiteral("* default v1\t%1\t").arg(ruleCount)),
             qPrintable(text.outText()));
    QCOMPARE(text.outText().count(QLatin1Char('\n')), 1);
}

void TestCli::rulesExportImportRoundTrip()
{
    // Exported as shipped, to a file or to stdout.
    const QString exported = m_dir->filePath(QStringLiteral("exported.json"));
    Result r = run({QStringLiteral("rules"), QStringLiteral("export"), exported});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(readFile(exported), defaultRules());
    r = run({QStringLiteral("rules"), QStringLiteral("export")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, defaultRules());

    // Importing it back changes nothing.
    r = run({QStringLiteral("rules"), QStringLiteral("import"), exported});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.outText().count(QLatin1Char('\n')), 1);
    QVERIFY2(r.outText().contains(QLatin1String("default")) && r.outText().contains(QLatin1String("version 1")),
             qPrintable(r.outText()));
    QCOMPARE(run({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--json")})
                 .json()
                 .value(QStringLiteral("rule_sets"))
                 .toArray()
                 .size(),
             1);

    // An edited copy as version 2 becomes active and is what export gives back.
    QJsonObject edited = QJsonDocument::fromJson(readFile(exported)).object();
    edited.insert(QStringLiteral("version"), 2);
    QJsonArray rules = edited.value(QStringLiteral("rules")).toArray();
    rules.removeLast();
    edited.insert(QStringLiteral("rules"), rules);
    const QByteArray v2 = QJsonDocument(edited).toJson();
    const QString v2File = put(QStringLiteral("v2.json"), v2);
    r = run({QStringLiteral("rules"), QStringLiteral("import"), v2File, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QCOMPARE(sortedKeys(o), sorted({QStringLiteral("rule_set_version_id"), QStringLiteral("key"),
                                    QStringLiteral("version"), QStringLiteral("rules")}));
    QCOMPARE(o.value(QStringLiteral("key")), QJsonValue(QStringLiteral("default")));
    QCOMPARE(o.value(QStringLiteral("version")), QJsonValue(2));
    QCOMPARE(o.value(QStringLiteral("rules")), QJsonValue(rules.size()));
    const QJsonArray sets = run({QStringLiteral("rules"), QStringLiteral("list"), QStringLiteral("--json")})
                                .json()
                                .value(QStringLiteral("rule_sets"))
                                .toArray();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets[1].toObject().value(QStringLiteral("version")), QJsonValue(2));
    QCOMPARE(sets[1].toObject().value(QStringLiteral("active")), QJsonValue(true));
    QCOMPARE(sets[1].toObject().value(QStringLiteral("id")), o.value(QStringLiteral("rule_set_version_id")));
    QCOMPARE(sets[0].toObject().value(QStringLiteral("active")), QJsonValue(false));
    QCOMPARE(run({QStringLiteral("rules"), QStringLiteral("export")}).out, v2);

    // Version 2 with other content is refused, on one line that says to raise the version.
    rules.removeLast();
    edited.insert(QStringLiteral("rules"), rules);
    const QString conflicting = put(QStringLiteral("v2-other.json"), QJsonDocument(edited).toJson());
    r = run({QStringLiteral("rules"), QStringLiteral("import"), conflicting});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.errText().startsWith(QLatin1String("qawb: error: ")) && r.errText().contains(QLatin1String("version")),
             r.err.constData());
    QCOMPARE(run({QStringLiteral("rules"), QStringLiteral("export")}).out, v2);
}

void TestCli::scorecardsPublishNewVersions()
{
    Result r = run({QStringLiteral("scorecards"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonArray list = r.json().value(QStringLiteral("scorecards")).toArray();
    QCOMPARE(list.size(), 2); // the two built-in ones, version 2 (with item targets)
    for (const QJsonValue &v : list) {
        QCOMPARE(v[QStringLiteral("version")].toInt(), 2);
        QVERIFY(v[QStringLiteral("current")].toBool());
    }
    const QString file = m_dir->filePath(QStringLiteral("online.json"));
    r = run({QStringLiteral("scorecards"), QStringLiteral("export"), QStringLiteral("online-service"), file});
    QCOMPARE(r.exitCode, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray definition = f.readAll();
    f.close();
    QVERIFY(definition.contains("\"pass_score\": 80"));
    // Importing the same definition publishes nothing; a changed one becomes version 3, whatever number it carries.
    r = run({QStringLiteral("scorecards"), QStringLiteral("import"), file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("published")).toBool(true), false);
    definition.replace("\"pass_score\": 80", "\"pass_score\": 85");
    QVERIFY(writeFile(file, definition));
    r = run({QStringLiteral("scorecards"), QStringLiteral("import"), file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("published")).toBool(), true);
    QCOMPARE(r.json().value(QStringLiteral("version")).toInt(), 3);
    r = run({QStringLiteral("scorecards"), QStringLiteral("list"), QStringLiteral("--json")});
    list = r.json().value(QStringLiteral("scorecards")).toArray();
    QCOMPARE(list.size(), 3);
    int current = 0;
    for (const QJsonValue &v : list) {
        if (v[QStringLiteral("key")].toString() == QLatin1String("online-service"))
            QCOMPARE(v[QStringLiteral("current")].toBool(), v[QStringLiteral("version")].toInt() == 3);
        current += v[QStringLiteral("current")].toBool() ? 1 : 0;
    }
    QCOMPARE(current, 2);
    // Version 2 is still there, as published.
    r = run({QStringLiteral("scorecards"), QStringLiteral("export"), QStringLiteral("online-service"),
             QStringLiteral("--scorecard-version"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("\"pass_score\": 80"));
    // Only QA managers and admins publish; broken files say which file and what is wrong.
    r = run({QStringLiteral("scorecards"), QStringLiteral("import"), file}, true, QStringLiteral("ann"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("may not publish scorecards")), qPrintable(r.errText()));
    const QString broken = put(QStringLiteral("broken.json"), "{\"format\": \"qawb-scorecard/1\", \"id\": ");
    r = run({QStringLiteral("scorecards"), QStringLiteral("import"), broken});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("broken.json")), qPrintable(r.errText()));
    QCOMPARE(r.errLines().size(), 1);
    r = run({QStringLiteral("scorecards"), QStringLiteral("export"), QStringLiteral("no-such-card")});
    QCOMPARE(r.exitCode, 1);
}

void TestCli::evaluationsExportForExcelAndJson()
{
    QCOMPARE(run({QStringLiteral("demo")}).exitCode, 0);
    {
        QString error;
        auto store = Store::open(m_store, &error);
        QVERIFY2(store, qPrintable(error));
        const User tester = UserRepository(*store).ensure(QStringLiteral("tester"));
        ScorecardRepository cards(*store);
        EvaluationRepository repo(*store);
        const auto submit = [&](const QString &conversation, const QString &channel, const QString &comment,
                                bool submitIt) {
            const auto card = cards.currentFor(channel);
            Evaluation e;
            e.conversationId = conversation;
            e.scorecardVersionId = card->versionId;
            e.inspectorId = tester.id;
            for (const ScorecardSection &section : card->scorecard.sections()) {
                for (const ScorecardItem &item : section.items) {
                    if (!item.bonus)
                        e.answers.insert(item.id, Answer{item.values().first(), {}});
                }
            }
            e.answers[card->scorecard.sections().front().items.front().id] =
                Answer{card->scorecard.sections().front().items.front().values().last(), QStringLiteral("未达标")};
            e.generalComment = comment;
            e.privateNote = QStringLiteral("只给质检员看的私人备注");
            return submitIt ? repo.submit(e, card->scorecard, &error) : repo.saveDraft(e, card->scorecard, &error);
        };
        QVERIFY2(submit(QStringLiteral("demo-chat-001"), QStringLiteral("chat"),
                        QStringLiteral("=SUM(A1) 客户说\"谢谢\"，\n第二行"), true),
                 qPrintable(error));
        QVERIFY2(submit(QStringLiteral("demo-call-002"), QStringLiteral("call"), QStringLiteral("服务禁语"), true),
                 qPrintable(error));
        QVERIFY2(submit(QStringLiteral("demo-chat-002"), QStringLiteral("chat"), QStringLiteral("草稿"), false),
                 qPrintable(error));
    }
    const QString csvFile = m_dir->filePath(QStringLiteral("evaluations.csv"));
    Result r = run({QStringLiteral("evaluations"), QStringLiteral("export"), QStringLiteral("--output"), csvFile});
    QCOMPARE(r.exitCode, 0);
    QFile f(csvFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    // Excel reads UTF-8 only with a byte-order mark; rows end with CRLF; drafts and private notes stay out.
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "evaluation_id,conversation_id,"));
    QVERIFY(csv.contains("\r\n"));
    const QString text = QString::fromUtf8(csv.mid(3));
    QVERIFY(!text.contains(QStringLiteral("草稿")));
    QVERIFY(!text.contains(QStringLiteral("私人备注")));
    // A comment with a formula start, quotes, a comma and a line break is one cell, shown as text.
    QVERIFY2(text.contains(QStringLiteral("\"'=SUM(A1) 客户说\"\"谢谢\"\"，\n第二行\"")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("服务禁语")));
    QCOMPARE(text.count(QStringLiteral("\r\n")), 3); // header and two evaluations
    // JSON has every answer with points; filters narrow by team, agent and date.
    r = run(
        {QStringLiteral("evaluations"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray all = r.json().value(QStringLiteral("evaluations")).toArray();
    QCOMPARE(all.size(), 2);
    for (const QJsonValue &e : all) {
        QVERIFY(!e.toObject().contains(QStringLiteral("private_note")));
        QVERIFY(e[QStringLiteral("answers")].toArray().size() >= 8);
        QCOMPARE(e[QStringLiteral("failed_items")].toArray().size(), 1);
        QCOMPARE(e[QStringLiteral("scorecard_version")].toInt(), 2);
    }
    r = run({QStringLiteral("evaluations"), QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--team"), QStringLiteral("热线二组")});
    QCOMPARE(r.json().value(QStringLiteral("evaluations")).toArray().size(), 1);
    QCOMPARE(
        r.json().value(QStringLiteral("evaluations")).toArray().first()[QStringLiteral("conversation_id")].toString(),
        QStringLiteral("demo-call-002"));
    r = run({QStringLiteral("evaluations"), QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--agent"), QStringLiteral("A1001")});
    QCOMPARE(r.json().value(QStringLiteral("evaluations")).toArray().size(), 1);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    r = run({QStringLiteral("evaluations"), QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--from"), tomorrow});
    QCOMPARE(r.json().value(QStringLiteral("evaluations")).toArray().size(), 0);
    r = run({QStringLiteral("evaluations"), QStringLiteral("export"), QStringLiteral("--from"),
             QStringLiteral("23/11/2026")});
    QCOMPARE(r.exitCode, 2);
    r = run(
        {QStringLiteral("evaluations"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx")});
    QCOMPARE(r.exitCode, 2);
}

void TestCli::usersAndRoles()
{
    // The first person to use a store is its admin.
    Result r = run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()[QStringLiteral("users")].toArray().first()[QStringLiteral("role")].toString(),
             QStringLiteral("admin"));
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("list")}, true, QStringLiteral("ann")).exitCode, 0);
    r = run({QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("ann"), QStringLiteral("qa_manager")},
            true, QStringLiteral("ann"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("may not change people's roles")), qPrintable(r.errText()));
    r = run({QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("ann"), QStringLiteral("qa_manager")});
    QCOMPARE(r.exitCode, 0);
    r = run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    bool found = false;
    for (const QJsonValue &u : r.json()[QStringLiteral("users")].toArray())
        found = found || (u[QStringLiteral("login")] == QStringLiteral("ann") &&
                          u[QStringLiteral("role")] == QStringLiteral("qa_manager"));
    QVERIFY(found);
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("role"), QStringLiteral("ann")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

void TestCli::sampleAndAssign()
{
    // Twelve conversations of two agents in one week; one customer complains.
    QByteArray lines;
    for (int i = 0; i < 12; ++i) {
        const QString agent = i % 2 ? QStringLiteral("A1") : QStringLiteral("A2");
        const QString text = i == 5 ? QStringLiteral("我要投诉") : QStringLiteral("请问怎么办理？");
        lines += QStringLiteral(R"({"id":"s-%1","channel":"chat","agent_id":"%2","team":"在线一组",)"
                                R"("started_at":"2026-11-1%3T10:00:00+08:00","turns":[{"speaker":"customer",)"
                                R"("text":"%4","at":"2026-11-1%3T10:00:00+08:00"},{"speaker":"agent",)"
                                R"("text":"您好，很高兴为您服务","at":"2026-11-1%3T10:00:30+08:00"}]})")
                     .arg(i)
                     .arg(agent)
                     .arg(i % 7)
                     .arg(text)
                     .toUtf8() +
                 '\n';
    }
    QCOMPARE(run({QStringLiteral("import"), put(QStringLiteral("week.jsonl"), lines)}).exitCode, 0);
    const QString plan =
        put(QStringLiteral("plan.json"), R"({"format":"qawb-sampling-plan/1","name":"周检","count":4,"seed":3,)"
                                         R"("per_agent":{"min":1},"triggers":[{"kind":"risk","cap":1}]})");
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-11-10"), QStringLiteral("--to"),
                             QStringLiteral("2026-11-16")};

    // Preview: nothing stored, every pick with its reason.
    Result r = run(QStringList{QStringLiteral("sample"), QStringLiteral("--plan"), plan, QStringLiteral("--preview"),
                               QStringLiteral("--json")} +
                   period);
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = r.json();
    QCOMPARE(o[QStringLiteral("sample")], QJsonValue());
    QCOMPARE(o[QStringLiteral("eligible")].toInt(), 12);
    QCOMPARE(o[QStringLiteral("picked")].toInt(), 4);
    QCOMPARE(o[QStringLiteral("per_reason")].toObject()[QStringLiteral("trigger:risk")].toInt(), 1);
    const QJsonArray picks = o[QStringLiteral("picks")].toArray();
    QCOMPARE(picks.size(), 4);
    QCOMPARE(picks[0][QStringLiteral("id")].toString(), QStringLiteral("s-5"));
    QCOMPARE(picks[0][QStringLiteral("reason")].toString(), QStringLiteral("trigger:risk"));
    QCOMPARE(o[QStringLiteral("per_agent")].toObject()[QStringLiteral("A2")].toInt() >= 1, true);
    r = run({QStringLiteral("samples"), QStringLiteral("--json")});
    QCOMPARE(r.json()[QStringLiteral("samples")].toArray().size(), 0);

    // The same again with another seed: a different random part; the seed is reported.
    r = run(QStringList{QStringLiteral("sample"), QStringLiteral("--plan"), plan, QStringLiteral("--preview"),
                        QStringLiteral("--json"), QStringLiteral("--seed"), QStringLiteral("99")} +
            period);
    QCOMPARE(r.json()[QStringLiteral("seed")].toInt(), 99);

    // Saved plan by name; storing the sample.
    QCOMPARE(run({QStringLiteral("plans"), QStringLiteral("save"), plan}).exitCode, 0);
    r = run({QStringLiteral("plans"), QStringLiteral("list")});
    QVERIFY2(r.outText().startsWith(QStringLiteral("周检\t")), qPrintable(r.outText()));
    r = run(QStringList{QStringLiteral("sample"), QStringLiteral("--plan"), QStringLiteral("周检"),
                        QStringLiteral("--json")} +
            period);
    QCOMPARE(r.exitCode, 0);
    const QString sample = r.json()[QStringLiteral("sample")].toString();
    QVERIFY(!sample.isEmpty());
    QCOMPARE(r.json()[QStringLiteral("picks")].toArray(), picks); // the same plan and data: the same sample
    r = run({QStringLiteral("samples"), sample.left(8), QStringLiteral("--json")});
    QCOMPARE(r.json()[QStringLiteral("items")].toArray().size(), 4);

    // Assign to two inspectors with one blind calibration conversation.
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("list")}, true, QStringLiteral("li")).exitCode, 0);
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("list")}, true, QStringLiteral("wang")).exitCode, 0);
    r = run({QStringLiteral("assign"), QStringLiteral("--sample"), sample.left(8), QStringLiteral("--inspectors"),
             QStringLiteral("li,wang"), QStringLiteral("--calibration"), QStringLiteral("1")},
            true, QStringLiteral("li"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("may not plan samples")), qPrintable(r.errText()));
    r = run({QStringLiteral("assign"), QStringLiteral("--sample"), sample.left(8), QStringLiteral("--inspectors"),
             QStringLiteral("li,wang"), QStringLiteral("--calibration"), QStringLiteral("1"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray queues = r.json()[QStringLiteral("queues")].toArray();
    QCOMPARE(queues.size(), 4);
    int own = 0, calibration = 0;
    for (const QJsonValue &q : queues)
        (q[QStringLiteral("kind")] == QStringLiteral("calibration") ? calibration : own) +=
            q[QStringLiteral("items")].toInt();
    QCOMPARE(calibration, 2);
    QCOMPARE(own, 3);
    r = run({QStringLiteral("assign"), QStringLiteral("--sample"), sample.left(8), QStringLiteral("--inspectors"),
             QStringLiteral("li")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("already assigned")), qPrintable(r.errText()));

    // Reassign with a reason; it shows in the queues' progress.
    const QString liQueue = queues[0][QStringLiteral("id")].toString();
    r = run({QStringLiteral("cases"), QStringLiteral("--queue"), queues[0][QStringLiteral("name")].toString(),
             QStringLiteral("--json")},
            true, QStringLiteral("li"));
    const QString first = r.json()[QStringLiteral("cases")].toArray().first()[QStringLiteral("id")].toString();
    r = run({QStringLiteral("reassign"), liQueue, first, QStringLiteral("wang"), QStringLiteral("--reason"),
             QStringLiteral("李娜休假")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
    r = run({QStringLiteral("queues"), QStringLiteral("--json")});
    int total = 0;
    for (const QJsonValue &q : r.json()[QStringLiteral("queues")].toArray()) {
        total += q[QStringLiteral("total")].toInt();
        if (q[QStringLiteral("id")] == liQueue)
            QCOMPARE(q[QStringLiteral("total")].toInt(), queues[0][QStringLiteral("items")].toInt() - 1);
    }
    QCOMPARE(total, 5);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
