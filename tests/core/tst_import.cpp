// The interchange importer: JSON Lines and the CSV pair, validation, all-or-nothing, idempotence, hostile input.

#include "core/caserepository.h"
#include "core/csvreader.h"
#include "core/ids.h"
#include "core/importer.h"
#include "core/recordparser.h"
#include "core/store.h"
#include "core/textdecoding.h"
#include "core/userrepository.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace qawb;
using namespace qawb::test;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (!doc.isObject())
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return doc.object();
}

QByteArray line(const QJsonObject &record)
{
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

const char kChat[] =
    R"({"id":"chat-1","channel":"chat","source":"webchat","agent_id":"A1001","agent_name":"王晓雯","team":"在线一组",)"
    R"("started_at":"2026-11-16T09:12:05+08:00","duration_s":193,"wait_s":12,"csat":5,"resolved":true,)"
    R"("business_type":"consult","turns":[{"speaker":"customer","text":"你好","at":"2026-11-16T09:12:05+08:00"},)"
    R"({"speaker":"agent","text":"您好，很高兴为您服务！","at":"2026-11-16T09:12:31+08:00"}]})";

const char kCall[] =
    R"({"id":"call-1","channel":"call","source":"hotline","agent_id":"A2001","agent_name":"Li Wei","team":"Hotline 2",)"
    R"("started_at":"2026-11-16T10:00:00Z","duration_s":65.5,"resolved":false,"business_type":"fault",)"
    R"("turns":[{"speaker":"agent","text":"Hello, how can I help?","start_ms":0,"end_ms":2500},)"
    R"({"speaker":"customer","text":"My line is dead.","start_ms":2600,"end_ms":5000}]})";

QJsonObject chat(const QString &id)
{
    QJsonObject o = json(kChat);
    o.insert(QStringLiteral("id"), id);
    return o;
}

QJsonObject call(const QString &id)
{
    QJsonObject o = json(kCall);
    o.insert(QStringLiteral("id"), id);
    return o;
}

QString errorsText(const ImportReport &report)
{
    QStringList lines;
    for (const ImportIssue &issue : report.errors)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

const QByteArray kConversationsHeader =
    "id,channel,source,agent_id,agent_name,team,started_at,duration_s,wait_s,csat,resolved,business_type,audio,"
    "audio_channels,crm_ticket\n";
const QByteArray kTurnsHeader = "conversation_id,seq,speaker,start_ms,end_ms,at,text\n";

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Building blocks.
    void firstInvalidUtf8_data();
    void firstInvalidUtf8();
    void csvReader_data();
    void csvReader();
    void csvReaderKeepsItsText();
    void parseIsoWithOffset_data();
    void parseIsoWithOffset();
    void detectEncoding_data();
    void detectEncoding();
    void decodeTextReportsOffset();

    // JSON Lines.
    void importsJsonLines();
    void unknownFieldsKept();
    void invalidField_data();
    void invalidField();
    void skipInvalidWritesRejects();
    void reimportIsNoOp();
    void reimportOfChangedRecordUpdates_data();
    void reimportOfChangedRecordUpdates();
    void missingAudioIsWarning();
    void audioArrivingLaterClearsWarning();
    void malformedFile_data();
    void malformedFile();
    void invalidUtf8ReportsLineAndByte();
    void gb18030JsonLinesGetsHint();
    void hugeTurnRoundTrips();
    void unicodeRoundTrips();
    void duplicateIdsNameBothLines();
    void duplicateIdAcrossFiles();
    void bomAndCrlfAccepted();
    void errorListIsCapped();
    void skipInvalidStillFailsUnreadableFiles();
    void badInputs_data();
    void badInputs();

    // CSV pair.
    void csvPairImports();
    void csvGb18030RoundTrip();
    void csvUtf8Bom();
    void csvQuotedCommaAndNewline();
    void csvWrongFieldCount();
    void csvUnknownConversation();
    void csvUnterminatedQuote();
    void csvEncodingOverride();
    void csvFieldErrors_data();
    void csvFieldErrors();
    void csvDuplicateSeq();
    void csvPairByEitherFileAndPrefix();
    void csvEmptyFiles_data();
    void csvEmptyFiles();

    // Progress, cancellation, queues.
    void progressReachesTotal();
    void progressNeverGoesBackAcrossFormats();
    void cancelFromProgressCallback();
    void cancelCsvFromProgressCallback();
    void queueAppendsInFileOrder();
    void skipInvalidQueuesOnlyAccepted();

private:
    QString put(const QString &name, const QByteArray &bytes);
    ImportReport import(const QStringList &files, ImportOptions options = {});
    ImportReport import(const QString &file, ImportOptions options = {}) { return import(QStringList{file}, options); }
    QString seed(); // imports two conversations; returns the file
    QStringList turnTexts(const QString &conversationId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString m_userId;
};

void TestImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_store = Store::open(m_dir->filePath(QStringLiteral("store.sqlite")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_userId = UserRepository(*m_store).ensure(QStringLiteral("tester")).id;
    QVERIFY(!m_userId.isEmpty());
}

void TestImport::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestImport::put(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    if (!writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportReport TestImport::import(const QStringList &files, ImportOptions options)
{
    if (options.userId.isEmpty())
        options.userId = m_userId;
    Importer importer(*m_store, options);
    return importer.run(files);
}

QString TestImport::seed()
{
    const QString file = put(QStringLiteral("seed.jsonl"),
                             line(chat(QStringLiteral("seed-chat"))) + line(call(QStringLiteral("seed-call"))));
    const ImportReport report = import(file);
    if (!report.ok || report.inserted != 2)
        qFatal("seed import failed: %s", qPrintable(errorsText(report)));
    return file;
}

QStringList TestImport::turnTexts(const QString &conversationId)
{
    QStringList texts;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT text FROM turns WHERE conversation_id = ? ORDER BY seq"));
    q.addBindValue(conversationId);
    q.exec();
    while (q.next())
        texts << q.value(0).toString();
    return texts;
}

// ---- building blocks -------------------------------------------------------------------------------------------

void TestImport::firstInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("ascii") << QByteArray("plain text") << -1;
    QTest::newRow("embedded NUL") << QByteArray("a\0b", 3) << -1;
    QTest::newRow("2-byte") << QByteArray("caf\xC3\xA9") << -1;
    QTest::newRow("3-byte CJK") << QByteArray("\xE4\xB8\xAD\xE6\x96\x87") << -1;
    QTest::newRow("4-byte emoji") << QByteArray("ok \xF0\x9F\x98\x80") << -1;
    QTest::newRow("U+FFFF") << QByteArray("\xEF\xBF\xBF") << -1;
    QTest::newRow("U+10000") << QByteArray("\xF0\x90\x80\x80") << -1;
    QTest::newRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << -1;
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
    QTest::newRow("0xFF") << QByteArray("x\xFFy") << 1;
    QTest::newRow("overlong C0") << QByteArray("\xC0\x80") << 0;
    QTest::newRow("overlong C1") << QByteArray("a\xC1\xBF") << 1;
    QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << 0;
    QTest::newRow("overlong 4-byte") << QByteArray("\xF0\x8F\xBF\xBF") << 0;
    QTest::newRow("surrogate D800") << QByteArray("ok\xED\xA0\x80") << 2;
    QTest::newRow("surrogate DFFF") << QByteArray("\xED\xBF\xBF") << 0;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
    QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << 0;
    QTest::newRow("truncated 2-byte at end") << QByteArray("abc\xC3") << 3;
    QTest::newRow("truncated 3-byte at end") << QByteArray("ab\xE4\xB8") << 2;
    QTest::newRow("truncated 4-byte at end") << QByteArray("\xF0\x9F\x98") << 0;
    QTest::newRow("bad continuation") << QByteArray("\xE4\x41\xAD") << 0;
    QTest::newRow("valid then bad") << QByteArray("\xE4\xB8\xAD\xC3\x28") << 3;
}

void TestImport::firstInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, expected);
    QCOMPARE(qawb::firstInvalidUtf8(bytes.constData(), bytes.size()), qsizetype(expected));
}

void TestImport::csvReader_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QString>("error"); // a fragment of the error after the records, or empty

    QTest::newRow("simple") << QStringLiteral("a,b,c\n1,2,3\n")
                            << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                                  {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}}
                            << QList<qint64>{1, 2} << QString();
    QTest::newRow("CRLF, no final newline")
        << QStringLiteral("a,b\r\n1,2")
        << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}}
        << QList<qint64>{1, 2} << QString();
    QTest::newRow("empty fields") << QStringLiteral(",,\n") << QList<QStringList>{{QString(), QString(), QString()}}
                                  << QList<qint64>{1} << QString();
    QTest::newRow("trailing comma") << QStringLiteral("a,b,\n")
                                    << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b"), QString()}}
                                    << QList<qint64>{1} << QString();
    QTest::newRow("quoted comma") << QStringLiteral("x,\"a,b\",y\n")
                                  << QList<QStringList>{{QStringLiteral("x"), QStringLiteral("a,b"),
                                                         QStringLiteral("y")}}
                                  << QList<qint64>{1} << QString();
    QTest::newRow("doubled quotes") << QStringLiteral("\"say \"\"hi\"\"\",2\n")
                                    << QList<QStringList>{{QStringLiteral("say \"hi\""), QStringLiteral("2")}}
                                    << QList<qint64>{1} << QString();
    QTest::newRow("quoted newline keeps line numbers")
        << QStringLiteral("id,text\n1,\"line one\nline two\r\nline three\"\n2,z\n")
        << QList<QStringList>{{QStringLiteral("id"), QStringLiteral("text")},
                              {QStringLiteral("1"), QStringLiteral("line one\nline two\r\nline three")},
                              {QStringLiteral("2"), QStringLiteral("z")}}
        << QList<qint64>{1, 2, 5} << QString();
    QTest::newRow("blank lines skipped") << QStringLiteral("a\n\n\r\nb\n\n")
                                         << QList<QStringList>{{QStringLiteral("a")}, {QStringLiteral("b")}}
                                         << QList<qint64>{1, 4} << QString();
    QTest::newRow("empty quoted field") << QStringLiteral("\"\",x\n")
                                        << QList<QStringList>{{QString(), QStringLiteral("x")}} << QList<qint64>{1}
                                        << QString();
    QTest::newRow("CJK") << QStringLiteral("王晓雯,\"含,逗号\"\n")
                         << QList<QStringList>{{QStringLiteral("王晓雯"), QStringLiteral("含,逗号")}}
                         << QList<qint64>{1} << QString();
    QTest::newRow("unterminated quote") << QStringLiteral("a,b\n1,\"open\nstill open\n")
                                        << QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b")}}
                                        << QList<qint64>{1}
                                        << QStringLiteral("unterminated quoted field starting on line 2");
    QTest::newRow("text after closing quote")
        << QStringLiteral("a\n\"b\"c,d\n") << QList<QStringList>{{QStringLiteral("a")}} << QList<qint64>{1}
        << QStringLiteral("line 2: unexpected text after a closing quote");
    QTest::newRow("empty input") << QString() << QList<QStringList>{} << QList<qint64>{} << QString();
}

void TestImport::csvReader()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<qint64>, lines);
    QFETCH(QString, error);
    CsvReader reader(text);
    QStringList fields;
    for (qsizetype i = 0; i < records.size(); ++i) {
        QVERIFY2(reader.next(&fields), qPrintable(reader.error()));
        QCOMPARE(fields, records[i]);
        QCOMPARE(reader.recordLine(), lines[i]);
    }
    QVERIFY(!reader.next(&fields));
    if (error.isEmpty()) {
        QVERIFY(fields.isEmpty());
        QCOMPARE(reader.error(), QString());
        QCOMPARE(reader.position(), text.size());
    } else {
        QVERIFY2(reader.error().contains(error), qPrintable(reader.error()));
    }
    // After the end (or an error) it stays there.
    QVERIFY(!reader.next(&fields));
}

