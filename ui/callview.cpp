#include "callview.h"

#include "audioplayer.h"
#include "labels.h"

#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace qawb {

CallView::CallView(QWidget *parent)
    : QWidget(parent)
    , m_player(new AudioPlayer(this))
    , m_transcript(new QTextBrowser(this))
{
    m_transcript->setOpenLinks(false);
    m_transcript->setAccessibleName(tr("Call transcript"));
    m_transcript->document()->setDocumentMargin(10);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_player);
    layout->addWidget(m_transcript, 1);
    connect(m_transcript, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("seek")) {
            m_player->seek(url.path().toLongLong());
            highlightTurnAt(url.path().toLongLong());
        }
    });
    connect(m_player, &AudioPlayer::positionChanged, this, &CallView::highlightTurnAt);
}

void CallView::clear()
{
    m_conversation = Conversation();
    m_player->clear();
    m_transcript->clear();
    m_turnTimes.clear();
    m_turnBlocks.clear();
    m_currentTurn = -1;
}

void CallView::setConversation(const Conversation &conversation, const std::vector<DisplayHit> &hits,
                               bool maskPersonalData)
{
    clear();
    m_conversation = conversation;
    m_player->setSource(conversation.audioPath);
    renderTranscript(hits, maskPersonalData);
}

void CallView::setHits(const std::vector<DisplayHit> &hits, bool maskPersonalData)
{
    const int current = m_currentTurn;
    renderTranscript(hits, maskPersonalData);
    m_currentTurn = -1;
    if (current >= 0)
        highlightTurnAt(m_turnTimes[size_t(current)].first);
}

void CallView::scrollToTurn(int seq)
{
    for (size_t i = 0; i < m_conversation.turns.size() && i < m_turnBlocks.size(); ++i) {
        if (m_conversation.turns[i].seq == seq) {
            QTextCursor cursor(m_transcript->document()->findBlockByNumber(m_turnBlocks[i]));
            m_transcript->setTextCursor(cursor);
            m_transcript->ensureCursorVisible();
            return;
        }
    }
}

void CallView::renderTranscript(const std::vector<DisplayHit> &hits, bool maskPersonalData)
{
    m_turnTimes.clear();
    m_turnBlocks.clear();
    // One paragraph per turn, so a turn maps to one text block and can be highlighted in place.
    QString html = QStringLiteral("<html><body>");
    std::vector<const DisplayHit *> whole;
    for (const DisplayHit &h : hits) {
        if (h.hit.turnSeq < 0)
            whole.push_back(&h);
    }
    for (const Turn &turn : m_conversation.turns) {
        const qint64 start = turn.startMs.value_or(0);
        const bool agent = turn.speaker == QLatin1String("agent");
        std::vector<const DisplayHit *> turnHits;
        for (const DisplayHit &h : hits) {
            if (h.hit.turnSeq == turn.seq)
                turnHits.push_back(&h);
        }
        // Conversation-level hits go with the first paragraph, so blocks stay one per turn.
        if (&turn == &m_conversation.turns.front())
            turnHits.insert(turnHits.begin(), whole.begin(), whole.end());
        html += QStringLiteral("<p style='margin-bottom:6px;'><a href='seek:%1' style='text-decoration:none; "
                               "color:#1a73e8;'>%2</a>&nbsp;&nbsp;<b style='color:%3;'>%4</b>&nbsp;&nbsp;%5</p>")
                    .arg(start)
                    .arg(labels::duration(start))
                    .arg(agent ? QStringLiteral("#0b57d0") : QStringLiteral("#5f6368"))
                    .arg(labels::speaker(turn.speaker).toHtmlEscaped(),
                         highlightedTurnHtml(turn.text, turnHits, maskPersonalData));
        m_turnTimes.emplace_back(start, turn.endMs.value_or(start));
    }
    if (m_conversation.turns.empty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("This call has no transcript.").toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    m_transcript->setHtml(html);
    QTextBlock block = m_transcript->document()->begin();
    for (size_t i = 0; i < m_conversation.turns.size() && block.isValid(); ++i, block = block.next())
        m_turnBlocks.push_back(block.blockNumber());
}

void CallView::highlightTurnAt(qint64 ms)
{
    int turn = -1;
    for (size_t i = 0; i < m_turnTimes.size(); ++i) {
        if (m_turnTimes[i].first <= ms)
            turn = int(i);
        else
            break;
    }
    if (turn == m_currentTurn)
        return;
    m_currentTurn = turn;
    QList<QTextEdit::ExtraSelection> selections;
    if (turn >= 0 && size_t(turn) < m_turnBlocks.size()) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_transcript->document()->findBlockByNumber(m_turnBlocks[size_t(turn)]));
        selection.format.setBackground(QColor(0xFE, 0xF7, 0xE0));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << selection;
        m_transcript->setTextCursor(selection.cursor);
        m_transcript->ensureCursorVisible();
    }
    m_transcript->setExtraSelections(selections);
}

} // namespace qawb
