// TextNormalizer: width, case and compatibility folding, Traditional → Simplified, dropped invisible characters, and
// the exact way back from normalised text to the original characters.

#include "core/textnormalizer.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace qawb;

Q_DECLARE_METATYPE(std::vector<int>)

class TestNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
    void traditionalTableIsLarge();
    void droppedCharacters_data();
    void droppedCharacters();
    void surrogatePairsMapExactly_data();
    void surrogatePairsMapExactly();
    void originalSpan_data();
    void originalSpan();
    void mappingInvariantsOnRandomText();
};

void TestNormalizer::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full-width upper case") << QStringLiteral("ＣＯＭＰＬＡＩＮＴ") << QStringLiteral("complaint");
    QTest::newRow("full-width digits") << QStringLiteral("１２３１５") << QStringLiteral("12315");
    QTest::newRow("mixed case") << QStringLiteral("ReFuNd") << QStringLiteral("refund");
    QTest::newRow("ideographic space is a space") << QStringLiteral("a\u3000b") << QStringLiteral("a b");
    QTest::newRow("ligature") << QStringLiteral("ﬁle") << QStringLiteral("file");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("math bold (outside the BMP)") << QStringLiteral("𝐀𝐁𝐂") << QStringLiteral("abc");
    QTest::newRow("half-width katakana") << QStringLiteral("ｶﾀｶﾅ") << QStringLiteral("カタカナ");
    QTest::newRow("Traditional 投訴") << QStringLiteral("投訴") << QStringLiteral("投诉");
    QTest::newRow("Traditional 退費") << QStringLiteral("退費") << QStringLiteral("退费");
    QTest::newRow("Traditional 帳單") << QStringLiteral("帳單") << QStringLiteral("账单");
    QTest::newRow("Traditional 賬單") << QStringLiteral("賬單") << QStringLiteral("账单");
    QTest::newRow("variant 帐单") << QStringLiteral("帐单") << QStringLiteral("账单");
    QTest::newRow("Traditional sentence")
        << QStringLiteral("請問還有其他可以幫您的嗎？") << QStringLiteral("请问还有其他可以帮您的吗?");
    QTest::newRow("Simplified unchanged") << QStringLiteral("我要投诉，退费") << QStringLiteral("我要投诉,退费");
    QTest::newRow("emoji unchanged") << QStringLiteral("😀👍🏽") << QStringLiteral("😀👍🏽");
    QTest::newRow("CJK extension B unchanged") << QStringLiteral("𠮷野家") << QStringLiteral("𠮷野家");
    QTest::newRow("empty") << QString() << QString();
}

void TestNormalizer::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const TextNormalizer &n = TextNormalizer::instance();
    QCOMPARE(n.fold(input), expected);
    const NormalizedText normalized = n.normalize(input);
    QCOMPARE(normalized.text, expected);
    QCOMPARE(normalized.origin.size(), size_t(expected.size()));
    QCOMPARE(normalized.originEnd.size(), size_t(expected.size()));
}

void TestNormalizer::traditionalTableIsLarge()
{
    // Thousands of one-to-one Traditional → Simplified mappings (ICU's table has a few thousand characters).
    const int count = TextNormalizer::instance().traditionalMappings();
    QVERIFY2(count >= 2000 && count < 10000, qPrintable(QString::number(count)));
}