void TestImport::csvReaderKeepsItsText()
{
    // The reader must not depend on the caller keeping the text alive.
    CsvReader reader(QStringLiteral("a,b\n") + QString::number(42) + QStringLiteral(",\"x,y\"\n"));
    QStringList fields;
    QVERIFY(reader.next(&fields));
    QCOMPARE(fields, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(reader.next(&fields));
    QCOMPARE(fields, (QStringList{QStringLiteral("42"), QStringLiteral("x,y")}));
    QVERIFY(!reader.next(&fields));
}

void TestImport::parseIsoWithOffset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("utcMs");
    // 2026-11-16T01:12:05Z
    const qint64 base = QDateTime(QDate(2026, 11, 16), QTime(1, 12, 5), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("+08:00") << QStringLiteral("2026-11-16T09:12:05+08:00") << true << base;
    QTest::newRow("Z") << QStringLiteral("2026-11-16T01:12:05Z") << true << base;
    QTest::newRow("-05:30") << QStringLiteral("2026-11-15T19:42:05-05:30") << true << base;
    QTest::newRow("+0800 without colon") << QStringLiteral("2026-11-16T09:12:05+0800") << true << base;
    QTest::newRow("milliseconds") << QStringLiteral("2026-11-16T09:12:05.250+08:00") << true << base + 250;
    QTest::newRow("no seconds") << QStringLiteral("2026-11-16T09:12+08:00") << true << base - 5000;
    QTest::newRow("no offset") << QStringLiteral("2026-11-16T09:12:05") << false << qint64(0);
    QTest::newRow("date only") << QStringLiteral("2026-11-16") << false << qint64(0);
    QTest::newRow("space separator") << QStringLiteral("2026-11-16 09:12:05+08:00") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("February 30") << QStringLiteral("2026-02-30T10:00:00Z") << false << qint64(0);
    QTest::newRow("hour 25") << QStringLiteral("2026-11-16T25:00:00Z") << false << qint64(0);
    QTest::newRow("words") << QStringLiteral("yesterday+08:00") << false << qint64(0);
    QTest::newRow("epoch number") << QStringLiteral("1763255525") << false << qint64(0);
    QTest::newRow("trailing text") << QStringLiteral("2026-11-16T09:12:05+08:00 CST") << false << qint64(0);
}

void TestImport::parseIsoWithOffset()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, utcMs);
    const QDateTime parsed = qawb::parseIsoWithOffset(text);
    QCOMPARE(parsed.isValid(), valid);
    if (valid)
        QCOMPARE(parsed.toMSecsSinceEpoch(), utcMs);
}

void TestImport::detectEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QString chinese =
        QStringLiteral("会话编号,坐席姓名,班组,开始时间\n您好，很高兴为您服务！请问有什么可以帮您？\n"
                       "本月多出的32元是国际漫游流量费，您可以在App里自助查询每月明细。\n");
    QTest::newRow("ascii") << QByteArray("id,channel\n") << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 Chinese") << chinese.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + chinese.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("GB18030 Chinese") << encodeText(chinese, QStringLiteral("GB18030")) << QStringLiteral("GB18030");
    QTest::newRow("short GBK") << encodeText(QStringLiteral("我要退费"), QStringLiteral("GBK"))
                               << QStringLiteral("GB18030");
    // "é" followed by a letter decodes cleanly as GB18030 (閑); the GB2312-range check keeps it Latin.
    QTest::newRow("Latin-1 names") << QByteArray("id,agent_name\nc1,Ren\xE9"
                                                 "e M\xFCller\nc2,Fran\xE7ois L\xE9vesque\n")
                                   << QStringLiteral("ISO-8859-1");
}

void TestImport::detectEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(qawb::detectEncoding(bytes), expected);
}

void TestImport::decodeTextReportsOffset()
{
    QVERIFY(isKnownEncoding(QStringLiteral("GB18030")));
    QVERIFY(isKnownEncoding(QStringLiteral("UTF-8")));
    QVERIFY(!isKnownEncoding(QStringLiteral("no-such-charset-42")));

    const QString text = QStringLiteral("质检 QA ✓ 😀");
    for (const char *encoding : {"UTF-8", "GB18030", "UTF-16LE"}) {
        const QByteArray bytes = encodeText(text, QString::fromLatin1(encoding));
        QVERIFY(!bytes.isEmpty());
        QString decoded;
        qsizetype offset = -1;
        QVERIFY2(decodeText(bytes, QString::fromLatin1(encoding), &decoded, &offset), encoding);
        QCOMPARE(decoded, text);
    }
    QString decoded;
    qsizetype offset = -1;
    QVERIFY(!decodeText(QByteArray("abc\xFF"
                                   "def"),
                        QStringLiteral("UTF-8"), &decoded, &offset));
    QCOMPARE(offset, qsizetype(3));
    QVERIFY(decodeText(QByteArray("\xEF\xBB\xBFid"), QStringLiteral("UTF-8"), &decoded, &offset));
    QCOMPARE(decoded, QStringLiteral("id")); // the BOM is not part of the text
}

// ---- JSON Lines --------------------------------------------------------------------------------------------------

void TestImport::importsJsonLines()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("in/audio/call-1.wav")), QByteArray("RIFF....WAVE")));
    QJsonObject withAudio = call(QStringLiteral("call-1"));
    withAudio.insert(QStringLiteral("audio"), QStringLiteral("audio/call-1.wav"));
    withAudio.insert(QStringLiteral("audio_channels"), json(R"({"agent":0,"customer":1})"));
    withAudio.insert(QStringLiteral("wait_s"), 3.25);
    const QString file = put(QStringLiteral("in/day.jsonl"), line(chat(QStringLiteral("chat-1"))) + line(withAudio));

    const ImportReport report = import(file);
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QVERIFY(!report.cancelled);
    QCOMPARE(report.inserted, 2);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 0);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(report.errorCount, 0);
    QCOMPARE(report.accepted(), 2);
    QVERIFY(report.warnings.isEmpty());
    QCOMPARE(report.encodings, QStringList{QStringLiteral("day.jsonl: UTF-8")});
    QVERIFY(report.queueId.isEmpty());
    QVERIFY2(report.summary().contains(QLatin1String("2 new")), qPrintable(report.summary()));

    const auto chatRow = CaseRepository(*m_store).conversation(QStringLiteral("chat-1"));
    QVERIFY(chatRow);
    QCOMPARE(chatRow->channel, QStringLiteral("chat"));
    QCOMPARE(chatRow->source, QStringLiteral("webchat"));
    QCOMPARE(chatRow->agentId, QStringLiteral("A1001"));
    QCOMPARE(chatRow->agentName, QStringLiteral("王晓雯"));
    QCOMPARE(chatRow->team, QStringLiteral("在线一组"));
    QCOMPARE(chatRow->businessType, QStringLiteral("consult"));
    QCOMPARE(chatRow->startedAt, QStringLiteral("2026-11-16T09:12:05+08:00"));
    QCOMPARE(chatRow->startedMs, QDateTime(QDate(2026, 11, 16), QTime(1, 12, 5), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(chatRow->durationS, std::optional<double>(193));
    QCOMPARE(chatRow->waitS, std::optional<double>(12));
    QCOMPARE(chatRow->csat, std::optional<int>(5));
    QCOMPARE(chatRow->resolved, std::optional<bool>(true));
    QVERIFY(chatRow->audioPath.isEmpty());
    QVERIFY(chatRow->extra.isEmpty());
    QVERIFY(chatRow->warnings.isEmpty());
    QCOMPARE(chatRow->turns.size(), size_t(2));
    QCOMPARE(chatRow->turns[0].seq, 0);
    QCOMPARE(chatRow->turns[0].speaker, QStringLiteral("customer"));
    QCOMPARE(chatRow->turns[0].text, QStringLiteral("你好"));
    QCOMPARE(chatRow->turns[1].at, QStringLiteral("2026-11-16T09:12:31+08:00"));
    QCOMPARE(chatRow->turns[1].atMs, std::optional<qint64>(chatRow->startedMs + 26000));
    QVERIFY(!chatRow->turns[1].startMs);

    const auto callRow = CaseRepository(*m_store).conversation(QStringLiteral("call-1"));
    QVERIFY(callRow);
    QCOMPARE(callRow->resolved, std::optional<bool>(false));
    QVERIFY(!callRow->csat);
    QCOMPARE(callRow->waitS, std::optional<double>(3.25));
    QCOMPARE(callRow->audioPath, QDir::cleanPath(m_dir->filePath(QStringLiteral("in/audio/call-1.wav"))));
    QCOMPARE(callRow->audioChannels, json(R"({"agent":0,"customer":1})"));
    QCOMPARE(callRow->turns.size(), size_t(2));
    QCOMPARE(callRow->turns[1].startMs, std::optional<qint64>(2600));
    QCOMPARE(callRow->turns[1].endMs, std::optional<qint64>(5000));
    QVERIFY(callRow->turns[1].at.isEmpty());

    // Agents and teams were derived; the team key is the shared name-based id.
    QCOMPARE(rowCount(*m_store, QStringLiteral("agents")), 2);
    QCOMPARE(rowCount(*m_store, QStringLiteral("teams")), 2);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT team_id FROM agents WHERE id = 'A1001'")).toString(),
             nameId(QStringLiteral("team"), QStringLiteral("在线一组")));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT turn_count FROM conversations WHERE id = 'chat-1'")).toInt(), 2);

    // One batch, recorded and audited.
    QCOMPARE(rowCount(*m_store, QStringLiteral("import_batches")), 1);
    QSqlQuery batch(m_store->database());
    QVERIFY(
        batch.exec(QStringLiteral("SELECT id, source_file, format, encoding, user_id, inserted, updated, unchanged, "
                                  "rejected FROM import_batches")));
    QVERIFY(batch.next());
    const QString batchId = batch.value(0).toString();
    QCOMPARE(batch.value(1).toString(), file);
    QCOMPARE(batch.value(2).toString(), QStringLiteral("jsonl"));
    QCOMPARE(batch.value(3).toString(), QStringLiteral("day.jsonl: UTF-8"));
    QCOMPARE(batch.value(4).toString(), m_userId);
    QCOMPARE(batch.value(5).toInt(), 2);
    QCOMPARE(batch.value(6).toInt(), 0);
    QCOMPARE(batch.value(7).toInt(), 0);
    QCOMPARE(batch.value(8).toInt(), 0);
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT count(*) FROM conversations WHERE import_id = ?"), {batchId}).toInt(),
        2);
    QCOMPARE(scalar(*m_store,
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = "
                                   "'import_batches' AND entity_id = ? AND actor_id = ?"),
                    {batchId, m_userId})
                 .toInt(),
             1);
}

void TestImport::unknownFieldsKept()
{
    QJsonObject record = call(QStringLiteral("x-1"));
    record.insert(QStringLiteral("crm_ticket"), QStringLiteral("T-42"));
    record.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("vip"), 3});
    record.insert(QStringLiteral("ivr"), json(R"({"path":[1,2],"lang":"粤语"})"));
    QJsonArray turns = record.value(QStringLiteral("turns")).toArray();
    QJsonObject first = turns[0].toObject();
    first.insert(QStringLiteral("sentiment"), -0.5);
    first.insert(QStringLiteral("asr_confidence"), 0.93);
    turns[0] = first;
    record.insert(QStringLiteral("turns"), turns);
    const ImportReport report = import(put(QStringLiteral("extra.jsonl"), line(record)));
    QVERIFY2(report.ok, qPrintable(errorsText(report)));

    const auto c = CaseRepository(*m_store).conversation(QStringLiteral("x-1"));
    QVERIFY(c);
    QCOMPARE(c->extra, json(R"({"crm_ticket":"T-42","tags":["vip",3],"ivr":{"path":[1,2],"lang":"粤语"}})"));
    QCOMPARE(c->turns[0].extra, json(R"({"sentiment":-0.5,"asr_confidence":0.93})"));
    QVERIFY(c->turns[1].extra.isEmpty());
    QVERIFY(
        scalar(*m_store, QStringLiteral("SELECT extra FROM turns WHERE conversation_id = 'x-1' AND seq = 1")).isNull());
}

