#include "coachingpdf.h"

#include "trendchart.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
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
                const TrendChartStyle &style, const QSizeF &size)
        : m_overview(overview)
        , m_agentName(agentName)
        , m_passScore(passScore)
        , m_style(style)
        , m_size(size)
    {}

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

// The first installed family that has Chinese glyphs, so that names and item texts never print as boxes whatever
// the system's default font is. WenQuanYi comes first: Noto / Source Han share one glyph between common characters
// (一 工 用 日 …) and their Kangxi-radical look-alikes, and Qt's PDF text layer then maps them to the radicals, so
// copying or searching "一组" in the PDF would fail.
QFont documentFont()
{
    static const char *const candidates[] = {"WenQuanYi Micro Hei", "Microsoft YaHei",    "Noto Sans CJK SC",
                                             "Noto Sans CJK TC",    "Source Han Sans SC", "SimSun"};
    const QStringList installed = QFontDatabase::families();
    QFont font = QGuiApplication::font();
    for (const char *family : candidates) {
        if (installed.contains(QLatin1String(family), Qt::CaseInsensitive)) {
            font = QFont(QLatin1String(family));
            break;
        }
    }
    font.setPointSizeF(9.5);
    // Without shaping, Latin text keeps the glyphs the font's cmap names: shaped, Noto Sans CJK swaps digits in Latin
    // runs for proportional ones that the PDF's text layer cannot map back, and "Mean score: 81.3" would copy as
    // "Mean score: .". Chinese and Latin need no shaping to look right.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Data is escaped everywhere it enters the HTML: names and comments are typed by people.
QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
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

// Lengths in px are 1/96 inch, scaled to the writer's resolution by the layout; Qt's rich text takes margins in px.
const QString kStyleSheet =
    QStringLiteral("h1 { font-size: 16pt; font-weight: bold; margin-top: 0px; margin-bottom: 6px; }"
                   "h2 { font-size: 11.5pt; font-weight: bold; color: #0d47a1; margin-top: 18px; margin-bottom: 6px; }"
                   "p { margin-top: 0px; margin-bottom: 4px; }"
                   "th { background-color: #eef2f7; text-align: left; font-weight: bold; }"
                   ".muted { color: #5f6670; }"
                   ".bad { color: #c62828; font-weight: bold; }"
                   ".small { font-size: 8.5pt; }");

// A bordered table: header cells, then rows of already escaped cells.
QString table(const QStringList &headers, const QList<int> &widths, const QList<QStringList> &rows)
{
    QString html =
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                       "style=\"border-collapse: collapse; border-style: solid; border-color: #c9ced6;\"><thead><tr>");
    for (int i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th width=\"%1%\">%2</th>").arg(QString::number(widths.value(i)), headers.at(i));
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>") + cell + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// Qt's rich text has no "keep with next": a heading that would end a page moves to the next one with the first line
// of what it introduces, and the last section (the acknowledgement: a few lines and the signature) stays whole.
void keepSectionsTogether(QTextDocument &doc)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const qreal pageHeight = doc.pageSize().height();
    const auto pageOf = [&](qreal y) {
        return int(y / pageHeight);
    };
    QTextBlock lastHeading;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2)
            lastHeading = block;
    }
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2 || !block.next().isValid())
            continue;
        layout->documentSize(); // lays out again what an earlier break moved
        const qreal top = layout->blockBoundingRect(block).top();
        qreal end = 0;
        if (block == lastHeading) {
            end = layout->blockBoundingRect(doc.lastBlock()).bottom();
        } else {
            const QTextBlock next = block.next();
            const QTextLayout *lines = next.layout();
            const QRectF rect = layout->blockBoundingRect(next);
            end = rect.top() + (lines->lineCount() > 0 ? lines->lineAt(0).rect().bottom() : rect.height());
        }
        // A section longer than half a page would break anyway: better where it falls than after a blank half page.
        if (pageOf(top) != pageOf(end - 1) && end - top < pageHeight / 2) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
        }
    }
}

} // namespace

