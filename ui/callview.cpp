#include "callview.h"

#include "audioplayer.h"
#include "commentpanel.h"
#include "labels.h"
#include "waveformloader.h"
#include "waveformview.h"

#include "core/waveformcache.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace qawb {

CallView::CallView(QWidget *parent)
    : QWidget(parent)
    , m_player(new AudioPlayer(this))
    , m_waveform(new WaveformView(this))
    , m_loader(new WaveformLoader(this))
    , m_transcript(new QTextBrowser(this))
    , m_follow(new QCheckBox(tr("Follow playback"), this))
{
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the turn being played in view"));
    connect(m_waveform, &WaveformView::seekRequested, this, [this](qint64 ms) {
        m_player->seek(ms);
        highlightTurnAt(ms);
    });
    connect(m_player, &AudioPlayer::positionChanged, m_waveform, &WaveformView::setPosition);
    connect(m_player, &AudioPlayer::durationChanged, m_waveform, &WaveformView::setDurationMs);
    connect(m_player, &AudioPlayer::loopChanged, m_waveform, &WaveformView::setLoop);
    connect(m_player, &AudioPlayer::loopRequested, this, &CallView::toggleLoop);
    connect(m_loader, &WaveformLoader::partial, this, [this](int request, const Waveform &w) {
        if (request == m_request)
            showWaveform(w, false);
    });
    connect(m_loader, &WaveformLoader::finished, this, [this](int request, const Waveform &w) {
        if (request != m_request)
            return;
        showWaveform(w, true);
        if (m_store && w.frames > 0)
            WaveformCache(*m_store).put(m_conversation.audioPath, w);
    });
    connect(m_loader, &WaveformLoader::failed, this, [this](int request, const QString &message) {
        if (request == m_request)
            m_waveform->clearWaveform(tr("No waveform: %1").arg(message));
    });
    m_transcript->setOpenLinks(false);
    m_transcript->setAccessibleName(tr("Call transcript"));
    m_transcript->document()->setDocumentMargin(10);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_player);
    layout->addWidget(m_waveform);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_follow, 0, Qt::AlignRight);
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
    m_hitMarkers.clear();
    m_comments.clear();
    m_loader->cancel();
    m_request = -1;
    m_waveform->clearWaveform();
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
    loadWaveform();
    renderTranscript(hits, maskPersonalData);
}

void CallView::showWaveform(const Waveform &waveform, bool complete)
{
    // Some media (MP3) tell the player their length only once playing; the decoded length is exact.
    if (complete && waveform.durationMs() > 0)
        m_player->setFallbackDuration(waveform.durationMs());
    // The conversation's channel map decides the lanes (agent / customer); without one the view merges channels.
    const QJsonObject &map = m_conversation.audioChannels;
    m_waveform->setWaveform(waveform, map.value(QStringLiteral("agent")).toInt(-1),
                            map.value(QStringLiteral("customer")).toInt(-1));
}

void CallView::loadWaveform()
{
    const QString path = m_conversation.audioPath;
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        m_waveform->clearWaveform(tr("No recording"));
        return;
    }
    if (m_store) {
        // Cached peaks draw at once; decoding happens only the first time a recording is opened.
        if (const auto cached = WaveformCache(*m_store).find(path)) {
            showWaveform(*cached, true);
            return;
        }
    }
    m_request = m_loader->load(path);
}

void CallView::updateMarkers(const std::vector<DisplayHit> &hits)
{
    std::vector<WaveformView::Marker> markers;
    std::vector<WaveformView::Span> spans;
    for (const DisplayHit &h : hits) {
        qint64 at = h.hit.startMs;
        if (at < 0) {
            for (const Turn &t : m_conversation.turns) {
                if (t.seq == h.hit.turnSeq && t.startMs)
                    at = *t.startMs;
            }
        }
        if (at < 0)
            continue;
        markers.push_back({at, QColor(h.color), h.toolTip()});
        // Silences (no text span, a time span) are shaded on the timeline.
        if (!h.hasSpan() && h.hit.startMs >= 0 && h.hit.endMs > h.hit.startMs && h.category == QLatin1String("timing"))
            spans.push_back({h.hit.startMs, h.hit.endMs});
    }
    m_hitMarkers = std::move(markers);
    m_waveform->setShadedSpans(std::move(spans));
    applyMarkers();
}

void CallView::setComments(const std::vector<Comment> &comments)
{
    m_comments = comments;
    applyMarkers();
    applyExtraSelections();
}

void CallView::applyMarkers()
{
    std::vector<WaveformView::Marker> markers = m_hitMarkers;
    for (const Comment &c : m_comments) {
        if (c.startMs >= 0)
            markers.push_back({c.startMs, QColor(0x67, 0x3a, 0xb7),
                               tr("Comment by %1: %2").arg(c.authorName, c.body.left(80)),
                               c.anchor == Comment::Anchor::Range ? c.endMs : -1});
    }
    m_waveform->setMarkers(std::move(markers));
}

int CallView::turnIndexOfSeq(int seq) const
{
    for (size_t i = 0; i < m_conversation.turns.size(); ++i) {
        if (m_conversation.turns[i].seq == seq)
            return int(i);
    }
    return -1;
}