void TestImport::invalidField_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // a fragment of the message

    const QByteArray chatTurns = R"("turns":[{"speaker":"customer","text":"hi","at":"2026-11-16T09:12:05+08:00"}])";
    const QByteArray callTurns = R"("turns":[{"speaker":"agent","text":"hello","start_ms":0,"end_ms":1000}])";
    const QByteArray chatHead =
        R"({"id":"bad-1","channel":"chat","agent_id":"A1","started_at":"2026-11-16T09:12:05+08:00")";
    const QByteArray callHead =
        R"({"id":"bad-1","channel":"call","agent_id":"A1","started_at":"2026-11-16T09:12:05+08:00")";
    auto chatWith = [&](const QByteArray &extra) -> QByteArray {
        return chatHead + ',' + extra + ',' + chatTurns + '}';
    };
    auto callWith = [&](const QByteArray &extra) -> QByteArray {
        return callHead + ',' + extra + ',' + callTurns + '}';
    };

    QTest::newRow("channel phone")
        << QByteArray(R"({"id":"bad-1","channel":"phone","agent_id":"A1","started_at":"2026-11-16T09:12:05+08:00"})")
        << QStringLiteral("channel") << QStringLiteral("\"phone\"");
    QTest::newRow("channel missing")
        << QByteArray(R"({"id":"bad-1","agent_id":"A1","started_at":"2026-11-16T09:12:05+08:00"})")
        << QStringLiteral("channel") << QStringLiteral("required");
    QTest::newRow("csat 6") << chatWith(R"("csat":6)") << QStringLiteral("csat") << QStringLiteral("1 to 5");
    QTest::newRow("csat 0") << chatWith(R"("csat":0)") << QStringLiteral("csat") << QStringLiteral("1 to 5");
    QTest::newRow("csat 4.5") << chatWith(R"("csat":4.5)") << QStringLiteral("csat") << QStringLiteral("4.5");
    QTest::newRow("csat string") << chatWith(R"("csat":"5")") << QStringLiteral("csat") << QStringLiteral("\"5\"");
    QTest::newRow("started_at without offset")
        << QByteArray(R"({"id":"bad-1","channel":"chat","agent_id":"A1","started_at":"2026-11-16T09:12:05",)" +
                      chatTurns + '}')
        << QStringLiteral("started_at") << QStringLiteral("UTC offset");
    QTest::newRow("started_at number")
        << QByteArray(R"({"id":"bad-1","channel":"chat","agent_id":"A1","started_at":1763255525,)" + chatTurns + '}')
        << QStringLiteral("started_at") << QStringLiteral("UTC offset");
    QTest::newRow("started_at missing") << QByteArray(R"({"id":"bad-1","channel":"chat","agent_id":"A1",)" + chatTurns +
                                                      '}')
                                        << QStringLiteral("started_at") << QStringLiteral("required");
    QTest::newRow("resolved yes") << chatWith(R"("resolved":"yes")") << QStringLiteral("resolved")
                                  << QStringLiteral("true or false");
    QTest::newRow("resolved 1") << chatWith(R"("resolved":1)") << QStringLiteral("resolved")
                                << QStringLiteral("true or false");
    QTest::newRow("business_type sales") << chatWith(R"("business_type":"sales")") << QStringLiteral("business_type")
                                         << QStringLiteral("\"sales\"");
    QTest::newRow("audio on a chat") << chatWith(R"("audio":"a.wav")") << QStringLiteral("audio")
                                     << QStringLiteral("only calls");
    QTest::newRow("audio_channels equal") << callWith(R"("audio":"a.wav","audio_channels":{"agent":0,"customer":0})")
                                          << QStringLiteral("audio_channels") << QStringLiteral("different");
    QTest::newRow("audio_channels without audio")
        << callWith(R"("audio_channels":{"agent":0,"customer":1})") << QStringLiteral("audio_channels")
        << QStringLiteral("needs an audio file");
    QTest::newRow("negative duration") << chatWith(R"("duration_s":-1)") << QStringLiteral("duration_s")
                                       << QStringLiteral("≥ 0");
    QTest::newRow("negative wait") << chatWith(R"("wait_s":-0.5)") << QStringLiteral("wait_s") << QStringLiteral("≥ 0");
    QTest::newRow("duration text") << chatWith(R"("duration_s":"3 min")") << QStringLiteral("duration_s")
                                   << QStringLiteral("\"3 min\"");
    QTest::newRow("source number") << chatWith(R"("source":7)") << QStringLiteral("source") << QStringLiteral("text");
    QTest::newRow("agent_name control char")
        << chatWith(R"("agent_name":"Li\u0007Wei")") << QStringLiteral("agent_name") << QStringLiteral("control");
    QTest::newRow("id missing")
        << QByteArray(R"({"channel":"chat","agent_id":"A1","started_at":"2026-11-16T09:12:05+08:00",)" + chatTurns +
                      '}')
        << QStringLiteral("id") << QStringLiteral("required");
    QTest::newRow("id empty")
        << QByteArray(R"({"id":"  ","channel":"chat","agent_id":"A1","started_at":"2026-11-16T09:12:05+08:00",)" +
                      chatTurns + '}')
        << QStringLiteral("id") << QStringLiteral("non-empty");
    QTest::newRow("id with newline")
        << QByteArray(R"({"id":"a\nb","channel":"chat","agent_id":"A1","started_at":"2026-11-16T09:12:05+08:00",)" +
                      chatTurns + '}')
        << QStringLiteral("id") << QStringLiteral("control");
    QTest::newRow("id object")
        << QByteArray(R"({"id":{},"channel":"chat","agent_id":"A1","started_at":"2026-11-16T09:12:05+08:00",)" +
                      chatTurns + '}')
        << QStringLiteral("id") << QStringLiteral("an object");
    QTest::newRow("agent_id missing")
        << QByteArray(R"({"id":"bad-1","channel":"chat","started_at":"2026-11-16T09:12:05+08:00",)" + chatTurns + '}')
        << QStringLiteral("agent_id") << QStringLiteral("required");
    QTest::newRow("turns not a list") << QByteArray(chatHead + R"(,"turns":"hello"})") << QStringLiteral("turns")
                                      << QStringLiteral("list");
    QTest::newRow("turn not an object") << QByteArray(chatHead + R"(,"turns":["hello"]})") << QStringLiteral("turns[0]")
                                        << QStringLiteral("object");
    QTest::newRow("end_ms before start_ms")
        << QByteArray(callHead + R"(,"turns":[{"speaker":"agent","text":"x","start_ms":0,"end_ms":900},)"
                                 R"({"speaker":"customer","text":"y","start_ms":2000,"end_ms":1500}]})")
        << QStringLiteral("turns[1].end_ms") << QStringLiteral("before it starts");
    QTest::newRow("call turn without start_ms")
        << QByteArray(callHead + R"(,"turns":[{"speaker":"agent","text":"x","end_ms":900}]})")
        << QStringLiteral("turns[0].start_ms") << QStringLiteral("start time");
    QTest::newRow("negative start_ms")
        << QByteArray(callHead + R"(,"turns":[{"speaker":"agent","text":"x","start_ms":-5,"end_ms":900}]})")
        << QStringLiteral("turns[0].start_ms") << QStringLiteral("≥ 0");
    QTest::newRow("speaker robot")
        << QByteArray(chatHead + R"(,"turns":[{"speaker":"agent","text":"x","at":"2026-11-16T09:12:05+08:00"},)"
                                 R"({"speaker":"robot","text":"y","at":"2026-11-16T09:12:06+08:00"}]})")
        << QStringLiteral("turns[1].speaker") << QStringLiteral("\"robot\"");
    QTest::newRow("chat turn without at") << QByteArray(chatHead + R"(,"turns":[{"speaker":"agent","text":"x"}]})")
                                          << QStringLiteral("turns[0].at") << QStringLiteral("UTC offset");
    QTest::newRow("chat turn at without offset")
        << QByteArray(chatHead + R"(,"turns":[{"speaker":"agent","text":"x","at":"2026-11-16T09:12:05"}]})")
        << QStringLiteral("turns[0].at") << QStringLiteral("UTC offset");
    QTest::newRow("turn text missing")
        << QByteArray(chatHead + R"(,"turns":[{"speaker":"agent","at":"2026-11-16T09:12:05+08:00"}]})")
        << QStringLiteral("turns[0].text") << QStringLiteral("expected text");
    QTest::newRow("turn text with NUL")
        << QByteArray(chatHead +
                      R"(,"turns":[{"speaker":"agent","text":"a\u0000b","at":"2026-11-16T09:12:05+08:00"}]})")
        << QStringLiteral("turns[0].text") << QStringLiteral("NUL");
}

void TestImport::invalidField()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, field);
    QFETCH(QString, message);
    seed();
    const QMap<QString, qint64> counts = importTableCounts(*m_store);
    const QStringList before = snapshot(*m_store);

    // A valid record first: all or nothing means it is not imported either.
    const QString file = put(QStringLiteral("bad.jsonl"), line(chat(QStringLiteral("good-1"))) + record + '\n' +
                                                              line(call(QStringLiteral("good-2"))));
    const ImportReport report = import(file);
    QVERIFY(!report.ok);
    QCOMPARE(report.inserted, 0);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 0);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.errorCount, 1);
    QCOMPARE(report.errors.size(), 1);
    const ImportIssue &issue = report.errors.first();
    QCOMPARE(issue.severity, ImportIssue::Severity::Error);
    QCOMPARE(issue.file, QStringLiteral("bad.jsonl"));
    QCOMPARE(issue.line, 2);
    QCOMPARE(issue.field, field);
    QVERIFY2(issue.message.contains(message), qPrintable(issue.message));
    QVERIFY2(issue.toString().startsWith(QString(QStringLiteral("bad.jsonl:2: ") + field)),
             qPrintable(issue.toString()));
    QVERIFY2(report.summary().contains(QLatin1String("nothing was imported")), qPrintable(report.summary()));

    QCOMPARE(importTableCounts(*m_store), counts);
    QCOMPARE(snapshot(*m_store), before);
}

