#pragma once

#include "assignment.h"
#include "sampling.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace qawb {

class Store;
struct User;

// A plan saved in the store under its name.
struct StoredPlan
{
    QString id;
    QString name;
    QByteArray json;
    QString updatedAt;
};

// The period a sample is drawn from: [fromMs, toMs) in UTC epoch milliseconds.
struct SamplePeriod
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    // The plan's default: the last periodDays whole days before today (local time).
    static SamplePeriod lastDays(int days);
    // From local dates (both inclusive). from > to is refused by the loader.
    static SamplePeriod fromDates(const QDate &from, const QDate &to);
};

// A drawn sample: what was picked and how it was drawn.
struct SampleInfo
{
    QString id;
    QString planName;
    QByteArray planJson; // the plan as drawn, seed included
    SamplePeriod period;
    int eligible = 0;
    int target = 0;
    int picked = 0;
    QMap<QString, int> excluded;
    QString createdBy; // display name
    QString createdAt;
    QString assignedAt; // empty: not assigned yet
};

struct SampleItem
{
    QString conversationId;
    QString agentId;
    QString agentName;
    QString teamId;
    QString channel;
    QString stratum;
    QString reason;
    double expectedSeconds = 0;
};

// A queue with its progress, for inspectors (their own) and QA managers (everyone's).
struct QueueProgress
{
    QString queueId;
    QString name;
    QString kind; // manual, sample, calibration
    QString status;
    QString sampleId;
    QString inspectorId;
    QString inspectorName;
    int total = 0;
    int submitted = 0;
    int drafts = 0;
    double expectedSeconds = 0; // all items
    double secondsLeft = 0;     // items not submitted yet
};

struct QueueItemProgress
{
    QString conversationId;
    QString agentName;
    QString channel;
    QString reason;
    QString evaluationStatus; // "", draft, submitted (by the queue's inspector)
    double expectedSeconds = 0;
};

struct QueueItemChange
{
    QString action; // reassign, replace
    QString conversationId;
    QString toInspectorName; // reassign
    QString replacementId;   // replace
    QString reason;
    QString actorName;
    QString at;
    QString fromInspectorName; // whose queue the item was in
};

struct AssignmentSummary
{
    struct Queue
    {
        QString queueId;
        QString name;
        QString inspectorId;
        QString inspectorName;
        QString kind; // sample or calibration
        int items = 0;
        double seconds = 0;
    };
    std::vector<Queue> queues;
    int calibrationItems = 0;
    QStringList unassignable; // conversation ids nobody may review (own-team rule)
};

// Sampling plans, samples and the queues assigned from them. Loading candidates and drawing work on 1,000,000
// conversations in a couple of seconds (raw SQLite statements); run them off the UI thread with their own Store.
class SamplingRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SamplingRepository)

public:
    explicit SamplingRepository(Store &store);

    // --- plans (QA managers and admins change them)
    std::vector<StoredPlan> plans();
    std::optional<StoredPlan> plan(const QString &nameOrId);
    // Saves under plan.name, replacing a plan of that name. Audited.
    bool savePlan(const User &actor, const SamplingPlan &plan, QString *error);
    bool deletePlan(const User &actor, const QString &name, QString *error);

    // --- drawing
    // Every conversation of the period in the plan's scope, with its triggers and, when not eligible, why.
    // progress(done, total) is called now and then; a set cancel flag stops it (nullopt, error "cancelled").
    std::optional<std::vector<SampleCandidate>> loadCandidates(const SamplingPlan &plan, const SamplePeriod &period,
                                                               QString *error,
                                                               const std::function<void(int, int)> &progress = {},
                                                               const std::atomic_bool *cancel = nullptr);
    // Stores a drawn sample (one transaction) and returns its id; empty and *error on failure.
    QString saveSample(const User &actor, const SamplingPlan &plan, const SamplePeriod &period,
                       const SampleResult &result, QString *error);
    std::vector<SampleInfo> samples();
    std::optional<SampleInfo> sample(const QString &id); // id or a unique prefix of it
    std::vector<SampleItem> sampleItems(const QString &sampleId);

    // --- assignment
    // Splits a stored, not yet assigned sample into one queue per inspector (and a calibration queue each when
    // options.calibration > 0), in one transaction. Inspectors are user ids; each must be allowed to evaluate.
    std::optional<AssignmentSummary> assign(const User &actor, const QString &sampleId, const QStringList &inspectorIds,
                                            AssignmentOptions options, QString *error);

    // --- progress and changes
    std::vector<QueueProgress> progress(const QString &inspectorId = {});
    std::vector<QueueItemProgress> queueItems(const QString &queueId);
    // Moves an item to another inspector (into their queue of the same sample, made if needed). Not once the
    // queue's inspector has submitted it. The reason is required and recorded.
    bool reassign(const User &actor, const QString &queueId, const QString &conversationId,
                  const QString &toInspectorId, const QString &reason, QString *error);
    // Replaces an item by another conversation of the same agent from the sample's period and scope that is still
    // eligible (picked by the sample's seed). Not in a calibration queue (every inspector must keep the same set).
    // Returns the replacement's id; empty and *error when there is none.
    QString replace(const User &actor, const QString &queueId, const QString &conversationId, const QString &reason,
                    QString *error);
    std::vector<QueueItemChange> changes(const QString &queueId);

private:
    Store &m_store;
};

} // namespace qawb