void TestNormalizer::droppedCharacters_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<std::vector<int>>("origin");
    QTest::newRow("zero-width space U+200B")
        << QStringLiteral("投\u200B诉") << QStringLiteral("投诉") << std::vector<int>{0, 2};
    QTest::newRow("zero-width joiner U+200D")
        << QStringLiteral("a\u200Db") << QStringLiteral("ab") << std::vector<int>{0, 2};
    QTest::newRow("right-to-left override U+202E")
        << QStringLiteral("\u202E退费") << QStringLiteral("退费") << std::vector<int>{1, 2};
    QTest::newRow("isolates U+2067 … U+2069")
        << QStringLiteral("x\u2067投诉\u2069y") << QStringLiteral("x投诉y") << std::vector<int>{0, 2, 3, 5};
    QTest::newRow("byte order mark U+FEFF")
        << QStringLiteral("\uFEFFhi") << QStringLiteral("hi") << std::vector<int>{1, 2};
    QTest::newRow("soft hyphen U+00AD") << QStringLiteral("re\u00ADfund") << QStringLiteral("refund")
                                        << std::vector<int>{0, 1, 3, 4, 5, 6};
    QTest::newRow("variation selector U+FE0F")
        << QStringLiteral("\u2764\uFE0F!") << QStringLiteral("\u2764!") << std::vector<int>{0, 2};
    QTest::newRow("only invisible") << QStringLiteral("\u200B\u200D\u202E\u2069") << QString() << std::vector<int>{};
}

void TestNormalizer::droppedCharacters()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(std::vector<int>, origin);
    const NormalizedText n = TextNormalizer::instance().normalize(input);
    QCOMPARE(n.text, expected);
    QCOMPARE(n.origin, origin);
    // Every kept character here is one UTF-16 unit in the original.
    std::vector<int> originEnd;
    for (const int o : origin)
        originEnd.push_back(o + 1);
    QCOMPARE(n.originEnd, originEnd);
}

void TestNormalizer::surrogatePairsMapExactly_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<std::vector<int>>("origin");
    QTest::addColumn<std::vector<int>>("originEnd");
    QTest::newRow("grinning face") << QStringLiteral("a😀b") << QStringLiteral("a😀b") << std::vector<int>{0, 1, 1, 3}
                                   << std::vector<int>{1, 3, 3, 4};
    QTest::newRow("thumbs up with skin tone") << QStringLiteral("👍🏽") << QStringLiteral("👍🏽")
                                              << std::vector<int>{0, 0, 2, 2} << std::vector<int>{2, 2, 4, 4};
    // man ZWJ woman ZWJ girl: the joiners go, each person keeps its own pair.
    QTest::newRow("family ZWJ sequence") << QStringLiteral("👨\u200D👩\u200D👧") << QStringLiteral("👨👩👧")
                                         << std::vector<int>{0, 0, 3, 3, 6, 6} << std::vector<int>{2, 2, 5, 5, 8, 8};
    QTest::newRow("emoji then Traditional") << QStringLiteral("😀投訴") << QStringLiteral("😀投诉")
                                            << std::vector<int>{0, 0, 2, 3} << std::vector<int>{2, 2, 3, 4};
    QTest::newRow("math bold folds to one unit")
        << QStringLiteral("𝐀x") << QStringLiteral("ax") << std::vector<int>{0, 2} << std::vector<int>{2, 3};
    QTest::newRow("lone surrogate kept") << QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")
                                         << QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")
                                         << std::vector<int>{0, 1, 2} << std::vector<int>{1, 2, 3};
}

void TestNormalizer::surrogatePairsMapExactly()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(std::vector<int>, origin);
    QFETCH(std::vector<int>, originEnd);
    const NormalizedText n = TextNormalizer::instance().normalize(input);
    QCOMPARE(n.text, expected);
    QCOMPARE(n.origin, origin);
    QCOMPARE(n.originEnd, originEnd);
}