void TestImport::skipInvalidWritesRejects()
{
    seed();
    const QByteArray bad1 =
        R"({"id":"bad-csat","channel":"chat","agent_id":"A1","started_at":"2026-11-16T09:12:05+08:00","csat":9})";
    const QByteArray bad2 = R"({"id":"cut-off","channel":"chat",)";
    const QString file = put(QStringLiteral("mixed.jsonl"), line(chat(QStringLiteral("ok-1"))) + bad1 + '\n' +
                                                                line(call(QStringLiteral("ok-2"))) + bad2 + '\n');
    const QString rejects = m_dir->filePath(QStringLiteral("rejects.jsonl"));
    ImportOptions options;
    options.skipInvalid = true;
    options.rejectsPath = rejects;
    const ImportReport report = import(file, options);
    QVERIFY(report.ok);
    QCOMPARE(report.inserted, 2);
    QCOMPARE(report.rejected, 2);
    QCOMPARE(report.errorCount, 2);
    QCOMPARE(report.errors.size(), 2);
    QCOMPARE(report.errors[0].line, 2);
    QCOMPARE(report.errors[0].field, QStringLiteral("csat"));
    QCOMPARE(report.errors[0].recordId, QStringLiteral("bad-csat"));
    QCOMPARE(report.errors[1].line, 4);
    QVERIFY2(report.summary().contains(QLatin1String("2 record(s) rejected")), qPrintable(report.summary()));

    QVERIFY(CaseRepository(*m_store).conversation(QStringLiteral("ok-1")));
    QVERIFY(CaseRepository(*m_store).conversation(QStringLiteral("ok-2")));
    QVERIFY(!CaseRepository(*m_store).conversation(QStringLiteral("bad-csat")));
    QCOMPARE(rowCount(*m_store, QStringLiteral("conversations")), 4);
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT rejected FROM import_batches WHERE source_file = ?"), {file}).toInt(),
        2);

    const QList<QByteArray> lines = readFile(rejects).split('\n');
    QCOMPARE(lines.size(), 3); // two entries and the final newline
    QVERIFY(lines[2].isEmpty());
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(QStringLiteral("file")).toString(), QStringLiteral("mixed.jsonl"));
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("bad-csat"));
    QCOMPARE(first.value(QStringLiteral("record")).toObject(), QJsonDocument::fromJson(bad1).object());
    const QJsonArray firstErrors = first.value(QStringLiteral("errors")).toArray();
    QCOMPARE(firstErrors.size(), 1);
    QVERIFY2(firstErrors[0].toString().startsWith(QLatin1String("mixed.jsonl:2: csat: ")),
             qPrintable(firstErrors[0].toString()));
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second.value(QStringLiteral("line")).toInt(), 4);
    QVERIFY(!second.contains(QStringLiteral("id")));
    QCOMPARE(second.value(QStringLiteral("record")).toString(), QString::fromUtf8(bad2)); // the raw line
    QVERIFY(second.value(QStringLiteral("errors")).toArray()[0].toString().contains(QLatin1String("not valid JSON")));
}

void TestImport::reimportIsNoOp()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("audio/ok.wav")), QByteArray("RIFF")));
    QJsonObject withAudio = call(QStringLiteral("r-call"));
    withAudio.insert(QStringLiteral("audio"), QStringLiteral("audio/ok.wav"));
    QJsonObject missingAudio = call(QStringLiteral("r-call-2"));
    missingAudio.insert(QStringLiteral("audio"), QStringLiteral("audio/missing.wav"));
    QJsonObject withExtra = chat(QStringLiteral("r-chat"));
    withExtra.insert(QStringLiteral("crm"), json(R"({"ticket":"T-1","tags":["a","b"]})"));
    const QString file = put(QStringLiteral("again.jsonl"), line(withExtra) + line(withAudio) + line(missingAudio));
    ImportOptions options;
    options.queueName = QStringLiteral("Again");
    const ImportReport first = import(file, options);
    QVERIFY2(first.ok, qPrintable(errorsText(first)));
    QCOMPARE(first.inserted, 3);

    const QMap<QString, qint64> counts = importTableCounts(*m_store);
    const QStringList before = snapshot(*m_store);
    const ImportReport second = import(file, options);
    QVERIFY2(second.ok, qPrintable(errorsText(second)));
    QCOMPARE(second.inserted, 0);
    QCOMPARE(second.updated, 0);
    QCOMPARE(second.unchanged, 3);
    QCOMPARE(second.rejected, 0);
    QCOMPARE(second.queueId, first.queueId);
    QCOMPARE(importTableCounts(*m_store), counts);
    QCOMPARE(rowCount(*m_store, QStringLiteral("import_batches")), 1);
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), 1);
    QCOMPARE(snapshot(*m_store), before);
}

void TestImport::reimportOfChangedRecordUpdates_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("oldValue");
    QTest::addColumn<QJsonValue>("newValue");
    QTest::newRow("csat") << QStringLiteral("csat") << QJsonValue(5) << QJsonValue(2);
    QTest::newRow("agent_name") << QStringLiteral("agent_name") << QJsonValue(QStringLiteral("王晓雯"))
                                << QJsonValue(QStringLiteral("王晓文"));
    // Durations carry milliseconds: a change in the last digit is a change.
    QTest::newRow("duration ms") << QStringLiteral("duration_s") << QJsonValue(1234.567) << QJsonValue(1234.568);
    QTest::newRow("wait ms") << QStringLiteral("wait_s") << QJsonValue(100000.25) << QJsonValue(100000.375);
    QTest::newRow("extra field") << QStringLiteral("crm_ticket") << QJsonValue(QStringLiteral("T-1"))
                                 << QJsonValue(QStringLiteral("T-2"));
}

void TestImport::reimportOfChangedRecordUpdates()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, oldValue);
    QFETCH(QJsonValue, newValue);
    QJsonObject record = chat(QStringLiteral("u-1"));
    record.insert(key, oldValue);
    QVERIFY(import(put(QStringLiteral("v1.jsonl"), line(record))).ok);
    record.insert(key, newValue);
    const ImportReport report = import(put(QStringLiteral("v2.jsonl"), line(record)));
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QCOMPARE(report.inserted, 0);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("conversations")), 1);
    QCOMPARE(rowCount(*m_store, QStringLiteral("turns")), 2);
    QCOMPARE(rowCount(*m_store, QStringLiteral("import_batches")), 2);
    const auto c = CaseRepository(*m_store).conversation(QStringLiteral("u-1"));
    QVERIFY(c);
    if (key == QLatin1String("csat"))
        QCOMPARE(c->csat, std::optional<int>(newValue.toInt()));
    else if (key == QLatin1String("agent_name"))
        QCOMPARE(c->agentName, newValue.toString());
    else if (key == QLatin1String("duration_s"))
        QCOMPARE(c->durationS, std::optional<double>(newValue.toDouble()));
    else if (key == QLatin1String("wait_s"))
        QCOMPARE(c->waitS, std::optional<double>(newValue.toDouble()));
    else
        QCOMPARE(c->extra.value(key), newValue);
}

void TestImport::missingAudioIsWarning()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("audio/present.wav")), QByteArray("RIFF")));
    QJsonObject missing = call(QStringLiteral("no-audio"));
    missing.insert(QStringLiteral("audio"), QStringLiteral("audio/absent.wav"));
    QJsonObject present = call(QStringLiteral("has-audio"));
    present.insert(QStringLiteral("audio"), QStringLiteral("audio/present.wav"));
    const ImportReport report =
        import(put(QStringLiteral("calls.jsonl"), line(present) + line(missing) + line(call(QStringLiteral("none")))));
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QCOMPARE(report.inserted, 3);
    QCOMPARE(report.errorCount, 0);
    QCOMPARE(report.warnings.size(), 1);
    const ImportIssue &warning = report.warnings.first();
    QCOMPARE(warning.severity, ImportIssue::Severity::Warning);
    QCOMPARE(warning.file, QStringLiteral("calls.jsonl"));
    QCOMPARE(warning.line, 2);
    QCOMPARE(warning.field, QStringLiteral("audio"));
    QCOMPARE(warning.recordId, QStringLiteral("no-audio"));
    const QString expectedPath = QDir::cleanPath(m_dir->filePath(QStringLiteral("audio/absent.wav")));
    QVERIFY2(warning.message.contains(expectedPath), qPrintable(warning.message));
    QVERIFY2(report.summary().contains(QLatin1String("1 warning")), qPrintable(report.summary()));

    const auto c = CaseRepository(*m_store).conversation(QStringLiteral("no-audio"));
    QVERIFY(c);
    QCOMPARE(c->audioPath, expectedPath);
    QCOMPARE(c->warnings, QStringList{warning.message});
    QVERIFY(CaseRepository(*m_store).conversation(QStringLiteral("has-audio"))->warnings.isEmpty());
    QVERIFY(scalar(*m_store, QStringLiteral("SELECT warnings FROM conversations WHERE id = 'has-audio'")).isNull());
    const auto rows = CaseRepository(*m_store).cases(QString(), m_userId);
    QCOMPARE(rows.size(), size_t(3));
    for (const CaseRow &row : rows)
        QCOMPARE(row.hasWarnings, row.conversationId == QLatin1String("no-audio"));
}

void TestImport::audioArrivingLaterClearsWarning()
{
    QJsonObject record = call(QStringLiteral("late-audio"));
    record.insert(QStringLiteral("audio"), QStringLiteral("audio/late.wav"));
    const QString file = put(QStringLiteral("late.jsonl"), line(record));
    ImportReport report = import(file);
    QVERIFY(report.ok);
    QCOMPARE(report.warnings.size(), 1);
    QCOMPARE(CaseRepository(*m_store).conversation(QStringLiteral("late-audio"))->warnings.size(), 1);

    // The recording is copied in afterwards; importing the same file again picks it up.
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("audio/late.wav")), QByteArray("RIFF")));
    report = import(file);
    QVERIFY(report.ok);
    QCOMPARE(report.updated, 1);
    QVERIFY(report.warnings.isEmpty());
    QVERIFY(CaseRepository(*m_store).conversation(QStringLiteral("late-audio"))->warnings.isEmpty());
    QVERIFY(scalar(*m_store, QStringLiteral("SELECT warnings FROM conversations WHERE id = 'late-audio'")).isNull());

    // And from then on it is unchanged.
    QCOMPARE(import(file).unchanged, 1);
}

void TestImport::malformedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("line");     // of the first error
    QTest::addColumn<QString>("message"); // a fragment of the first error

    const QByteArray good = line(chat(QStringLiteral("m-1"))) + line(call(QStringLiteral("m-2")));
    QByteArray third = line(call(QStringLiteral("m-3"))); // ASCII only: the cut falls between characters
    third.chop(30);
    QTest::newRow("truncated last line") << QByteArray(good + third) << qint64(3) << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << qint64(0) << QStringLiteral("empty");
    QTest::newRow("whitespace only") << QByteArray("  \n\t\n\r\n   ") << qint64(0) << QStringLiteral("empty");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF\n") << qint64(0) << QStringLiteral("empty");
    QTest::newRow("array line") << QByteArray(good + "[{\"id\":\"m-3\"}]\n") << qint64(3)
                                << QStringLiteral("JSON object");
    QTest::newRow("scalar line") << QByteArray("42\n") << qint64(1) << QStringLiteral("expected a JSON object");
    QTest::newRow("null line") << QByteArray("null\n") << qint64(1) << QStringLiteral("expected a JSON object");
    QTest::newRow("pretty-printed JSON") << QJsonDocument(chat(QStringLiteral("m-1"))).toJson(QJsonDocument::Indented)
                                         << qint64(1) << QStringLiteral("not valid JSON");
    QTest::newRow("NUL bytes") << QByteArray(QByteArray(64, '\0') + '\n') << qint64(1)
                               << QStringLiteral("expected a JSON object");
    QTest::newRow("two objects on a line")
        << QByteArray("{\"id\":\"a\"} {\"id\":\"b\"}\n") << qint64(1) << QStringLiteral("not valid JSON");
    QTest::newRow("CSV given as JSON Lines")
        << kConversationsHeader << qint64(1) << QStringLiteral("expected a JSON object");

    QByteArray junk(16384, '\0');
    QRandomGenerator generator(4242);
    for (char &c : junk)
        c = char(generator.bounded(256));
    junk[0] = '\x9F'; // never valid UTF-8 as a first byte
    QTest::newRow("binary junk") << junk << qint64(1) << QStringLiteral("UTF-8");
}

