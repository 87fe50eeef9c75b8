// Import benchmark: QA Workbench's Importer against the sqlite3 command-line shell importing the same rows.
//
// 1. Generates N conversations (seeded, deterministic; ~20 turns each, Chinese/English text, chats and calls) as
//    conversations.jsonl and as the equivalent conversations.csv + turns.csv pair.
// 2. Times Importer::run on the JSON Lines file and on the CSV pair, each into a fresh store.
// 3. Times /usr/bin/sqlite3 importing the CSV pair into the same schema: `.import` into staging tables, then
//    INSERT ... SELECT into conversations/turns/agents/teams; and `.import` into staging tables alone (lower bound).
// 4. Checks every store holds the same rows, and prints seconds, rows/s, peak RSS and the ratios.
//
// Each timed import runs in a child process (this executable re-run with --phase), so its peak RSS (VmHWM) is its
// own and not the generator's. Run it with tests/bench/run-import-bench.sh; `bench_import --help` lists the options.

#include "benchmachine.h"
#include "core/importer.h"
#include "core/store.h"
#include "core/userrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/time.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <vector>

using namespace qawb;
using qawb::bench::cpuModel;
using qawb::bench::loadAverage;
using qawb::bench::out;
using qawb::bench::vmHwmKiB;

namespace {

constexpr quint64 kDefaultSeed = 20261116;
constexpr int kFormatVersion = 1; // bump when the generated data changes, so --reuse regenerates

QString g_keptOnFailure; // the driver's work folder: kept when the run fails, for a look at the data and stores

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_import: %s\n", qPrintable(message));
    if (!g_keptOnFailure.isEmpty())
        std::fprintf(stderr, "bench_import: the data and stores are left in %s\n", qPrintable(g_keptOnFailure));
    std::fflush(stderr);
    std::exit(1);
}

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// ---------------------------------------------------------------------------------------------------------------
// Data generation

// SplitMix64: small, fast, and the same sequence on every platform (std:: distributions are not).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [lo, hi].
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    bool chance(double p) { return double(next() >> 11) * 0x1.0p-53 < p; }
    template <typename T, size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[size_t(next() % N)];
    }

private:
    quint64 m_state;
};

const std::array<const char *, 24> kChinesePhrases{
    "您好，很高兴为您服务",   "请问有什么可以帮您",       "我想查一下这个月的话费", "为什么扣了我三十块钱",
    "麻烦您提供一下手机号码", "稍等，正在为您查询",       "您的套餐是每月五十八元", "流量超出部分按每GB计费",
    "我要投诉你们的服务",     "非常抱歉给您带来不便",     "已经为您登记了工单",     "预计二十四小时内处理完毕",
    "宽带一直连不上网",       "请您重启一下光猫试试",     "订单还没有发货",         "物流显示已经到达网点",
    "可以帮我退款吗",         "退款会原路返回到您的账户", "请问还有其他问题吗",     "没有了，谢谢",
    "感谢您的耐心等待",       "我再确认一下地址",         "积分可以兑换话费",       "这个优惠活动什么时候结束"};
const std::array<const char *, 20> kEnglishPhrases{
    "hello, I need some help",       "my order has not arrived",    "could you check the invoice",
    "the app keeps crashing",        "please hold on a moment",     "I have reset your password",
    "is there anything else",        "thanks for waiting",          "the refund takes 3-5 days",
    "VIP members get free shipping", "my WiFi is very slow",        "try restarting the router",
    "I was charged twice",           "sorry for the inconvenience", "the ticket number is below",
    "let me transfer you",           "can I change the address",    "your plan includes 20GB",
    "that solved it, thanks",        "please rate our service"};
const std::array<const char *, 12> kTokens{"App", "5G",   "WiFi", "iPhone 15", "VIP", "OK",
                                           "SIM", "eSIM", "Plus", "24h",       "PIN", "2FA"};
const std::array<const char *, 6> kSpecials{"\"", ",", "😊", "👍", "？", "!"};
const std::array<const char *, 20> kSurnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                             "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
const std::array<const char *, 20> kGivenNames{"晓雯", "伟", "芳", "敏", "静", "磊",   "洋", "艳", "勇", "军",
                                               "杰",   "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "丽"};
const std::array<const char *, 10> kTeamNumbers{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
const std::array<const char *, 3> kChatSources{"webchat", "app", "wechat"};
const std::array<const char *, 2> kCallSources{"hotline", "callback"};
const std::array<const char *, 5> kBusinessTypes{"consult", "fault", "complaint", "service_request", "other"};

// Text of one turn: 15-40 UTF-16 units of mostly Chinese (or mostly English) phrases with mixed-in tokens, and now
// and then a quote, an ASCII comma or a line break so the CSV needs RFC 4180 quoting.
QString turnText(Rng &rng, bool english)
{
    const int length = int(rng.range(15, 40));
    QString s;
    while (s.size() < length) {
        if (!s.isEmpty())
            s += english ? QStringLiteral(" ") : QStringLiteral("，");
        if (rng.chance(0.15))
            s += QString::fromUtf8(rng.pick(kTokens));
        else if (rng.chance(english ? 0.9 : 0.1))
            s += QString::fromUtf8(rng.pick(kEnglishPhrases));
        else
            s += QString::fromUtf8(rng.pick(kChinesePhrases));
        if (rng.chance(0.05))
            s += QString::fromUtf8(rng.pick(kSpecials));
        if (rng.chance(0.004))
            s += QLatin1Char('\n');
    }
    s.truncate(length);
    if (s.back().isHighSurrogate())
        s.chop(1);
    while (!s.isEmpty() && (s.back().isSpace() || s.back() == QChar(0xFF0C)))
        s.chop(1);
    return s;
}

// "2026-11-16T09:12:05+08:00" for a UTC epoch second, shown in UTC+8 (days-from-civil, no time zone database).
QByteArray isoPlus8(qint64 utcSeconds)
{
    const qint64 local = utcSeconds + 8 * 3600;
    qint64 days = local / 86400;
    const qint64 secs = local % 86400;
    days += 719468;
    const qint64 era = days / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+08:00", int(year), int(month), int(day),
                  int(secs / 3600), int(secs / 60 % 60), int(secs % 60));
    return QByteArray(buf);
}

void jsonString(QByteArray &o, const QByteArray &utf8)
{
    o += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            o += '\\';
            o += char(c);
        } else if (c == '\n') {
            o += "\\n";
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            o += buf;
        } else {
            o += char(c);
        }
    }
    o += '"';
}