void TestNormalizer::originalSpan_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("needle"); // normalised text to look for
    QTest::addColumn<QString>("expected");
    QTest::newRow("Traditional") << QStringLiteral("我要投訴！") << QStringLiteral("投诉") << QStringLiteral("投訴");
    QTest::newRow("zero-width space inside")
        << QStringLiteral("😀投\u200B诉") << QStringLiteral("投诉") << QStringLiteral("投\u200B诉");
    QTest::newRow("trailing zero-width space left out")
        << QStringLiteral("投诉\u200B。") << QStringLiteral("投诉") << QStringLiteral("投诉");
    QTest::newRow("leading bidi mark left out")
        << QStringLiteral("\u202E退費\u202C") << QStringLiteral("退费") << QStringLiteral("退費");
    QTest::newRow("isolates around") << QStringLiteral("\u2067帳單\u2069") << QStringLiteral("账单")
                                     << QStringLiteral("帳單");
    QTest::newRow("full width") << QStringLiteral("说ＣＯＭＰＬＡＩＮＴ了") << QStringLiteral("complaint")
                                << QStringLiteral("ＣＯＭＰＬＡＩＮＴ");
    QTest::newRow("across a family emoji")
        << QStringLiteral("👨\u200D👩\u200D👧投诉") << QStringLiteral("👩👧投") << QStringLiteral("👩\u200D👧投");
    QTest::newRow("emoji only") << QStringLiteral("好👍🏽的") << QStringLiteral("👍🏽")
                                << QStringLiteral("👍🏽");
    QTest::newRow("part of an expansion is the whole character")
        << QStringLiteral("Straße") << QStringLiteral("ras") << QStringLiteral("raß");
    QTest::newRow("ligature") << QStringLiteral("a ﬁle") << QStringLiteral("file") << QStringLiteral("ﬁle");
    QTest::newRow("outside the BMP") << QStringLiteral("x𝐀𝐁𝐂y") << QStringLiteral("abc") << QStringLiteral("𝐀𝐁𝐂");
    QTest::newRow("CJK extension B") << QStringLiteral("去𠮷野家") << QStringLiteral("𠮷野") << QStringLiteral("𠮷野");
}

void TestNormalizer::originalSpan()
{
    QFETCH(QString, original);
    QFETCH(QString, needle);
    QFETCH(QString, expected);
    const NormalizedText n = TextNormalizer::instance().normalize(original);
    const qsizetype at = n.text.indexOf(needle);
    QVERIFY2(at >= 0, qPrintable(n.text));
    const auto [start, end] = n.originalSpan(int(at), int(at + needle.size()));
    QCOMPARE(original.mid(start, end - start), expected);
}

void TestNormalizer::mappingInvariantsOnRandomText()
{
    // Random mixes of everything above: each normalised unit points at one whole original code point, in order, and
    // folding that code point alone yields the units that point at it.
    const QStringList pieces{QStringLiteral("a"),      QStringLiteral("Ｂ"),     QStringLiteral("投"),
                             QStringLiteral("訴"),     QStringLiteral("😀"),      QStringLiteral("🏽"),
                             QStringLiteral("\u200D"), QStringLiteral("\u200B"), QStringLiteral("ß"),
                             QStringLiteral("ﬁ"),      QStringLiteral("𝐀"),      QStringLiteral("\u202E"),
                             QStringLiteral("帳"),     QStringLiteral("１"),     QStringLiteral(" "),
                             QStringLiteral("𠮷"),     QStringLiteral("㍿"),     QStringLiteral("\uFE0F")};
    QRandomGenerator random(20261116);
    const TextNormalizer &norm = TextNormalizer::instance();
    for (int round = 0; round < 500; ++round) {
        QString text;
        const int length = int(random.bounded(1, 30));
        for (int i = 0; i < length; ++i)
            text += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
        const NormalizedText n = norm.normalize(text);
        QCOMPARE(n.origin.size(), size_t(n.text.size()));
        QCOMPARE(n.originEnd.size(), size_t(n.text.size()));
        QString rebuilt;
        int previous = -1;
        for (size_t i = 0; i < n.origin.size(); ++i) {
            const int from = n.origin[i];
            const int to = n.originEnd[i];
            QVERIFY(from >= previous && from < to && to <= text.size());
            if (from != previous) // the folding of this original code point, once
                rebuilt += norm.fold(text.mid(from, to - from));
            previous = from;
        }
        QCOMPARE(rebuilt, n.text);
    }
}

QTEST_GUILESS_MAIN(TestNormalizer)
#include "tst_normalizer.moc"
