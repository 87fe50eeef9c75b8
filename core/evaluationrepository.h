#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace qawb {

class Store;
class Scorecard;
struct User;

// An inspector's answer to one scorecard item.
struct Answer
{
    QString value; // 'yes' | 'no' | 'na' | scale step | choice key
    QString comment;
    QString suggested;   // what auto-QA proposed (empty: no suggestion); value != suggested is an override
    QStringList reasons; // reason codes chosen for a failed item
};

// An evaluation of one conversation by one inspector against one scorecard version.
struct Evaluation
{
    QString id;
    QString conversationId;
    QString scorecardVersionId;
    QString inspectorId;
    QString queueId;
    QString status = QStringLiteral("draft"); // draft | submitted
    std::optional<double> score;
    bool fatal = false;
    QString generalComment;
    QString coachingNote;
    QString privateNote;
    int revision = 1;
    QString createdAt;
    QString updatedAt;
    QString submittedAt;
    QMap<QString, Answer> answers; // by item id

    bool isSubmitted() const { return status == QLatin1String("submitted"); }
    QMap<QString, QString> values() const;
    QMap<QString, QString> comments() const;
    QMap<QString, QStringList> reasons() const;
};

// A submitted revision kept when an evaluation was reopened (history is never overwritten).
struct EvaluationRevision
{
    int revision = 0;
    QString submittedAt;
    QString reopenedAt;
    QString reopenedBy; // user id
    QString reason;
    Evaluation evaluation; // as it was submitted
};

// Loads and saves evaluations; every save is one transaction, and every create / change / submit / reopen is in the
// audit log with what changed.
class EvaluationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationRepository)

public:
    explicit EvaluationRepository(Store &store);

    std::optional<Evaluation> find(const QString &conversationId, const QString &inspectorId);
    std::optional<Evaluation> byId(const QString &id);

    // Saves a draft (creating it if evaluation.id is empty). Scores it with scorecard.
    bool saveDraft(Evaluation &evaluation, const Scorecard &scorecard, QString *error);
    // Scores, checks completeness (every required item answered, required comments present) and submits.
    bool submit(Evaluation &evaluation, const Scorecard &scorecard, QString *error);
    // Reopens a submitted evaluation for changes: needs a reason; keeps the submitted revision in the history and
    // continues as the next revision (a draft until submitted again). Only the inspector who submitted it, a QA
    // manager or an admin may. On success evaluation is reloaded.
    bool reopen(Evaluation &evaluation, const User &actor, const QString &reason, QString *error);
    // Earlier submitted revisions, oldest first.
    std::vector<EvaluationRevision> history(const QString &evaluationId);

    // Trainers' and inspectors' labels on an evaluation (draft or submitted): see knownTags(). Audited.
    static QStringList knownTags(); // exemplary, bad_example, training_case, calibration
    QStringList tags(const QString &evaluationId);
    bool setTags(const QString &evaluationId, const QStringList &tags, const User &actor, QString *error);

private:
    bool write(Evaluation &evaluation, const Scorecard &scorecard, QString *error);
    Store &m_store;
};

} // namespace qawb