void TestImport::malformedFile()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, line);
    QFETCH(QString, message);
    seed();
    const QStringList before = snapshot(*m_store);
    const ImportReport report = import(put(QStringLiteral("broken.jsonl"), content));
    QVERIFY(!report.ok);
    QVERIFY(!report.cancelled);
    QCOMPARE(report.inserted, 0);
    QVERIFY(report.errorCount >= 1);
    QVERIFY(!report.errors.isEmpty());
    QCOMPARE(report.errors.first().file, QStringLiteral("broken.jsonl"));
    QCOMPARE(report.errors.first().line, line);
    QVERIFY2(report.errors.first().message.contains(message), qPrintable(report.errors.first().message));
    QCOMPARE(snapshot(*m_store), before);
}

void TestImport::invalidUtf8ReportsLineAndByte()
{
    QByteArray bad = line(chat(QStringLiteral("utf-2")));
    const qsizetype at = bad.indexOf("你好");
    QVERIFY(at > 0);
    bad.replace(at, 3, "\xE4\xBD\x28"); // the second byte of 你 cut short
    const QString file = put(QStringLiteral("utf.jsonl"),
                             line(chat(QStringLiteral("utf-1"))) + bad + line(chat(QStringLiteral("utf-3"))));
    const QStringList before = snapshot(*m_store);
    const ImportReport report = import(file);
    QVERIFY(!report.ok);
    QCOMPARE(report.errorCount, 1);
    const ImportIssue &issue = report.errors.first();
    QCOMPARE(issue.file, QStringLiteral("utf.jsonl"));
    QCOMPARE(issue.line, 2);
    QVERIFY2(issue.message.contains(QStringLiteral("byte %1 ").arg(at + 1)), qPrintable(issue.message));
    QVERIFY2(issue.message.contains(QLatin1String("UTF-8")), qPrintable(issue.message));
    QCOMPARE(snapshot(*m_store), before);
}

void TestImport::gb18030JsonLinesGetsHint()
{
    const QByteArray gb = encodeText(QString::fromUtf8(line(chat(QStringLiteral("gb-1")))), QStringLiteral("GB18030"));
    QVERIFY(qawb::firstInvalidUtf8(gb.constData(), gb.size()) >= 0);
    const ImportReport report = import(put(QStringLiteral("gb.jsonl"), gb + gb));
    QVERIFY(!report.ok);
    QCOMPARE(report.errorCount, 2);
    QCOMPARE(report.errors[0].line, 1);
    QVERIFY2(report.errors[0].message.contains(QLatin1String("GB18030")), qPrintable(report.errors[0].message));
    // The hint is given once per file.
    QCOMPARE(report.errors[1].line, 2);
    QVERIFY2(!report.errors[1].message.contains(QLatin1String("GB18030")), qPrintable(report.errors[1].message));
}

void TestImport::hugeTurnRoundTrips()
{
    // A 6 MB message: mixed scripts, quotes, backslashes, newlines and an emoji in every chunk.
    const QString chunk = QStringLiteral("质检 QA \"quoted\" back\\slash\nnew line\ttab 😀 العربية ");
    const qsizetype chunkBytes = chunk.toUtf8().size();
    const QString text = chunk.repeated(6 * 1024 * 1024 / chunkBytes + 1);
    QVERIFY(text.toUtf8().size() >= 6 * 1024 * 1024);
    QJsonObject record = call(QStringLiteral("huge"));
    record.insert(QStringLiteral("turns"),
                  QJsonArray{QJsonObject{{QStringLiteral("speaker"), QStringLiteral("customer")},
                                         {QStringLiteral("text"), text},
                                         {QStringLiteral("start_ms"), 0},
                                         {QStringLiteral("end_ms"), 3600000}}});
    const QString file = put(QStringLiteral("huge.jsonl"), line(chat(QStringLiteral("small"))) + line(record));
    const ImportReport report = import(file);
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QCOMPARE(report.inserted, 2);
    const auto c = CaseRepository(*m_store).conversation(QStringLiteral("huge"));
    QVERIFY(c);
    QCOMPARE(c->turns.size(), size_t(1));
    QCOMPARE(c->turns[0].text.size(), text.size());
    QVERIFY(c->turns[0].text == text);
    // Unchanged on re-import (the hash covers the whole text).
    const ImportReport again = import(file);
    QCOMPARE(again.unchanged, 2);
}

void TestImport::unicodeRoundTrips()
{
    const QString texts[] = {
        QStringLiteral("emoji 😀👍🏽👨‍👩‍👧 flags 🇨🇳🇹🇼"),
        QStringLiteral("zero\u200Bwidth\u200Cjoiner\u200Dand\uFEFFBOM"),
        QStringLiteral("bidi \u202Eevil.exe\u202C and \u2067isolate\u2069 \u200Fmark"),
        QStringLiteral("combining e\u0301 and CJK ext B \U00020000 and 𝄞"),
        QStringLiteral("  leading and trailing spaces  "),
        QString(),
    };
    QJsonArray turns;
    int i = 0;
    for (const QString &t : texts) {
        turns.append(QJsonObject{{QStringLiteral("speaker"), QStringLiteral("customer")},
                                 {QStringLiteral("text"), t},
                                 {QStringLiteral("at"), QStringLiteral("2026-11-16T09:12:0%1+08:00").arg(i++)}});
    }
    QJsonObject record = chat(QStringLiteral("uni-😀\u200B\u202E"));
    record.insert(QStringLiteral("agent_name"), QStringLiteral("Ali \u202Ereversed\u202C 😀"));
    record.insert(QStringLiteral("team"), QStringLiteral("Team\u200B😀"));
    record.insert(QStringLiteral("turns"), turns);
    const ImportReport report = import(put(QStringLiteral("unicode.jsonl"), line(record)));
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    const auto c = CaseRepository(*m_store).conversation(QStringLiteral("uni-😀\u200B\u202E"));
    QVERIFY(c);
    QCOMPARE(c->agentName, QStringLiteral("Ali \u202Ereversed\u202C 😀"));
    QCOMPARE(c->team, QStringLiteral("Team\u200B😀"));
    QCOMPARE(c->turns.size(), std::size(texts));
    for (size_t k = 0; k < std::size(texts); ++k)
        QCOMPARE(c->turns[k].text, texts[k].isNull() ? QStringLiteral("") : texts[k]);
}

void TestImport::duplicateIdsNameBothLines()
{
    const QString file =
        put(QStringLiteral("dup.jsonl"), line(chat(QStringLiteral("same"))) + line(call(QStringLiteral("other"))) +
                                             line(call(QStringLiteral("same"))));
    ImportReport report = import(file);
    QVERIFY(!report.ok);
    QCOMPARE(report.errorCount, 1);
    const ImportIssue &issue = report.errors.first();
    QCOMPARE(issue.file, QStringLiteral("dup.jsonl"));
    QCOMPARE(issue.line, 3);
    QCOMPARE(issue.field, QStringLiteral("id"));
    QCOMPARE(issue.recordId, QStringLiteral("same"));
    QVERIFY2(issue.message.contains(QLatin1String("line 1")), qPrintable(issue.message));
    QCOMPARE(rowCount(*m_store, QStringLiteral("conversations")), 0);

    // With skipInvalid the first occurrence wins.
    ImportOptions options;
    options.skipInvalid = true;
    report = import(file, options);
    QVERIFY(report.ok);
    QCOMPARE(report.inserted, 2);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(CaseRepository(*m_store).conversation(QStringLiteral("same"))->channel, QStringLiteral("chat"));
}

void TestImport::duplicateIdAcrossFiles()
{
    const QString a = put(QStringLiteral("a.jsonl"), line(chat(QStringLiteral("twice"))));
    const QString b =
        put(QStringLiteral("b.jsonl"), line(call(QStringLiteral("fresh"))) + line(call(QStringLiteral("twice"))));
    const ImportReport report = import(QStringList{a, b});
    QVERIFY(!report.ok);
    QCOMPARE(report.errorCount, 1);
    QCOMPARE(report.errors.first().file, QStringLiteral("b.jsonl"));
    QCOMPARE(report.errors.first().line, 2);
    QVERIFY2(report.errors.first().message.contains(QLatin1String("a.jsonl line 1")),
             qPrintable(report.errors.first().message));
    QCOMPARE(rowCount(*m_store, QStringLiteral("conversations")), 0);

    // Naming the same file twice imports it once.
    const ImportReport once = import(QStringList{a, a});
    QVERIFY2(once.ok, qPrintable(errorsText(once)));
    QCOMPARE(once.inserted, 1);
}

void TestImport::bomAndCrlfAccepted()
{
    QByteArray content =
        "\xEF\xBB\xBF" + line(chat(QStringLiteral("bom-1"))) + "\r\n" + line(call(QStringLiteral("bom-2")));
    content.replace('\n', "\r\n");
    content.replace("\r\r\n", "\r\n");
    const ImportReport report = import(put(QStringLiteral("windows.jsonl"), content));
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QCOMPARE(report.inserted, 2);
    QVERIFY(CaseRepository(*m_store).conversation(QStringLiteral("bom-1")));
}

void TestImport::errorListIsCapped()
{
    QByteArray content;
    for (int i = 0; i < 7; ++i)
        content += "{\"id\":\"x" + QByteArray::number(i) + "\"}\n";
    ImportOptions options;
    options.maxReportedErrors = 5;
    const ImportReport report = import(put(QStringLiteral("many.jsonl"), content), options);
    QVERIFY(!report.ok);
    QCOMPARE(report.rejected, 7);
    QCOMPARE(report.errorCount, 7 * 3); // channel, agent_id and started_at are missing on each line
    QCOMPARE(report.errors.size(), 5);
    QCOMPARE(report.errors.first().line, 1);
}

void TestImport::skipInvalidStillFailsUnreadableFiles()
{
    // skipInvalid skips bad records, not files that cannot be read at all: those fail the whole import.
    ImportOptions options;
    options.skipInvalid = true;
    options.rejectsPath = m_dir->filePath(QStringLiteral("rejects.jsonl"));
    const QString good = put(QStringLiteral("good.jsonl"), line(chat(QStringLiteral("g-1"))));
    const QString empty = put(QStringLiteral("empty.jsonl"), "\n\n");
    ImportReport report = import(QStringList{good, empty}, options);
    QVERIFY(!report.ok);
    QCOMPARE(report.inserted, 0);
    QCOMPARE(report.errorCount, 1);
    QCOMPARE(report.errors.first().file, QStringLiteral("empty.jsonl"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("conversations")), 0);
    QVERIFY(!QFileInfo::exists(options.rejectsPath));

    // Whereas a file of bad records is "imported" with everything rejected.
    report = import(put(QStringLiteral("junk.jsonl"), "junk\n{}\n"), options);
    QVERIFY(report.ok);
    QCOMPARE(report.inserted, 0);
    QCOMPARE(report.rejected, 2);
    QCOMPARE(readFile(options.rejectsPath).count('\n'), 2);
}

void TestImport::badInputs_data()
{
    QTest::addColumn<QStringList>("files"); // relative to the temp dir; "" = none
    QTest::addColumn<QString>("message");
    QTest::newRow("no files") << QStringList() << QStringLiteral("no files");
    QTest::newRow("missing file") << QStringList{QStringLiteral("nope.jsonl")} << QStringLiteral("not found");
    QTest::newRow("a folder") << QStringList{QStringLiteral("folder")} << QStringLiteral("not a readable file");
    QTest::newRow("lonely CSV") << QStringList{QStringLiteral("agents.csv")} << QStringLiteral("conversations.csv");
    QTest::newRow("CSV without its turns")
        << QStringList{QStringLiteral("solo/conversations.csv")} << QStringLiteral("other half");
}