void csvField(QByteArray &o, const QByteArray &utf8)
{
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        QByteArray quoted = utf8;
        quoted.replace("\"", "\"\"");
        o += '"' + quoted + '"';
    } else {
        o += utf8;
    }
}

// A file written through a large buffer.
class Output
{
public:
    explicit Output(const QString &path)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            die(QStringLiteral("cannot write %1: %2").arg(path, m_file.errorString()));
    }
    QByteArray &buffer() { return m_buffer; }
    void maybeFlush()
    {
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    void flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            die(QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_buffer.clear();
    }
    qint64 close()
    {
        flush();
        m_file.close();
        return m_file.size();
    }

private:
    QFile m_file;
    QByteArray m_buffer;
};

struct DataSet
{
    QString jsonl, conversationsCsv, turnsCsv;
    qint64 conversations = 0, turns = 0, chats = 0, calls = 0;
    qint64 jsonlBytes = 0, conversationsCsvBytes = 0, turnsCsvBytes = 0;
    double seconds = 0;
    bool reused = false;
};

struct Agent
{
    QByteArray id, name, team;
};

DataSet generate(const QString &dir, qint64 count, quint64 seed)
{
    DataSet data;
    data.jsonl = dir + QStringLiteral("/conversations.jsonl");
    data.conversationsCsv = dir + QStringLiteral("/conversations.csv");
    data.turnsCsv = dir + QStringLiteral("/turns.csv");
    QElapsedTimer timer;
    timer.start();
    Rng rng(seed);

    std::vector<QByteArray> teams;
    for (int i = 0; i < 20; ++i)
        teams.push_back(((i < 10 ? QByteArray("在线") : QByteArray("热线")) + kTeamNumbers[size_t(i % 10)] + "组"));
    std::vector<Agent> agents;
    for (int i = 0; i < 200; ++i) {
        agents.push_back(Agent{"A" + QByteArray::number(1000 + i),
                               QByteArray(kSurnames[size_t(rng.next() % kSurnames.size())]) +
                                   kGivenNames[size_t(rng.next() % kGivenNames.size())],
                               teams[size_t(i % 20)]});
    }

    Output jsonl(data.jsonl), conversationsCsv(data.conversationsCsv), turnsCsv(data.turnsCsv);
    conversationsCsv.buffer() +=
        "id,channel,source,agent_id,agent_name,team,started_at,duration_s,wait_s,csat,resolved,business_type\n";
    turnsCsv.buffer() += "conversation_id,seq,speaker,start_ms,end_ms,at,text\n";

    const qint64 from = 1767196800; // 2025-12-31T16:00:00Z = 2026-01-01T00:00:00+08:00
    const qint64 span = 333LL * 86400;
    for (qint64 n = 0; n < count; ++n) {
        const bool call = rng.chance(0.4);
        const bool english = rng.chance(0.25);
        const Agent &agent = agents[size_t(rng.next() % agents.size())];
        const QByteArray id = (call ? "call-" : "chat-") + QByteArray::number(n + 1).rightJustified(7, '0');
        const qint64 started = from + rng.range(0, span);
        const QByteArray source = call ? rng.pick(kCallSources) : rng.pick(kChatSources);
        const int turnCount = int(rng.range(10, 30));
        const qint64 wait = rng.range(0, 120);
        const int csat = rng.chance(0.7) ? int(rng.range(1, 5)) : 0;            // 0: none
        const int resolved = rng.chance(0.8) ? (rng.chance(0.75) ? 1 : 0) : -1; // -1: none
        const QByteArray businessType = rng.chance(0.9) ? QByteArray(rng.pick(kBusinessTypes)) : QByteArray();

        struct TurnRow
        {
            QByteArray speaker, text, at;
            qint64 startMs = -1, endMs = -1;
        };
        std::vector<TurnRow> turns;
        turns.reserve(size_t(turnCount));
        qint64 clock = 0; // chats: seconds after started; calls: milliseconds into the recording
        for (int t = 0; t < turnCount; ++t) {
            TurnRow row;
            if (rng.chance(0.02))
                row.speaker = "system";
            else if (!call && t == 0 && rng.chance(0.3))
                row.speaker = "bot";
            else
                row.speaker = (t % 2 == 0) == call ? "agent" : "customer";
            row.text = turnText(rng, english).toUtf8();
            if (call) {
                clock += rng.range(200, 2000);
                row.startMs = clock;
                clock += rng.range(1500, 12000);
                row.endMs = clock;
            } else {
                clock += rng.range(5, 90);
                row.at = isoPlus8(started + clock);
            }
            turns.push_back(std::move(row));
        }
        // Calls last as long as their recording (one decimal); chats until their last message.
        const QByteArray duration =
            call ? QByteArray::number(double(clock / 100) / 10.0, 'f', 1) : QByteArray::number(clock);

        QByteArray &j = jsonl.buffer();
        j += "{\"id\":";
        jsonString(j, id);
        j += ",\"channel\":";
        j += call ? "\"call\"" : "\"chat\"";
        j += ",\"source\":";
        jsonString(j, source);
        j += ",\"agent_id\":";
        jsonString(j, agent.id);
        j += ",\"agent_name\":";
        jsonString(j, agent.name);
        j += ",\"team\":";
        jsonString(j, agent.team);
        j += ",\"started_at\":";
        jsonString(j, isoPlus8(started));
        j += ",\"duration_s\":" + duration + ",\"wait_s\":" + QByteArray::number(wait);
        if (csat > 0)
            j += ",\"csat\":" + QByteArray::number(csat);
        if (resolved >= 0)
            j += resolved ? ",\"resolved\":true" : ",\"resolved\":false";
        if (!businessType.isEmpty()) {
            j += ",\"business_type\":";
            jsonString(j, businessType);
        }
        j += ",\"turns\":[";
        for (size_t t = 0; t < turns.size(); ++t) {
            const TurnRow &row = turns[t];
            j += t == 0 ? "{\"speaker\":" : ",{\"speaker\":";
            jsonString(j, row.speaker);
            j += ",\"text\":";
            jsonString(j, row.text);
            if (call) {
                j +=
                    ",\"start_ms\":" + QByteArray::number(row.startMs) + ",\"end_ms\":" + QByteArray::number(row.endMs);
            } else {
                j += ",\"at\":";
                jsonString(j, row.at);
            }
            j += '}';
        }
        j += "]}\n";

        QByteArray &c = conversationsCsv.buffer();
        c += id + ',' + (call ? "call," : "chat,") + source + ',' + agent.id + ',';
        csvField(c, agent.name);
        c += ',';
        csvField(c, agent.team);
        c += ',' + isoPlus8(started) + ',' + duration + ',' + QByteArray::number(wait) + ',' +
             (csat > 0 ? QByteArray::number(csat) : QByteArray()) + ',' +
             (resolved < 0 ? ""
              : resolved   ? "true"
                           : "false") +
             ',' + businessType + '\n';

        QByteArray &tc = turnsCsv.buffer();
        for (size_t t = 0; t < turns.size(); ++t) {
            const TurnRow &row = turns[t];
            tc += id + ',' + QByteArray::number(qint64(t)) + ',' + row.speaker + ',';
            if (call)
                tc += QByteArray::number(row.startMs) + ',' + QByteArray::number(row.endMs) + ",,";
            else
                tc += ",," + row.at + ',';
            csvField(tc, row.text);
            tc += '\n';
        }

        ++data.conversations;
        data.turns += turnCount;
        (call ? data.calls : data.chats) += 1;
        jsonl.maybeFlush();
        conversationsCsv.maybeFlush();
        turnsCsv.maybeFlush();
    }
    data.jsonlBytes = jsonl.close();
    data.conversationsCsvBytes = conversationsCsv.close();
    data.turnsCsvBytes = turnsCsv.close();
    data.seconds = double(timer.nsecsElapsed()) / 1e9;
    return data;
}

