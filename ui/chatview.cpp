#include "chatview.h"

#include "commentpanel.h"
#include "labels.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
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
    if (conversation.id != m_conversation.id) {
        m_expanded.clear();
        m_comments.clear();
    }
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
        QString header = QStringLiteral("<span style='color:#5f6368; font-size:small;'>%1 · %2</span>")
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
        } else if (turn.speaker == QLatin1String("bot")) {
            // Bots speak to the customer like an agent but are not one: left, in green, never mistaken for either.
            html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td>%1"
                                   "<table bgcolor='#e6f4ea' cellpadding='8' cellspacing='0' "
                                   "style='border: 1px solid #a8dab5;'><tr><td>%2</td></tr></table></td>"
                                   "<td width='22%'></td></tr></table>")
                        .arg(header.replace(QStringLiteral("#5f6368"), QStringLiteral("#137333")), body);
        } else {
            // System notices (transfers, queue messages, ended sessions): centred, small, muted.
            html += QStringLiteral("<p align='center' style='color:#80868b; font-size:small;'>%1<br><i>%2</i></p>")
                        .arg(header, body);
        }
        html += QStringLiteral("<div style='font-size:4px;'>&nbsp;</div>");
    }
    if (conversation.turns.empty())
        html += QStringLiteral("<p align='center'><i>%1</i></p>").arg(tr("This chat has no messages.").toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    setHtml(html);
    // Where each message starts: its anchor.
    m_turnStarts.clear();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                if (name.startsWith(QLatin1String("turn-")))
                    m_turnStarts.emplace_back(it.fragment().position(), name.mid(5).toInt());
            }
        }
    }
    applyCommentSpans();
    verticalScrollBar()->setValue(scroll);
}

int ChatView::turnAt(int position) const
{
    int seq = -1;
    for (const auto &[start, turnSeq] : m_turnStarts) {
        if (start > position)
            break;
        seq = turnSeq;
    }
    return seq;
}

std::pair<int, int> ChatView::turnRange(int seq) const
{
    for (size_t i = 0; i < m_turnStarts.size(); ++i) {
        if (m_turnStarts[i].second == seq)
            return {m_turnStarts[i].first,
                    i + 1 < m_turnStarts.size() ? m_turnStarts[i + 1].first : document()->characterCount()};
    }
    return {-1, -1};
}

QTextCursor ChatView::findInTurn(int seq, const QString &words, int occurrence) const
{
    const auto [from, to] = turnRange(seq);
    if (from < 0 || words.isEmpty())
        return {};
    QTextCursor found(document());
    found.setPosition(from);
    for (int i = 0; i <= occurrence; ++i) {
        found = document()->find(words, found, QTextDocument::FindCaseSensitively);
        if (found.isNull() || found.selectionEnd() > to)
            return {};
    }
    return found;
}

std::optional<Comment> ChatView::selectedTextAnchor() const
{
    const QTextCursor cursor = textCursor();
    const int seq = turnAt(cursor.selectionStart());
    if (!cursor.hasSelection() || seq < 0 || turnAt(cursor.selectionEnd()) != seq)
        return std::nullopt;
    const QString quote = cursor.selectedText();
    const auto turn = std::find_if(m_conversation.turns.cbegin(), m_conversation.turns.cend(),
                                   [seq](const Turn &t) { return t.seq == seq; });
    if (turn == m_conversation.turns.cend() || quote.contains(QChar::ParagraphSeparator))
        return std::nullopt;
    // The n-th time these words appear in the message on screen is their n-th time in its text.
    int occurrence = 0;
    for (QTextCursor c = findInTurn(seq, quote, 0); !c.isNull() && c.selectionStart() < cursor.selectionStart();
         c = findInTurn(seq, quote, occurrence))
        ++occurrence;
    int from = -1;
    for (int i = 0, at = int(turn->text.indexOf(quote)); at >= 0; ++i, at = int(turn->text.indexOf(quote, at + 1))) {
        from = at;
        if (i == occurrence)
            break;
    }
    if (from < 0)
        return std::nullopt;
    Comment c;
    c.anchor = Comment::Anchor::Text;
    c.turnSeq = seq;
    c.textFrom = from;
    c.textTo = from + int(quote.size());
    return c;
}

void ChatView::setComments(const std::vector<Comment> &comments)
{
    m_comments = comments;
    applyCommentSpans();
}

void ChatView::applyCommentSpans()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Comment &c : m_comments) {
        if (c.anchor != Comment::Anchor::Text)
            continue;
        const auto turn = std::find_if(m_conversation.turns.cbegin(), m_conversation.turns.cend(),
                                       [&c](const Turn &t) { return t.seq == c.turnSeq; });
        if (turn == m_conversation.turns.cend() || c.textFrom < 0 || c.textTo <= c.textFrom)
            continue;
        const QString words = turn->text.mid(c.textFrom, c.textTo - c.textFrom);
        const int occurrence = int(turn->text.left(c.textFrom + int(words.size()) - 1).count(words));
        const QTextCursor found = findInTurn(c.turnSeq, words, occurrence);
        if (found.isNull())
            continue; // masked or folded away: the comment stays in the list
        selections << commentHighlight(found, c);
    }
    setExtraSelections(selections);
}

void ChatView::selectText(int seq, int from, int to)
{
    const auto turn = std::find_if(m_conversation.turns.cbegin(), m_conversation.turns.cend(),
                                   [seq](const Turn &t) { return t.seq == seq; });
    if (turn == m_conversation.turns.cend())
        return;
    const QString words = turn->text.mid(from, to - from);
    const QTextCursor found =
        words.isEmpty() ? QTextCursor() : findInTurn(seq, words, int(turn->text.left(to - 1).count(words)));
    if (found.isNull()) {
        scrollToTurn(seq);
        return;
    }
    setTextCursor(found);
    ensureCursorVisible();
}

} // namespace qawb
