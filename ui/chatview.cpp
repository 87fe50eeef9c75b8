#include "chatview.h"

#include "labels.h"

#include <QDateTime>
#include <QLocale>

namespace qawb {

ChatView::ChatView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(false);
    setOpenLinks(false);
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
    for (const Turn &turn : conversation.turns) {
        m_messages << turn.text;
        std::vector<const DisplayHit *> turnHits;
        for (const DisplayHit &h : hits) {
            if (h.hit.turnSeq == turn.seq)
                turnHits.push_back(&h);
        }
        const QString body = highlightedTurnHtml(turn.text, turnHits, maskPersonalData);
        html += QStringLiteral("<a name='turn-%1'></a>").arg(turn.seq);
        // Times as the participants saw them; the date only when the chat ran past midnight.
        QString time = labels::sourceTime(turn.at);
        if (labels::sourceDateTime(turn.at).left(10) != startDay)
            time = labels::sourceDateTime(turn.at);
        const QString header = QStringLiteral("<span style='color:#5f6368; font-size:small;'>%1 · %2</span>")
                                   .arg(labels::speaker(turn.speaker).toHtmlEscaped(), time);
        if (turn.speaker == QLatin1String("agent")) {
            html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='22%'></td>"
                                   "<td align='right'>%1<table align='right' bgcolor='#d3e3fd' cellpadding='8' "
                                   "cellspacing='0'><tr><td>%2</td></tr></table></td></tr></table>")
                        .arg(header, body);
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
}

} // namespace qawb