// The manifest that lets --reuse skip generation when the files match count, seed and generator version.
QString manifestPath(const QString &dir)
{
    return dir + QStringLiteral("/bench-data.txt");
}

QByteArray manifestKey(qint64 count, quint64 seed)
{
    return "version=" + QByteArray::number(kFormatVersion) + " count=" + QByteArray::number(count) +
           " seed=" + QByteArray::number(seed);
}

void writeManifest(const QString &dir, quint64 seed, const DataSet &data)
{
    QFile f(manifestPath(dir));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(QStringLiteral("cannot write %1").arg(f.fileName()));
    f.write(manifestKey(data.conversations, seed) + " turns=" + QByteArray::number(data.turns) +
            " chats=" + QByteArray::number(data.chats) + " calls=" + QByteArray::number(data.calls) + '\n');
}

std::optional<DataSet> reuse(const QString &dir, qint64 count, quint64 seed)
{
    QFile f(manifestPath(dir));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = f.readAll().trimmed();
    if (!line.startsWith(QByteArray(manifestKey(count, seed) + ' ')))
        return std::nullopt;
    DataSet data;
    data.reused = true;
    data.jsonl = dir + QStringLiteral("/conversations.jsonl");
    data.conversationsCsv = dir + QStringLiteral("/conversations.csv");
    data.turnsCsv = dir + QStringLiteral("/turns.csv");
    for (const QByteArray &part : line.split(' ')) {
        const QList<QByteArray> kv = part.split('=');
        if (kv.size() != 2)
            continue;
        if (kv[0] == "count")
            data.conversations = kv[1].toLongLong();
        else if (kv[0] == "turns")
            data.turns = kv[1].toLongLong();
        else if (kv[0] == "chats")
            data.chats = kv[1].toLongLong();
        else if (kv[0] == "calls")
            data.calls = kv[1].toLongLong();
    }
    for (const QString &file : {data.jsonl, data.conversationsCsv, data.turnsCsv}) {
        if (!QFileInfo::exists(file))
            return std::nullopt;
    }
    data.jsonlBytes = QFileInfo(data.jsonl).size();
    data.conversationsCsvBytes = QFileInfo(data.conversationsCsv).size();
    data.turnsCsvBytes = QFileInfo(data.turnsCsv).size();
    return data;
}

// ---------------------------------------------------------------------------------------------------------------
// The sqlite3 shell's side

