#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace qawb {

class Store;
class Scorecard;

// An inspector's answer to one scorecard item.
struct Answer
{
    QString value; // 'yes' | 'no' | 'na' | scale step | choice key
    QString comment;
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
};

// Loads and saves evaluations; every save is one transaction, submissions are audited.
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

private:
    bool write(Evaluation &evaluation, const Scorecard &scorecard, QString *error);
    Store &m_store;
};

} // namespace qawb
