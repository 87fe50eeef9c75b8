#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace qawb {

class Store;
struct User;

// One submitted evaluation with failed or fatal items: its feedback clock.
struct FeedbackItem
{
    enum class State { Due, Overdue, OnTime, Late };

    QString evaluationId;
    QString conversationId;
    QString agentId;
    QString agentName;
    QString team;
    QString inspectorName;
    double score = 0;
    bool fatal = false;
    int failedItems = 0;
    QDateTime submittedAt; // UTC
    QDateTime dueAt;       // submittedAt + the threshold
    QDateTime coachedAt;   // invalid: not yet
    QString coachedBy;     // display name
    QString note;
    State state = State::Due;
};

struct FeedbackRate
{
    int total = 0;   // evaluations whose clock ran out or stopped in the period
    int onTime = 0;  // coached before due
    int late = 0;    // coached after due
    int overdue = 0; // due and not coached yet
    // onTime / total; nullopt when there is nothing to measure
    std::optional<double> rate() const
    {
        return total > 0 ? std::optional<double>(double(onTime) / total) : std::nullopt;
    }
};

// The 24-hour feedback rule (问题需在 24 小时内反馈): every submitted evaluation with failed or fatal items starts a
// clock; a team leader stops it by recording the feedback. The threshold is the store's (default 24 hours).
class FeedbackRepository final
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackRepository)

public:
    explicit FeedbackRepository(Store &store);

    int thresholdHours() const;
    bool setThresholdHours(const User &actor, int hours, QString *error);

    // Everything not fed back yet (due and overdue), most urgent first; team: a team name, empty for all.
    std::vector<FeedbackItem> open(const QString &team = {}, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Every clock of the evaluations submitted in [from, to), with its state at `now`.
    std::vector<FeedbackItem> all(const QDateTime &from, const QDateTime &to, const QString &team = {},
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    // On-time rate over the evaluations submitted in [from, to) whose clock has run out or stopped by `now`.
    FeedbackRate rate(const QDateTime &from, const QDateTime &to, const QString &team = {},
                      const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Records that the agent got the feedback (team leaders, QA managers, admins). Audited. Once per evaluation.
    bool markCoached(const User &actor, const QString &evaluationId, const QString &note, QString *error,
                     const QDateTime &at = QDateTime::currentDateTimeUtc());

private:
    std::vector<FeedbackItem> query(const QString &where, const QVariantList &binds, const QDateTime &now);

    Store &m_store;
};

} // namespace qawb
