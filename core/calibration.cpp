#include "calibration.h"

#include "evaluationrepository.h"
#include "scorecardrepository.h"
#include "store.h"
#include "userrepository.h"

#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <map>

namespace qawb {

Agreement Agreement::of(const std::vector<QStringList> &units)
{
    Agreement a;
    // Coincidence matrix: every ordered pair of values from different raters in a unit, weighted 1 / (m − 1).
    std::map<std::pair<QString, QString>, double> o;
    int agreeing = 0;
    for (const QStringList &values : units) {
        const int m = int(values.size());
        if (m < 2)
            continue;
        ++a.units;
        for (int i = 0; i < m; ++i) {
            for (int j = 0; j < m; ++j) {
                if (i != j)
                    o[{values[i], values[j]}] += 1.0 / (m - 1);
                if (i < j) {
                    ++a.pairs;
                    agreeing += values[i] == values[j] ? 1 : 0;
                }
            }
        }
    }
    if (a.pairs == 0)
        return a;
    a.percent = double(agreeing) / a.pairs;
    std::map<QString, double> marginal;
    double n = 0, disagreement = 0;
    for (const auto &[pair, count] : o) {
        marginal[pair.first] += count;
        n += count;
        if (pair.first != pair.second)
            disagreement += count;
    }
    double expected = 0;
    for (const auto &[c, nc] : marginal) {
        for (const auto &[k, nk] : marginal) {
            if (c != k)
                expected += nc * nk;
        }
    }
    if (expected > 0)
        a.alpha = 1.0 - (n - 1) * disagreement / expected;
    return a;
}

CalibrationRepository::CalibrationRepository(Store &store)
    : m_store(store)
{}

std::vector<CalibrationRepository::Session> CalibrationRepository::sessions()
{
    std::vector<Session> out;
    QSqlQuery q(m_store.database());
    q.exec(QStringLiteral(
        "SELECT s.id, s.created_at, count(DISTINCT q.inspector_id), count(DISTINCT i.conversation_id), "
        "(SELECT count(*) FROM evaluations e JOIN queues q2 ON q2.id = e.queue_id WHERE q2.sample_id = s.id "
        "AND q2.kind = 'calibration' AND e.status = 'submitted') "
        "FROM samples s JOIN queues q ON q.sample_id = s.id AND q.kind = 'calibration' "
        "LEFT JOIN queue_items i ON i.queue_id = q.id GROUP BY s.id ORDER BY s.created_at DESC"));
    while (q.next())
        out.push_back(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()});
    return out;
}

