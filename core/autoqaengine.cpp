#include "autoqaengine.h"

#include "chatresponses.h"

#include "conversation.h"
#include "spellchecker.h"
#include "textnormalizer.h"

#include <QLocale>
#include <QRegularExpression>

#include <unicode/brkiter.h>
#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <map>
#include <set>

namespace qawb {

namespace {

bool hasLatinLetter(const QString &s)
{
    for (const QChar c : s) {
        if (c.isLetter() && c.script() == QChar::Script_Latin)
            return true;
    }
    return false;
}

// A Latin letter or a digit: a phrase that begins or ends with one needs a word boundary there to match a whole word
// ("refund" not in "refunded", "12315" not inside a phone number). A Chinese end needs none: "在app" must match
// "现在App", where the word break iterator sees the word "现在".
bool isWordUnit(QChar c)
{
    return c.isDigit() || (c.isLetter() && c.script() == QChar::Script_Latin);
}

// A word break iterator per thread, cloned from one prototype (creating one from rules is slow).
icu::BreakIterator *wordIterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> it;
    if (!it) {
        UErrorCode status = U_ZERO_ERROR;
        it.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status))
            it.reset();
    }
    return it.get();
}

constexpr int kStartEdge = 1;
constexpr int kEndEdge = 2;

// Word boundaries of one turn's normalised text, computed only when a Latin phrase needs them.
class Boundaries
{
public:
    explicit Boundaries(const QString &text)
        : m_text(text)
    {}
    // Whether the span starts and/or ends (per edges) on a word boundary.
    bool isWord(int start, int end, int edges)
    {
        return (!(edges & kStartEdge) || isBoundary(start)) && (!(edges & kEndEdge) || isBoundary(end));
    }

private:
    static bool isAsciiAlnum(char16_t u)
    {
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    }
    // CJK Unified Ideographs and Extension A: word-break class Other, so a Latin letter or digit next to one breaks.
    static bool isHan(char16_t u) { return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF); }
    static bool breaksFromAlnum(char16_t u) { return u == u' ' || isHan(u); }
    bool isBoundary(int pos)
    {
        // The cases that decide most checks, straight from the word-break rules (UAX #29) that ICU implements, so
        // ICU is only asked about the rest: the ends of the text always break (WB1, WB2); ASCII letters and digits
        // never break between each other (WB5, WB8-WB10), so a phrase inside a longer word is not a whole word;
        // between an ASCII letter or digit and a space or a Han ideograph ("iPhone手机"), no rule but the default one
        // (WB999: break) applies, whatever surrounds them. (Checked against ICU 72 for every ASCII letter and digit
        // next to every ideograph, and next to a space in many contexts.) Skipping ICU here also skips its dictionary
        // segmentation of the Chinese around the phrase.
        if (wordIterator()) {
            const int size = int(m_text.size());
            if (pos <= 0 || pos >= size)
                return pos == 0 || pos == size;
            const char16_t before = m_text.at(pos - 1).unicode();
            const char16_t after = m_text.at(pos).unicode();
            if (isAsciiAlnum(before) && isAsciiAlnum(after))
                return false;
            if ((breaksFromAlnum(before) && isAsciiAlnum(after)) || (isAsciiAlnum(before) && breaksFromAlnum(after)))
                return true;
        }
        if (!m_ready) {
            m_ready = true;
            m_it = wordIterator();
            if (m_it) {
                m_unicode.setTo(false, reinterpret_cast<const UChar *>(m_text.utf16()), int32_t(m_text.size()));
                m_it->setText(m_unicode);
            }
        }
        if (!m_it)
            return true;
        return m_it->isBoundary(pos);
    }

    const QString &m_text;
    icu::UnicodeString m_unicode;
    icu::BreakIterator *m_it = nullptr;
    bool m_ready = false;
};

QString seconds(double s)
{
    return QStringLiteral("%1 s").arg(qRound(s));
}

} // namespace

