#pragma once

#include "conversation.h"

#include <QString>

#include <optional>
#include <vector>

namespace qawb {

class Store;

// A queue with its progress, as the queue list shows it.
struct QueueSummary
{
    QString id;
    QString name;
    QString inspectorId;
    QString inspectorName;
    QString kind;
    QString status;
    int total = 0;
    int submitted = 0;
    int drafts = 0;
    double secondsLeft = 0;     // expected review time of the items the inspector has not submitted yet
    QString sampleId;           // the sample the queue was assigned from, if any
    double expectedSeconds = 0; // expected review time of all its items
};

// One row of the case list.
struct CaseRow
{
    QString conversationId;
    QString channel;
    QString source;
    QString agentId;
    QString agentName;
    QString team;
    QString businessType;
    QString startedAt;
    qint64 startedMs = 0;
    std::optional<double> durationS;
    std::optional<int> csat;
    std::optional<bool> resolved;
    int turnCount = 0;
    int position = -1;        // place in the queue; -1 outside a queue
    QString evaluationStatus; // "", "draft" or "submitted" (of the given inspector)
    std::optional<double> score;
    bool fatal = false;
    bool hasWarnings = false;
    int hitCount = -1; // auto-QA hits; -1: not checked yet
    int riskCount = 0; // hits in risk categories or of critical severity
};

// Read access to queues, cases and conversations.
class CaseRepository final
{
public:
    explicit CaseRepository(Store &store);

    std::vector<QueueSummary> queues(const QString &inspectorId = {});
    std::optional<QueueSummary> queueByName(const QString &name, const QString &inspectorId = {});
    // Cases of a queue in queue order, or every conversation (newest first) when queueId is empty.
    // Evaluation status and score are those of inspectorId.
    std::vector<CaseRow> cases(const QString &queueId, const QString &inspectorId);
    // A conversation with its turns, agent name and team name; nullopt if there is none with this id.
    std::optional<Conversation> conversation(const QString &id);
    // Queues (ids) that contain a conversation.
    QStringList queuesOf(const QString &conversationId);

private:
    Store &m_store;
};

} // namespace qawb
