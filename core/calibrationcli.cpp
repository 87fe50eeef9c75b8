// qawb calibration: the calibration sessions and their agreement report.
#include "cli.h"

#include "calibration.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace qawb {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject agreementJson(const Agreement &a)
{
    return {{QStringLiteral("units"), a.units},
            {QStringLiteral("pairs"), a.pairs},
            {QStringLiteral("percent_agreement"), number(a.percent)},
            {QStringLiteral("alpha"), number(a.alpha)}};
}

QString figure(const std::optional<double> &v, int decimals = 2)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

} // namespace

int Cli::runCalibration(Store &store, const QStringList &args, const QString &expert, bool json)
{
    CalibrationRepository calibration(store);
    if (args.first() == QLatin1String("list")) {
        const auto sessions = calibration.sessions();
        if (json) {
            QJsonArray list;
            for (const auto &s : sessions)
                list.append(QJsonObject{{QStringLiteral("sample"), s.sampleId},
                                        {QStringLiteral("created_at"), s.createdAt},
                                        {QStringLiteral("inspectors"), s.inspectors},
                                        {QStringLiteral("conversations"), s.conversations},
                                        {QStringLiteral("submitted"), s.submitted}});
            m_out << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("sessions"), list}}).toJson(QJsonDocument::Indented));
            return 0;
        }
        if (sessions.empty())
            m_out << tr("no calibration sessions (assign a sample with --calibration K)") << Qt::endl;
        for (const auto &s : sessions)
            m_out << s.sampleId.left(8) << "  " << s.createdAt.left(10) << "  "
                  << tr("%1 inspectors × %2 conversations, %3 of %4 submitted")
                         .arg(s.inspectors)
                         .arg(s.conversations)
                         .arg(s.submitted)
                         .arg(s.inspectors * s.conversations)
                  << Qt::endl;
        return 0;
    }
    QString error;
    const std::optional<CalibrationReport> r = calibration.report(args.at(1), expert, QLocale().name(), &error);
    if (!r) {
        m_err << "qawb: error: " << error << Qt::endl;
        return 1;
    }
    if (json) {
        QJsonArray conversations;
        for (const CalibrationConversation &c : r->conversations) {
            QJsonArray ratings;
            for (const CalibrationRating &rating : c.ratings) {
                QJsonObject answers;
                for (auto it = rating.answers.cbegin(); it != rating.answers.cend(); ++it)
                    answers.insert(it.key(), it.value());
                ratings.append(QJsonObject{{QStringLiteral("inspector"), rating.inspectorName},
                                           {QStringLiteral("submitted"), rating.submitted},
                                           {QStringLiteral("score"), number(rating.score)},
                                           {QStringLiteral("answers"), answers}});
            }
            conversations.append(QJsonObject{{QStringLiteral("conversation"), c.conversationId},
                                             {QStringLiteral("ratings"), ratings},
                                             {QStringLiteral("min_score"), number(c.minScore)},
                                             {QStringLiteral("max_score"), number(c.maxScore)},
                                             {QStringLiteral("mean_score"), number(c.meanScore)},
                                             {QStringLiteral("std_dev"), number(c.stdDev)}});
        }
        QJsonArray items;
        for (const CalibrationItem &i : r->items) {
            QJsonObject o = agreementJson(i.agreement);
            o.insert(QStringLiteral("item"), i.itemId);
            o.insert(QStringLiteral("text"), i.text);
            items.append(o);
        }
        QJsonArray inspectors;
        for (const CalibrationInspector &i : r->inspectors)
            inspectors.append(QJsonObject{{QStringLiteral("inspector"), i.name},
                                          {QStringLiteral("assigned"), i.assigned},
                                          {QStringLiteral("submitted"), i.submitted},
                                          {QStringLiteral("mean_deviation"), number(i.meanDeviation)},
                                          {QStringLiteral("mean_absolute_deviation"), number(i.meanAbsoluteDeviation)},
                                          {QStringLiteral("item_agreement"), number(i.itemAgreement)}});
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("sample"), r->sampleId},
                                      {QStringLiteral("complete"), r->complete()},
                                      {QStringLiteral("pending"), r->pending},
                                      {QStringLiteral("against"),
                                       r->expertId.isEmpty() ? QStringLiteral("group") : QStringLiteral("expert")},
                                      {QStringLiteral("overall"), agreementJson(r->overall)},
                                      {QStringLiteral("items"), items},
                                      {QStringLiteral("conversations"), conversations},
                                      {QStringLiteral("inspectors"), inspectors}})
                .toJson(QJsonDocument::Indented));
        return 0;
    }
    m_out << tr("Calibration session %1: %2 inspectors, %3 conversations")
                 .arg(r->sampleId.left(8))
                 .arg(r->inspectorNames.size())
                 .arg(r->conversations.size())
          << Qt::endl;
    if (!r->complete())
        m_out << tr("Not complete: %n evaluation(s) not submitted yet; figures cover what is submitted.", nullptr,
                    r->pending)
              << Qt::endl;
    m_out << tr("Overall: %1 agreement, Krippendorff's alpha %2")
                 .arg(r->overall.percent ? QString::number(*r->overall.percent * 100, 'f', 0) + QLatin1Char('%')
                                         : QStringLiteral("-"),
                      figure(r->overall.alpha))
          << Qt::endl;
    for (const CalibrationItem &i : r->items)
        m_out << "  " << i.text << "  "
              << (i.agreement.percent ? QString::number(*i.agreement.percent * 100, 'f', 0) + QLatin1Char('%')
                                      : QStringLiteral("-"))
              << "  α " << figure(i.agreement.alpha) << Qt::endl;
    for (const CalibrationConversation &c : r->conversations) {
        m_out << c.conversationId << "  "
              << tr("scores %1–%2, spread (sd) %3")
                     .arg(figure(c.minScore, 1), figure(c.maxScore, 1), figure(c.stdDev, 1));
        for (const CalibrationRating &rating : c.ratings)
            m_out << "  " << rating.inspectorName << " "
                  << (rating.submitted ? figure(rating.score, 1) : tr("(not submitted)"));
        m_out << Qt::endl;
    }
    for (const CalibrationInspector &i : r->inspectors)
        m_out << i.name << "  "
              << tr("deviation %1 (mean absolute %2), items agreeing %3")
                     .arg(figure(i.meanDeviation, 1), figure(i.meanAbsoluteDeviation, 1),
                          i.itemAgreement ? QString::number(*i.itemAgreement * 100, 'f', 0) + QLatin1Char('%')
                                          : QStringLiteral("-"))
              << Qt::endl;
    return 0;
}

} // namespace qawb