void TestImport::badInputs()
{
    QFETCH(QStringList, files);
    QFETCH(QString, message);
    QDir(m_dir->path()).mkdir(QStringLiteral("folder"));
    put(QStringLiteral("agents.csv"), "id,name\nA1,x\n");
    put(QStringLiteral("solo/conversations.csv"), kConversationsHeader);
    QStringList paths;
    for (const QString &f : files)
        paths << m_dir->filePath(f);
    const QStringList before = snapshot(*m_store);
    const ImportReport report = import(paths);
    QVERIFY(!report.ok);
    QCOMPARE(report.errorCount, 1);
    QVERIFY2(report.errors.first().message.contains(message), qPrintable(report.errors.first().message));
    QCOMPARE(snapshot(*m_store), before);
}

// ---- CSV pair ----------------------------------------------------------------------------------------------------

void TestImport::csvPairImports()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("csv/audio/c2.wav")), QByteArray("RIFF")));
    const QByteArray conversations =
        kConversationsHeader +
        "c1,chat,webchat,A1001,王晓雯,在线一组,2026-11-16T09:12:05+08:00,193,12,5,是,consult,,,T-1\n"
        "c2,call,hotline,A2001,Li Wei,Hotline 2,2026-11-16T10:00:00Z,65.5,,,false,fault,audio/c2.wav,"
        "\"{\"\"agent\"\":1,\"\"customer\"\":0}\",\n";
    // Turns out of order: seq decides.
    const QByteArray turns = kTurnsHeader + "c1,2,agent,,,2026-11-16T09:12:31+08:00,您好，很高兴为您服务！\n"
                                            "c2,1,agent,0,2500,,\"Hello, how can I help?\"\n"
                                            "c1,1,customer,,,2026-11-16T09:12:05+08:00,  你好  \n"
                                            "c2,2,customer,2600,5000,,My line is dead.\n";
    put(QStringLiteral("csv/conversations.csv"), conversations);
    put(QStringLiteral("csv/turns.csv"), turns);
    const ImportReport report = import(m_dir->filePath(QStringLiteral("csv/conversations.csv")));
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QCOMPARE(report.inserted, 2);
    QVERIFY(report.warnings.isEmpty());
    QCOMPARE(report.encodings,
             (QStringList{QStringLiteral("conversations.csv: UTF-8"), QStringLiteral("turns.csv: UTF-8")}));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT format FROM import_batches")).toString(), QStringLiteral("csv"));

    const auto c1 = CaseRepository(*m_store).conversation(QStringLiteral("c1"));
    QVERIFY(c1);
    QCOMPARE(c1->agentName, QStringLiteral("王晓雯"));
    QCOMPARE(c1->team, QStringLiteral("在线一组"));
    QCOMPARE(c1->durationS, std::optional<double>(193));
    QCOMPARE(c1->waitS, std::optional<double>(12));
    QCOMPARE(c1->csat, std::optional<int>(5));
    QCOMPARE(c1->resolved, std::optional<bool>(true));
    QCOMPARE(c1->extra, json(R"({"crm_ticket":"T-1"})"));
    QCOMPARE(turnTexts(QStringLiteral("c1")),
             (QStringList{QStringLiteral("  你好  "), QStringLiteral("您好，很高兴为您服务！")}));
    QCOMPARE(c1->turns[0].speaker, QStringLiteral("customer"));

    const auto c2 = CaseRepository(*m_store).conversation(QStringLiteral("c2"));
    QVERIFY(c2);
    QCOMPARE(c2->resolved, std::optional<bool>(false));
    QVERIFY(!c2->csat);
    QVERIFY(!c2->waitS);
    QVERIFY(c2->extra.isEmpty());
    QCOMPARE(c2->audioPath, QDir::cleanPath(m_dir->filePath(QStringLiteral("csv/audio/c2.wav"))));
    QCOMPARE(c2->audioChannels, json(R"({"agent":1,"customer":0})"));
    QCOMPARE(turnTexts(QStringLiteral("c2")),
             (QStringList{QStringLiteral("Hello, how can I help?"), QStringLiteral("My line is dead.")}));
    QCOMPARE(c2->turns[1].startMs, std::optional<qint64>(2600));

    // The same pair again, named by its other half: nothing changes.
    const QStringList before = snapshot(*m_store);
    const ImportReport again = import(m_dir->filePath(QStringLiteral("csv/turns.csv")));
    QVERIFY(again.ok);
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(snapshot(*m_store), before);
}

void TestImport::csvGb18030RoundTrip()
{
    const QString agent = QStringLiteral("王晓雯");
    const QString team = QStringLiteral("在线一组");
    const QString text1 = QStringLiteral("你好，我想问一下这个月的话费怎么比上个月多了30多块？");
    const QString text2 =
        QStringLiteral("您好，帮您查到了：本月多出的32元是国际漫游流量费，您可以在App的‘我的-账单’里自助查询。");
    const QString conversations = QString::fromUtf8(kConversationsHeader) +
                                  QStringLiteral("gb-1,chat,网页,A1001,%1,%2,2026-11-16T09:12:05+08:00,193,,5,否,"
                                                 "complaint,,,工单-7\n")
                                      .arg(agent, team);
    const QString turns =
        QString::fromUtf8(kTurnsHeader) + QStringLiteral("gb-1,1,customer,,,2026-11-16T09:12:05+08:00,\"%1\"\n"
                                                         "gb-1,2,agent,,,2026-11-16T09:12:31+08:00,%2\n")
                                              .arg(text1, text2);
    const QByteArray conversationsBytes = encodeText(conversations, QStringLiteral("GB18030"));
    const QByteArray turnsBytes = encodeText(turns, QStringLiteral("GB18030"));
    QVERIFY(qawb::firstInvalidUtf8(turnsBytes.constData(), turnsBytes.size()) >= 0); // really not UTF-8
    put(QStringLiteral("gb/conversations.csv"), conversationsBytes);
    put(QStringLiteral("gb/turns.csv"), turnsBytes);

    const ImportReport report = import(m_dir->filePath(QStringLiteral("gb/turns.csv")));
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QCOMPARE(report.inserted, 1);
    QCOMPARE(report.encodings,
             (QStringList{QStringLiteral("conversations.csv: GB18030"), QStringLiteral("turns.csv: GB18030")}));
    const auto c = CaseRepository(*m_store).conversation(QStringLiteral("gb-1"));
    QVERIFY(c);
    QCOMPARE(c->source, QStringLiteral("网页"));
    QCOMPARE(c->agentName, agent);
    QCOMPARE(c->team, team);
    QCOMPARE(c->resolved, std::optional<bool>(false));
    QCOMPARE(c->extra, (QJsonObject{{QStringLiteral("crm_ticket"), QStringLiteral("工单-7")}}));
    QCOMPARE(turnTexts(QStringLiteral("gb-1")), (QStringList{text1, text2}));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT encoding FROM import_batches")).toString(),
             QStringLiteral("conversations.csv: GB18030\nturns.csv: GB18030"));
}

void TestImport::csvUtf8Bom()
{
    put(QStringLiteral("conversations.csv"),
        "\xEF\xBB\xBF" + kConversationsHeader + "b1,chat,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n");
    put(QStringLiteral("turns.csv"),
        "\xEF\xBB\xBF" + kTurnsHeader + "b1,1,agent,,,2026-11-16T09:12:05+08:00,Grüße 😀\n");
    const ImportReport report = import(m_dir->filePath(QStringLiteral("conversations.csv")));
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QCOMPARE(report.inserted, 1);
    QCOMPARE(report.encodings,
             (QStringList{QStringLiteral("conversations.csv: UTF-8"), QStringLiteral("turns.csv: UTF-8")}));
    QCOMPARE(turnTexts(QStringLiteral("b1")), QStringList{QStringLiteral("Grüße 😀")});
    // The BOM did not end up in the first column's name (which would make "id" unknown and extra non-empty).
    QVERIFY(CaseRepository(*m_store).conversation(QStringLiteral("b1"))->extra.isEmpty());
}

void TestImport::csvQuotedCommaAndNewline()
{
    put(QStringLiteral("conversations.csv"),
        kConversationsHeader + "q1,chat,\"web, mobile\",A1,\"Wang, Xiaowen\",,2026-11-16T09:12:05+08:00,,,,,,,,\n");
    put(QStringLiteral("turns.csv"), kTurnsHeader +
                                         "q1,1,customer,,,2026-11-16T09:12:05+08:00,\"first line, with comma\n"
                                         "second line \"\"quoted\"\"\r\nthird line\"\n"
                                         "q1,2,agent,,,2026-11-16T09:12:06+08:00,\"\"\n");
    const ImportReport report = import(m_dir->filePath(QStringLiteral("turns.csv")));
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    const auto c = CaseRepository(*m_store).conversation(QStringLiteral("q1"));
    QVERIFY(c);
    QCOMPARE(c->source, QStringLiteral("web, mobile"));
    QCOMPARE(c->agentName, QStringLiteral("Wang, Xiaowen"));
    QCOMPARE(turnTexts(QStringLiteral("q1")),
             (QStringList{QStringLiteral("first line, with comma\nsecond line \"quoted\"\r\nthird line"), QString()}));
}

void TestImport::csvWrongFieldCount()
{
    seed();
    const QStringList before = snapshot(*m_store);
    put(QStringLiteral("conversations.csv"), kConversationsHeader +
                                                 "w1,chat,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n"
                                                 "w2,chat,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n");
    // Line 2-3 is one record (quoted newline); line 4 has a field too many.
    put(QStringLiteral("turns.csv"), kTurnsHeader + "w1,1,agent,,,2026-11-16T09:12:05+08:00,\"two\nlines\"\n"
                                                    "w2,1,agent,,,2026-11-16T09:12:05+08:00,a,b\n");
    ImportReport report = import(m_dir->filePath(QStringLiteral("conversations.csv")));
    QVERIFY(!report.ok);
    QCOMPARE(report.errorCount, 1);
    const ImportIssue &issue = report.errors.first();
    QCOMPARE(issue.file, QStringLiteral("turns.csv"));
    QCOMPARE(issue.line, 4);
    QVERIFY2(issue.message.contains(QLatin1String("expected 7 fields")) && issue.message.contains(QLatin1String("8")),
             qPrintable(issue.message));
    QCOMPARE(snapshot(*m_store), before);

    // Skipping invalid rows imports both conversations; w2 simply has no turns.
    ImportOptions options;
    options.skipInvalid = true;
    report = import(m_dir->filePath(QStringLiteral("conversations.csv")), options);
    QVERIFY(report.ok);
    QCOMPARE(report.inserted, 2);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(turnTexts(QStringLiteral("w1")), QStringList{QStringLiteral("two\nlines")});
    QCOMPARE(turnTexts(QStringLiteral("w2")), QStringList());
}

void TestImport::csvUnknownConversation()
{
    put(QStringLiteral("conversations.csv"),
        kConversationsHeader + "k1,chat,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n");
    put(QStringLiteral("turns.csv"), kTurnsHeader + "k1,1,agent,,,2026-11-16T09:12:05+08:00,hello\n"
                                                    "ghost,1,agent,,,2026-11-16T09:12:05+08:00,boo\n");
    ImportReport report = import(m_dir->filePath(QStringLiteral("conversations.csv")));
    QVERIFY(!report.ok);
    QCOMPARE(report.errorCount, 1);
    const ImportIssue &issue = report.errors.first();
    QCOMPARE(issue.file, QStringLiteral("turns.csv"));
    QCOMPARE(issue.line, 3);
    QCOMPARE(issue.field, QStringLiteral("conversation_id"));
    QCOMPARE(issue.recordId, QStringLiteral("ghost"));
    QVERIFY2(issue.message.contains(QLatin1String("conversations.csv")), qPrintable(issue.message));
    QCOMPARE(rowCount(*m_store, QStringLiteral("conversations")), 0);

    ImportOptions options;
    options.skipInvalid = true;
    report = import(m_dir->filePath(QStringLiteral("conversations.csv")), options);
    QVERIFY(report.ok);
    QCOMPARE(report.inserted, 1);
    QCOMPARE(report.rejected, 1);
}