QString sqlQuote(const QString &s)
{
    QString quoted = s;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellQuote(const QString &s)
{
    QString quoted = s;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The same connection settings the Store uses: foreign keys on, WAL, synchronous=NORMAL.
const char *const kPragmas = "PRAGMA foreign_keys = ON;\n"
                             "PRAGMA journal_mode = WAL;\n"
                             "PRAGMA synchronous = NORMAL;\n";

const char *const kStagingColumns =
    "stage_conversations(id TEXT, channel TEXT, source TEXT, agent_id TEXT, agent_name TEXT, team TEXT, "
    "started_at TEXT, duration_s TEXT, wait_s TEXT, csat TEXT, resolved TEXT, business_type TEXT);\n";
const char *const kStagingTurnColumns =
    "stage_turns(conversation_id TEXT, seq TEXT, speaker TEXT, start_ms TEXT, end_ms TEXT, at TEXT, text TEXT);\n";

// `.import` of the CSV pair into TEMP staging tables, then INSERT ... SELECT into the store's own tables with the
// columns the Importer derives. Simplifications against the Importer: content_hash is random (no SHA-1 of the
// content), team ids are random UUID-shaped text (not UUIDv5 of the name), no validation beyond the schema's
// constraints, no idempotency check (the store is fresh), times are whole seconds so unixepoch() gives started_ms.
QString fullScript(const DataSet &data)
{
    QString s = QString::fromLatin1(kPragmas);
    s += QStringLiteral("CREATE TEMP TABLE ") + QLatin1String(kStagingColumns);
    s += QStringLiteral("CREATE TEMP TABLE ") + QLatin1String(kStagingTurnColumns);
    s += QStringLiteral("BEGIN IMMEDIATE;\n");
    s += QStringLiteral(".import --csv --skip 1 %1 stage_conversations\n").arg(shellQuote(data.conversationsCsv));
    s += QStringLiteral(".import --csv --skip 1 %1 stage_turns\n").arg(shellQuote(data.turnsCsv));
    s += QStringLiteral(R"sql(
CREATE TEMP TABLE stage_batch AS
    SELECT lower(hex(randomblob(16))) AS id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now,
           (SELECT id FROM users ORDER BY rowid LIMIT 1) AS user_id;
INSERT INTO import_batches(id, source_file, format, encoding, user_id, started_at, finished_at,
                           inserted, updated, unchanged, rejected)
    SELECT id, %1, 'csv', 'UTF-8', user_id, now, now, 0, 0, 0, 0 FROM stage_batch;
CREATE TEMP TABLE stage_teams AS
    SELECT name, substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4)
                 || '-' || substr(h, 21, 12) AS id
    FROM (SELECT name, lower(hex(randomblob(16))) AS h
          FROM (SELECT DISTINCT team AS name FROM stage_conversations WHERE team <> ''));
INSERT INTO teams(id, name) SELECT id, name FROM stage_teams WHERE true ON CONFLICT DO NOTHING;
INSERT OR IGNORE INTO agents(id, name, team_id, updated_at)
    SELECT DISTINCT s.agent_id, nullif(s.agent_name, ''), t.id, b.now
    FROM stage_conversations s LEFT JOIN stage_teams t ON t.name = s.team CROSS JOIN stage_batch b;
INSERT INTO conversations(id, channel, source, agent_id, team_id, business_type, started_at, started_ms,
                          duration_s, wait_s, csat, resolved, audio_path, audio_channels, extra, warnings,
                          turn_count, content_hash, import_id, imported_at)
    SELECT s.id, s.channel, nullif(s.source, ''), s.agent_id, t.id, nullif(s.business_type, ''), s.started_at,
           unixepoch(s.started_at) * 1000, CAST(nullif(s.duration_s, '') AS REAL),
           CAST(nullif(s.wait_s, '') AS REAL), CAST(nullif(s.csat, '') AS INTEGER),
           CASE lower(s.resolved) WHEN 'true' THEN 1 WHEN 'false' THEN 0 END, NULL, NULL, NULL, NULL,
           coalesce(n.turns, 0), lower(hex(randomblob(20))), b.id, b.now
    FROM stage_conversations s
    LEFT JOIN stage_teams t ON t.name = s.team
    LEFT JOIN (SELECT conversation_id, count(*) AS turns FROM stage_turns GROUP BY conversation_id) n
           ON n.conversation_id = s.id
    CROSS JOIN stage_batch b;
INSERT INTO turns(conversation_id, seq, speaker, start_ms, end_ms, at, at_ms, text, extra)
    SELECT conversation_id, CAST(seq AS INTEGER), speaker, CAST(nullif(start_ms, '') AS INTEGER),
           CAST(nullif(end_ms, '') AS INTEGER), nullif(at, ''), unixepoch(nullif(at, '')) * 1000, text, NULL
    FROM stage_turns;
UPDATE import_batches SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                          inserted = (SELECT count(*) FROM stage_conversations)
    WHERE id = (SELECT id FROM stage_batch);
INSERT INTO audit_log(id, at, actor_id, action, entity, entity_id, detail)
    SELECT lower(hex(randomblob(16))), now, user_id, 'import', 'import_batches', id,
           json_object('inserted', (SELECT count(*) FROM stage_conversations), 'updated', 0, 'rejected', 0)
    FROM stage_batch;
COMMIT;
)sql")
             .arg(sqlQuote(data.conversationsCsv));
    return s;
}

// `.import` alone, into plain staging tables of the store (so the rows reach the WAL and the file like the real
// import's): the lower bound of any CSV import into this store.
QString stagingScript(const DataSet &data)
{
    QString s = QString::fromLatin1(kPragmas);
    s += QStringLiteral("CREATE TABLE ") + QLatin1String(kStagingColumns);
    s += QStringLiteral("CREATE TABLE ") + QLatin1String(kStagingTurnColumns);
    s += QStringLiteral("BEGIN IMMEDIATE;\n");
    s += QStringLiteral(".import --csv --skip 1 %1 stage_conversations\n").arg(shellQuote(data.conversationsCsv));
    s += QStringLiteral(".import --csv --skip 1 %1 stage_turns\n").arg(shellQuote(data.turnsCsv));
    s += QStringLiteral("COMMIT;\n");
    return s;
}

// ---------------------------------------------------------------------------------------------------------------
// Child phases: one timed import each, printing "BENCH key=value ..." on stdout.

struct Figures
{
    double seconds = 0;           // the import itself
    double closeSeconds = 0;      // closing the store afterwards (qawb)
    qint64 hwmKiB = 0;            // peak RSS of the importing process
    qint64 progressCalls = 0;     // qawb: progress callback invocations
    qint64 progressBackwards = 0; // qawb: ... that reported less done than the one before
    double progressMaxGap = 0;    // qawb: longest time without a progress callback (from the start of the import)
    QString note;
};

std::optional<Figures> parseFigures(const QByteArray &output)
{
    for (const QByteArray &line : output.split('\n')) {
        if (!line.startsWith("BENCH "))
            continue;
        Figures f;
        for (const QByteArray &part : line.mid(6).split(' ')) {
            const qsizetype eq = part.indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray key = part.left(eq), value = part.mid(eq + 1);
            if (key == "seconds")
                f.seconds = value.toDouble();
            else if (key == "close_seconds")
                f.closeSeconds = value.toDouble();
            else if (key == "hwm_kib")
                f.hwmKiB = value.toLongLong();
            else if (key == "progress_calls")
                f.progressCalls = value.toLongLong();
            else if (key == "progress_backwards")
                f.progressBackwards = value.toLongLong();
            else if (key == "progress_max_gap")
                f.progressMaxGap = value.toDouble();
        }
        return f;
    }
    return std::nullopt;
}

// --phase import STORE FILE...: Importer::run into a fresh store, as the app does it.
int importPhase(const QString &storePath, const QStringList &files)
{
    removeStore(storePath);
    QString error;
    std::unique_ptr<Store> store = Store::open(storePath, &error);
    if (!store)
        die(error);
    const User user = UserRepository(*store).ensure(QStringLiteral("bench"));
    if (user.id.isEmpty())
        die(QStringLiteral("cannot create the importing user"));
    ImportOptions options;
    options.userId = user.id;
    Importer importer(*store, options);
    qint64 calls = 0, lastDone = -1, lastTotal = 0, backwards = 0;
    qint64 lastCallNs = 0, maxGapNs = 0; // the longest the progress indicator stands still
    bool beyondTotal = false;
    QElapsedTimer timer;
    importer.setProgressCallback([&](qint64 done, qint64 total) {
        const qint64 now = timer.nsecsElapsed();
        maxGapNs = std::max(maxGapNs, now - lastCallNs);
        lastCallNs = now;
        ++calls;
        if (done < lastDone)
            ++backwards;
        if (done > total)
            beyondTotal = true;
        lastDone = done;
        lastTotal = total;
    });
    timer.start();
    const ImportReport report = importer.run(files);
    const qint64 importNs = timer.nsecsElapsed();
    store.reset();
    const qint64 closeNs = timer.nsecsElapsed() - importNs;
    if (!report.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(report.summary()));
        for (const ImportIssue &issue : report.errors)
            std::fprintf(stderr, "  %s\n", qPrintable(issue.toString()));
        return 2;
    }
    if (!report.warnings.isEmpty())
        die(QStringLiteral("the import reported %1 warning(s), e.g. %2")
                .arg(report.warnings.size())
                .arg(report.warnings.first().toString()));
    // A progress bar must end full and never overshoot; going backwards is reported (a visible glitch), not fatal.
    if (calls == 0 || beyondTotal || lastDone != lastTotal)
        die(QStringLiteral("progress went wrong: %1 calls, beyond the total %2, last %3 of %4")
                .arg(calls)
                .arg(beyondTotal)
                .arg(lastDone)
                .arg(lastTotal));
    std::printf("BENCH seconds=%.4f close_seconds=%.4f hwm_kib=%lld progress_calls=%lld progress_backwards=%lld "
                "progress_max_gap=%.3f inserted=%lld\n",
                double(importNs) / 1e9, double(closeNs) / 1e9, (long long)vmHwmKiB(), (long long)calls,
                (long long)backwards, double(maxGapNs) / 1e9, (long long)report.inserted);
    return 0;
}