void CallView::toggleLoop()
{
    if (m_player->isLooping()) {
        m_player->clearLoop();
        return;
    }
    if (const auto range = m_waveform->selection()) {
        m_player->setLoopRange(range->fromMs, range->toMs);
    } else if (m_currentTurn >= 0) {
        const auto &[from, to] = m_turnTimes[size_t(m_currentTurn)];
        m_player->setLoopRange(from, to);
    } else {
        // No selection and no transcript: the five seconds around the playhead.
        const qint64 at = m_player->position();
        m_player->setLoopRange(std::max<qint64>(0, at - 2500), at + 2500);
    }
    if (m_player->isLooping() && m_player->playbackState() != QMediaPlayer::PlayingState)
        m_player->togglePlayback();
}

std::optional<Comment> CallView::selectedTextAnchor() const
{
    const QTextCursor cursor = m_transcript->textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    const QTextBlock block = m_transcript->document()->findBlock(cursor.selectionStart());
    if (block != m_transcript->document()->findBlock(cursor.selectionEnd()))
        return std::nullopt;
    const auto it = std::find(m_turnBlocks.cbegin(), m_turnBlocks.cend(), block.blockNumber());
    if (it == m_turnBlocks.cend())
        return std::nullopt;
    const Turn &turn = m_conversation.turns[size_t(it - m_turnBlocks.cbegin())];
    const QString quote = cursor.selectedText();
    // The words are found in the turn's own text: the nearest occurrence to where they sit in the paragraph
    // (after its time and speaker), so a word said twice anchors to the one selected.
    const QString shown = block.text();
    const int bodyStart = int(shown.size()) - int(turn.text.size());
    const int from = locateQuote(turn.text, quote, cursor.selectionStart() - block.position() - bodyStart);
    if (from < 0)
        return std::nullopt;
    Comment c;
    c.anchor = Comment::Anchor::Text;
    c.turnSeq = turn.seq;
    c.textFrom = from;
    c.textTo = from + int(quote.size());
    c.startMs = turn.startMs.value_or(-1);
    return c;
}

void CallView::selectText(int seq, int from, int to)
{
    const int index = turnIndexOfSeq(seq);
    if (index < 0 || size_t(index) >= m_turnBlocks.size())
        return;
    const QTextBlock block = m_transcript->document()->findBlockByNumber(m_turnBlocks[size_t(index)]);
    const Turn &turn = m_conversation.turns[size_t(index)];
    // The turn's text ends its paragraph (after the time, the speaker and any badges).
    const int bodyStart = block.position() + block.length() - 1 - int(turn.text.size());
    QTextCursor cursor(m_transcript->document());
    cursor.setPosition(bodyStart + from);
    cursor.setPosition(bodyStart + to, QTextCursor::KeepAnchor);
    if (from < 0 || to <= from || cursor.selectedText() != turn.text.mid(from, to - from))
        cursor = QTextCursor(block); // masked words: the turn is as close as it gets
    m_transcript->setTextCursor(cursor);
    m_transcript->ensureCursorVisible();
}

void CallView::applyExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *doc = m_transcript->document();
    if (m_currentTurn >= 0 && size_t(m_currentTurn) < m_turnBlocks.size()) {
        QTextEdit::ExtraSelection current;
        current.cursor = QTextCursor(doc->findBlockByNumber(m_turnBlocks[size_t(m_currentTurn)]));
        current.format.setBackground(QColor(0xFE, 0xF7, 0xE0));
        current.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << current;
    }
    // Comments on words: dotted purple underline under the words, where they are shown unmasked.
    for (const Comment &c : m_comments) {
        if (c.anchor != Comment::Anchor::Text)
            continue;
        const int index = turnIndexOfSeq(c.turnSeq);
        if (index < 0 || size_t(index) >= m_turnBlocks.size())
            continue;
        const QTextBlock block = doc->findBlockByNumber(m_turnBlocks[size_t(index)]);
        const Turn &turn = m_conversation.turns[size_t(index)];
        const QString words = turn.text.mid(c.textFrom, c.textTo - c.textFrom);
        const int bodyStart = block.position() + block.length() - 1 - int(turn.text.size());
        QTextCursor cursor(doc);
        cursor.setPosition(bodyStart + c.textFrom);
        cursor.setPosition(bodyStart + c.textTo, QTextCursor::KeepAnchor);
        if (words.isEmpty() || cursor.selectedText() != words)
            continue; // masked or re-rendered differently: the comment stays in the list
        selections << commentHighlight(cursor, c);
    }
    m_transcript->setExtraSelections(selections);
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
    updateMarkers(hits);
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
    applyExtraSelections();
}

bool CallView::followsPlayback() const
{
    return m_follow->isChecked();
}

void CallView::setFollowsPlayback(bool follow)
{
    m_follow->setChecked(follow);
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
    applyExtraSelections();
    if (turn >= 0 && size_t(turn) < m_turnBlocks.size() && m_follow->isChecked()) {
        // Keeps the turn in view without taking the inspector's text selection away.
        if (!m_transcript->textCursor().hasSelection()) {
            m_transcript->setTextCursor(
                QTextCursor(m_transcript->document()->findBlockByNumber(m_turnBlocks[size_t(turn)])));
            m_transcript->ensureCursorVisible();
        }
    }
}

} // namespace qawb
