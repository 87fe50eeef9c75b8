#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace qawb {

class Store;
struct User;

// A failed (or fatal) item of one evaluation, with where in the conversation it happened when that is known: the
// first auto-QA hit of one of the item's rules (calls: a time; chats: a message).
struct CoachingFailedItem
{
    QString itemId;
    QString text;  // the item's question in the chosen language
    QString value; // the answer given
    QString comment;
    QStringList reasons;
    bool fatal = false;
    qint64 startMs = -1; // calls: where to play from; -1 unknown
    int turnSeq = -1;    // the message / transcript line; -1 unknown
};

// One of the agent's evaluated conversations, as the agent may see it: never the inspector's private note.
struct CoachingEvaluation
{
    QString evaluationId;
    QString conversationId;
    QString channel;
    QString startedAt; // as the source gave it
    QDate date;        // the conversation's own date
    double score = 0;
    bool fatal = false;
    bool passed = true; // score >= the scorecard's pass mark and not fatal
    QString inspectorName;
    QString coachingNote;
    QString generalComment;
    std::vector<CoachingFailedItem> failed;
};

// One week (Monday to Sunday) of the trend: the agent's mean score and the team's.
struct TrendPoint
{
    QDate weekStart;
    int count = 0;
    std::optional<double> agentMean;
    int teamCount = 0;
    std::optional<double> teamMean;
};

// How often the agent passed one scorecard item, next to the team (the agent included) in the same period.
struct CriterionStat
{
    QString itemId;
    QString text;
    int answered = 0; // the agent's answers that were not N/A
    int failed = 0;
    int teamAnswered = 0;
    int teamFailed = 0;
    double passRate() const { return answered > 0 ? 1.0 - double(failed) / answered : 1.0; }
    double teamPassRate() const { return teamAnswered > 0 ? 1.0 - double(teamFailed) / teamAnswered : 1.0; }
};

// Everything a coaching session shows about one agent and period. Other agents appear only inside team figures.
struct CoachingOverview
{
    QString agentId;
    QString agentName;
    QString team;
    QDate from;
    QDate to;
    std::vector<CoachingEvaluation> evaluations; // oldest first
    std::vector<TrendPoint> trend;               // every week the period touches, oldest first
    std::vector<CriterionStat> weakest;          // items the agent failed, lowest pass rate first (at most 5)
    std::optional<double> mean;
    std::optional<double> teamMean;
    double passScore = -1; // the pass mark of the scorecard of the agent's latest evaluation; -1: none
};

struct ActionItem
{
    QString text;
    QString owner;
    QDate due;
    QString status = QStringLiteral("open"); // open | done | dropped

    bool isOverdue(const QDate &today) const { return status == QLatin1String("open") && due.isValid() && due < today; }
    friend bool operator==(const ActionItem &a, const ActionItem &b)
    {
        return a.text == b.text && a.owner == b.owner && a.due == b.due && a.status == b.status;
    }
};

struct CoachingSession
{
    QString id;
    QString agentId;
    QString agentName;
    QString team;
    QString leaderId;
    QString leaderName;
    QDate from;
    QDate to;
    QDateTime heldAt; // UTC
    QString notes;
    QDate followUp;
    QString acknowledgedBy; // the agent's name as typed
    QDateTime acknowledgedAt;
    QString ackComment;
    std::vector<ActionItem> actions;

    bool isAcknowledged() const { return acknowledgedAt.isValid(); }
    int openActions() const;
};

struct AgentRef
{
    QString id;
    QString name;
    QString team;
};

// One-on-one coaching (辅导): the session view's figures, and sessions with their notes, action items, follow-up
// and the agent's acknowledgement. Leaders, QA managers and admins coach (Permissions::CoachAgents); every write is
// one transaction and audited.
class CoachingRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CoachingRepository)

public:
    explicit CoachingRepository(Store &store);

    // The agent's submitted evaluations of conversations dated from..to (inclusive; calibration queues left out),
    // the weekly trend against the team, their weakest items against the team's pass rate, and the failed items'
    // moments. language picks the item texts (en, zh_CN, zh_TW).
    CoachingOverview overview(const QString &agentId, const QDate &from, const QDate &to,
                              const QString &language = QStringLiteral("en"));

    // The agents a user coaches: a team leader with a team, that team's; everyone else, all agents. By team, name.
    std::vector<AgentRef> agents(const User &coach);

    // Whether actor coaches this agent: team leaders, QA managers and admins; a leader with a team only its agents.
    bool mayCoach(const User &actor, const QString &agentId, QString *error);

    // Starts a session (session.agentId, from, to; notes, follow-up and actions optional) held now by actor.
    bool create(const User &actor, CoachingSession &session, QString *error);
    // Stores notes, follow-up and action items. After the agent acknowledged, only the items' status may change.
    bool save(const User &actor, CoachingSession &session, QString *error);
    // The agent confirms the session (their name as typed, optionally a comment). Once.
    bool acknowledge(const User &actor, CoachingSession &session, const QString &agentName, const QString &comment,
                     QString *error, const QDateTime &at = QDateTime::currentDateTimeUtc());

    // By id or the first characters of one (at least 6).
    std::optional<CoachingSession> session(const QString &idOrPrefix, QString *error = nullptr);
    // Sessions, newest first: of one agent, or (agentId empty) of a team ("" = every team).
    std::vector<CoachingSession> sessions(const QString &agentId, const QString &team = {});
    // Sessions whose follow-up is due by today + daysAhead and not yet followed by a later session with the agent,
    // earliest first.
    std::vector<CoachingSession> followUpsDue(const QString &team, const QDate &today, int daysAhead = 7);

private:
    bool write(const User &actor, CoachingSession &session, bool creating, QString *error);
    std::vector<CoachingSession> query(const QString &where, const QVariantList &binds);

    Store &m_store;
};

} // namespace qawb
