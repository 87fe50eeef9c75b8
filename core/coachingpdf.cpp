#include "coachingpdf.h"

#include "pdfdocument.h"
#include "trendchart.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextObjectInterface>

#include <algorithm>

namespace qawb {

namespace {

const QString kDash = QStringLiteral("\u2014");

// The chart is drawn as vectors by TrendChart itself rather than as a picture: sharp at any zoom, and its labels
// are real text. It takes the place of the document's one <img>.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObject(const CoachingOverview &overview, const QString &agentName, double passScore,
                const TrendChartStyle &style)
        : m_overview(overview)
        , m_agentName(agentName)
        , m_passScore(passScore)
        , m_style(style)
    {}
    void setGeometry(const QSizeF &size, qreal scale)
    {
        m_size = size;
        m_style.scale = scale;
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override { return m_size; }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &) override
    {
        TrendChart::paint(*painter, rect, m_overview.trend, m_agentName, m_passScore, m_style);
    }

private:
    const CoachingOverview &m_overview;
    QString m_agentName;
    double m_passScore;
    TrendChartStyle m_style;
    QSizeF m_size;
};

QString esc(const QString &text)
{
    return PdfDocument::esc(text);
}

// Text people typed over several lines: a paragraph per line, the first one led by lead (HTML). Paragraphs rather
// than <br>: a page break falls between paragraphs, and a paragraph that straddles one would be printed (clipped) on
// both pages, so twice in the text layer.
QString paragraphs(const QString &text, const QString &lead = QString())
{
    QString html;
    const QStringList lines =
        QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).trimmed().split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i)
        html += QStringLiteral("<p style=\"margin-top: 0px; margin-bottom: 2px;\">") + (i == 0 ? lead : QString()) +
                lines.at(i).toHtmlEscaped() + QStringLiteral("</p>");
    return html;
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? kDash : esc(text);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : kDash;
}

QString localTimeText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : kDash;
}

QString scoreText(const std::optional<double> &score)
{
    return score ? QString::number(*score, 'f', 1) : kDash;
}

QString percentText(double rate)
{
    return QString::number(qRound(rate * 100)) + QLatin1Char('%');
}

} // namespace

