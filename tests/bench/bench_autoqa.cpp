// Auto-QA benchmark: QA Workbench's phrase pipeline against ripgrep and GNU grep on the same text and phrases.
//
// 1. Generates (seeded, deterministic) a corpus of mixed Chinese (Simplified, some Traditional) / English turn text,
//    one turn per line, split into a few part files; and phrase lists of 1,000 and 10,000 phrases (CJK words of 2-4
//    characters, English words and short phrases) drawn from the corpus vocabulary, so that a realistic number match.
// 2. Times, on one thread and on all cores (QThreadPool over chunks of lines):
//    - AutoQaEngine::run on conversations of 20 turns, with a qawb-rules/1 rule set holding one "phrases" rule with
//      every phrase (whole_words: true, the default), turn text decoded from UTF-8 as the store would give it;
//    - the raw pipeline per line: UTF-8 decode, TextNormalizer::normalize, PhraseMatcher::match and
//      NormalizedText::originalSpan for every occurrence.
// 3. Times `rg -F -o -f PHRASES` (-j1 and default threads) and `grep -F -o -f PHRASES` on the same files, reading
//    and counting their output, in the same run.
// 4. Prints seconds, MB/s, matches and the throughput ratio against rg -j1, and explains why the match counts differ
//    (grep and rg do no normalisation; the engine applies whole-word rules and merges overlaps), with a cross-check
//    that our matcher on the raw text finds exactly as many leftmost-longest matches as grep.
//
// Run it with tests/bench/run-autoqa-bench.sh; `bench_autoqa --help` lists the options.

#include "benchmachine.h"
#include "core/autoqaengine.h"
#include "core/conversation.h"
#include "core/phrasematcher.h"
#include "core/ruleset.h"
#include "core/textnormalizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <sys/resource.h>
#include <sys/time.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <vector>

using namespace qawb;
using qawb::bench::cpuModel;
using qawb::bench::loadAverage;
using qawb::bench::out;

namespace {

constexpr quint64 kDefaultSeed = 20261116;
constexpr int kFormatVersion = 1;         // bump when the generated data changes, so --reuse regenerates
constexpr int kTurnsPerConversation = 20; // the engine runs conversations of this many turns
constexpr int kChunkConversations = 100;  // unit of work for the thread pool: 2,000 turns
constexpr double kMB = 1e6;               // MB/s here are 10^6 bytes per second, as rg's figures are quoted

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_autoqa: %s\n", qPrintable(message));
    std::fflush(stderr);
    std::exit(1);
}

QString format(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
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
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

// Draws ranks 0..n-1 with probability proportional to 1 / (rank + offset)^s: a few items are common, most are rare.
class Zipf
{
public:
    Zipf(size_t n, double s, double offset)
    {
        m_cumulative.resize(n);
        double total = 0;
        for (size_t r = 0; r < n; ++r) {
            total += 1.0 / std::pow(double(r) + offset, s);
            m_cumulative[r] = total;
        }
        for (double &c : m_cumulative)
            c /= total;
    }
    size_t draw(Rng &rng) const
    {
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), rng.uniform());
        return std::min(size_t(it - m_cumulative.begin()), m_cumulative.size() - 1);
    }
    double probability(size_t rank) const
    {
        return rank == 0 ? m_cumulative[0] : m_cumulative[rank] - m_cumulative[rank - 1];
    }

private:
    std::vector<double> m_cumulative;
};

// About 1,500 common Simplified Chinese characters, most frequent first.
const char *const kHanzi =
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种"
    "事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第"
    "公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合"
    "回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总"
    "何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听"
    "白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带"
    "导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连"
    "调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史"
    "委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半"
    "节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群"
    "项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独"
    "球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳"
    "欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮"
    "挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛"
    "托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾"
    "吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽"
    "巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺"
    "伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝"
    "翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎"
    "扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振"
    "染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵";

// Customer-service English, roughly most frequent first.
const char *const kEnglishWords =
    "the to i you and a my is it for of your in that have this can be on not me with we please order do will what "
    "thank thanks help account so are no was at if but just need get phone number card service "
    "refund payment ok yes check again time day email address internet plan bill charge issue problem customer "
    "support team manager agent call back wait minute moment hold transfer ticket case status update delivery "
    "package shipping tracking cancel change password login app website store product price discount coupon "
    "credit debit bank transfer balance fee late monthly contract upgrade downgrade router modem wifi signal slow "
    "network outage technician appointment schedule confirm receipt invoice statement tax return exchange warranty "
    "repair replacement damaged broken missing wrong item size color quantity stock available sold out preorder "
    "reservation booking flight hotel seat upgrade baggage passport visa insurance claim policy premium coverage "
    "doctor clinic prescription pharmacy subscription renew expire expired trial premium family student senior "
    "loyalty points reward voucher gift promo code sale offer deal free unlimited data roaming international sms "
    "voicemail sim esim device iphone android tablet laptop screen battery charger cable headphones camera speaker "
    "sorry apologize understand frustrating annoying terrible awful great excellent perfect fine good bad happy "
    "unhappy angry upset complaint complain escalate supervisor lawyer court report police fraud scam stolen lost "
    "block unblock lock unlock verify verification identity security question answer code pin otp link click "
    "download install uninstall restart reset settings profile name surname birthday id license registration "
    "today tomorrow yesterday week month year morning afternoon evening night hour hours days weeks months already "
    "still never always sometimes maybe really very quite actually exactly immediately soon later asap urgent";

const std::array<const char *, 8> kEmoji{"😊", "👍", "🙏", "😡", "😂", "🎉", "📦", "💳"};

QByteArray fullWidth(const QByteArray &ascii)
{
    QString s;
    for (const char c : ascii)
        s += c == ' ' ? QChar(0x3000) : QChar(char16_t(0xFF01 + (uchar(c) - 0x21)));
    return s.toUtf8();
}

struct Vocabulary
{
    std::vector<QByteArray> zh;     // Simplified words, by Zipf rank
    std::vector<QByteArray> zhHant; // the same words in Traditional characters (ICU Simplified-Traditional)
    std::vector<QByteArray> en;     // English words, then two-word phrases, by Zipf rank
    std::vector<QString> hanzi;     // the character pool
};

