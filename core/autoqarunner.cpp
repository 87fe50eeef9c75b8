#include "autoqarunner.h"

#include "caserepository.h"
#include "conversation.h"
#include "ids.h"
#include "rulesetrepository.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QVariant>
#include <QtConcurrent/QtConcurrentMap>

#include <map>
#include <memory>

namespace qawb {

namespace {
constexpr int kBatch = 256;
} // namespace

QString AutoQaReport::summary() const
{
    if (cancelled)
        return AutoQaRunner::tr("Auto-QA cancelled after %n conversation(s); their hits are kept.", nullptr,
                                int(checked));
    if (!ok)
        return AutoQaRunner::tr("Auto-QA failed: %1").arg(error);
    return AutoQaRunner::tr("Auto-QA checked %1 conversation(s) (%2 up to date), %3 hit(s).")
        .arg(checked)
        .arg(upToDate)
        .arg(hits);
}

AutoQaRunner::AutoQaRunner(Store &store, QString userId)
    : m_store(store)
    , m_userId(std::move(userId))
{}

AutoQaReport AutoQaRunner::run(const QStringList &conversationIds, bool force)
{
    AutoQaReport report;
    RuleSetRepository repository(m_store);
    if (!repository.ensureActive(m_userId, &report.error))
        return report;
    const auto active = repository.active();
    if (!active) {
        report.error = tr("the store has no usable rule set");
        return report;
    }
    report.ruleSetVersionId = active->versionId;
    // Hits depend on the matching code as well as on rules and content: the run records both, so a new engine
    // re-checks each conversation once.
    const QString engineTag = QStringLiteral("/e%1").arg(kEngineVersion);

    // What each conversation needs: nothing, the changed rules only, or everything.
    struct Work
    {
        QString id;
        QString contentHash;
        QString oldVersion; // empty: full check
    };
    std::vector<Work> work;
    {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT c.id, c.content_hash, r.rule_set_version_id, r.content_hash FROM conversations c "
                              "LEFT JOIN autoqa_runs r ON r.conversation_id = c.id ORDER BY c.started_ms"));
        const QSet<QString> wanted(conversationIds.cbegin(), conversationIds.cend());
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!wanted.isEmpty() && !wanted.contains(id))
                continue;
            const QString hash = q.value(1).toString() + engineTag; // what the run is valid for
            const QString ranVersion = q.value(2).toString();
            const bool sameContent = !q.value(3).isNull() && q.value(3).toString() == hash;
            if (!force && sameContent && ranVersion == active->versionId) {
                ++report.upToDate;
                continue;
            }
            work.push_back({id, hash, (!force && sameContent) ? ranVersion : QString()});
        }
    }

    // One engine for full checks, one per older version for partial re-checks (only the rules that differ).
    const AutoQaEngine fullEngine(active->rules);
    std::map<QString, std::unique_ptr<AutoQaEngine>> partialEngines;
    std::map<QString, QStringList> changedRules; // by old version: rules to delete and re-run
    const auto newDigests = active->rules.ruleDigests();
    for (const Work &w : work) {
        if (w.oldVersion.isEmpty() || partialEngines.count(w.oldVersion))
            continue;
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT rule_digests FROM rule_set_versions WHERE id = ?"));
        q.addBindValue(w.oldVersion);
        QJsonObject oldDigests;
        if (q.exec() && q.next())
            oldDigests = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QStringList changed;
        for (auto it = newDigests.cbegin(); it != newDigests.cend(); ++it) {
            if (oldDigests.value(it.key()).toString() != QString::fromLatin1(it.value()))
                changed << it.key();
        }
        for (auto it = oldDigests.begin(); it != oldDigests.end(); ++it) {
            if (!newDigests.contains(it.key()))
                changed << it.key(); // removed: its hits go
        }
        changedRules[w.oldVersion] = changed;
        partialEngines[w.oldVersion] = std::make_unique<AutoQaEngine>(active->rules.subset(changed));
    }

    // Matching threads outlive a run: each keeps its Hunspell instances, which take ~100 ms to load under a lock.
    static QThreadPool *const sharedPool = [] {
        auto *p = new QThreadPool; // never destroyed: worker threads may still hold thread-local dictionaries at exit
        p->setMaxThreadCount(QThread::idealThreadCount());
        p->setExpiryTimeout(-1);
        return p;
    }();
    QThreadPool ownPool;
    if (m_threads > 0)
        ownPool.setMaxThreadCount(m_threads);
    QThreadPool &pool = m_threads > 0 ? ownPool : *sharedPool;
    CaseRepository cases(m_store);
    const qint64 total = qint64(work.size());
    if (m_progress)
        m_progress(0, total);
    QSqlQuery deleteAll(m_store.database());
    deleteAll.prepare(QStringLiteral("DELETE FROM rule_hits WHERE conversation_id = ?"));
    QSqlQuery deleteRule(m_store.database());
    deleteRule.prepare(QStringLiteral("DELETE FROM rule_hits WHERE conversation_id = ? AND rule_id = ?"));
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral("INSERT INTO rule_hits(conversation_id, rule_set_version_id, rule_id, category, "
                                  "severity, turn_seq, span_start, span_end, start_ms, end_ms, detail) "
                                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery moveVersion(m_store.database());
    moveVersion.prepare(QStringLiteral("UPDATE rule_hits SET rule_set_version_id = ? WHERE conversation_id = ?"));
    // Risk flags of the case list: critical hits and hits in the rule set's risk categories.
    QStringList riskCategories;
    for (auto it = active->rules.categories().cbegin(); it != active->rules.categories().cend(); ++it) {
        if (it->risk)
            riskCategories << QLatin1Char('\'') + QString(it.key()).replace(QLatin1Char('\''), QStringLiteral("''")) +
                                  QLatin1Char('\'');
    }
    QSqlQuery upsertRun(m_store.database());
    upsertRun.prepare(
        QStringLiteral(
            "INSERT INTO autoqa_runs(conversation_id, rule_set_version_id, content_hash, ran_at, hit_count, "
            "risk_count) "
            "VALUES(?, ?, ?, ?, (SELECT count(*) FROM rule_hits WHERE conversation_id = ?), "
            "(SELECT count(*) FROM rule_hits WHERE conversation_id = ? AND (severity = 'critical' OR category IN "
            "(%1)))) "
            "ON CONFLICT(conversation_id) DO UPDATE SET rule_set_version_id = excluded.rule_set_version_id, "
            "content_hash = excluded.content_hash, ran_at = excluded.ran_at, hit_count = excluded.hit_count, "
            "risk_count = excluded.risk_count")
            .arg(riskCategories.isEmpty() ? QStringLiteral("''") : riskCategories.join(QLatin1Char(','))));

    for (size_t from = 0; from < work.size(); from += kBatch) {
        if (m_cancel && m_cancel->load()) {
            report.cancelled = true;
            return report;
        }
        const size_t to = std::min(work.size(), from + kBatch);
        std::vector<std::pair<const Work *, Conversation>> batch;
        for (size_t i = from; i < to; ++i) {
            auto conversation = cases.conversation(work[i].id);
            if (conversation)
                batch.emplace_back(&work[i], std::move(*conversation));
        }
        const std::vector<std::vector<Hit>> results = QtConcurrent::blockingMapped<std::vector<std::vector<Hit>>>(
            &pool, batch, [&](const std::pair<const Work *, Conversation> &item) {
                const AutoQaEngine &engine =
                    item.first->oldVersion.isEmpty() ? fullEngine : *partialEngines.at(item.first->oldVersion);
                return engine.run(item.second);
            });
        Transaction transaction(m_store);
        if (!transaction.isActive()) {
            report.error = transaction.error();
            return report;
        }
        auto fail = [&](const QSqlQuery &q) {
            report.error = q.lastError().text();
            return report;
        };
        const QString now = nowIso();
        for (size_t i = 0; i < batch.size(); ++i) {
            const Work &w = *batch[i].first;
            if (w.oldVersion.isEmpty()) {
                deleteAll.addBindValue(w.id);
                if (!deleteAll.exec())
                    return fail(deleteAll);
            } else {
                for (const QString &rule : changedRules[w.oldVersion]) {
                    deleteRule.addBindValue(w.id);
                    deleteRule.addBindValue(rule);
                    if (!deleteRule.exec())
                        return fail(deleteRule);
                }
                moveVersion.addBindValue(active->versionId);
                moveVersion.addBindValue(w.id);
                if (!moveVersion.exec())
                    return fail(moveVersion);
                ++report.partial;
            }
            for (const Hit &h : results[i]) {
                const Rule *rule = active->rules.rule(h.ruleId);
                insert.addBindValue(w.id);
                insert.addBindValue(active->versionId);
                insert.addBindValue(h.ruleId);
                insert.addBindValue(rule ? rule->category : QString());
                insert.addBindValue(rule ? rule->severity : QString());
                insert.addBindValue(h.turnSeq >= 0 ? QVariant(h.turnSeq) : QVariant());
                insert.addBindValue(h.start >= 0 ? QVariant(h.start) : QVariant());
                insert.addBindValue(h.end >= 0 ? QVariant(h.end) : QVariant());
                insert.addBindValue(h.startMs >= 0 ? QVariant(h.startMs) : QVariant());
                insert.addBindValue(h.endMs >= 0 ? QVariant(h.endMs) : QVariant());
                insert.addBindValue(h.detail);
                if (!insert.exec())
                    return fail(insert);
                ++report.hits;
            }
            upsertRun.addBindValue(w.id);
            upsertRun.addBindValue(active->versionId);
            upsertRun.addBindValue(w.contentHash);
            upsertRun.addBindValue(now);
            upsertRun.addBindValue(w.id);
            upsertRun.addBindValue(w.id);
            if (!upsertRun.exec())
                return fail(upsertRun);
            ++report.checked;
        }
        if (!transaction.commit()) {
            report.error = transaction.error();
            return report;
        }
        if (m_progress)
            m_progress(qint64(to), total);
    }
    report.ok = true;
    return report;
}

bool AutoQaRunner::isChecked(Store &store, const QString &conversationId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT 1 FROM autoqa_runs WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    return q.exec() && q.next();
}

std::vector<StoredHit> AutoQaRunner::hits(Store &store, const QString &conversationId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT rule_id, turn_seq, span_start, span_end, start_ms, end_ms, detail, category, "
                             "severity, rule_set_version_id FROM rule_hits WHERE conversation_id = ? "
                             "ORDER BY coalesce(turn_seq, -1), coalesce(span_start, -1), id"));
    q.addBindValue(conversationId);
    q.exec();
    std::vector<StoredHit> out;
    while (q.next()) {
        StoredHit s;
        s.hit.ruleId = q.value(0).toString();
        s.hit.turnSeq = q.value(1).isNull() ? -1 : q.value(1).toInt();
        s.hit.start = q.value(2).isNull() ? -1 : q.value(2).toInt();
        s.hit.end = q.value(3).isNull() ? -1 : q.value(3).toInt();
        s.hit.startMs = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
        s.hit.endMs = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        s.hit.detail = q.value(6).toString();
        s.category = q.value(7).toString();
        s.severity = q.value(8).toString();
        s.ruleSetVersionId = q.value(9).toString();
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace qawb