std::optional<CalibrationReport> CalibrationRepository::report(const QString &sampleIdOrPrefix,
                                                               const QString &expertLogin, const QString &language,
                                                               QString *error)
{
    bool ambiguous = false;
    const QString sampleId = resolveId(m_store, QStringLiteral("samples"), sampleIdOrPrefix, &ambiguous);
    if (sampleId.isEmpty()) {
        *error = ambiguous ? tr("%1 is the beginning of more than one sample id; give more of it").arg(sampleIdOrPrefix)
                           : tr("there is no sample %1").arg(sampleIdOrPrefix);
        return std::nullopt;
    }
    CalibrationReport r;
    r.sampleId = sampleId;
    // The session's inspectors (one calibration queue each) and its conversations (the same in every queue).
    std::vector<std::pair<QString, QString>> inspectors; // id, name
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT q.inspector_id, coalesce(u.display_name, q.inspector_id) FROM queues q "
                             "LEFT JOIN users u ON u.id = q.inspector_id WHERE q.sample_id = ? AND "
                             "q.kind = 'calibration' ORDER BY 2, 1"));
    q.addBindValue(sampleId);
    if (q.exec()) {
        while (q.next())
            inspectors.emplace_back(q.value(0).toString(), q.value(1).toString());
    }
    if (inspectors.empty()) {
        *error = tr("sample %1 has no calibration queues (assign it with --calibration K)").arg(sampleId.left(8));
        return std::nullopt;
    }
    if (!expertLogin.isEmpty()) {
        const std::optional<User> expert = UserRepository(m_store).byLogin(expertLogin);
        const bool inSession = expert && std::any_of(inspectors.begin(), inspectors.end(),
                                                     [&](const auto &i) { return i.first == expert->id; });
        if (!inSession) {
            *error = tr("%1 did not score this calibration session").arg(expertLogin);
            return std::nullopt;
        }
        r.expertId = expert->id;
    }
    QStringList conversations;
    q.prepare(QStringLiteral("SELECT i.conversation_id FROM queue_items i JOIN queues q ON q.id = i.queue_id "
                             "WHERE q.sample_id = ? AND q.kind = 'calibration' GROUP BY i.conversation_id "
                             "ORDER BY min(i.position), i.conversation_id"));
    q.addBindValue(sampleId);
    if (q.exec()) {
        while (q.next())
            conversations << q.value(0).toString();
    }

    EvaluationRepository evaluations(m_store);
    std::optional<StoredScorecard> card;
    for (const auto &[id, name] : inspectors)
        r.inspectorNames << name;
    for (const QString &conversationId : conversations) {
        CalibrationConversation c;
        c.conversationId = conversationId;
        std::vector<double> scores;
        for (const auto &[id, name] : inspectors) {
            CalibrationRating rating;
            rating.inspectorId = id;
            rating.inspectorName = name;
            if (const std::optional<Evaluation> e = evaluations.find(conversationId, id)) {
                rating.evaluationId = e->id;
                rating.submitted = e->isSubmitted();
                if (rating.submitted) {
                    rating.score = e->score;
                    rating.answers = e->values();
                    if (e->score)
                        scores.push_back(*e->score);
                    if (!card)
                        card = ScorecardRepository(m_store).version(e->scorecardVersionId);
                }
            }
            r.pending += rating.submitted ? 0 : 1;
            c.ratings.push_back(std::move(rating));
        }
        if (!scores.empty()) {
            c.minScore = *std::min_element(scores.begin(), scores.end());
            c.maxScore = *std::max_element(scores.begin(), scores.end());
            double sum = 0;
            for (const double s : scores)
                sum += s;
            const double mean = sum / double(scores.size());
            double squares = 0;
            for (const double s : scores)
                squares += (s - mean) * (s - mean);
            c.meanScore = mean;
            c.stdDev = std::sqrt(squares / double(scores.size()));
        }
        r.conversations.push_back(std::move(c));
    }

    // Agreement per item and overall: a unit is one item of one conversation, its values the submitted answers.
    std::vector<QStringList> all;
    if (card) {
        for (const ScorecardSection &section : card->scorecard.sections()) {
            for (const ScorecardItem &item : section.items) {
                std::vector<QStringList> units;
                for (const CalibrationConversation &c : r.conversations) {
                    QStringList values;
                    for (const CalibrationRating &rating : c.ratings) {
                        const QString v = rating.answers.value(item.id);
                        if (rating.submitted && !v.isEmpty())
                            values << v;
                    }
                    units.push_back(values);
                    all.push_back(values);
                }
                r.items.push_back({item.id, item.text.text(language), Agreement::of(units)});
            }
        }
    }
    r.overall = Agreement::of(all);

    // Each inspector against the others (their mean score, the majority answer) or against the expert.
    for (size_t k = 0; k < inspectors.size(); ++k) {
        CalibrationInspector who;
        who.id = inspectors[k].first;
        who.name = inspectors[k].second;
        double deviation = 0, absolute = 0;
        int deviations = 0, compared = 0, agreed = 0;
        for (const CalibrationConversation &c : r.conversations) {
            const CalibrationRating &mine = c.ratings[k];
            ++who.assigned;
            if (!mine.submitted)
                continue;
            ++who.submitted;
            std::vector<const CalibrationRating *> reference;
            for (size_t j = 0; j < c.ratings.size(); ++j) {
                const CalibrationRating &other = c.ratings[j];
                if (j == k || !other.submitted)
                    continue;
                if (r.expertId.isEmpty() || other.inspectorId == r.expertId)
                    reference.push_back(&other);
            }
            if (reference.empty() || who.id == r.expertId)
                continue;
            double sum = 0;
            int n = 0;
            for (const CalibrationRating *other : reference) {
                if (other->score) {
                    sum += *other->score;
                    ++n;
                }
            }
            if (mine.score && n > 0) {
                const double d = *mine.score - sum / n;
                deviation += d;
                absolute += std::abs(d);
                ++deviations;
            }
            for (auto it = mine.answers.cbegin(); it != mine.answers.cend(); ++it) {
                std::map<QString, int> votes;
                for (const CalibrationRating *other : reference) {
                    const QString v = other->answers.value(it.key());
                    if (!v.isEmpty())
                        ++votes[v];
                }
                if (votes.empty())
                    continue;
                int top = 0;
                for (const auto &[value, count] : votes)
                    top = std::max(top, count);
                ++compared;
                agreed += votes[it.value()] == top ? 1 : 0; // a tie counts for each of the tied answers
            }
        }
        if (deviations > 0) {
            who.meanDeviation = deviation / deviations;
            who.meanAbsoluteDeviation = absolute / deviations;
        }
        if (compared > 0)
            who.itemAgreement = double(agreed) / compared;
        r.inspectors.push_back(std::move(who));
    }
    return r;
}

} // namespace qawb
