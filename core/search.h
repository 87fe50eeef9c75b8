#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace qawb {

class Store;

// What the case library searches for. Every field is optional; they combine with AND.
struct SearchQuery
{
    QString text;                   // words and Chinese fragments, all of which must occur ("退费 投诉", "refund")
    QString agentId;                // an agent's id
    QString team;                   // a team's name
    QString channel;                // call | chat
    QDate from;                     // the conversation's own date, inclusive
    QDate to;                       // inclusive
    std::optional<double> minScore; // a submitted evaluation's score
    std::optional<double> maxScore;
    QString failedItem; // a scorecard item some submitted evaluation failed
    QString passedItem; // ... passed
    QString ruleId;     // an auto-QA rule that hit the conversation
    QString tag;        // an evaluation tag (exemplary, bad_example, training_case, calibration)
    int limit = 100;

    bool isEmpty() const;
};

struct SearchHit
{
    QString conversationId;
    QString channel;
    QString startedAt;
    QString agentId;
    QString agentName;
    QString team;
    std::optional<double> score; // the newest submitted evaluation's
    QString evaluationId;
    int turnSeq = -1; // the first message / line that matches the text; -1 without text
    QString snippet;  // that turn's text around the match
};

struct SearchResult
{
    std::vector<SearchHit> hits; // newest conversations first
    bool truncated = false;      // more matched than the limit
    QString error;               // a query that cannot be understood
};

// The case library's search: free text in transcripts and chats through SQLite FTS5, plus filters on the
// conversation, its evaluations, rule hits and tags.
//
// Chinese has no spaces and most keywords are two characters, which FTS5's tokenizers do not serve (unicode61 makes a
// whole run of Chinese one token; trigram finds nothing shorter than three characters). So text is tokenized here:
// each turn is folded (TextNormalizer: width, case, Traditional → Simplified, so "退費" finds "退费"), runs of CJK
// characters become overlapping bigrams plus the run's last character ("我要退费" → 我要 要退 退费 费), everything
// else words. A query fragment of two or more characters is the phrase of its bigrams (an exact substring of one run);
// a single character is a prefix query (bigrams starting with it, or a run ending in it); words are words. The index
// is brought up to date incrementally (by content hash) before searching, and matches are confirmed on the folded
// turns, which also gives the snippet.
class SearchIndex final
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    explicit SearchIndex(Store &store);

    // Indexes conversations that are new or changed since they were indexed and drops removed ones; returns how many
    // were (re)indexed, -1 on error (*error set) or when cancelled (nothing half-written: each batch commits whole).
    qint64 update(QString *error, const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

    SearchResult search(const SearchQuery &query);

    // The tokens a text is indexed as (folded, bigrams, words), space-separated; public for tests.
    static QString tokens(const QString &text);
    // The FTS5 MATCH expression for a query's text; empty when it has no searchable characters.
    static QString matchExpression(const QString &text);

private:
    Store &m_store;
};

} // namespace qawb
