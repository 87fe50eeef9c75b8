#include "chatview.h"

#include "labels.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QUrl>

#include <algorithm>

namespace qawb {

ChatView::ChatView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(false);
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (link.scheme() == QLatin1String("more") || link.scheme() == QLatin1String("less")) {
            const int seq = link.path().toInt();
            if (link.scheme() == QLatin1String("more"))
                m_expanded.insert(seq);
            else
                m_expanded.remove(seq);
            render();
        } else if (link.scheme() == QLatin1String("http") || link.scheme() == QLatin1String("https")) {
            QDesktopServices::openUrl(link);
        }
    });
    setAccessibleName(tr("Chat transcript"));
    document()->setDocumentMargin(12);
}

void ChatView::scrollToTurn(int seq)
{
    scrollToAnchor(QStringLiteral("turn-%1").arg(seq));
}

void ChatView::setConversation(const Conversation &conversation, const std::vector<DisplayHit> &hits,
                               bool maskPersonalData)
{
    if (conversation.id != m_conversation.id)
        m_expanded.clear();
    m_conversation = conversation;
    m_hits = hits;
    m_mask = maskPersonalData;
    render();
}

void ChatView::render()
{
    const Conversation &conversation = m_conversation;
    const std::vector<DisplayHit> &hits = m_hits;
    const bool maskPersonalData = m_mask;
    const int scroll = verticalScrollBar()->value();
    m_messages.clear();
    QString html = QStringLiteral("<html><body>");
    std::vector<const DisplayHit *> whole;
    for (const DisplayHit &h : hits) {
        if (h.hit.turnSeq < 0)
            whole.push_back(&h);
    }
    if (!whole.empty())
        html += QStringLiteral("<p>%1</p>").arg(highlightedTurnHtml(QString(), whole, maskPersonalData));
    const QString startDay = labels::sourceDateTime(conversation.startedAt).left(10);
    static const QRegularExpression url(QStringLiteral("(https?://[^\\s<>\"']+)"));
    qint64 waitingSince = -1; // the customer's first unanswered message
    for (const Turn &turn : conversation.turns) {
        m_messages << turn.text;
        // Very long messages are folded; hits inside the shown part stay highlighted.
        const bool folded = turn.text.size() > kFoldAt && !m_expanded.contains(turn.seq);
        const QString shown = folded ? turn.text.left(kFoldAt * 3 / 4) : turn.text;
        std::vector<const DisplayHit *> turnHits;
        for (const DisplayHit &h : hits) {
            if (h.hit.turnSeq == turn.seq && (!h.hasSpan() || h.hit.end <= shown.size()))
                turnHits.push_back(&h);
        }
        QString body = highlightedTurnHtml(shown, turnHits, maskPersonalData);
        if (shown.contains(QLatin1String("http")))
            body.replace(url, QStringLiteral("<a href='\\1'>\\1</a>"));
        if (folded)
            body += QStringLiteral(" … <a href='more:%1'>%2</a>")
                        .arg(turn.seq)
                        .arg(tr("show more (%n characters)", nullptr, int(turn.text.size())).toHtmlEscaped());
        else if (turn.text.size() > kFoldAt)
            body += QStringLiteral(" <a href='less:%1'>%2</a>").arg(turn.seq).arg(tr("show less").toHtmlEscaped());
        // A visible gap where the agent kept the customer waiting.
        QString gap;
        if (turn.atMs && turn.speaker == QLatin1String("customer") && waitingSince < 0)
            waitingSince = *turn.atMs;
        if (turn.atMs && turn.speaker == QLatin1String("agent")) {
            // A slow-reply rule hit on this message already says it; one badge is enough.
            const bool reported = std::any_of(turnHits.cbegin(), turnHits.cend(), [](const DisplayHit *h) {
                return h->category == QLatin1String("timing");
            });
            if (!reported && waitingSince >= 0 && *turn.atMs - waitingSince > kSlowReplyS * 1000)
                gap = QStringLiteral("<span style='background:#fef7e0; color:#8a5300; font-size:small;'>&nbsp;%1&nbsp;"
                                     "</span><br>")
                          .arg(tr("Agent replied after %1 s").arg((*turn.atMs - waitingSince) / 1000).toHtmlEscaped());
            waitingSince = -1;
        }
        html += QStringLiteral("<a name='turn-%1'></a>").arg(turn.seq);
        // Times as the participants saw them; the date only when the chat ran past midnight.
        QString time = labels::sourceTime(turn.at);
        if (labels::sourceDateTime(turn.at).left(10) != startDay)
            time = labels::sourceDateTime(turn.at);
        const QString header = QStringLiteral("<span style='color:#5f6368; font-size:small;'>%1 · %2</span>")
                                   .arg(labels::speaker(turn.speaker).toHtmlEscaped(), time);
        if (turn.speaker == QLatin1String("agent")) {
            html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='22%'></td>"
                                   "<td align='right'>%1%2<table align='right' bgcolor='#d3e3fd' cellpadding='8' "
                                   "cellspacing='0'><tr><td>%3</td></tr></table></td></tr></table>")
                        .arg(gap, header, body);
        } else if (turn.speaker == QLatin1String("customer")) {
            html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td>%1"
                                   "<table bgcolor='#f1f3f4' cellpadding='8' cellspacing='0'><tr><td>%2</td></tr>"
                                   "</table></td><td width='22%'></td></tr></table>")
                        .arg(header, body);
        } else {
            html += QStringLiteral("<p align='center' style='color:#5f6368;'><span style='font-size:small;'>%1"
                                   "</span><br><i>%2</i></p>")
                        .arg(header, body);
        }
        html += QStringLiteral("<div style='font-size:4px;'>&nbsp;</div>");
    }
    if (conversation.turns.empty())
        html += QStringLiteral("<p align='center'><i>%1</i></p>").arg(tr("This chat has no messages.").toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

} // namespace qawb