AutoQaEngine::AutoQaEngine(RuleSet rules)
    : m_rules(std::move(rules))
{
    const TextNormalizer &norm = TextNormalizer::instance();
    const auto &list = m_rules.rules();
    m_negations.resize(list.size());
    m_regexes.resize(list.size());
    std::map<QString, int> ids; // the same phrase in several rules is one pattern
    auto addPhrase = [&](const QString &raw, int rule, int index, PhraseUse::Role role) {
        const QString folded = norm.fold(raw);
        if (folded.isEmpty())
            return;
        auto it = ids.find(folded);
        if (it == ids.end()) {
            const int id = m_matcher.add(folded);
            it = ids.emplace(folded, id).first;
            m_uses.emplace_back();
            m_wordEdges.push_back(
                uint8_t((isWordUnit(folded.front()) ? kStartEdge : 0) | (isWordUnit(folded.back()) ? kEndEdge : 0)));
        }
        m_uses[size_t(it->second)].push_back({rule, index, role});
    };
    for (size_t r = 0; r < list.size(); ++r) {
        const Rule &rule = list[r];
        for (int i = 0; i < rule.phrases.size(); ++i)
            addPhrase(rule.phrases[i], int(r), i, PhraseUse::Match);
        for (int i = 0; i < rule.excusePhrases.size(); ++i)
            addPhrase(rule.excusePhrases[i], int(r), i, PhraseUse::Excuse);
        for (const QString &n : rule.negations)
            m_negations[r].push_back(norm.fold(n));
        for (const QString &pattern : rule.regexes) {
            UErrorCode status = U_ZERO_ERROR;
            UParseError pe;
            std::unique_ptr<icu::RegexPattern> compiled(icu::RegexPattern::compile(
                icu::UnicodeString(reinterpret_cast<const UChar *>(pattern.utf16()), int32_t(pattern.size())), 0, pe,
                status));
            if (U_SUCCESS(status))
                m_regexes[r].push_back(std::move(compiled));
        }
    }
    m_matcher.build();
}

AutoQaEngine::~AutoQaEngine() = default;

