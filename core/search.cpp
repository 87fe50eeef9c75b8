#include "search.h"

#include "scorecardrepository.h"
#include "store.h"
#include "textnormalizer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringView>
#include <QVariant>

#include <map>

namespace qawb {

namespace {

constexpr int kBatch = 500;
constexpr int kSnippetContext = 24; // characters either side of the match

bool isCjk(char32_t cp)
{
    switch (QChar::script(cp)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

// A folded text split into runs: CJK runs (searched by bigrams) and words (letters and digits of other scripts).
struct Run
{
    QString text;
    bool cjk = false;
};

std::vector<Run> runsOf(const QString &folded)
{
    std::vector<Run> runs;
    Run current;
    const auto flush = [&] {
        if (!current.text.isEmpty())
            runs.push_back(current);
        current = Run();
    };
    for (const char32_t cp : QStringView(folded).toUcs4()) {
        const bool cjk = isCjk(cp);
        const bool word = !cjk && QChar::isLetterOrNumber(cp);
        if (!cjk && !word) {
            flush();
            continue;
        }
        if (!current.text.isEmpty() && current.cjk != cjk)
            flush();
        current.cjk = cjk;
        current.text += QString::fromUcs4(&cp, 1);
    }
    flush();
    return runs;
}

// The index tokens of one CJK run: overlapping bigrams, then the last character on its own.
void appendCjkTokens(const QString &run, QString &out)
{
    const QList<uint> cps = run.toUcs4();
    for (qsizetype i = 0; i + 1 < cps.size(); ++i) {
        out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cps[i]), 2);
        out += QLatin1Char(' ');
    }
    out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cps.back()), 1);
    out += QLatin1Char(' ');
}

QString quoted(const QString &token)
{
    return QLatin1Char('"') + QString(token).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

bool SearchQuery::isEmpty() const
{
    return text.trimmed().isEmpty() && agentId.isEmpty() && team.isEmpty() && channel.isEmpty() && !from.isValid() &&
           !to.isValid() && !minScore && !maxScore && failedItem.isEmpty() && passedItem.isEmpty() &&
           ruleId.isEmpty() && tag.isEmpty();
}

SearchIndex::SearchIndex(Store &store)
    : m_store(store)
{}

QString SearchIndex::tokens(const QString &text)
{
    QString out;
    for (const Run &run : runsOf(TextNormalizer::instance().fold(text))) {
        if (run.cjk) {
            appendCjkTokens(run.text, out);
        } else {
            out += run.text;
            out += QLatin1Char(' ');
        }
    }
    return out;
}

QString SearchIndex::matchExpression(const QString &text)
{
    QStringList parts;
    for (const Run &run : runsOf(TextNormalizer::instance().fold(text))) {
        if (!run.cjk) {
            parts << quoted(run.text);
            continue;
        }
        const QList<uint> cps = run.text.toUcs4();
        if (cps.size() == 1) {
            // One character: a bigram that starts with it, or a run that ends in it.
            parts << quoted(run.text) + QLatin1Char('*');
            continue;
        }
        QStringList bigrams;
        for (qsizetype i = 0; i + 1 < cps.size(); ++i)
            bigrams << QString::fromUcs4(reinterpret_cast<const char32_t *>(&cps[i]), 2);
        parts << quoted(bigrams.join(QLatin1Char(' '))); // a phrase: consecutive bigrams, an exact substring
    }
    return parts.join(QStringLiteral(" AND "));
}

qint64 SearchIndex::update(QString *error, const ProgressFn &progress, const std::atomic_bool *cancel)
{
    QSqlDatabase db = m_store.database();
    // What changed since the last catch-up (the triggers keep the list): added, re-imported or removed
    // conversations, with where each one was indexed before (a removed one has no rowid now).
    struct Todo
    {
        QString id;
        QVariant rowid;
        QString hash;
        QVariant oldDoc;
    };
    std::vector<Todo> todo;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT p.conversation_id, c.rowid, c.content_hash, s.doc FROM search_pending p "
                                   "LEFT JOIN conversations c ON c.id = p.conversation_id "
                                   "LEFT JOIN search_docs s ON s.conversation_id = p.conversation_id"))) {
            *error = q.lastError().text();
            return -1;
        }
        while (q.next())
            todo.push_back({q.value(0).toString(), q.value(1), q.value(2).toString(), q.value(3)});
    }
    const qint64 total = qint64(todo.size());
    if (progress)
        progress(0, total);
    QSqlQuery turns(db);
    turns.setForwardOnly(true);
    turns.prepare(QStringLiteral("SELECT text FROM turns WHERE conversation_id = ? ORDER BY seq"));
    QSqlQuery removeDoc(db);
    // An old document goes unless another conversation holds that rowid now (it is re-indexed in this run).
    removeDoc.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = ? AND NOT EXISTS "
                                     "(SELECT 1 FROM conversations WHERE rowid = ? AND id <> ?)"));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM search_index WHERE rowid = ?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO search_index(rowid, tokens) VALUES(?, ?)"));
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT INTO search_docs(conversation_id, doc, content_hash) VALUES(?, ?, ?) "
                                "ON CONFLICT(conversation_id) DO UPDATE SET doc = excluded.doc, "
                                "content_hash = excluded.content_hash"));
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral("DELETE FROM search_docs WHERE conversation_id = ?"));
    QSqlQuery done(db);
    done.prepare(QStringLiteral("DELETE FROM search_pending WHERE conversation_id = ?"));
    const auto fail = [&](const QString &id, const QSqlQuery &query) {
        *error = tr("cannot index conversation %1: %2").arg(id, query.lastError().text());
        return -1;
    };
    for (qint64 start = 0; start < total; start += kBatch) {
        if (cancel && cancel->load())
            return -1;
        Transaction transaction(m_store);
        if (!transaction.isActive()) {
            *error = transaction.error();
            return -1;
        }
        const qint64 end = std::min(total, start + kBatch);
        for (qint64 i = start; i < end; ++i) {
            const Todo &t = todo[size_t(i)];
            if (!t.oldDoc.isNull() && t.oldDoc != t.rowid) {
                removeDoc.addBindValue(t.oldDoc);
                removeDoc.addBindValue(t.oldDoc);
                removeDoc.addBindValue(t.id);
                if (!removeDoc.exec())
                    return fail(t.id, removeDoc);
            }
            if (t.rowid.isNull()) { // removed
                forget.addBindValue(t.id);
                if (!forget.exec())
                    return fail(t.id, forget);
            } else {
                turns.addBindValue(t.id);
                if (!turns.exec())
                    return fail(t.id, turns);
                QString text;
                while (turns.next()) {
                    text += tokens(turns.value(0).toString());
                    text += QLatin1Char(' ');
                }
                remove.addBindValue(t.rowid);
                if (!remove.exec())
                    return fail(t.id, remove);
                insert.addBindValue(t.rowid);
                insert.addBindValue(text);
                if (!insert.exec())
                    return fail(t.id, insert);
                mark.addBindValue(t.id);
                mark.addBindValue(t.rowid);
                mark.addBindValue(t.hash);
                if (!mark.exec())
                    return fail(t.id, mark);
            }
            done.addBindValue(t.id);
            if (!done.exec())
                return fail(t.id, done);
        }
        if (!transaction.commit()) {
            *error = transaction.error();
            return -1;
        }
        if (progress)
            progress(end, total);
    }
    return total;
}