Vocabulary makeVocabulary(quint64 seed)
{
    const TextNormalizer &norm = TextNormalizer::instance();
    Vocabulary v;
    Rng rng(seed);
    // Characters that fold to themselves (phrases are written in normalised form, as grep and rg see them).
    QSet<QString> pool;
    for (const QChar c : QString::fromUtf8(kHanzi)) {
        const QString s(c);
        if (norm.fold(s) == s && !pool.contains(s)) {
            pool.insert(s);
            v.hanzi.push_back(s);
        }
    }
    const Zipf chars(v.hanzi.size(), 0.9, 3);
    QSet<QString> seen;
    while (v.zh.size() < 30000) {
        const double p = rng.uniform();
        const int length = p < 0.55 ? 2 : p < 0.85 ? 3 : 4;
        QString w;
        for (int i = 0; i < length; ++i)
            w += v.hanzi[chars.draw(rng)];
        if (seen.contains(w))
            continue;
        seen.insert(w);
        v.zh.push_back(w.toUtf8());
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> toHant(
        icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !toHant)
        die(QStringLiteral("ICU has no Simplified-Traditional transliterator"));
    for (const QByteArray &w : v.zh) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(w.constData());
        toHant->transliterate(u);
        std::string utf8;
        u.toUTF8String(utf8);
        v.zhHant.push_back(QByteArray::fromStdString(utf8));
    }
    QList<QByteArray> words;
    for (const QByteArray &w : QByteArray(kEnglishWords).split(' ')) {
        // Only plain lowercase ASCII words (guards against typos in the list above).
        if (!w.isEmpty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
            !words.contains(w))
            words << w;
    }
    for (const QByteArray &w : std::as_const(words))
        v.en.push_back(w);
    // Two-word phrases ("refund payment", "wifi slow") made of frequent-ish words, rarer than single words.
    const Zipf wordRank(size_t(words.size()), 0.8, 5);
    QSet<QByteArray> pairs;
    while (pairs.size() < 6000) {
        const QByteArray a = words[qsizetype(wordRank.draw(rng))];
        const QByteArray b = words[qsizetype(wordRank.draw(rng))];
        // At least one content word: "you i" would occur by chance all the time.
        if (a == b || pairs.contains(a + ' ' + b) || (words.indexOf(a) < 40 && words.indexOf(b) < 40))
            continue;
        pairs.insert(a + ' ' + b);
        v.en.push_back(a + ' ' + b);
    }
    return v;
}

// How phrases are drawn from the corpus vocabulary. "rare" (the default): like a list of forbidden and risk words, a
// phrase is seldom said (grep finds about one match every 18 turns with 1,000 phrases, one every 3 turns with
// 10,000); "common": more ordinary words (about 0.8 and 2.5 matches per turn), to see how each tool copes with many
// matches.
struct PhraseMix
{
    double vocabularyShare; // of the CJK phrases, how many are corpus words; the rest are other character combinations
    int minZhRank;          // corpus words are drawn uniformly from this Zipf rank on (of 30,000)
    double wordShare;       // English: this share are single words (~330 of them, most common first) ...
    int minWordRank;        // ... from this rank on ...
    int minPairRank;        // ... and the rest two-word phrases (after the words in the vocabulary), from this rank on
};
constexpr PhraseMix kRareMix{0.2, 10000, 0.05, 250, 4000};
constexpr PhraseMix kCommonMix{0.85, 1500, 0.3, 40, 300};

// The phrase list: 80% of the draws CJK of 2-4 characters, 20% English words and two-word phrases (the rare mix runs
// out of rare English phrases: about 7% of its 10,000 are English); the first `count` of one fixed draw, so the 1,000
// list is part of the 10,000 list. Like a real rule set, phrases are content words, not stop
// words: two-character phrases with one of the 100 most common characters and English phrases with a function word
// are left out (in generated text they occur by chance across word boundaries all the time, like "的是" or "day i").
QStringList makePhrases(const Vocabulary &v, int count, const PhraseMix &mix, quint64 seed)
{
    Rng rng(seed ^ 0x5EED5EED5EEDULL);
    QHash<QChar, int> charRank;
    for (size_t i = 0; i < v.hanzi.size(); ++i)
        charRank.insert(v.hanzi[i].front(), int(i));
    auto tooCommon = [&](const QString &p) {
        return p.size() == 2 && (charRank.value(p[0], 0) < 100 || charRank.value(p[1], 0) < 100);
    };
    QHash<QString, int> wordRank;
    for (size_t i = 0; i < v.en.size() && !v.en[i].contains(' '); ++i)
        wordRank.insert(QString::fromLatin1(v.en[i]), int(i));
    const qint64 englishWords = wordRank.size();
    auto functionWord = [&](const QString &p) {
        const QStringList words = p.split(QLatin1Char(' '));
        return std::any_of(words.begin(), words.end(), [&](const QString &w) { return wordRank.value(w, 0) < 40; });
    };
    QStringList phrases;
    QSet<QString> seen;
    while (phrases.size() < count) {
        QString p;
        if (rng.chance(0.8)) {
            if (rng.chance(mix.vocabularyShare)) {
                p = QString::fromUtf8(v.zh[size_t(rng.range(mix.minZhRank, qint64(v.zh.size()) - 1))]);
            } else {
                const int length = int(rng.range(2, 4));
                for (int i = 0; i < length; ++i)
                    p += v.hanzi[size_t(rng.range(0, qint64(v.hanzi.size()) - 1))];
            }
            if (tooCommon(p))
                continue;
        } else {
            p = rng.chance(mix.wordShare)
                    ? QString::fromUtf8(v.en[size_t(rng.range(mix.minWordRank, englishWords - 1))])
                    : QString::fromUtf8(v.en[size_t(rng.range(mix.minPairRank, qint64(v.en.size()) - 1))]);
            if (functionWord(p))
                continue;
        }
        if (seen.contains(p))
            continue;
        seen.insert(p);
        phrases << p;
    }
    return phrases;
}

struct Corpus
{
    QStringList files;
    qint64 bytes = 0;
    qint64 lines = 0;
    double seconds = 0;
    bool reused = false;
};