std::vector<Hit> AutoQaEngine::run(const Conversation &c) const
{
    const TextNormalizer &norm = TextNormalizer::instance();
    const auto &rules = m_rules.rules();
    const size_t turnCount = c.turns.size();
    std::vector<Hit> hits;

    // 1. Normalise every turn once and find every phrase and pattern occurrence, per rule and turn.
    struct Occurrence
    {
        int start, end; // original span
        int phrase;     // phrase index within the rule, -1 for a regex
    };
    // occurrences[rule][turn] -> list; excuses[rule][turn] -> bool
    std::vector<std::vector<std::vector<Occurrence>>> occurrences(rules.size(),
                                                                  std::vector<std::vector<Occurrence>>(turnCount));
    std::vector<std::vector<bool>> excused(rules.size(), std::vector<bool>(turnCount, false));
    std::vector<bool> ruleApplies(rules.size());
    for (size_t r = 0; r < rules.size(); ++r)
        ruleApplies[r] = rules[r].appliesTo(c.channel);

    NormalizedText n;                       // reused from turn to turn
    std::vector<char> active(rules.size()); // by rule: applies to this conversation and to this turn's speaker
    for (size_t t = 0; t < turnCount; ++t) {
        const Turn &turn = c.turns[t];
        norm.normalize(turn.text, n);
        if (n.text.isEmpty())
            continue;
        for (size_t r = 0; r < rules.size(); ++r)
            active[r] = ruleApplies[r] && rules[r].appliesToSpeaker(turn.speaker);
        Boundaries boundaries(n.text);
        m_matcher.match(n.text, [&](int id, int start, int end) {
            for (const PhraseUse &use : m_uses[size_t(id)]) {
                const Rule &rule = rules[size_t(use.rule)];
                if (!active[size_t(use.rule)])
                    continue;
                const int edges = m_wordEdges[size_t(id)];
                if (edges && rule.wholeWords && !boundaries.isWord(start, end, edges))
                    continue;
                if (use.role == PhraseUse::Excuse) {
                    excused[size_t(use.rule)][t] = true;
                    continue;
                }
                // A negation just before the phrase ("不" + "投诉") suppresses it.
                bool negated = false;
                for (const QString &neg : m_negations[size_t(use.rule)]) {
                    for (int gap = 0; gap <= rule.negationWindow && !negated; ++gap) {
                        const int from = start - gap - int(neg.size());
                        negated = from >= 0 && QStringView(n.text).mid(from, neg.size()) == neg;
                    }
                }
                if (negated)
                    continue;
                const auto span = n.originalSpan(start, end);
                occurrences[size_t(use.rule)][t].push_back({span.first, span.second, use.phrase});
            }
        });
        for (size_t r = 0; r < rules.size(); ++r) {
            if (m_regexes[r].empty() || !active[r])
                continue;
            const icu::UnicodeString text(false, reinterpret_cast<const UChar *>(n.text.utf16()),
                                          int32_t(n.text.size()));
            for (const auto &pattern : m_regexes[r]) {
                UErrorCode status = U_ZERO_ERROR;
                std::unique_ptr<icu::RegexMatcher> m(pattern->matcher(text, status));
                if (U_FAILURE(status))
                    continue;
                // Bounded: a pathological pattern gives up after ~50 ms of work on a turn instead of hanging.
                m->setTimeLimit(50, status);
                while (m->find(status) && U_SUCCESS(status)) {
                    const int start = m->start(status);
                    const int end = m->end(status);
                    if (end <= start)
                        continue;
                    const auto span = n.originalSpan(start, end);
                    occurrences[r][t].push_back({span.first, span.second, -1});
                }
            }
        }
    }

    auto turnTimeMs = [&](size_t t) -> std::optional<qint64> {
        const Turn &turn = c.turns[t];
        if (turn.startMs)
            return *turn.startMs;
        if (turn.atMs)
            return *turn.atMs - c.startedMs;
        return std::nullopt;
    };
    auto callSpan = [&](Hit &h, size_t t) {
        if (c.isCall() && c.turns[t].startMs) {
            h.startMs = *c.turns[t].startMs;
            h.endMs = c.turns[t].endMs.value_or(h.startMs);
        }
    };

    // 2. Each rule's verdict.
    for (size_t r = 0; r < rules.size(); ++r) {
        const Rule &rule = rules[r];
        if (!ruleApplies[r])
            continue;
        switch (rule.kind) {
        case Rule::Kind::Phrases: {
            for (size_t t = 0; t < turnCount; ++t) {
                auto &found = occurrences[r][t];
                if (found.empty())
                    continue;
                if (rule.all) {
                    std::set<int> seen;
                    for (const Occurrence &o : found) {
                        if (o.phrase >= 0) // a regex match is not one of the phrases
                            seen.insert(o.phrase);
                    }
                    if (int(seen.size()) < rule.phrases.size())
                        continue;
                }
                std::sort(found.begin(), found.end(), [](const Occurrence &a, const Occurrence &b) {
                    return a.start != b.start ? a.start < b.start : a.end > b.end;
                });
                int coveredTo = -1; // overlapping occurrences of one rule are one hit ("12315" and "1231")
                for (const Occurrence &o : found) {
                    if (o.start < coveredTo)
                        continue;
                    // The matched text is copied only for the occurrences that become hits.
                    const QString text = c.turns[t].text.mid(o.start, o.end - o.start);
                    Hit h{rule.id, c.turns[t].seq, o.start, o.end, -1, -1, text};
                    callSpan(h, t);
                    hits.push_back(h);
                    coveredTo = o.end;
                }
            }
            break;
        }
        case Rule::Kind::MustAppear: {
            std::vector<size_t> speakerTurns;
            for (size_t t = 0; t < turnCount; ++t) {
                if (rule.appliesToSpeaker(c.turns[t].speaker))
                    speakerTurns.push_back(t);
            }
            if (speakerTurns.empty())
                break; // nobody of that side spoke: nothing to judge
            std::vector<size_t> window;
            if (rule.lastTurns > 0) {
                const size_t from =
                    speakerTurns.size() > size_t(rule.lastTurns) ? speakerTurns.size() - size_t(rule.lastTurns) : 0;
                window.assign(speakerTurns.begin() + qsizetype(from), speakerTurns.end());
            } else {
                for (size_t i = 0; i < speakerTurns.size(); ++i) {
                    const size_t t = speakerTurns[i];
                    const bool inTurns = rule.firstTurns <= 0 || i < size_t(rule.firstTurns);
                    const auto at = turnTimeMs(t);
                    const bool inTime = rule.firstSeconds <= 0 || !at || *at <= qint64(rule.firstSeconds * 1000);
                    // The first turn of the side always counts, however late it came.
                    if ((inTurns && inTime) || i == 0)
                        window.push_back(t);
                }
            }
            const bool found =
                std::any_of(window.begin(), window.end(), [&](size_t t) { return !occurrences[r][t].empty(); });
            if (!found) {
                // Shown where it should have been: the first turn of the window (or the last, for closings).
                const size_t t = rule.lastTurns > 0 ? window.back() : window.front();
                Hit h{rule.id, c.turns[t].seq, 0, 0, -1, -1, QString()};
                callSpan(h, t);
                hits.push_back(h);
            }
            break;
        }
        case Rule::Kind::FirstResponse:
        case Rule::Kind::SlowReply: {
            if (c.isCall())
                break;
            // The shared definition of a wait (core/chatresponses.h); the first-response rule judges only the first.
            for (const ChatResponse &response : chatResponses(c.turns)) {
                const bool relevant = rule.kind == Rule::Kind::SlowReply || response.first;
                if (relevant && response.delayS > rule.thresholdS)
                    hits.push_back({rule.id, c.turns[response.turn].seq, -1, -1, -1, -1, seconds(response.delayS)});
            }
            break;
        }
        case Rule::Kind::Silence:
        case Rule::Kind::Hold: {
            if (!c.isCall())
                break;
            std::vector<size_t> order(turnCount);
            for (size_t t = 0; t < turnCount; ++t)
                order[t] = t;
            std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
                return c.turns[a].startMs.value_or(0) < c.turns[b].startMs.value_or(0);
            });
            qint64 talkEnd = -1;
            size_t lastTurn = 0;
            for (size_t k = 0; k < order.size(); ++k) {
                const Turn &turn = c.turns[order[k]];
                const qint64 start = turn.startMs.value_or(0);
                if (talkEnd >= 0) {
                    const qint64 gap = start - talkEnd;
                    // An announced hold: the turn before the gap says "please hold".
                    const bool announced =
                        rule.kind == Rule::Kind::Hold ? !occurrences[r][lastTurn].empty() : excused[r][lastTurn];
                    const bool report = rule.kind == Rule::Kind::Hold ? announced : !announced;
                    if (report && gap > qint64(rule.thresholdS * 1000))
                        hits.push_back({rule.id, turn.seq, -1, -1, talkEnd, start, seconds(double(gap) / 1000.0)});
                }
                if (turn.endMs.value_or(start) >= talkEnd) {
                    talkEnd = turn.endMs.value_or(start);
                    lastTurn = order[k];
                }
            }
            break;
        }
        case Rule::Kind::Overtalk: {
            if (!c.isCall())
                break;
            for (size_t a = 0; a < turnCount; ++a) {
                for (size_t b = a + 1; b < turnCount; ++b) {
                    const Turn &x = c.turns[a];
                    const Turn &y = c.turns[b];
                    if (x.speaker == y.speaker || !x.startMs || !y.startMs)
                        continue;
                    const qint64 from = std::max(*x.startMs, *y.startMs);
                    const qint64 to = std::min(x.endMs.value_or(*x.startMs), y.endMs.value_or(*y.startMs));
                    if (to - from > qint64(rule.thresholdS * 1000)) {
                        // Attributed to whoever started talking second: they talked over the other.
                        const Turn &later = *y.startMs >= *x.startMs ? y : x;
                        if (rule.appliesToSpeaker(later.speaker))
                            hits.push_back({rule.id, later.seq, -1, -1, from, to, seconds(double(to - from) / 1000.0)});
                    }
                }
            }
            break;
        }
        case Rule::Kind::Spelling: {
            icu::BreakIterator *it = wordIterator();
            if (!it)
                break;
            for (size_t t = 0; t < turnCount; ++t) {
                const Turn &turn = c.turns[t];
                if (!rule.appliesToSpeaker(turn.speaker) || !hasLatinLetter(turn.text))
                    continue;
                const icu::UnicodeString text(false, reinterpret_cast<const UChar *>(turn.text.utf16()),
                                              int32_t(turn.text.size()));
                it->setText(text);
                // Links and e-mail addresses are not prose: "https" or a domain name is no typo.
                static const QRegularExpression notProse(QStringLiteral("(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w.-]+"),
                                                         QRegularExpression::UseUnicodePropertiesOption);
                std::vector<std::pair<int, int>> skip;
                for (auto m = notProse.globalMatch(turn.text); m.hasNext();) {
                    const auto match = m.next();
                    skip.emplace_back(int(match.capturedStart()), int(match.capturedEnd()));
                }
                int32_t start = it->first();
                for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
                    if (std::any_of(skip.cbegin(), skip.cend(),
                                    [&](const auto &r) { return start >= r.first && end <= r.second; }))
                        continue;
                    const QString word = turn.text.mid(start, end - start);
                    // Latin letters only (an apostrophe inside is fine): Chinese, numbers, codes are not words to
                    // spell.
                    if (word.size() < 2)
                        continue;
                    bool latin = true;
                    for (const QChar ch : word) {
                        if (!(ch.isLetter() && ch.script() == QChar::Script_Latin) && ch != QLatin1Char('\'') &&
                            ch != QChar(0x2019)) {
                            latin = false;
                            break;
                        }
                    }
                    // Full-width letters (a Chinese input method's) spell the same word: check the compatibility
                    // form, keeping case (Hunspell knows "I" and "Monday", not "i" and "monday").
                    const QString spelt = word.normalized(QString::NormalizationForm_KC);
                    if (!latin || rule.customWords.contains(spelt, Qt::CaseInsensitive))
                        continue;
                    const bool correct =
                        std::any_of(rule.languages.cbegin(), rule.languages.cend(),
                                    [&](const QString &lang) { return SpellChecker::isCorrect(lang, spelt); });
                    if (!correct) {
                        Hit h{rule.id, turn.seq, start, end, -1, -1, word};
                        callSpan(h, t);
                        hits.push_back(h);
                    }
                }
            }
            break;
        }
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.turnSeq != b.turnSeq)
            return a.turnSeq < b.turnSeq;
        return a.start < b.start;
    });
    return hits;
}

} // namespace qawb
