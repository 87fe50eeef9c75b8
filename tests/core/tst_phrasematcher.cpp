// PhraseMatcher: Aho-Corasick over UTF-16 units, checked against hand-worked cases and a naive reference.

#include "core/phrasematcher.h"

#include <QRandomGenerator>
#include <QTest>

#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace qawb;

namespace {

using Match = std::tuple<int, int, int>; // phrase id, start, end

// Every match, as "id:start-end", in the order reported; fails the test if ends go backwards.
QStringList matches(const PhraseMatcher &matcher, const QString &text)
{
    QStringList out;
    int lastEnd = 0;
    bool ordered = true;
    matcher.match(text, [&](int id, int start, int end) {
        ordered = ordered && end >= lastEnd;
        lastEnd = end;
        out << QStringLiteral("%1:%2-%3").arg(id).arg(start).arg(end);
    });
    if (!ordered)
        out << QStringLiteral("<out of order>");
    return out;
}

std::set<Match> matchSet(const PhraseMatcher &matcher, const QString &text)
{
    std::set<Match> out;
    matcher.match(text, [&](int id, int start, int end) { out.emplace(id, start, end); });
    return out;
}

std::set<Match> naive(const std::vector<std::u16string> &phrases, const std::u16string &text)
{
    std::set<Match> out;
    for (size_t id = 0; id < phrases.size(); ++id) {
        for (size_t at = text.find(phrases[id]); at != std::u16string::npos; at = text.find(phrases[id], at + 1))
            out.emplace(int(id), int(at), int(at + phrases[id].size()));
    }
    return out;
}

std::u16string u16(const QString &s)
{
    return std::u16string(reinterpret_cast<const char16_t *>(s.utf16()), size_t(s.size()));
}

QString randomString(QRandomGenerator &random, const QStringList &alphabet, int length)
{
    QString s;
    for (int i = 0; i < length; ++i)
        s += alphabet.at(int(random.bounded(qsizetype(alphabet.size()))));
    return s;
}

} // namespace

class TestPhraseMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void emptyPhraseIgnored();
    void addAfterBuildRefused();
    void randomAgainstNaive_data();
    void randomAgainstNaive();
};

void TestPhraseMatcher::matches_data()
{
    QTest::addColumn<QStringList>("phrases");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // in order of end position; same end: longest first
    const QStringList classic{QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("his"),
                              QStringLiteral("hers")};
    QTest::newRow("he she his hers: ushers")
        << classic << QStringLiteral("ushers")
        << QStringList{QStringLiteral("1:1-4"), QStringLiteral("0:2-4"), QStringLiteral("3:2-6")};
    QTest::newRow("he she his hers: ahishers") << classic << QStringLiteral("ahishers")
                                               << QStringList{QStringLiteral("2:1-4"), QStringLiteral("1:3-6"),
                                                              QStringLiteral("0:4-6"), QStringLiteral("3:4-8")};
    QTest::newRow("he she his hers: nothing") << classic << QStringLiteral("xyz hi s h e") << QStringList();
    QTest::newRow("shared prefixes") << QStringList{QStringLiteral("ab"), QStringLiteral("abc"), QStringLiteral("abcd")}
                                     << QStringLiteral("xabcde")
                                     << QStringList{QStringLiteral("0:1-3"), QStringLiteral("1:1-4"),
                                                    QStringLiteral("2:1-5")};
    QTest::newRow("shared suffixes") << QStringList{QStringLiteral("cd"), QStringLiteral("bcd"), QStringLiteral("abcd")}
                                     << QStringLiteral("abcdbcd")
                                     << QStringList{QStringLiteral("2:0-4"), QStringLiteral("1:1-4"),
                                                    QStringLiteral("0:2-4"), QStringLiteral("1:4-7"),
                                                    QStringLiteral("0:5-7")};
    QTest::newRow("self-overlapping") << QStringList{QStringLiteral("aa")} << QStringLiteral("aaaa")
                                      << QStringList{QStringLiteral("0:0-2"), QStringLiteral("0:1-3"),
                                                     QStringLiteral("0:2-4")};
    QTest::newRow("failure chain to a shorter phrase")
        << QStringList{QStringLiteral("abcx"), QStringLiteral("bcy"), QStringLiteral("c")} << QStringLiteral("abcy")
        << QStringList{QStringLiteral("2:2-3"), QStringLiteral("1:1-4")};
    QTest::newRow("duplicate phrases both report")
        << QStringList{QStringLiteral("退费"), QStringLiteral("退费")} << QStringLiteral("要退费")
        << QStringList{QStringLiteral("0:1-3"), QStringLiteral("1:1-3")};
    QTest::newRow("CJK overlapping") << QStringList{QStringLiteral("投诉"), QStringLiteral("投诉电话"),
                                                    QStringLiteral("电话"), QStringLiteral("诉求")}
                                     << QStringLiteral("投诉电话诉求投诉")
                                     << QStringList{QStringLiteral("0:0-2"), QStringLiteral("1:0-4"),
                                                    QStringLiteral("2:2-4"), QStringLiteral("3:4-6"),
                                                    QStringLiteral("0:6-8")};
    QTest::newRow("CJK shared suffix") << QStringList{QStringLiteral("不关我的事"), QStringLiteral("我的事"),
                                                      QStringLiteral("的事")}
                                       << QStringLiteral("这不关我的事")
                                       << QStringList{QStringLiteral("0:1-6"), QStringLiteral("1:3-6"),
                                                      QStringLiteral("2:4-6")};
    QTest::newRow("surrogate pairs") << QStringList{QStringLiteral("😀"), QStringLiteral("😀😀")} << QStringLiteral("a😀😀")
                                     << QStringList{QStringLiteral("0:1-3"), QStringLiteral("1:1-5"),
                                                    QStringLiteral("0:3-5")};
    QTest::newRow("empty text") << classic << QString() << QStringList();
}