SearchResult SearchIndex::search(const SearchQuery &query)
{
    SearchResult result;
    if (update(&result.error) < 0)
        return result;
    const QString match = matchExpression(query.text);
    if (!query.text.trimmed().isEmpty() && match.isEmpty()) {
        result.error =
            tr("\"%1\" has nothing to search for (no letters, digits or Chinese characters)").arg(query.text);
        return result;
    }

    QStringList where;
    QVariantList binds;
    if (!match.isEmpty()) {
        where << QStringLiteral("c.rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)");
        binds << match;
    }
    if (!query.agentId.isEmpty()) {
        where << QStringLiteral("c.agent_id = ?");
        binds << query.agentId;
    }
    if (!query.team.isEmpty()) {
        where << QStringLiteral("t.name = ?");
        binds << query.team;
    }
    if (!query.channel.isEmpty()) {
        where << QStringLiteral("c.channel = ?");
        binds << query.channel;
    }
    // Dates are the conversation's own; started_ms narrows first (±1 day covers every UTC offset).
    if (query.from.isValid()) {
        where << QStringLiteral("c.started_ms >= ? AND substr(c.started_at, 1, 10) >= ?");
        binds << QDateTime(query.from.addDays(-1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
              << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("c.started_ms < ? AND substr(c.started_at, 1, 10) <= ?");
        binds << QDateTime(query.to.addDays(2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
              << query.to.toString(Qt::ISODate);
    }
    if (query.minScore || query.maxScore) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM evaluations e WHERE e.conversation_id = c.id "
                                "AND e.status = 'submitted' AND e.score >= ? AND e.score <= ?)");
        binds << query.minScore.value_or(-1e9) << query.maxScore.value_or(1e9);
    }
    if (!query.ruleId.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM rule_hits h WHERE h.conversation_id = c.id AND h.rule_id = ?)");
        binds << query.ruleId;
    }
    if (!query.tag.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM evaluations e JOIN evaluation_tags g ON g.evaluation_id = "
                                "e.id WHERE e.conversation_id = c.id AND g.tag = ?)");
        binds << query.tag;
    }
    // Failed / passed depends on the item's type (a "no", a low scale step, a deduction): answered items are found
    // in SQL, the verdict comes from the scorecard version below.
    const bool itemFilter = !query.failedItem.isEmpty() || !query.passedItem.isEmpty();
    for (const QString &item : {query.failedItem, query.passedItem}) {
        if (item.isEmpty())
            continue;
        where << QStringLiteral("EXISTS (SELECT 1 FROM evaluations e JOIN answers an ON an.evaluation_id = e.id "
                                "WHERE e.conversation_id = c.id AND e.status = 'submitted' AND an.item_id = ? "
                                "AND an.value IS NOT NULL AND an.value <> 'na')");
        binds << item;
    }
    const int limit = std::max(1, query.limit);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.id, c.channel, c.started_at, c.agent_id, coalesce(a.name, c.agent_id), "
                  "coalesce(t.name, ''), "
                  "(SELECT e.score FROM evaluations e WHERE e.conversation_id = c.id AND e.status = 'submitted' "
                  "ORDER BY e.submitted_at DESC LIMIT 1), "
                  "(SELECT e.id FROM evaluations e WHERE e.conversation_id = c.id AND e.status = 'submitted' "
                  "ORDER BY e.submitted_at DESC LIMIT 1) "
                  "FROM conversations c LEFT JOIN agents a ON a.id = c.agent_id LEFT JOIN teams t ON t.id = c.team_id "
                  "%1 ORDER BY c.started_ms DESC, c.id %2")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                       itemFilter ? QString() : QStringLiteral("LIMIT %1").arg(limit + 1)));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        result.error = q.lastError().text();
        return result;
    }
    std::vector<SearchHit> hits;
    while (q.next()) {
        SearchHit h;
        h.conversationId = q.value(0).toString();
        h.channel = q.value(1).toString();
        h.startedAt = q.value(2).toString();
        h.agentId = q.value(3).toString();
        h.agentName = q.value(4).toString();
        h.team = q.value(5).toString();
        if (!q.value(6).isNull())
            h.score = q.value(6).toDouble();
        h.evaluationId = q.value(7).toString();
        hits.push_back(std::move(h));
    }

    if (itemFilter) {
        ScorecardRepository cards(m_store);
        std::map<QString, std::optional<StoredScorecard>> byVersion;
        QSqlQuery answers(m_store.database());
        answers.prepare(QStringLiteral("SELECT e.scorecard_version_id, an.item_id, an.value FROM evaluations e "
                                       "JOIN answers an ON an.evaluation_id = e.id WHERE e.conversation_id = ? "
                                       "AND e.status = 'submitted' AND an.item_id IN (?, ?)"));
        const auto verdicts = [&](const QString &conversationId) {
            std::pair<bool, bool> found{false, false}; // failed, passed
            answers.addBindValue(conversationId);
            answers.addBindValue(query.failedItem);
            answers.addBindValue(query.passedItem);
            if (!answers.exec())
                return found;
            while (answers.next()) {
                auto it = byVersion.find(answers.value(0).toString());
                if (it == byVersion.end())
                    it = byVersion.emplace(answers.value(0).toString(), cards.version(answers.value(0).toString()))
                             .first;
                const ScorecardItem *item =
                    it->second ? it->second->scorecard.item(answers.value(1).toString()) : nullptr;
                if (!item)
                    continue;
                const bool failed = item->isFailed(answers.value(2).toString());
                if (failed && item->id == query.failedItem)
                    found.first = true;
                if (!failed && item->id == query.passedItem)
                    found.second = true;
            }
            return found;
        };
        std::vector<SearchHit> kept;
        for (SearchHit &h : hits) {
            const auto [failed, passed] = verdicts(h.conversationId);
            if ((query.failedItem.isEmpty() || failed) && (query.passedItem.isEmpty() || passed))
                kept.push_back(std::move(h));
            if (int(kept.size()) > limit)
                break;
        }
        hits = std::move(kept);
    }
    result.truncated = int(hits.size()) > limit;
    if (result.truncated)
        hits.resize(size_t(limit));

    // Where the text is: the first turn holding the first fragment, with the words around it.
    const std::vector<Run> fragments = runsOf(TextNormalizer::instance().fold(query.text));
    if (!fragments.empty()) {
        QSqlQuery turns(m_store.database());
        turns.prepare(QStringLiteral("SELECT seq, text FROM turns WHERE conversation_id = ? ORDER BY seq"));
        NormalizedText folded;
        for (SearchHit &h : hits) {
            turns.addBindValue(h.conversationId);
            if (!turns.exec())
                continue;
            while (turns.next() && h.turnSeq < 0) {
                const QString text = turns.value(1).toString();
                TextNormalizer::instance().normalize(text, folded);
                const int at = int(folded.text.indexOf(fragments.front().text));
                if (at < 0)
                    continue;
                const auto [from, to] = folded.originalSpan(at, at + int(fragments.front().text.size()));
                const int start = std::max(0, from - kSnippetContext);
                const int end = std::min(int(text.size()), to + kSnippetContext);
                h.turnSeq = turns.value(0).toInt();
                h.snippet = (start > 0 ? QStringLiteral("…") : QString()) + text.mid(start, end - start) +
                            (end < text.size() ? QStringLiteral("…") : QString());
            }
        }
    }
    result.hits = std::move(hits);
    return result;
}

} // namespace qawb