void TestImport::csvUnterminatedQuote()
{
    put(QStringLiteral("conversations.csv"),
        kConversationsHeader + "t1,chat,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n");
    put(QStringLiteral("turns.csv"), kTurnsHeader + "t1,1,agent,,,2026-11-16T09:12:05+08:00,fine\n"
                                                    "t1,2,agent,,,2026-11-16T09:12:06+08:00,\"never closed\n"
                                                    "t1,3,agent,,,2026-11-16T09:12:07+08:00,swallowed\n");
    ImportOptions options;
    options.skipInvalid = true; // a syntax error stops the file even then
    const ImportReport report = import(m_dir->filePath(QStringLiteral("conversations.csv")), options);
    QVERIFY(!report.ok);
    QCOMPARE(report.errorCount, 1);
    const ImportIssue &issue = report.errors.first();
    QCOMPARE(issue.file, QStringLiteral("turns.csv"));
    QVERIFY2(issue.message.contains(QLatin1String("unterminated quoted field starting on line 3")),
             qPrintable(issue.message));
    QCOMPARE(report.inserted, 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("conversations")), 0);
}

void TestImport::csvEncodingOverride()
{
    // Latin-1 from a Western export: detected as such (not as GB18030, which would decode it cleanly into ideographs).
    put(QStringLiteral("latin/conversations.csv"),
        kConversationsHeader + "l1,chat,,A1,Ren\xE9,,2026-11-16T09:12:05+08:00,,,,,,,,\n");
    put(QStringLiteral("latin/turns.csv"),
        kTurnsHeader + "l1,1,agent,,,2026-11-16T09:12:05+08:00,\"caf\xE9, cr\xE8me\"\n");
    const QString latin = m_dir->filePath(QStringLiteral("latin/conversations.csv"));
    ImportReport report = import(latin);
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QCOMPARE(report.encodings,
             (QStringList{QStringLiteral("conversations.csv: ISO-8859-1"), QStringLiteral("turns.csv: ISO-8859-1")}));
    QCOMPARE(CaseRepository(*m_store).conversation(QStringLiteral("l1"))->agentName, QStringLiteral("René"));

    // An explicit encoding wins over detection (here the byte-compatible Windows-1252).
    ImportOptions options;
    options.encoding = QStringLiteral("windows-1252");
    report = import(latin, options);
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QCOMPARE(report.encodings, (QStringList{QStringLiteral("conversations.csv: windows-1252"),
                                            QStringLiteral("turns.csv: windows-1252")}));
    QCOMPARE(CaseRepository(*m_store).conversation(QStringLiteral("l1"))->agentName, QStringLiteral("René"));
    QCOMPARE(turnTexts(QStringLiteral("l1")), QStringList{QStringLiteral("café, crème")});

    // Big5 (Traditional Chinese), named explicitly.
    const QString text = QStringLiteral("您好，請問有什麼可以幫您？");
    put(QStringLiteral("big5/conversations.csv"),
        encodeText(QString::fromUtf8(kConversationsHeader) +
                       QStringLiteral("t1,chat,,A1,陳小姐,客服一組,2026-11-16T09:12:05+08:00,,,,,,,,\n"),
                   QStringLiteral("Big5")));
    put(QStringLiteral("big5/turns.csv"),
        encodeText(QString::fromUtf8(kTurnsHeader) + QStringLiteral("t1,1,agent,,,2026-11-16T09:12:05+08:00,") + text +
                       QLatin1Char('\n'),
                   QStringLiteral("Big5")));
    options.encoding = QStringLiteral("Big5");
    report = import(m_dir->filePath(QStringLiteral("big5/turns.csv")), options);
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QCOMPARE(CaseRepository(*m_store).conversation(QStringLiteral("t1"))->agentName, QStringLiteral("陳小姐"));
    QCOMPARE(turnTexts(QStringLiteral("t1")), QStringList{text});

    // A wrong override is an error naming the line and byte, not garbage in the store.
    const QStringList before = snapshot(*m_store);
    const QByteArray gbTurns =
        encodeText(QString::fromUtf8(kTurnsHeader) + QStringLiteral("g1,1,agent,,,2026-11-16T09:12:05+08:00,中文\n"),
                   QStringLiteral("GB18030"));
    put(QStringLiteral("wrong/conversations.csv"),
        kConversationsHeader + "g1,chat,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n");
    put(QStringLiteral("wrong/turns.csv"), gbTurns);
    options.encoding = QStringLiteral("UTF-8");
    report = import(m_dir->filePath(QStringLiteral("wrong/turns.csv")), options);
    QVERIFY(!report.ok);
    QCOMPARE(report.errors.first().file, QStringLiteral("turns.csv"));
    QCOMPARE(report.errors.first().line, 2);
    const qsizetype badByte = qawb::firstInvalidUtf8(gbTurns.constData(), gbTurns.size());
    QVERIFY2(report.errors.first().message.contains(QStringLiteral("byte %1 ").arg(badByte + 1)),
             qPrintable(report.errors.first().message));
    QCOMPARE(snapshot(*m_store), before);

    options.encoding = QStringLiteral("no-such-charset");
    report = import(m_dir->filePath(QStringLiteral("wrong/turns.csv")), options);
    QVERIFY(!report.ok);
    QVERIFY2(report.errors.first().message.contains(QLatin1String("no-such-charset")),
             qPrintable(report.errors.first().message));
}

void TestImport::csvFieldErrors_data()
{
    QTest::addColumn<QByteArray>("conversationRow");
    QTest::addColumn<QByteArray>("turnRow");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    const QByteArray okConversation = "e1,chat,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n";
    const QByteArray okTurn = "e1,1,agent,,,2026-11-16T09:12:05+08:00,hi\n";
    QTest::newRow("csat text") << QByteArray("e1,chat,,A1,,,2026-11-16T09:12:05+08:00,,,five,,,,,\n") << okTurn
                               << QStringLiteral("conversations.csv") << QStringLiteral("csat");
    QTest::newRow("csat 6") << QByteArray("e1,chat,,A1,,,2026-11-16T09:12:05+08:00,,,6,,,,,\n") << okTurn
                            << QStringLiteral("conversations.csv") << QStringLiteral("csat");
    QTest::newRow("resolved maybe") << QByteArray("e1,chat,,A1,,,2026-11-16T09:12:05+08:00,,,,maybe,,,,\n") << okTurn
                                    << QStringLiteral("conversations.csv") << QStringLiteral("resolved");
    QTest::newRow("duration text") << QByteArray("e1,chat,,A1,,,2026-11-16T09:12:05+08:00,3 min,,,,,,,\n") << okTurn
                                   << QStringLiteral("conversations.csv") << QStringLiteral("duration_s");
    QTest::newRow("audio_channels not JSON")
        << QByteArray("e1,call,,A1,,,2026-11-16T09:12:05+08:00,,,,,,a.wav,{agent:0},\n")
        << QByteArray("e1,1,agent,0,10,,hi\n") << QStringLiteral("conversations.csv")
        << QStringLiteral("audio_channels");
    QTest::newRow("channel phone") << QByteArray("e1,phone,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n") << okTurn
                                   << QStringLiteral("conversations.csv") << QStringLiteral("channel");
    QTest::newRow("started_at local") << QByteArray("e1,chat,,A1,,,2026-11-16 09:12:05,,,,,,,,\n") << okTurn
                                      << QStringLiteral("conversations.csv") << QStringLiteral("started_at");
    QTest::newRow("seq text") << okConversation << QByteArray("e1,one,agent,,,2026-11-16T09:12:05+08:00,hi\n")
                              << QStringLiteral("turns.csv") << QStringLiteral("seq");
    QTest::newRow("start_ms text") << QByteArray("e1,call,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n")
                                   << QByteArray("e1,1,agent,zero,10,,hi\n") << QStringLiteral("turns.csv")
                                   << QStringLiteral("start_ms");
    QTest::newRow("speaker robot") << okConversation << QByteArray("e1,1,robot,,,2026-11-16T09:12:05+08:00,hi\n")
                                   << QStringLiteral("turns.csv") << QStringLiteral("speaker");
    QTest::newRow("chat turn without at")
        << okConversation << QByteArray("e1,1,agent,,,,hi\n") << QStringLiteral("turns.csv") << QStringLiteral("at");
    QTest::newRow("call end before start")
        << QByteArray("e1,call,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n") << QByteArray("e1,1,agent,500,100,,hi\n")
        << QStringLiteral("turns.csv") << QStringLiteral("end_ms");
    QTest::newRow("turn without conversation id")
        << okConversation << QByteArray(",1,agent,,,2026-11-16T09:12:05+08:00,hi\n") << QStringLiteral("turns.csv")
        << QStringLiteral("conversation_id");
}

void TestImport::csvFieldErrors()
{
    QFETCH(QByteArray, conversationRow);
    QFETCH(QByteArray, turnRow);
    QFETCH(QString, file);
    QFETCH(QString, field);
    // The bad row is on line 3 of its file; line 2 holds a valid record.
    put(QStringLiteral("conversations.csv"),
        kConversationsHeader + "ok,chat,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n" + conversationRow);
    put(QStringLiteral("turns.csv"), kTurnsHeader + "ok,1,agent,,,2026-11-16T09:12:05+08:00,hi\n" + turnRow);
    const ImportReport report = import(m_dir->filePath(QStringLiteral("conversations.csv")));
    QVERIFY(!report.ok);
    QCOMPARE(report.errorCount, 1);
    const ImportIssue &issue = report.errors.first();
    QCOMPARE(issue.file, file);
    QCOMPARE(issue.line, 3);
    QCOMPARE(issue.field, field);
    QCOMPARE(rowCount(*m_store, QStringLiteral("conversations")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("import_batches")), 0);
}

void TestImport::csvDuplicateSeq()
{
    put(QStringLiteral("conversations.csv"),
        kConversationsHeader + "d1,chat,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n");
    put(QStringLiteral("turns.csv"), kTurnsHeader + "d1,1,agent,,,2026-11-16T09:12:05+08:00,a\n"
                                                    "d1,1,customer,,,2026-11-16T09:12:06+08:00,b\n");
    const ImportReport report = import(m_dir->filePath(QStringLiteral("conversations.csv")));
    QVERIFY(!report.ok);
    QCOMPARE(report.errorCount, 1);
    QCOMPARE(report.errors.first().file, QStringLiteral("turns.csv"));
    QCOMPARE(report.errors.first().line, 3);
    QCOMPARE(report.errors.first().field, QStringLiteral("seq"));
    QVERIFY2(report.errors.first().message.contains(QLatin1String("line 2")),
             qPrintable(report.errors.first().message));
}

void TestImport::csvPairByEitherFileAndPrefix()
{
    put(QStringLiteral("day1-conversations.csv"),
        kConversationsHeader + "p1,chat,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n");
    put(QStringLiteral("day1-turns.csv"), kTurnsHeader + "p1,1,agent,,,2026-11-16T09:12:05+08:00,hi\n");
    put(QStringLiteral("day2-conversations.csv"),
        kConversationsHeader + "p2,chat,,A1,,,2026-11-17T09:12:05+08:00,,,,,,,,\n");
    put(QStringLiteral("day2-turns.csv"), kTurnsHeader + "p2,1,agent,,,2026-11-17T09:12:05+08:00,hi\n");
    // Both halves of day1 named, plus day2 by its turns file: two pairs, each imported once.
    const ImportReport report = import(QStringList{m_dir->filePath(QStringLiteral("day1-conversations.csv")),
                                                   m_dir->filePath(QStringLiteral("day1-turns.csv")),
                                                   m_dir->filePath(QStringLiteral("day2-turns.csv"))});
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QCOMPARE(report.inserted, 2);
    QCOMPARE(report.encodings.size(), 4);
    QCOMPARE(turnTexts(QStringLiteral("p2")), QStringList{QStringLiteral("hi")});
}