QString manifestPath(const QString &dir)
{
    return dir + QStringLiteral("/bench-autoqa-data.txt");
}

QByteArray manifestKey(qint64 sizeMb, int parts, quint64 seed)
{
    return "version=" + QByteArray::number(kFormatVersion) + " size_mb=" + QByteArray::number(sizeMb) +
           " parts=" + QByteArray::number(parts) + " seed=" + QByteArray::number(seed);
}

QString partPath(const QString &dir, int part)
{
    return dir + QStringLiteral("/corpus-%1.txt").arg(part, 2, 10, QLatin1Char('0'));
}

// One turn of text (no line break): mostly Chinese (8% of those in Traditional characters), mostly English, with
// English tokens in Chinese and the odd Chinese word in English, some capitals, full-width letters, numbers, emoji.
void appendTurn(QByteArray &o, Rng &rng, const Vocabulary &v, const Zipf &zhRank, const Zipf &enRank)
{
    auto english = [&](bool inChinese) {
        QByteArray w = v.en[enRank.draw(rng)];
        const double p = rng.uniform();
        if (p < 0.03)
            return fullWidth(w);
        if (p < 0.08)
            return w.toUpper();
        if (p < (inChinese ? 0.3 : 0.1))
            w[0] = char(w[0] - 'a' + 'A');
        return w;
    };
    const double kind = rng.uniform();
    if (kind < 0.74) { // Chinese
        const bool hant = rng.chance(0.08);
        const int target = int(rng.range(12, 150)); // bytes, ~4-50 characters
        const qsizetype start = o.size();
        while (o.size() - start < target) {
            const double p = rng.uniform();
            if (p < 0.06) {
                const bool spaced = rng.chance(0.5);
                if (spaced)
                    o += ' ';
                o += english(true);
                if (spaced)
                    o += ' ';
            } else if (p < 0.075) {
                o += QByteArray::number(rng.range(1000, 99999999));
            } else {
                const size_t r = zhRank.draw(rng);
                o += hant ? v.zhHant[r] : v.zh[r];
            }
            if (rng.chance(0.1))
                o += rng.chance(0.8) ? "，" : "、";
        }
        const double end = rng.uniform();
        o += end < 0.6 ? "。" : end < 0.8 ? "？" : end < 0.85 ? "！" : "";
    } else { // English, with the odd Chinese word
        const int target = int(rng.range(15, 160));
        const qsizetype start = o.size();
        bool first = true;
        while (o.size() - start < target) {
            if (!first)
                o += rng.chance(0.08) ? ", " : " ";
            if (rng.chance(0.03)) {
                o += v.zh[zhRank.draw(rng)];
            } else {
                QByteArray w = english(false);
                if (first && w[0] >= 'a' && w[0] <= 'z')
                    w[0] = char(w[0] - 'a' + 'A');
                o += w;
            }
            first = false;
        }
        o += rng.chance(0.7) ? "." : "?";
    }
    if (rng.chance(0.01))
        o += kEmoji[size_t(rng.next() % kEmoji.size())];
    o += '\n';
}