bool CoachingPdf::write(const CoachingSession &session, const CoachingOverview &overview, double passScore,
                        const QString &path, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = tr("cannot write %1: fonts are not available without the graphical application").arg(shownPath);
        return false;
    }

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

    // QSaveFile writes next to path and renames over it only once everything was written. The PDF is made in memory
    // first: QPdfWriter does not check its writes, and a short one (disk full) would pass unnoticed.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(shownPath, file.errorString());
        return false;
    }
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    QPdfWriter writer(&pdf);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("QA Workbench"));

    const QFont font = documentFont();
    const qreal dpi = writer.resolution();
    const qreal pageWidth = writer.width(); // device pixels inside the margins
    QFont footerFont = font;
    footerFont.setPointSizeF(7.5);
    const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() * 2.2;

    QTextDocument doc;
    doc.setUseDesignMetrics(true); // lay out as printed, not as hinted for a screen
    doc.setDocumentMargin(0);      // the page margins are the writer's
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(kStyleSheet);
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(QSizeF(pageWidth, writer.height() - footerHeight));

    TrendChartStyle chartStyle;
    chartStyle.font = font;
    chartStyle.font.setPointSizeF(8);
    chartStyle.scale = dpi / 96.0;
    const QSizeF chartSize(pageWidth - 2, pageWidth * 0.34);
    ChartObject chart(overview, agentName, passScore, chartStyle, chartSize);
    doc.documentLayout()->registerHandler(QTextFormat::ImageObject, &chart);

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
        html += table({tr("Criterion"), tr("Agent passed"), tr("Team passed")}, {60, 20, 20}, rows);
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
        html += table({tr("Date"), tr("Channel"), tr("Score"), tr("Fatal"), tr("Inspector"), tr("Failed items")},
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
        html +=
            table({QStringLiteral("#"), tr("Action"), tr("Owner"), tr("Due"), tr("Status")}, {4, 56, 15, 13, 12}, rows);
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
    doc.setHtml(html);
    keepSectionsTogether(doc);

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("cannot write %1: the PDF could not be started").arg(shownPath);
        return false; // the QSaveFile removes what it wrote
    }
    const qreal bodyHeight = doc.pageSize().height();
    const int pages = doc.pageCount();
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const QString footerLeft = title + QStringLiteral("  ·  ") + period;
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage()) {
            *error = tr("cannot write %1: the PDF could not be finished").arg(shownPath);
            return false;
        }
        painter.save();
        const QRectF body(0, page * bodyHeight, pageWidth, bodyHeight);
        painter.translate(0, -body.top());
        painter.setClipRect(body);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = body;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        const qreal top = writer.height() - footerMetrics.height();
        painter.setPen(QPen(QColor(0xc9, 0xce, 0xd6), dpi / 96.0));
        painter.drawLine(QPointF(0, top - footerMetrics.height() * 0.5),
                         QPointF(pageWidth, top - footerMetrics.height() * 0.5));
        painter.setFont(footerFont);
        painter.setPen(QColor(0x5f, 0x66, 0x70));
        const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(pages);
        const qreal pageTextWidth = footerMetrics.horizontalAdvance(pageText) + 2;
        painter.drawText(QRectF(0, top, pageWidth - pageTextWidth - dpi / 10, footerMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         footerMetrics.elidedText(footerLeft, Qt::ElideRight, pageWidth - pageTextWidth - dpi / 10));
        painter.drawText(QRectF(pageWidth - pageTextWidth, top, pageTextWidth, footerMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, pageText);
    }
    if (!painter.end()) {
        *error = tr("cannot write %1: the PDF could not be finished").arg(shownPath);
        return false;
    }
    if (file.write(pdf.data()) != pdf.data().size() || !file.commit()) {
        *error = tr("cannot write %1: %2")
                     .arg(shownPath, file.error() != QFileDevice::NoError
                                         ? file.errorString()
                                         : tr("only part of it could be written (is the disk full?)"));
        return false;
    }
    return true;
}

} // namespace qawb

#include "coachingpdf.moc"