// --phase sqlite3 STORE SCRIPT: the sqlite3 shell running SCRIPT on STORE in one process. This process has no other
// child, so RUSAGE_CHILDREN's ru_maxrss is the shell's own peak RSS.
int sqlitePhase(const QString &shell, const QString &storePath, const QString &scriptPath)
{
    QProcess process;
    process.setProgram(shell);
    process.setArguments({QStringLiteral("-batch"), QStringLiteral("-bail"), storePath});
    process.setStandardInputFile(scriptPath);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(-1))
        die(QStringLiteral("cannot run %1: %2").arg(shell, process.errorString()));
    process.waitForFinished(-1);
    const qint64 ns = timer.nsecsElapsed();
    const QByteArray stdErr = process.readAllStandardError().trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !stdErr.isEmpty()) {
        std::fprintf(stderr, "%s exited with %d: %s\n", qPrintable(shell), process.exitCode(), stdErr.constData());
        return 2;
    }
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    std::printf("BENCH seconds=%.4f hwm_kib=%ld\n", double(ns) / 1e9, usage.ru_maxrss);
    return 0;
}

// ---------------------------------------------------------------------------------------------------------------
// The driver

struct Signature
{
    QList<QVariant> values;
    QString describe() const
    {
        QStringList parts;
        for (const QVariant &v : values)
            parts << v.toString();
        return parts.join(QStringLiteral(", "));
    }
};