Corpus generate(const QString &dir, const Vocabulary &v, qint64 sizeMb, int parts, quint64 seed)
{
    QElapsedTimer timer;
    timer.start();
    Corpus c;
    Rng rng(seed + 2);
    const Zipf zhRank(v.zh.size(), 1.0, 2);
    const Zipf enRank(v.en.size(), 1.0, 2);
    const qint64 total = sizeMb * 1000 * 1000;
    QByteArray buffer;
    for (int part = 0; part < parts; ++part) {
        const QString path = partPath(dir, part);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            die(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
        const qint64 goal = total * (part + 1) / parts;
        while (c.bytes < goal) {
            buffer.clear();
            while (buffer.size() < (1 << 20) && c.bytes + buffer.size() < goal) {
                appendTurn(buffer, rng, v, zhRank, enRank);
                ++c.lines;
            }
            if (f.write(buffer) != buffer.size())
                die(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
            c.bytes += buffer.size();
        }
        c.files << path;
    }
    c.seconds = double(timer.nsecsElapsed()) / 1e9;
    QFile m(manifestPath(dir));
    if (!m.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(QStringLiteral("cannot write %1").arg(m.fileName()));
    m.write(manifestKey(sizeMb, parts, seed) + " bytes=" + QByteArray::number(c.bytes) +
            " lines=" + QByteArray::number(c.lines) + '\n');
    return c;
}

std::optional<Corpus> reuse(const QString &dir, qint64 sizeMb, int parts, quint64 seed)
{
    QFile m(manifestPath(dir));
    if (!m.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = m.readAll().trimmed();
    if (!line.startsWith(QByteArray(manifestKey(sizeMb, parts, seed) + ' ')))
        return std::nullopt;
    Corpus c;
    c.reused = true;
    for (const QByteArray &kv : line.split(' ')) {
        if (kv.startsWith("bytes="))
            c.bytes = kv.mid(6).toLongLong();
        else if (kv.startsWith("lines="))
            c.lines = kv.mid(6).toLongLong();
    }
    qint64 bytes = 0;
    for (int part = 0; part < parts; ++part) {
        c.files << partPath(dir, part);
        bytes += QFileInfo(c.files.back()).size();
    }
    if (bytes != c.bytes)
        return std::nullopt;
    return c;
}

// ---------------------------------------------------------------------------------------------------------------
// The corpus in memory, and work split into chunks of whole conversations

struct Text
{
    QByteArray bytes;
    std::vector<qint64> lineStart; // line i is bytes[lineStart[i], lineStart[i + 1] - 1) (without its '\n')

    qint64 lines() const { return qint64(lineStart.size()) - 1; }
    const char *line(qint64 i, int *length) const
    {
        *length = int(lineStart[size_t(i + 1)] - lineStart[size_t(i)] - 1);
        return bytes.constData() + lineStart[size_t(i)];
    }
};

Text load(const QStringList &files)
{
    Text t;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read %1").arg(path));
        t.bytes += f.readAll();
    }
    t.lineStart.push_back(0);
    const char *p = t.bytes.constData();
    for (qint64 i = 0; i < t.bytes.size(); ++i) {
        if (p[i] == '\n')
            t.lineStart.push_back(i + 1);
    }
    return t;
}

struct Tally
{
    qint64 matches = 0;
    qint64 checksum = 0; // of every span, so nothing can be optimised away
    qint64 extra = 0;

    Tally &operator+=(const Tally &o)
    {
        matches += o.matches;
        checksum += o.checksum;
        extra += o.extra;
        return *this;
    }
};

// Runs work(firstLine, endLine) over chunks of whole conversations, on this thread or on a pool of `threads`.
template <typename F>
Tally overChunks(const Text &text, int threads, F work)
{
    const qint64 chunkLines = qint64(kTurnsPerConversation) * kChunkConversations;
    const qint64 chunks = (text.lines() + chunkLines - 1) / chunkLines;
    std::vector<Tally> tallies(static_cast<size_t>(chunks));
    auto one = [&](qint64 c) {
        tallies[size_t(c)] = work(c * chunkLines, std::min(text.lines(), (c + 1) * chunkLines));
    };
    if (threads <= 1) {
        for (qint64 c = 0; c < chunks; ++c)
            one(c);
    } else {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        std::vector<qint64> indexes(static_cast<size_t>(chunks));
        std::iota(indexes.begin(), indexes.end(), 0);
        QtConcurrent::blockingMap(&pool, indexes, [&](qint64 c) { one(c); });
    }
    Tally total;
    for (const Tally &t : tallies)
        total += t;
    return total;
}

// UTF-8 decoding only: what every qawb figure includes.
Tally decodeOnly(const Text &text, qint64 from, qint64 to)
{
    Tally t;
    for (qint64 i = from; i < to; ++i) {
        int length = 0;
        const char *p = text.line(i, &length);
        const QString s = QString::fromUtf8(p, length);
        t.checksum += s.size();
    }
    return t;
}

// normalize + match + originalSpan of every occurrence (overlapping ones included).
Tally pipeline(const Text &text, const PhraseMatcher &matcher, qint64 from, qint64 to)
{
    const TextNormalizer &norm = TextNormalizer::instance();
    Tally t;
    NormalizedText n; // reused, as AutoQaEngine::run does from turn to turn
    for (qint64 i = from; i < to; ++i) {
        int length = 0;
        const char *p = text.line(i, &length);
        const QString s = QString::fromUtf8(p, length);
        norm.normalize(s, n);
        matcher.match(n.text, [&](int, int start, int end) {
            const auto span = n.originalSpan(start, end);
            ++t.matches;
            t.checksum += span.first + span.second;
        });
    }
    return t;
}

// AutoQaEngine::run on conversations of 20 turns (agent and customer taking turns, chat), decoded from UTF-8.
Tally engineRun(const Text &text, const AutoQaEngine &engine, qint64 from, qint64 to)
{
    static const QString chat = QStringLiteral("chat");
    static const QString speakers[2] = {QStringLiteral("agent"), QStringLiteral("customer")};
    static const QString conversationId = QStringLiteral("bench");
    Tally t;
    for (qint64 first = from; first < to; first += kTurnsPerConversation) {
        Conversation c;
        c.id = conversationId;
        c.channel = chat;
        const qint64 last = std::min(to, first + kTurnsPerConversation);
        c.turns.resize(size_t(last - first));
        for (qint64 i = first; i < last; ++i) {
            Turn &turn = c.turns[size_t(i - first)];
            int length = 0;
            const char *p = text.line(i, &length);
            turn.seq = int(i - first);
            turn.speaker = speakers[(i - first) % 2];
            turn.text = QString::fromUtf8(p, length);
        }
        for (const Hit &h : engine.run(c)) {
            ++t.matches;
            t.checksum += h.start + h.end + h.detail.size();
        }
    }
    return t;
}

// Leftmost-longest, non-overlapping occurrences per line (what `grep -F -o` prints): on the raw text (should equal
// grep's count exactly) and on the normalised text (what normalisation adds).
Tally nonOverlapping(const Text &text, const PhraseMatcher &matcher, qint64 from, qint64 to)
{
    const TextNormalizer &norm = TextNormalizer::instance();
    Tally t;
    std::vector<std::pair<int, int>> found;
    auto count = [&](const QString &s) {
        found.clear();
        matcher.match(s, [&](int, int start, int end) { found.emplace_back(start, -end); });
        std::sort(found.begin(), found.end());
        qint64 n = 0;
        int coveredTo = -1;
        for (const auto &[start, negEnd] : found) {
            if (start < coveredTo)
                continue;
            ++n;
            coveredTo = -negEnd;
        }
        return n;
    };
    for (qint64 i = from; i < to; ++i) {
        int length = 0;
        const char *p = text.line(i, &length);
        const QString s = QString::fromUtf8(p, length);
        t.matches += count(s);
        t.extra += count(norm.normalize(s).text);
    }
    return t;
}

// ---------------------------------------------------------------------------------------------------------------
// The external tools

struct ToolRun
{
    double seconds = 0;
    double cpu = 0;
    qint64 lines = 0; // lines of output: one per match with -o
};

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RIPGREP_CONFIG_PATH"));
    env.remove(QStringLiteral("GREP_OPTIONS"));
    env.remove(QStringLiteral("GREP_COLORS"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // a UTF-8 locale, as a user's shell would have
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    ToolRun r;
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    if (!p.waitForStarted(-1))
        die(QStringLiteral("cannot start %1: %2").arg(program, p.errorString()));
    p.closeWriteChannel();
    auto drain = [&] {
        const QByteArray chunk = p.readAllStandardOutput();
        r.lines += chunk.count('\n');
    };
    while (p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        drain();
    }
    drain();
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    const QByteArray err = p.readAllStandardError();
    // grep exits 1 when nothing matched; anything else is a failure.
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() > 1)
        die(QStringLiteral("%1 %2 failed (exit %3): %4")
                .arg(program, arguments.join(QLatin1Char(' ')))
                .arg(p.exitCode())
                .arg(QString::fromUtf8(err)));
    return r;
}

QString toolVersion(const QString &program)
{
    QProcess p;
    p.start(program, {QStringLiteral("--version")});
    if (!p.waitForFinished(-1))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString findTool(const QString &requested, const QString &name)
{
    if (!requested.isEmpty())
        return QFileInfo(requested).isExecutable() ? requested : QString();
    return QStandardPaths::findExecutable(name);
}

// ---------------------------------------------------------------------------------------------------------------
// Driver

struct Row
{
    QString tool;
    int phrases = 0;
    int threads = 1;
    QString threadsLabel;
    std::vector<double> seconds;
    std::vector<double> cpu;
    qint64 matches = -1;
    bool isRgSingle = false;
    double best() const { return *std::min_element(seconds.begin(), seconds.end()); }
    double bestCpu() const { return cpu[size_t(std::min_element(seconds.begin(), seconds.end()) - seconds.begin())]; }
};

QByteArray ruleSetJson(const QStringList &phrases, bool wholeWords)
{
    QJsonObject rule{{QStringLiteral("id"), QStringLiteral("bench.phrases")},
                     {QStringLiteral("kind"), QStringLiteral("phrases")},
                     {QStringLiteral("category"), QStringLiteral("risk")},
                     {QStringLiteral("severity"), QStringLiteral("minor")},
                     {QStringLiteral("speaker"), QStringLiteral("any")},
                     {QStringLiteral("whole_words"), wholeWords},
                     {QStringLiteral("phrases"), QJsonArray::fromStringList(phrases)}};
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("qawb-rules/1")},
                     {QStringLiteral("id"), QStringLiteral("bench")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("name"), QStringLiteral("bench_autoqa %1 phrases").arg(phrases.size())},
                     {QStringLiteral("rules"), QJsonArray{rule}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        die(QStringLiteral("cannot write %1").arg(path));
}

int driver(const QCommandLineParser &args)
{
    bool ok = false;
    const qint64 sizeMb = args.value(QStringLiteral("size-mb")).toLongLong(&ok);
    if (!ok || sizeMb < 1)
        die(QStringLiteral("--size-mb needs a positive number"));
    const int parts = args.value(QStringLiteral("parts")).toInt(&ok);
    if (!ok || parts < 1 || parts > 99)
        die(QStringLiteral("--parts needs a number from 1 to 99"));
    const int repeat = args.value(QStringLiteral("repeat")).toInt(&ok);
    if (!ok || repeat < 1)
        die(QStringLiteral("--repeat needs a positive number"));
    const quint64 seed = args.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        die(QStringLiteral("--seed needs a number"));
    std::vector<int> phraseCounts;
    for (const QString &s : args.value(QStringLiteral("phrases")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = s.toInt(&ok);
        if (!ok || n < 1 || n > 20000)
            die(QStringLiteral("--phrases takes a comma-separated list of counts from 1 to 20000"));
        phraseCounts.push_back(n);
    }
    const int cores = QThread::idealThreadCount();
    std::vector<int> threadCounts;
    for (const QString &s : args.value(QStringLiteral("threads")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = s == QLatin1String("all") ? cores : s.toInt(&ok);
        if ((s != QLatin1String("all") && !ok) || n < 1)
            die(QStringLiteral("--threads takes a comma-separated list of thread counts (or 'all')"));
        if (std::find(threadCounts.begin(), threadCounts.end(), n) == threadCounts.end())
            threadCounts.push_back(n);
    }
    QStringList only = args.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList allTools{QStringLiteral("engine"), QStringLiteral("pipeline"), QStringLiteral("rg"),
                               QStringLiteral("grep")};
    if (only.isEmpty())
        only = allTools;
    for (const QString &t : std::as_const(only)) {
        if (!allTools.contains(t))
            die(QStringLiteral("--only takes a comma-separated list of %1").arg(allTools.join(QLatin1Char(','))));
    }
    const bool wholeWords = args.value(QStringLiteral("whole-words")) != QLatin1String("false");

    QString rg, grep;
    if (only.contains(QStringLiteral("rg"))) {
        rg = findTool(args.value(QStringLiteral("rg")), QStringLiteral("rg"));
        if (rg.isEmpty())
            die(QStringLiteral("ripgrep not found (apt-get install ripgrep, or pass --rg PATH, or --only without rg)"));
    }
    if (only.contains(QStringLiteral("grep"))) {
        grep = findTool(args.value(QStringLiteral("grep")), QStringLiteral("grep"));
        if (grep.isEmpty())
            die(QStringLiteral("grep not found"));
    }

    std::unique_ptr<QTemporaryDir> tempDir;
    QString dir = args.value(QStringLiteral("workdir"));
    if (dir.isEmpty()) {
        tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/qawb-autoqa-bench-XXXXXX"));
        if (!tempDir->isValid())
            die(QStringLiteral("cannot make a temporary folder: %1").arg(tempDir->errorString()));
        tempDir->setAutoRemove(!args.isSet(QStringLiteral("keep")));
        dir = tempDir->path();
    } else if (!QDir().mkpath(dir)) {
        die(QStringLiteral("cannot create %1").arg(dir));
    }
    dir = QFileInfo(dir).absoluteFilePath();

    out(QStringLiteral("QA Workbench auto-QA benchmark: normalise + match + span mapping vs ripgrep and GNU grep"));
    out(QStringLiteral("machine: %1, %2 CPUs, load average %3 at start; Qt %4; %5; %6; work folder %7")
            .arg(cpuModel())
            .arg(cores)
            .arg(loadAverage(), QString::fromLatin1(qVersion()),
                 rg.isEmpty() ? QStringLiteral("no rg") : toolVersion(rg),
                 grep.isEmpty() ? QStringLiteral("no grep") : toolVersion(grep), dir));

    QElapsedTimer timer;
    timer.start();
    const TextNormalizer &norm = TextNormalizer::instance();
    out(QStringLiteral("normaliser tables: %1 s (%2 Traditional → Simplified mappings)")
            .arg(format(double(timer.nsecsElapsed()) / 1e9, 2))
            .arg(norm.traditionalMappings()));

    const Vocabulary vocabulary = makeVocabulary(seed);
    Corpus corpus;
    if (const std::optional<Corpus> reused =
            args.isSet(QStringLiteral("reuse")) ? reuse(dir, sizeMb, parts, seed) : std::nullopt) {
        corpus = *reused;
    } else {
        out(QStringLiteral("generating %1 MB of turn text in %2 files (seed %3) ...").arg(sizeMb).arg(parts).arg(seed));
        corpus = generate(dir, vocabulary, sizeMb, parts, seed);
    }
    timer.restart();
    const Text text = load(corpus.files);
    const double mb = double(text.bytes.size()) / kMB;
    out(QStringLiteral("corpus: %1 MB (%2 MiB), %3 turns (one per line, %4 bytes each on average) in %5 files; %6; "
                       "loaded in %7 s")
            .arg(format(mb, 1), format(double(text.bytes.size()) / 1048576.0, 1))
            .arg(text.lines())
            .arg(format(double(text.bytes.size()) / double(text.lines()), 1))
            .arg(corpus.files.size())
            .arg(corpus.reused ? QStringLiteral("reused from an earlier run")
                               : QStringLiteral("generated in %1 s").arg(format(corpus.seconds, 1)))
            .arg(format(double(timer.nsecsElapsed()) / 1e9, 1)));
    {
        const QString sample = QString::fromUtf8(text.bytes.left(text.lineStart[4] - 1));
        for (const QString &l : sample.split(QLatin1Char('\n')))
            out(QStringLiteral("  sample: ") + l);
    }

    const int maxPhrases = *std::max_element(phraseCounts.begin(), phraseCounts.end());
    const QString mixName = args.value(QStringLiteral("mix"));
    if (mixName != QLatin1String("rare") && mixName != QLatin1String("common"))
        die(QStringLiteral("--mix takes rare or common"));
    const QStringList allPhrases =
        makePhrases(vocabulary, maxPhrases, mixName == QLatin1String("rare") ? kRareMix : kCommonMix, seed);

    std::vector<Row> rows;
    Row decodeRow;
    decodeRow.tool = QStringLiteral("(UTF-8 decode alone, in every qawb row)");
    decodeRow.threads = 1;
    decodeRow.threadsLabel = QStringLiteral("1");

    struct Set
    {
        int count;
        QString phraseFile;
        std::unique_ptr<AutoQaEngine> engine;
        PhraseMatcher matcher;
        Tally check;
        qint64 cjk = 0, latin = 0, multiWord = 0;
    };
    std::vector<std::unique_ptr<Set>> sets;
    for (const int count : phraseCounts) {
        auto set = std::make_unique<Set>();
        set->count = count;
        QStringList phrases = allPhrases.mid(0, count);
        for (const QString &p : std::as_const(phrases)) {
            if (p.front().unicode() < 0x80) {
                ++set->latin;
                if (p.contains(QLatin1Char(' ')))
                    ++set->multiWord;
            } else {
                ++set->cjk;
            }
        }
        // grep -F -o prints leftmost-longest matches; rg -F prints leftmost-first ones in the order of the list.
        // Longest first makes both the same, so their counts can be compared.
        std::stable_sort(phrases.begin(), phrases.end(),
                         [](const QString &a, const QString &b) { return a.toUtf8().size() > b.toUtf8().size(); });
        set->phraseFile = dir + QStringLiteral("/phrases-%1.txt").arg(count);
        writeFile(set->phraseFile, phrases.join(QLatin1Char('\n')).toUtf8() + '\n');
        const QByteArray json = ruleSetJson(phrases, wholeWords);
        writeFile(dir + QStringLiteral("/rules-%1.json").arg(count), json);
        QString error;
        std::optional<RuleSet> rules = RuleSet::fromJson(json, &error);
        if (!rules)
            die(QStringLiteral("the generated rule set does not load: %1").arg(error));
        timer.restart();
        set->engine = std::make_unique<AutoQaEngine>(std::move(*rules));
        const double engineBuild = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        for (const QString &p : std::as_const(phrases))
            set->matcher.add(norm.fold(p));
        set->matcher.build();
        out(QStringLiteral("phrases: %1 %8 (%2 CJK, %3 English of which %4 multi-word) in %5; engine built in %6 s, "
                           "matcher in %7 s")
                .arg(count)
                .arg(set->cjk)
                .arg(set->latin)
                .arg(set->multiWord)
                .arg(QFileInfo(set->phraseFile).fileName(), format(engineBuild, 2),
                     format(double(timer.nsecsElapsed()) / 1e9, 2), mixName));
        sets.push_back(std::move(set));
    }

    // Rows in the order they run.
    for (const auto &set : sets) {
        for (const QString &tool : {QStringLiteral("engine"), QStringLiteral("pipeline")}) {
            if (!only.contains(tool))
                continue;
            for (const int t : threadCounts) {
                Row r;
                r.tool = tool == QLatin1String("engine") ? QStringLiteral("qawb AutoQaEngine::run")
                                                         : QStringLiteral("qawb normalize+match+span");
                r.phrases = set->count;
                r.threads = t;
                r.threadsLabel = QString::number(t);
                rows.push_back(r);
            }
        }
        if (only.contains(QStringLiteral("rg"))) {
            Row r;
            r.tool = QStringLiteral("rg -F -o -j1");
            r.phrases = set->count;
            r.threads = 1;
            r.threadsLabel = QStringLiteral("1");
            r.isRgSingle = true;
            rows.push_back(r);
            r.tool = QStringLiteral("rg -F -o");
            r.threads = 0;
            r.threadsLabel = QStringLiteral("%1*").arg(std::min(cores, int(corpus.files.size())));
            r.isRgSingle = false;
            rows.push_back(r);
        }
        if (only.contains(QStringLiteral("grep"))) {
            Row r;
            r.tool = QStringLiteral("grep -F -o");
            r.phrases = set->count;
            r.threads = 1;
            r.threadsLabel = QStringLiteral("1");
            rows.push_back(r);
        }
    }

    // Warm-up (page cache for the tools, first-use costs for us), untimed.
    for (const auto &set : sets)
        overChunks(text, 1, [&](qint64 from, qint64 to) {
            return pipeline(text, set->matcher, from, std::min(to, from + 200));
        });

    auto setFor = [&](int count) -> Set & {
        for (auto &s : sets) {
            if (s->count == count)
                return *s;
        }
        die(QStringLiteral("no phrase set %1").arg(count));
    };
    for (int rep = 0; rep < repeat; ++rep) {
        {
            const double cpu0 = cpuSeconds(RUSAGE_SELF);
            timer.restart();
            overChunks(text, 1, [&](qint64 from, qint64 to) { return decodeOnly(text, from, to); });
            decodeRow.seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
            decodeRow.cpu.push_back(cpuSeconds(RUSAGE_SELF) - cpu0);
        }
        for (Row &r : rows) {
            Set &set = setFor(r.phrases);
            std::fprintf(stdout, "run %d/%d: %s, %d phrases, %s thread(s) ... ", rep + 1, repeat, qPrintable(r.tool),
                         r.phrases, qPrintable(r.threadsLabel));
            std::fflush(stdout);
            double seconds = 0, cpu = 0;
            qint64 matches = 0;
            if (r.tool.startsWith(QLatin1String("qawb"))) {
                const double cpu0 = cpuSeconds(RUSAGE_SELF);
                timer.restart();
                const bool engine = r.tool.contains(QLatin1String("Engine"));
                const Tally t = overChunks(text, r.threads, [&](qint64 from, qint64 to) {
                    return engine ? engineRun(text, *set.engine, from, to) : pipeline(text, set.matcher, from, to);
                });
                seconds = double(timer.nsecsElapsed()) / 1e9;
                cpu = cpuSeconds(RUSAGE_SELF) - cpu0;
                matches = t.matches;
            } else {
                QStringList arguments;
                QString program;
                if (r.tool.startsWith(QLatin1String("rg"))) {
                    program = rg;
                    arguments << QStringLiteral("--no-config");
                    if (r.isRgSingle)
                        arguments << QStringLiteral("-j1");
                    arguments << QStringLiteral("-F") << QStringLiteral("-o") << QStringLiteral("--no-filename")
                              << QStringLiteral("--no-line-number") << QStringLiteral("-f") << set.phraseFile;
                } else {
                    program = grep;
                    arguments << QStringLiteral("-F") << QStringLiteral("-o") << QStringLiteral("-h")
                              << QStringLiteral("-f") << set.phraseFile;
                }
                arguments << corpus.files;
                const ToolRun t = runTool(program, arguments);
                seconds = t.seconds;
                cpu = t.cpu;
                matches = t.lines;
            }
            if (r.matches >= 0 && r.matches != matches)
                die(QStringLiteral("%1 found %2 matches on run %3 but %4 before")
                        .arg(r.tool)
                        .arg(matches)
                        .arg(rep + 1)
                        .arg(r.matches));
            r.matches = matches;
            r.seconds.push_back(seconds);
            r.cpu.push_back(cpu);
            out(QStringLiteral("%1 s, %2 matches").arg(format(seconds, 2)).arg(matches));
        }
    }

    // Cross-check of the counts (untimed, on all cores).
    if (!args.isSet(QStringLiteral("no-check"))) {
        for (auto &set : sets) {
            std::fprintf(stdout, "check: leftmost-longest matches of %d phrases, raw and normalised text ... ",
                         set->count);
            std::fflush(stdout);
            timer.restart();
            set->check = overChunks(
                text, cores, [&](qint64 from, qint64 to) { return nonOverlapping(text, set->matcher, from, to); });
            out(QStringLiteral("%1 s").arg(format(double(timer.nsecsElapsed()) / 1e9, 1)));
        }
    }

    out(QString());
    out(QStringLiteral("%1 MB of text (MB = 10^6 bytes of UTF-8), best of %2 run(s); load average %3 at the end")
            .arg(format(mb, 1))
            .arg(repeat)
            .arg(loadAverage()));
    const QString header = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                               .arg(QStringLiteral("tool"), -41)
                               .arg(QStringLiteral("phrases"), 7)
                               .arg(QStringLiteral("threads"), 7)
                               .arg(QStringLiteral("seconds"), 8)
                               .arg(QStringLiteral("MB/s"), 7)
                               .arg(QStringLiteral("CPU s"), 7)
                               .arg(QStringLiteral("matches"), 11)
                               .arg(QStringLiteral("vs rg -j1"), 9);
    out(header);
    out(QString(header.size(), QLatin1Char('-')));
    std::map<int, double> rgSingle;
    for (const Row &r : rows) {
        if (r.isRgSingle)
            rgSingle[r.phrases] = r.best();
    }
    auto printRow = [&](const Row &r, const QString &phrases) {
        const double s = r.best();
        const QString ratio =
            rgSingle.count(r.phrases) ? format(rgSingle[r.phrases] / s, 2) + QLatin1Char('x') : QStringLiteral("-");
        out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                .arg(r.tool, -41)
                .arg(phrases, 7)
                .arg(r.threadsLabel, 7)
                .arg(format(s, 2), 8)
                .arg(format(mb / s, 1), 7)
                .arg(format(r.bestCpu(), 2), 7)
                .arg(r.matches < 0 ? QStringLiteral("-") : QString::number(r.matches), 11)
                .arg(ratio, 9));
    };
    printRow(decodeRow, QStringLiteral("-"));
    int lastPhrases = -1;
    for (const Row &r : rows) {
        if (lastPhrases >= 0 && r.phrases != lastPhrases)
            out(QString());
        lastPhrases = r.phrases;
        printRow(r, QString::number(r.phrases));
    }
    out(QString());
    out(QStringLiteral("vs rg -j1: throughput relative to `rg -j1 -F -o` with the same phrases (above 1: faster than "
                       "rg on one thread). * rg searches one file per thread: it uses up to %1 threads on the %2 part "
                       "files. CPU s: user + system time of the process (qawb: all its threads).")
            .arg(cores)
            .arg(corpus.files.size()));
    out(QStringLiteral("Every qawb row includes decoding the UTF-8 text into QString (the row above), as the store "
                       "gives it; the engine row also builds a Conversation of %1 turns at a time and runs the full "
                       "rule logic (word boundaries at Latin/digit phrase ends, per-rule overlap merging, hit text).")
            .arg(kTurnsPerConversation));
    out(QString());
    out(QStringLiteral("Why the match counts differ: grep and rg search the raw bytes with no normalisation (no case "
                       "folding, full-width or Traditional → Simplified folding), and print non-overlapping "
                       "leftmost-longest matches (the phrase files list longer phrases first so that rg's "
                       "leftmost-first equals grep's leftmost-longest). The qawb pipeline row counts every occurrence "
                       "in the normalised text, overlapping ones included; the engine row counts hits: a phrase end "
                       "that is a Latin letter or digit must be on a word boundary (whole_words: %1), and overlapping "
                       "occurrences of the rule are merged into one.")
            .arg(wholeWords ? QStringLiteral("true") : QStringLiteral("false")));
    for (const auto &set : sets) {
        if (args.isSet(QStringLiteral("no-check")))
            break;
        auto toolCount = [&](const QString &prefix) -> qint64 {
            for (const Row &r : rows) {
                if (r.phrases == set->count && r.tool.startsWith(prefix))
                    return r.matches;
            }
            return -1;
        };
        const qint64 grepCount = toolCount(QStringLiteral("grep"));
        const qint64 rgCount = toolCount(QStringLiteral("rg"));
        const qint64 reference = grepCount >= 0 ? grepCount : rgCount;
        QString verdict;
        if (reference >= 0)
            verdict = set->check.matches == reference
                          ? QStringLiteral(" = %1's count")
                                .arg(grepCount >= 0 ? QStringLiteral("grep") : QStringLiteral("rg"))
                          : QStringLiteral(" -- DIFFERS from %1's %2")
                                .arg(grepCount >= 0 ? QStringLiteral("grep") : QStringLiteral("rg"))
                                .arg(reference);
        out(QStringLiteral("  %1 phrases: our matcher, leftmost-longest non-overlapping: raw text %2%3; normalised "
                           "text %4 (+%5 from normalisation)")
                .arg(set->count)
                .arg(set->check.matches)
                .arg(verdict)
                .arg(set->check.extra)
                .arg(format(100.0 * double(set->check.extra - set->check.matches) /
                                double(std::max<qint64>(1, set->check.matches)),
                            1) +
                     QLatin1Char('%')));
        if (grepCount >= 0 && rgCount >= 0 && grepCount != rgCount)
            out(QStringLiteral("  %1 phrases: NOTE grep printed %2 matches and rg %3")
                    .arg(set->count)
                    .arg(grepCount)
                    .arg(rgCount));
    }

    if (args.isSet(QStringLiteral("markdown"))) {
        out(QString());
        out(QStringLiteral("| %1 MB of turns | phrases | threads | seconds | MB/s | matches | vs rg -j1 |")
                .arg(format(mb, 0)));
        out(QStringLiteral("|---|---:|---:|---:|---:|---:|---:|"));
        for (const Row &r : rows) {
            const double s = r.best();
            out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                    .arg(r.tool, QString::number(r.phrases), r.threadsLabel, format(s, 2), format(mb / s, 1),
                         QString::number(r.matches),
                         rgSingle.count(r.phrases) ? format(rgSingle[r.phrases] / s, 2) + QStringLiteral("×")
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
    QCoreApplication::setApplicationName(QStringLiteral("bench_autoqa"));

    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral(
        "Times QA Workbench's auto-QA phrase pipeline (normalisation + matching + span mapping) on one thread and on "
        "all cores against `rg -F -o` and `grep -F -o` on the same text and phrases, and prints MB/s and ratios."));
    args.addHelpOption();
    args.addOptions({
        {QStringLiteral("size-mb"), QStringLiteral("Corpus size in MB (10^6 bytes; default 300)."), QStringLiteral("N"),
         QStringLiteral("300")},
        {QStringLiteral("phrases"), QStringLiteral("Phrase list sizes (default 1000,10000)."), QStringLiteral("LIST"),
         QStringLiteral("1000,10000")},
        {QStringLiteral("threads"), QStringLiteral("Thread counts for qawb (default 1,all)."), QStringLiteral("LIST"),
         QStringLiteral("1,all")},
        {QStringLiteral("repeat"), QStringLiteral("Run everything K times and keep the best (default 1)."),
         QStringLiteral("K"), QStringLiteral("1")},
        {QStringLiteral("workdir"),
         QStringLiteral("Folder for the corpus and phrase files (default: a temporary folder, removed afterwards)."),
         QStringLiteral("DIR")},
        {QStringLiteral("keep"), QStringLiteral("Keep the temporary folder.")},
        {QStringLiteral("reuse"),
         QStringLiteral("Reuse a corpus generated earlier in --workdir with the same size, parts and seed.")},
        {QStringLiteral("parts"),
         QStringLiteral("Number of files the corpus is split into (default 8; rg uses one thread per file)."),
         QStringLiteral("N"), QStringLiteral("8")},
        {QStringLiteral("seed"), QStringLiteral("Generator seed."), QStringLiteral("S"), QString::number(kDefaultSeed)},
        {QStringLiteral("mix"),
         QStringLiteral("Phrases: rare (default; like forbidden/risk words: a match every ~18 turns with 1,000 "
                        "phrases, every ~3 with 10,000) or common (ordinary words: ~0.8 and ~2.5 matches per turn)."),
         QStringLiteral("rare|common"), QStringLiteral("rare")},
        {QStringLiteral("whole-words"), QStringLiteral("The rule's whole_words (default true)."),
         QStringLiteral("true|false"), QStringLiteral("true")},
        {QStringLiteral("only"), QStringLiteral("Run only these: engine,pipeline,rg,grep."), QStringLiteral("LIST")},
        {QStringLiteral("no-check"), QStringLiteral("Skip the untimed cross-check of the match counts.")},
        {QStringLiteral("rg"), QStringLiteral("ripgrep (default: rg on PATH)."), QStringLiteral("PATH")},
        {QStringLiteral("grep"), QStringLiteral("grep (default: grep on PATH)."), QStringLiteral("PATH")},
        {QStringLiteral("markdown"), QStringLiteral("Also print the results as a Markdown table.")},
    });
    args.process(app);
    if (!args.positionalArguments().isEmpty())
        die(QStringLiteral("unexpected argument %1").arg(args.positionalArguments().first()));
    return driver(args);
}