void TestImport::csvEmptyFiles_data()
{
    QTest::addColumn<QByteArray>("conversations");
    QTest::addColumn<QByteArray>("turns");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    const QByteArray okConversations = kConversationsHeader + "e1,chat,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n";
    QTest::newRow("empty conversations") << QByteArray() << kTurnsHeader << QStringLiteral("conversations.csv")
                                         << QStringLiteral("empty");
    QTest::newRow("whitespace turns") << okConversations << QByteArray(" \r\n\n ") << QStringLiteral("turns.csv")
                                      << QStringLiteral("empty");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << kTurnsHeader << QStringLiteral("conversations.csv")
                              << QStringLiteral("empty");
    QTest::newRow("header only") << kConversationsHeader << kTurnsHeader << QStringLiteral("conversations.csv")
                                 << QStringLiteral("no conversations");
    QTest::newRow("missing column") << QByteArray("id,channel,started_at\ne1,chat,2026-11-16T09:12:05+08:00\n")
                                    << kTurnsHeader << QStringLiteral("conversations.csv")
                                    << QStringLiteral("\"agent_id\"");
    QTest::newRow("NUL bytes") << okConversations << QByteArray(kTurnsHeader + QByteArray(32, '\0'))
                               << QStringLiteral("turns.csv") << QStringLiteral("NUL");
}

void TestImport::csvEmptyFiles()
{
    QFETCH(QByteArray, conversations);
    QFETCH(QByteArray, turns);
    QFETCH(QString, file);
    QFETCH(QString, message);
    put(QStringLiteral("conversations.csv"), conversations);
    put(QStringLiteral("turns.csv"), turns);
    const ImportReport report = import(m_dir->filePath(QStringLiteral("conversations.csv")));
    QVERIFY(!report.ok);
    QVERIFY(!report.errors.isEmpty());
    QCOMPARE(report.errors.first().file, file);
    QVERIFY2(report.errors.first().message.contains(message), qPrintable(report.errors.first().message));
    QCOMPARE(rowCount(*m_store, QStringLiteral("conversations")), 0);
}

// ---- progress, cancellation, queues -------------------------------------------------------------------------------

void TestImport::progressReachesTotal()
{
    QByteArray content;
    for (int i = 0; i < 600; ++i)
        content += line(chat(QStringLiteral("p-%1").arg(i)));
    const QString file = put(QStringLiteral("many.jsonl"), content);
    ImportOptions options;
    options.userId = m_userId;
    Importer importer(*m_store, options);
    QList<QPair<qint64, qint64>> calls;
    importer.setProgressCallback([&](qint64 done, qint64 total) { calls.append({done, total}); });
    const ImportReport report = importer.run({file});
    QVERIFY(report.ok);
    QCOMPARE(report.inserted, 600);
    QVERIFY(calls.size() >= 3); // at least every 256 records, and at the end
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls[i].second, qint64(content.size()));
        QVERIFY(calls[i].first <= calls[i].second);
        if (i > 0)
            QVERIFY(calls[i].first >= calls[i - 1].first);
    }
    QCOMPARE(calls.last().first, qint64(content.size()));
}

void TestImport::progressNeverGoesBackAcrossFormats()
{
    // A JSON Lines file and a CSV pair in one import: the CSV pair reports while reading and while writing, and the
    // bar must only ever move forward and end at the total.
    QByteArray jsonl;
    for (int i = 0; i < 300; ++i)
        jsonl += line(chat(QStringLiteral("j-%1").arg(i)));
    const QString jsonlFile = put(QStringLiteral("mixed/a.jsonl"), jsonl);
    QByteArray conversations = kConversationsHeader;
    QByteArray turns = kTurnsHeader;
    for (int i = 0; i < 3000; ++i) {
        conversations +=
            QStringLiteral("c-%1,chat,webchat,A%2,,,2026-11-16T09:12:05+08:00,,,,,,,,\n").arg(i).arg(i % 7).toUtf8();
        for (int t = 0; t < 3; ++t)
            turns += QStringLiteral("c-%1,%2,customer,,,2026-11-16T09:12:%3+08:00,\"我要退费, 谢谢\"\n")
                         .arg(i)
                         .arg(t)
                         .arg(10 + t)
                         .toUtf8();
    }
    const QString csvFile = put(QStringLiteral("mixed/conversations.csv"), conversations);
    put(QStringLiteral("mixed/turns.csv"), turns);
    const qint64 total = jsonl.size() + conversations.size() + turns.size();
    ImportOptions options;
    options.userId = m_userId;
    Importer importer(*m_store, options);
    QList<qint64> done;
    importer.setProgressCallback([&](qint64 d, qint64 t) {
        QCOMPARE(t, total);
        done.append(d);
    });
    const ImportReport report = importer.run({jsonlFile, csvFile});
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QCOMPARE(report.inserted, 3300);
    // Reports come from the JSON Lines part, the CSV reading phase and the CSV writing phase.
    QVERIFY(std::any_of(done.cbegin(), done.cend(), [&](qint64 d) { return d > jsonl.size() && d < total / 2; }));
    QVERIFY(std::any_of(done.cbegin(), done.cend(), [&](qint64 d) { return d > total / 2 && d < total; }));
    for (qsizetype i = 1; i < done.size(); ++i)
        QVERIFY2(done[i] >= done[i - 1], qPrintable(QStringLiteral("%1 after %2").arg(done[i]).arg(done[i - 1])));
    QCOMPARE(done.last(), total);
}

void TestImport::cancelFromProgressCallback()
{
    seed();
    const QStringList before = snapshot(*m_store);
    QByteArray content;
    for (int i = 0; i < 600; ++i)
        content += line(call(QStringLiteral("cx-%1").arg(i)));
    const QString file = put(QStringLiteral("cancel.jsonl"), content);
    ImportOptions options;
    options.userId = m_userId;
    options.queueName = QStringLiteral("Cancelled");
    Importer importer(*m_store, options);
    std::atomic_bool cancel{false};
    int calls = 0;
    importer.setCancelFlag(&cancel);
    importer.setProgressCallback([&](qint64, qint64) {
        ++calls;
        cancel = true;
    });
    const ImportReport report = importer.run({file});
    QCOMPARE(calls, 1); // stopped right after the first progress report
    QVERIFY(report.cancelled);
    QVERIFY(!report.ok);
    QVERIFY2(report.summary().contains(QLatin1String("cancelled")), qPrintable(report.summary()));
    QCOMPARE(snapshot(*m_store), before);

    // The store is not left locked: the next import works.
    const ImportReport next = import(file);
    QVERIFY2(next.ok, qPrintable(errorsText(next)));
    QCOMPARE(next.inserted, 600);
}

void TestImport::cancelCsvFromProgressCallback()
{
    put(QStringLiteral("conversations.csv"),
        kConversationsHeader + "cc1,chat,,A1,,,2026-11-16T09:12:05+08:00,,,,,,,,\n");
    put(QStringLiteral("turns.csv"), kTurnsHeader + "cc1,1,agent,,,2026-11-16T09:12:05+08:00,hi\n");
    const QStringList before = snapshot(*m_store);
    ImportOptions options;
    options.userId = m_userId;
    Importer importer(*m_store, options);
    std::atomic_bool cancel{false};
    importer.setCancelFlag(&cancel);
    importer.setProgressCallback([&](qint64, qint64) { cancel = true; });
    const ImportReport report = importer.run({m_dir->filePath(QStringLiteral("conversations.csv"))});
    QVERIFY(report.cancelled);
    QVERIFY(!report.ok);
    QCOMPARE(snapshot(*m_store), before);
}

void TestImport::queueAppendsInFileOrder()
{
    const QStringList order{QStringLiteral("z-3"), QStringLiteral("a-1"), QStringLiteral("m-2")};
    QByteArray content;
    for (const QString &id : order)
        content += line(chat(id));
    const QString file = put(QStringLiteral("queue.jsonl"), content);
    ImportOptions options;
    options.queueName = QStringLiteral("  Week 47  "); // trimmed
    ImportReport report = import(file, options);
    QVERIFY2(report.ok, qPrintable(errorsText(report)));
    QVERIFY(!report.queueId.isEmpty());
    const QString queueId = report.queueId;

    CaseRepository cases(*m_store);
    const auto queue = cases.queueByName(QStringLiteral("Week 47"), m_userId);
    QVERIFY(queue);
    QCOMPARE(queue->id, queueId);
    QCOMPARE(queue->inspectorId, m_userId);
    QCOMPARE(queue->inspectorName, QStringLiteral("tester"));
    QCOMPARE(queue->kind, QStringLiteral("manual"));
    QCOMPARE(queue->status, QStringLiteral("open"));
    QCOMPARE(queue->total, 3);
    auto idsInQueue = [&] {
        QStringList ids;
        int expectedPosition = 0;
        for (const CaseRow &row : cases.cases(queueId, m_userId)) {
            ids << row.conversationId;
            if (row.position != expectedPosition++)
                return QStringList{QStringLiteral("bad position %1 for %2").arg(row.position).arg(row.conversationId)};
        }
        return ids;
    };
    QCOMPARE(idsInQueue(), order);

    // Re-import: no duplicates, same queue.
    report = import(file, options);
    QVERIFY(report.ok);
    QCOMPARE(report.queueId, queueId);
    QCOMPARE(rowCount(*m_store, QStringLiteral("queues")), 1);
    QCOMPARE(rowCount(*m_store, QStringLiteral("queue_items")), 3);
    QCOMPARE(idsInQueue(), order);

    // A later file appends its new conversations after the existing ones; known ones keep their place.
    report =
        import(put(QStringLiteral("more.jsonl"), line(chat(QStringLiteral("b-4"))) + line(chat(QStringLiteral("a-1"))) +
                                                     line(chat(QStringLiteral("c-5")))),
               options);
    QVERIFY(report.ok);
    QCOMPARE(idsInQueue(), (order + QStringList{QStringLiteral("b-4"), QStringLiteral("c-5")}));

    // The same queue name for another inspector is another queue.
    const QString other = UserRepository(*m_store).ensure(QStringLiteral("colleague")).id;
    options.userId = other;
    report = import(file, options);
    QVERIFY(report.ok);
    QVERIFY(report.queueId != queueId);
    QCOMPARE(rowCount(*m_store, QStringLiteral("queues")), 2);
    QCOMPARE(cases.queueByName(QStringLiteral("Week 47"), other)->total, 3);
}

void TestImport::skipInvalidQueuesOnlyAccepted()
{
    ImportOptions options;
    options.queueName = QStringLiteral("Partial");
    options.skipInvalid = true;
    const ImportReport report =
        import(put(QStringLiteral("partial.jsonl"),
                   line(chat(QStringLiteral("ok-a"))) + "{\"id\":\"broken\"}\n" + line(chat(QStringLiteral("ok-b")))),
               options);
    QVERIFY(report.ok);
    QCOMPARE(report.inserted, 2);
    QCOMPARE(report.rejected, 1);
    QStringList ids;
    for (const CaseRow &row : CaseRepository(*m_store).cases(report.queueId, m_userId))
        ids << row.conversationId;
    QCOMPARE(ids, (QStringList{QStringLiteral("ok-a"), QStringLiteral("ok-b")}));

    // All-or-nothing failure creates no queue.
    options.skipInvalid = false;
    options.queueName = QStringLiteral("Never");
    const ImportReport failed = import(put(QStringLiteral("never.jsonl"), "{\"id\":\"broken\"}\n"), options);
    QVERIFY(!failed.ok);
    QVERIFY(!CaseRepository(*m_store).queueByName(QStringLiteral("Never")));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
