#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace qawb {

class Store;
struct User;

struct DisputeMessage
{
    QString id;
    int seq = 0; // place in the thread, from 1
    QString authorId;
    QString authorName;
    QDateTime at; // UTC
    QString kind; // opened | message | decided | withdrawn
    QString body;
};

// What a decision changed on one item.
struct DisputeChange
{
    QString from;
    QString to;
};

// A dispute (申诉) of items of one submitted evaluation.
struct Dispute
{
    QString id;
    QString evaluationId;
    QString conversationId;
    QString agentId;
    QString agentName;
    QString team; // the conversation's team
    QString inspectorId;
    QString inspectorName;
    QStringList items;
    QString reason;
    QString openedBy;
    QString openedByName;
    QDateTime openedAt;
    QString arbitratorId;
    QString arbitratorName;
    QString status = QStringLiteral("open"); // open | decided | withdrawn
    QString outcome;                         // upheld | partly | rejected (decided only)
    QString decidedByName;
    QDateTime decidedAt;
    QString decision;
    QMap<QString, DisputeChange> changes; // by item id
    std::optional<double> scoreBefore;
    std::optional<double> scoreAfter;
    int revision = 0; // the evaluation revision the decision made; 0: none
    std::vector<DisputeMessage> thread;

    bool isOpen() const { return status == QLatin1String("open"); }
};

struct DisputeLimits
{
    int days = 7;          // a dispute is opened within this many days of the evaluation's first submission
    int perEvaluation = 2; // at most this many disputes (not counting withdrawn ones) per evaluation
};

// Where one evaluation stands against the limits.
struct DisputeStanding
{
    QDateTime firstSubmitted; // UTC; the window counts from here (a re-scored evaluation keeps it)
    int counted = 0;          // disputes so far, withdrawn ones not counted
    int open = 0;
};

// Disputes: a leader opens one on the agent's behalf; the arbitrator (the inspector who scored it, or a QA manager)
// decides. "upheld": the agent is right about every disputed item, "partly": about some, "rejected": the evaluation
// stands. A decision that changes answers re-scores the evaluation as a new revision in the same transaction (the
// previous one stays in its history). Everything is audited and the thread is kept.
class DisputeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DisputeRepository)

public:
    explicit DisputeRepository(Store &store);

    DisputeLimits limits() const;
    bool setLimits(const User &actor, const DisputeLimits &limits, QString *error); // QA managers, admins

    DisputeStanding standing(const QString &evaluationId);

    // Who may arbitrate a dispute of this evaluation: its inspector, then QA managers and admins.
    std::vector<User> arbitrators(const QString &evaluationId);

    // Opens a dispute (team leaders, QA managers, admins). arbitratorId empty: the evaluation's inspector.
    bool open(const User &actor, const QString &evaluationId, const QStringList &items, const QString &reason,
              const QString &arbitratorId, Dispute *opened, QString *error,
              const QDateTime &at = QDateTime::currentDateTimeUtc());
    // Adds to the thread (whoever may see the dispute: coaches, the inspector, the arbitrator, QA managers).
    bool reply(const User &actor, const QString &disputeId, const QString &body, QString *error);
    // The arbitrator's decision. newValues: disputed item id → new answer (only items that change). "rejected" takes
    // none; "upheld" and "partly" need at least one, and "upheld" one for every disputed item.
    bool decide(const User &actor, const QString &disputeId, const QString &outcome,
                const QMap<QString, QString> &newValues, const QString &decision, QString *error);
    // The opener (or a QA manager) takes it back while it is open; it does not count against the limit.
    bool withdraw(const User &actor, const QString &disputeId, const QString &note, QString *error);

    // By id or the first characters of one (at least 6), with its thread.
    std::optional<Dispute> dispute(const QString &idOrPrefix, QString *error = nullptr);
    // Newest first. status: "" for all; arbitratorId / evaluationId: "" for any.
    std::vector<Dispute> list(const QString &status = {}, const QString &arbitratorId = {},
                              const QString &evaluationId = {});

    static QStringList outcomes(); // upheld, partly, rejected

private:
    bool addMessage(const QString &disputeId, const QString &authorId, const QString &kind, const QString &body,
                    const QString &at, QString *error);
    std::vector<Dispute> fetch(const QString &id, const QString &status, const QString &arbitratorId,
                               const QString &evaluationId);
    bool mayTakePart(const User &actor, const Dispute &dispute) const;

    Store &m_store;
};

} // namespace qawb