bool CoachingPdf::write(const CoachingSession &session, const CoachingOverview &overview, double passScore,
                        const QString &path, QString *error)
{

    const QString agentName = session.agentName.isEmpty() ? overview.agentName : session.agentName;
    const QString title = tr("Coaching session — %1").arg(agentName);
    const QString channelCall = tr("Call");
    const QString channelChat = tr("Chat");
    const auto channelText = [&](const QString &channel) -> QString {
        if (channel == QLatin1String("call"))
            return channelCall;
        if (channel == QLatin1String("chat"))
            return channelChat;
        return orDash(channel);
    };
    const auto statusText = [](const QString &status) -> QString {
        if (status == QLatin1String("open"))
            return tr("Open");
        if (status == QLatin1String("done"))
            return tr("Done");
        if (status == QLatin1String("dropped"))
            return tr("Dropped");
        return orDash(status);
    };
    const QString period = dateText(session.from.isValid() ? session.from : overview.from) +
                           QStringLiteral(" \u2013 ") + dateText(session.to.isValid() ? session.to : overview.to);

    TrendChartStyle chartStyle;
    chartStyle.font = PdfDocument::font();
    chartStyle.font.setPointSizeF(8);
    ChartObject chart(overview, agentName, passScore, chartStyle);
    PdfDocument::Options options;
    options.title = title;
    options.footer = title + QStringLiteral("  ·  ") + period;
    // The chart takes the page's width, scaled to the writer's resolution.
    options.prepare = [&chart](QTextDocument &doc, const QPdfWriter &writer) {
        chart.setGeometry(QSizeF(writer.width() - 2, writer.width() * 0.34), writer.resolution() / 96.0);
        doc.documentLayout()->registerHandler(QTextFormat::ImageObject, &chart);
    };

    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>");
    const auto metaCell = [](const QString &label, const QString &value) -> QString {
        return QStringLiteral("<td width=\"11%\" class=\"muted\">") + label +
               QStringLiteral("</td><td width=\"39%\">") + value + QStringLiteral("</td>");
    };
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\"><tr>") +
            metaCell(tr("Team"), orDash(session.team.isEmpty() ? overview.team : session.team)) +
            metaCell(tr("Period"), period) + QStringLiteral("</tr><tr>") +
            metaCell(tr("Held at"), localTimeText(session.heldAt)) +
            metaCell(tr("Leader"), orDash(session.leaderName)) + QStringLiteral("</tr></table><hr>");

    // The figures the session was based on.
    html += QStringLiteral("<h2>") + tr("Score trend by week") + QStringLiteral("</h2>");
    const bool anyWeek = std::any_of(overview.trend.begin(), overview.trend.end(), [](const TrendPoint &p) {
        return p.agentMean.has_value() || p.teamMean.has_value();
    });
    html += anyWeek
                ? QStringLiteral("<p><img src=\"trend-chart\"></p>")
                : QStringLiteral("<p class=\"muted\">") + tr("No evaluations in this period.") + QStringLiteral("</p>");
    int passed = 0;
    for (const CoachingEvaluation &e : overview.evaluations)
        passed += e.passed ? 1 : 0;
    QStringList summary;
    summary << tr("Evaluations: %1 (%2 passed)").arg(overview.evaluations.size()).arg(passed)
            << tr("Mean score: %1").arg(scoreText(overview.mean))
            << tr("Team mean: %1").arg(scoreText(overview.teamMean));
    if (passScore >= 0)
        summary << tr("Pass mark: %1").arg(QString::number(passScore, 'g', 4));
    html += QStringLiteral("<p>") + summary.join(QStringLiteral(" &nbsp;·&nbsp; ")) + QStringLiteral("</p>");

    html += QStringLiteral("<h2>") + tr("Weakest criteria") + QStringLiteral("</h2>");
    if (overview.weakest.empty()) {
        html +=
            QStringLiteral("<p class=\"muted\">") + tr("No failed criteria in this period.") + QStringLiteral("</p>");
    } else {
        QList<QStringList> rows;
        const auto rateCell = [](double rate, int answered, int failed) -> QString {
            return answered > 0 ? percentText(rate) + QStringLiteral(" <span class=\"muted small\">") +
                                      tr("(%1 of %2)").arg(answered - failed).arg(answered) + QStringLiteral("</span>")
                                : kDash;
        };
        for (const CriterionStat &c : overview.weakest)
            rows << QStringList{esc(c.text), rateCell(c.passRate(), c.answered, c.failed),
                                rateCell(c.teamPassRate(), c.teamAnswered, c.teamFailed)};
        html += PdfDocument::table({tr("Criterion"), tr("Agent passed"), tr("Team passed")}, {60, 20, 20}, rows);
    }

    html += QStringLiteral("<h2>") + tr("Evaluations") + QStringLiteral("</h2>");
    if (overview.evaluations.empty()) {
        html += QStringLiteral("<p class=\"muted\">") + tr("No evaluations in this period.") + QStringLiteral("</p>");
    } else {
        QList<QStringList> rows;
        for (const CoachingEvaluation &e : overview.evaluations) {
            // A paragraph per item and comment: a row that runs over a page break is split between paragraphs,
            // and none is then printed (clipped) on both pages, which would put it in the text layer twice.
            QString items;
            for (const CoachingFailedItem &item : e.failed) {
                items += QStringLiteral("<p style=\"margin: 0px;\">") + esc(item.text);
                if (item.fatal)
                    items += QStringLiteral(" <span class=\"bad\">(") + tr("fatal") + QStringLiteral(")</span>");
                items += QStringLiteral("</p>");
                if (!item.comment.trimmed().isEmpty())
                    items += QStringLiteral("<p style=\"margin: 0px;\" class=\"muted\"><i>") + esc(item.comment) +
                             QStringLiteral("</i></p>");
            }
            const QString score = QString::number(e.score, 'f', 1);
            rows << QStringList{
                e.date.isValid() ? dateText(e.date) : orDash(e.startedAt),
                channelText(e.channel),
                e.passed ? score : QStringLiteral("<span class=\"bad\">") + score + QStringLiteral("</span>"),
                e.fatal ? QStringLiteral("<span class=\"bad\">") + tr("Fatal") + QStringLiteral("</span>") : QString(),
                orDash(e.inspectorName),
                items.isEmpty() ? kDash : items};
        }
        html += PdfDocument::table(
            {tr("Date"), tr("Channel"), tr("Score"), tr("Fatal"), tr("Inspector"), tr("Failed items")},
            {12, 10, 8, 8, 12, 50}, rows);
    }

    // What inspectors wrote for the agent; an evaluation without either note is left out.
    QString notes;
    for (const CoachingEvaluation &e : overview.evaluations) {
        const bool coaching = !e.coachingNote.trimmed().isEmpty();
        const bool general = !e.generalComment.trimmed().isEmpty();
        if (!coaching && !general)
            continue;
        notes += QStringLiteral("<p style=\"margin-top: 6px; margin-bottom: 1px;\"><b>") + dateText(e.date) +
                 QStringLiteral(" &nbsp;·&nbsp; ") + channelText(e.channel) + QStringLiteral(" &nbsp;·&nbsp; ") +
                 orDash(e.inspectorName) + QStringLiteral("</b></p>");
        if (coaching)
            notes += paragraphs(e.coachingNote, QStringLiteral("<span class=\"muted\">") + tr("Coaching note:") +
                                                    QStringLiteral("</span> "));
        if (general)
            notes += paragraphs(e.generalComment,
                                QStringLiteral("<span class=\"muted\">") + tr("Comment:") + QStringLiteral("</span> "));
    }
    if (!notes.isEmpty())
        html += QStringLiteral("<h2>") + tr("Inspectors' notes") + QStringLiteral("</h2>") + notes;

    // What the session itself recorded.
    html += QStringLiteral("<h2>") + tr("Session notes") + QStringLiteral("</h2>");
    html += session.notes.trimmed().isEmpty()
                ? QStringLiteral("<p class=\"muted\">") + tr("No notes.") + QStringLiteral("</p>")
                : paragraphs(session.notes);

    html += QStringLiteral("<h2>") + tr("Action items") + QStringLiteral("</h2>");
    if (session.actions.empty()) {
        html += QStringLiteral("<p class=\"muted\">") + tr("No action items.") + QStringLiteral("</p>");
    } else {
        QList<QStringList> rows;
        int number = 0;
        for (const ActionItem &a : session.actions)
            rows << QStringList{QString::number(++number), esc(a.text), orDash(a.owner), dateText(a.due),
                                statusText(a.status)};
        html += PdfDocument::table({QStringLiteral("#"), tr("Action"), tr("Owner"), tr("Due"), tr("Status")},
                                   {4, 56, 15, 13, 12}, rows);
    }
    html += QStringLiteral("<p style=\"margin-top: 8px;\"><b>") + tr("Follow-up:") + QStringLiteral("</b> ") +
            (session.followUp.isValid() ? dateText(session.followUp) : tr("none planned")) + QStringLiteral("</p>");

    html += QStringLiteral("<h2>") + tr("Acknowledgement") + QStringLiteral("</h2>");
    if (session.isAcknowledged()) {
        html +=
            QStringLiteral("<p>") +
            tr("Acknowledged by %1 on %2").arg(orDash(session.acknowledgedBy), localTimeText(session.acknowledgedAt)) +
            QStringLiteral("</p>");
        if (!session.ackComment.trimmed().isEmpty())
            html += paragraphs(session.ackComment, QStringLiteral("<span class=\"muted\">") + tr("Agent's comment:") +
                                                       QStringLiteral("</span> "));
    } else {
        // Printed to be signed on paper.
        html += QStringLiteral("<p>") + tr("Not acknowledged yet") +
                QStringLiteral("</p><p style=\"margin-top: 40px;\">") + tr("Agent's signature:") +
                QStringLiteral(" ________________________________ &nbsp;&nbsp;&nbsp; ") + tr("Date:") +
                QStringLiteral(" ________________</p>");
    }
    html += QStringLiteral("</body></html>");
    return PdfDocument::write(html, options, path, error);
}

} // namespace qawb

#include "coachingpdf.moc"