// Counts and checksums of what a store holds, to check every side imported the same rows.
Signature storeSignature(const QString &path, const QString &stagingPrefix = {})
{
    const QString connection = QStringLiteral("bench-verify");
    Signature sig;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            die(QStringLiteral("cannot open %1 to check it: %2").arg(path, db.lastError().text()));
        QSqlQuery q(db);
        const QString sql =
            stagingPrefix.isEmpty()
                ? QStringLiteral(
                      "SELECT (SELECT count(*) FROM conversations), (SELECT count(*) FROM turns), "
                      "(SELECT total(length(text)) FROM turns), (SELECT total(seq) FROM turns), "
                      "(SELECT total(coalesce(at_ms, 0) / 1000 + coalesce(start_ms, 0) + coalesce(end_ms, 0)) "
                      " FROM turns), "
                      "(SELECT total(started_ms / 1000) FROM conversations), "
                      "(SELECT total(coalesce(duration_s, 0) + coalesce(wait_s, 0) + coalesce(csat, 0) * 7 + "
                      " coalesce(resolved, 3)) FROM conversations), "
                      "(SELECT sum(turn_count) FROM conversations), (SELECT count(*) FROM agents), "
                      "(SELECT count(*) FROM teams), "
                      "(SELECT count(*) FROM conversations c JOIN teams t ON t.id = c.team_id "
                      " JOIN agents a ON a.id = c.agent_id AND a.team_id = t.id)")
                : QStringLiteral("SELECT (SELECT count(*) FROM stage_conversations), "
                                 "(SELECT count(*) FROM stage_turns), (SELECT total(length(text)) FROM stage_turns)");
        if (!q.exec(sql) || !q.next())
            die(QStringLiteral("cannot check %1: %2").arg(path, q.lastError().text()));
        for (int i = 0; i < q.record().count(); ++i)
            sig.values << q.value(i);
    }
    QSqlDatabase::removeDatabase(connection);
    return sig;
}

// Makes a fresh store with the schema and user the Importer would find, for the sqlite3 shell to fill.
void prepareStore(const QString &path)
{
    removeStore(path);
    QString error;
    std::unique_ptr<Store> store = Store::open(path, &error);
    if (!store)
        die(error);
    if (UserRepository(*store).ensure(QStringLiteral("bench")).id.isEmpty())
        die(QStringLiteral("cannot create the importing user"));
}

Figures runChild(const QStringList &arguments, const QString &what)
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    if (!process.waitForStarted(-1))
        die(QStringLiteral("cannot start %1: %2").arg(what, process.errorString()));
    process.waitForFinished(-1);
    const QByteArray stdOut = process.readAllStandardOutput();
    const QByteArray stdErr = process.readAllStandardError();
    const std::optional<Figures> figures = parseFigures(stdOut);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !figures)
        die(QStringLiteral("%1 FAILED (exit %2):\n%3%4")
                .arg(what)
                .arg(process.exitCode())
                .arg(QString::fromUtf8(stdOut), QString::fromUtf8(stdErr)));
    return *figures;
}

