#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace qawb {

class Store;

// Agreement between raters on nominal answers. A unit is one question about one conversation; its values are the
// answers the raters gave (a rater who did not answer is simply absent). Units with fewer than two values say
// nothing about agreement and are left out.
struct Agreement
{
    int units = 0; // units with two or more values
    int pairs = 0; // pairs of raters within those units
    // Share of rater pairs that gave the same answer; nullopt without pairs.
    std::optional<double> percent;
    // Krippendorff's alpha for nominal data: 1 − D_o / D_e over the coincidence matrix; 1 is perfect agreement, 0 what
    // chance would give. nullopt when every value is the same (no variation: D_e = 0) or there are no pairs.
    std::optional<double> alpha;

    static Agreement of(const std::vector<QStringList> &units);
};

// One inspector's answers and score on one calibration conversation.
struct CalibrationRating
{
    QString inspectorId;
    QString inspectorName;
    QString evaluationId;
    bool submitted = false;
    std::optional<double> score;
    QMap<QString, QString> answers; // item id → value
};

struct CalibrationConversation
{
    QString conversationId;
    std::vector<CalibrationRating> ratings; // one per inspector of the session, in the session's inspector order
    std::optional<double> minScore, maxScore, meanScore, stdDev; // of the submitted scores
};

struct CalibrationItem
{
    QString itemId;
    QString text;
    Agreement agreement;
};

struct CalibrationInspector
{
    QString id;
    QString name;
    int submitted = 0;
    int assigned = 0;
    // Mean of (their score − the conversation's mean of the others'), and of its absolute value.
    std::optional<double> meanDeviation;
    std::optional<double> meanAbsoluteDeviation;
    // Share of items answered as the majority of the others did (or as the expert did, with an expert).
    std::optional<double> itemAgreement;
};

// A calibration session (校准): the blind calibration queues of one sample, the same conversations scored by several
// inspectors. Calibration evaluations never count toward agents' scores.
struct CalibrationReport
{
    QString sampleId;
    QString expertId;           // deviations are measured against this inspector when set
    QStringList inspectorNames; // the session's inspectors, in order
    std::vector<CalibrationConversation> conversations;
    std::vector<CalibrationItem> items; // scorecard order
    std::vector<CalibrationInspector> inspectors;
    Agreement overall; // every item of every conversation
    int pending = 0;   // calibration evaluations not submitted yet
    bool complete() const { return pending == 0; }
};

class CalibrationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationRepository)

public:
    explicit CalibrationRepository(Store &store);

    // Samples that have calibration queues: id, when, how many inspectors and conversations; newest first.
    struct Session
    {
        QString sampleId;
        QString createdAt;
        int inspectors = 0;
        int conversations = 0;
        int submitted = 0;
    };
    std::vector<Session> sessions();

    // The report of one session (sample id or its first characters); expertLogin: measure deviations against this
    // inspector instead of the group. nullopt and *error when there is no such session.
    std::optional<CalibrationReport> report(const QString &sampleIdOrPrefix, const QString &expertLogin,
                                            const QString &language, QString *error);

private:
    Store &m_store;
};

} // namespace qawb