void TestPhraseMatcher::matches()
{
    QFETCH(QStringList, phrases);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    PhraseMatcher matcher;
    for (int i = 0; i < phrases.size(); ++i)
        QCOMPARE(matcher.add(phrases[i]), i);
    matcher.build();
    QCOMPARE(matcher.phraseCount(), int(phrases.size()));
    const QStringList found = ::matches(matcher, text);
    // Same end position: the order among them is not part of the contract; compare as sets, but check the ends.
    QStringList sortedFound = found;
    QStringList sortedExpected = expected;
    sortedFound.sort();
    sortedExpected.sort();
    QCOMPARE(sortedFound, sortedExpected);
    QVERIFY(!found.contains(QStringLiteral("<out of order>")));
}

void TestPhraseMatcher::emptyPhraseIgnored()
{
    PhraseMatcher matcher;
    QCOMPARE(matcher.add(QString()), -1);
    QCOMPARE(matcher.add(QStringLiteral("ab")), 0);
    QCOMPARE(matcher.add(QString()), -1);
    QCOMPARE(matcher.add(QStringLiteral("b")), 1);
    matcher.build();
    QCOMPARE(matcher.phraseCount(), 2);
    QCOMPARE(matcher.phraseLength(0), 2);
    QCOMPARE(::matches(matcher, QStringLiteral("abb")),
             (QStringList{QStringLiteral("0:0-2"), QStringLiteral("1:1-2"), QStringLiteral("1:2-3")}));
}

void TestPhraseMatcher::addAfterBuildRefused()
{
    PhraseMatcher matcher;
    QCOMPARE(matcher.add(QStringLiteral("a")), 0);
    matcher.build();
    QCOMPARE(matcher.add(QStringLiteral("b")), -1);
    QCOMPARE(matcher.phraseCount(), 1);
    QCOMPARE(::matches(matcher, QStringLiteral("ab")), QStringList{QStringLiteral("0:0-1")});

    // A matcher without phrases matches nothing.
    PhraseMatcher empty;
    empty.build();
    QCOMPARE(::matches(empty, QStringLiteral("anything")), QStringList());
}

void TestPhraseMatcher::randomAgainstNaive_data()
{
    QTest::addColumn<QStringList>("alphabet");
    QTest::addColumn<int>("phraseCount");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("four letters, dense matches")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")} << 3000 << 3
        << 9 << 1u;
    QTest::newRow("Chinese, sparse edges") << [] {
        QStringList l;
        for (char16_t c = u'一'; c < u'一' + 40; ++c)
            l << QString(QChar(c));
        l << QStringLiteral("投") << QStringLiteral("诉") << QStringLiteral("，");
        return l;
    }() << 5000 << 2 << 6 << 2u;
    QTest::newRow("mixed with surrogate pairs")
        << QStringList{QStringLiteral("a"), QStringLiteral("投"), QStringLiteral("😀"),
                       QStringLiteral("👍"), QStringLiteral(" "),  QStringLiteral("1")}
        << 2000 << 2 << 7 << 3u;
}

void TestPhraseMatcher::randomAgainstNaive()
{
    QFETCH(QStringList, alphabet);
    QFETCH(int, phraseCount);
    QFETCH(int, minLength);
    QFETCH(int, maxLength);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    PhraseMatcher matcher;
    std::vector<std::u16string> phrases;
    for (int i = 0; i < phraseCount; ++i) {
        const QString phrase = randomString(random, alphabet, int(random.bounded(minLength, maxLength + 1)));
        QCOMPARE(matcher.add(phrase), i);
        phrases.push_back(u16(phrase));
    }
    matcher.build();
    for (int round = 0; round < 3; ++round) {
        const QString text = randomString(random, alphabet, 20000);
        const std::set<Match> expected = naive(phrases, u16(text));
        QVERIFY(expected.size() > 1000); // the comparison means something
        std::vector<Match> found;
        matcher.match(text, [&](int id, int start, int end) { found.emplace_back(id, start, end); });
        // No duplicates, and the same set as the reference.
        QCOMPARE(std::set<Match>(found.begin(), found.end()).size(), found.size());
        QCOMPARE(matchSet(matcher, text), expected);
    }
}

QTEST_GUILESS_MAIN(TestPhraseMatcher)
#include "tst_phrasematcher.moc"