QString format(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

int driver(const QCommandLineParser &args)
{
    bool ok = false;
    const qint64 count = args.value(QStringLiteral("count")).toLongLong(&ok);
    if (!ok || count < 1)
        die(QStringLiteral("--count needs a positive number"));
    const int repeat = args.value(QStringLiteral("repeat")).toInt(&ok);
    if (!ok || repeat < 1)
        die(QStringLiteral("--repeat needs a positive number"));
    const quint64 seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        die(QStringLiteral("--seed needs a number"));
    const QString shell = args.value(QStringLiteral("sqlite3"));
    if (!QFileInfo(shell).isExecutable())
        die(QStringLiteral("no sqlite3 shell at %1 (apt-get install sqlite3, or pass --sqlite3 PATH)").arg(shell));
    QStringList only = args.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList allPhases{QStringLiteral("jsonl"), QStringLiteral("csv"), QStringLiteral("sqlite3"),
                                QStringLiteral("staging")};
    if (only.isEmpty())
        only = allPhases;
    for (const QString &p : std::as_const(only)) {
        if (!allPhases.contains(p))
            die(QStringLiteral("--only takes a comma-separated list of %1").arg(allPhases.join(QLatin1Char(','))));
    }

    std::unique_ptr<QTemporaryDir> tempDir;
    QString dir = args.value(QStringLiteral("workdir"));
    if (dir.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/qawb-bench-XXXXXX"));
        if (!tempDir->isValid())
            die(QStringLiteral("cannot make a temporary folder: %1").arg(tempDir->errorString()));
        tempDir->setAutoRemove(!args.isSet(QStringLiteral("keep")));
        dir = tempDir->path();
    } else if (!QDir().mkpath(dir)) {
        die(QStringLiteral("cannot create %1").arg(dir));
    }
    dir = QFileInfo(dir).absoluteFilePath();
    g_keptOnFailure = dir;

    QProcess version;
    version.start(shell, {QStringLiteral("-version")});
    version.waitForFinished(-1);
    const QString shellVersion = QString::fromUtf8(version.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);

    out(QStringLiteral("QA Workbench import benchmark: qawb Importer vs the sqlite3 shell (%1, SQLite %2 linked)")
            .arg(shellVersion, QString::fromLatin1(sqlite3_libversion())));
    out(QStringLiteral("machine: %1, %2 CPUs, load average %3 at start; Qt %4; work folder %5")
            .arg(cpuModel())
            .arg(QThread::idealThreadCount())
            .arg(loadAverage(), QString::fromLatin1(qVersion()), dir));

    DataSet data;
    if (const std::optional<DataSet> reused =
            args.isSet(QStringLiteral("reuse")) ? reuse(dir, count, seed) : std::nullopt) {
        data = *reused;
    } else {
        out(QStringLiteral("generating %1 conversations (seed %2) ...").arg(count).arg(seed));
        data = generate(dir, count, seed);
        writeManifest(dir, seed, data);
    }
    const double mib = 1024.0 * 1024.0;
    out(QStringLiteral("data: %1 conversations (%2 chats, %3 calls), %4 turns (%5 per conversation); "
                       "JSONL %6 MiB, CSV %7 + %8 MiB; %9")
            .arg(data.conversations)
            .arg(data.chats)
            .arg(data.calls)
            .arg(data.turns)
            .arg(format(double(data.turns) / double(data.conversations), 2))
            .arg(format(double(data.jsonlBytes) / mib, 1), format(double(data.conversationsCsvBytes) / mib, 1),
                 format(double(data.turnsCsvBytes) / mib, 1),
                 data.reused ? QStringLiteral("reused from an earlier run")
                             : QStringLiteral("generated in %1 s").arg(format(data.seconds, 1))));

    const QString fullScriptPath = dir + QStringLiteral("/sqlite3-import.sql");
    const QString stagingScriptPath = dir + QStringLiteral("/sqlite3-staging.sql");
    for (const auto &[path, text] :
         {std::pair{fullScriptPath, fullScript(data)}, std::pair{stagingScriptPath, stagingScript(data)}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0)
            die(QStringLiteral("cannot write %1").arg(path));
    }

    struct Phase
    {
        QString key;
        QString label;
        std::vector<Figures> runs;
        std::optional<Signature> signature;
    };
    std::vector<Phase> phases{{QStringLiteral("jsonl"), QStringLiteral("qawb Importer, JSON Lines"), {}, {}},
                              {QStringLiteral("csv"), QStringLiteral("qawb Importer, CSV pair"), {}, {}},
                              {QStringLiteral("sqlite3"), QStringLiteral("sqlite3 .import + INSERT..SELECT"), {}, {}},
                              {QStringLiteral("staging"), QStringLiteral("sqlite3 .import into staging only"), {}, {}}};
    phases.erase(std::remove_if(phases.begin(), phases.end(), [&](const Phase &p) { return !only.contains(p.key); }),
                 phases.end());

    const QList<QVariant> expectedCounts{data.conversations, data.turns};
    for (int r = 0; r < repeat; ++r) {
        for (Phase &phase : phases) {
            const QString store = dir + QStringLiteral("/store-%1.db").arg(phase.key);
            std::fprintf(stdout, "run %d/%d: %s ... ", r + 1, repeat, qPrintable(phase.label));
            std::fflush(stdout);
            Figures f;
            if (phase.key == QLatin1String("jsonl")) {
                f = runChild({QStringLiteral("--phase"), QStringLiteral("import"), store, data.jsonl}, phase.label);
            } else if (phase.key == QLatin1String("csv")) {
                f = runChild({QStringLiteral("--phase"), QStringLiteral("import"), store, data.conversationsCsv},
                             phase.label);
            } else {
                prepareStore(store);
                f = runChild({QStringLiteral("--phase"), QStringLiteral("sqlite3"), QStringLiteral("--sqlite3"), shell,
                              store, phase.key == QLatin1String("staging") ? stagingScriptPath : fullScriptPath},
                             phase.label);
            }
            const Signature sig =
                storeSignature(store, phase.key == QLatin1String("staging") ? QStringLiteral("stage_") : QString());
            if (sig.values.mid(0, 2) != expectedCounts)
                die(QStringLiteral("ROW COUNT MISMATCH: %1 holds %2 conversations and %3 turns; expected %4 and %5")
                        .arg(phase.label, sig.values.value(0).toString(), sig.values.value(1).toString())
                        .arg(data.conversations)
                        .arg(data.turns));
            if (phase.signature && phase.signature->values != sig.values)
                die(QStringLiteral("%1 imported different rows on run %2: %3 vs %4")
                        .arg(phase.label)
                        .arg(r + 1)
                        .arg(sig.describe(), phase.signature->describe()));
            phase.signature = sig;
            if (!args.isSet(QStringLiteral("keep")))
                removeStore(store);
            out(QStringLiteral("%1 s").arg(format(f.seconds, 2)));
            phase.runs.push_back(f);
        }
    }

    // The three stores with the real tables must agree on everything the signature checks.
    const Phase *reference = nullptr;
    for (const Phase &phase : phases) {
        if (phase.key == QLatin1String("staging"))
            continue;
        if (!reference) {
            reference = &phase;
        } else if (phase.signature->values != reference->signature->values) {
            die(QStringLiteral("STORES DIFFER: %1 holds [%2] but %3 holds [%4]")
                    .arg(phase.label, phase.signature->describe(), reference->label, reference->signature->describe()));
        }
    }
    if (reference)
        out(QStringLiteral("check: every store holds %1 conversations and %2 turns with the same checksums [%3]")
                .arg(data.conversations)
                .arg(data.turns)
                .arg(reference->signature->describe()));

    auto best = [](const Phase &phase) {
        return *std::min_element(phase.runs.begin(), phase.runs.end(),
                                 [](const Figures &a, const Figures &b) { return a.seconds < b.seconds; });
    };
    std::map<QString, Figures> bests;
    out(QString());
    out(QStringLiteral("%1 conversations, %2 turns; best of %3 run(s); load average %4 at the end")
            .arg(data.conversations)
            .arg(data.turns)
            .arg(repeat)
            .arg(loadAverage()));
    out(QStringLiteral("%1 %2 %3 %4 %5 %6")
            .arg(QStringLiteral("phase"), -36)
            .arg(QStringLiteral("seconds"), 9)
            .arg(QStringLiteral("conv/s"), 9)
            .arg(QStringLiteral("turns/s"), 10)
            .arg(QStringLiteral("rows/s"), 10)
            .arg(QStringLiteral("peak RSS MiB"), 13));
    for (const Phase &phase : phases) {
        const Figures f = best(phase);
        bests[phase.key] = f;
        out(QStringLiteral("%1 %2 %3 %4 %5 %6")
                .arg(phase.label, -36)
                .arg(format(f.seconds, 2), 9)
                .arg(format(double(data.conversations) / f.seconds, 0), 9)
                .arg(format(double(data.turns) / f.seconds, 0), 10)
                .arg(format(double(data.conversations + data.turns) / f.seconds, 0), 10)
                .arg(format(double(f.hwmKiB) / 1024.0, 1), 13));
    }
    out(QStringLiteral("(rows = conversations + turns; qawb seconds are Importer::run alone, store close after it: "
                       "%1; sqlite3 seconds are the whole shell process)")
            .arg([&] {
                QStringList closes;
                for (const Phase &phase : phases) {
                    if (phase.key == QLatin1String("jsonl") || phase.key == QLatin1String("csv"))
                        closes << QStringLiteral("%1 %2 s").arg(phase.key, format(bests[phase.key].closeSeconds, 2));
                }
                return closes.isEmpty() ? QStringLiteral("-") : closes.join(QStringLiteral(", "));
            }()));
    for (const Phase &phase : phases) {
        if (phase.key == QLatin1String("jsonl") || phase.key == QLatin1String("csv"))
            out(QStringLiteral("progress, %1: %2 callbacks, longest without one %3 s%4")
                    .arg(phase.key)
                    .arg(bests[phase.key].progressCalls)
                    .arg(format(bests[phase.key].progressMaxGap, 2))
                    .arg(bests[phase.key].progressBackwards > 0
                             ? QStringLiteral(" -- WARNING: %1 of them went backwards")
                                   .arg(bests[phase.key].progressBackwards)
                             : QString()));
    }

    out(QString());
    out(QStringLiteral("ratios (time / time; above 1 means qawb is slower):"));
    auto ratio = [&](const QString &a, const QString &b, const QString &label) {
        if (bests.count(a) && bests.count(b))
            out(QStringLiteral("  %1 %2x").arg(label, -52).arg(format(bests[a].seconds / bests[b].seconds, 2)));
    };
    ratio(QStringLiteral("jsonl"), QStringLiteral("sqlite3"),
          QStringLiteral("qawb JSONL / sqlite3 .import + INSERT..SELECT"));
    ratio(QStringLiteral("csv"), QStringLiteral("sqlite3"),
          QStringLiteral("qawb CSV   / sqlite3 .import + INSERT..SELECT"));
    ratio(QStringLiteral("jsonl"), QStringLiteral("staging"), QStringLiteral("qawb JSONL / sqlite3 .import only"));
    ratio(QStringLiteral("csv"), QStringLiteral("staging"), QStringLiteral("qawb CSV   / sqlite3 .import only"));
    ratio(QStringLiteral("sqlite3"), QStringLiteral("staging"),
          QStringLiteral("sqlite3 .import + INSERT..SELECT / .import only"));
    if (args.isSet(QStringLiteral("markdown"))) {
        // The same figures as a Markdown table, for the README.
        out(QString());
        out(QStringLiteral("| Import of %1 conversations, %2 turns | seconds | conversations/s | rows/s | peak RSS "
                           "(MiB) | time vs sqlite3 |")
                .arg(QLocale::c().toString(data.conversations), QLocale::c().toString(data.turns)));
        out(QStringLiteral("|---|---:|---:|---:|---:|---:|"));
        for (const Phase &phase : phases) {
            const Figures &f = bests[phase.key];
            out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                    .arg(phase.label, format(f.seconds, 1), format(double(data.conversations) / f.seconds, 0),
                         format(double(data.conversations + data.turns) / f.seconds, 0),
                         format(double(f.hwmKiB) / 1024.0, 0),
                         bests.count(QStringLiteral("sqlite3"))
                             ? format(f.seconds / bests[QStringLiteral("sqlite3")].seconds, 2) + QStringLiteral("×")
                             : QStringLiteral("–")));
        }
    }
    if (tempDir && args.isSet(QStringLiteral("keep")))
        out(QStringLiteral("kept %1").arg(dir));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_import"));

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral(
        "Times QA Workbench's importer (JSON Lines and CSV pair) against the sqlite3 shell's .import of the same "
        "rows, and prints seconds, rows/s, peak RSS and ratios."));
    args.addHelpOption();
    args.addOptions({
        {QStringLiteral("count"), QStringLiteral("Conversations to generate (default 100000)."), QStringLiteral("N"),
         QStringLiteral("100000")},
        {QStringLiteral("repeat"), QStringLiteral("Run every phase K times and keep the best (default 1)."),
         QStringLiteral("K"), QStringLiteral("1")},
        {QStringLiteral("workdir"), QStringLiteral("Folder for the data and stores (default: a temporary folder)."),
         QStringLiteral("DIR")},
        {QStringLiteral("keep"), QStringLiteral("Keep the generated data and the stores.")},
        {QStringLiteral("reuse"),
         QStringLiteral("Reuse data generated earlier in --workdir with the same count and seed.")},
        {QStringLiteral("seed"), QStringLiteral("Generator seed."), QStringLiteral("S"), QString::number(kDefaultSeed)},
        {QStringLiteral("markdown"), QStringLiteral("Also print the results as a Markdown table.")},
        {QStringLiteral("only"), QStringLiteral("Run only these phases: jsonl,csv,sqlite3,staging."),
         QStringLiteral("LIST")},
        {QStringLiteral("sqlite3"),
         QStringLiteral("The sqlite3 shell (default %1).").arg(QStringLiteral(QAWB_SQLITE3_SHELL)),
         QStringLiteral("PATH"), QStringLiteral(QAWB_SQLITE3_SHELL)},
        {QStringLiteral("phase"),
         QStringLiteral("Internal: run one timed import and print its figures. 'import STORE FILE...' or "
                        "'sqlite3 STORE SCRIPT'."),
         QStringLiteral("PHASE")},
    });
    args.process(app);

    const QString phase = args.value(QStringLiteral("phase"));
    const QStringList positional = args.positionalArguments();
    if (phase == QLatin1String("import")) {
        if (positional.size() < 2)
            die(QStringLiteral("--phase import STORE FILE..."));
        return importPhase(positional.first(), positional.mid(1));
    }
    if (phase == QLatin1String("sqlite3")) {
        if (positional.size() != 2)
            die(QStringLiteral("--phase sqlite3 STORE SCRIPT"));
        return sqlitePhase(args.value(QStringLiteral("sqlite3")), positional[0], positional[1]);
    }
    if (!phase.isEmpty())
        die(QStringLiteral("unknown phase %1").arg(phase));
    if (!positional.isEmpty())
        die(QStringLiteral("unexpected argument %1").arg(positional.first()));
    return driver(args);
}
