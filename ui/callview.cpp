#include "callview.h"

#include "audioplayer.h"
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
    connect(m_loader, &WaveformLoader::partial, this, [this](int request, const Waveform &w) {
        if (request == m_request)
            showWaveform(w);
    });
    connect(m_loader, &WaveformLoader::finished, this, [this](int request, const Waveform &w) {
        if (request != m_request)
            return;
        showWaveform(w);
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
    m_commentTimes.clear();
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

void CallView::showWaveform(const Waveform &waveform)
{
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
            showWaveform(*cached);
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

void CallView::setCommentTimes(const std::vector<qint64> &times)
{
    m_commentTimes = times;
    applyMarkers();
}

void CallView::applyMarkers()
{
    std::vector<WaveformView::Marker> markers = m_hitMarkers;
    for (const qint64 ms : m_commentTimes)
        markers.push_back({ms, QColor(0x67, 0x3a, 0xb7), tr("Comment")});
    m_waveform->setMarkers(std::move(markers));
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
    QList<QTextEdit::ExtraSelection> selections;
    if (turn >= 0 && size_t(turn) < m_turnBlocks.size()) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_transcript->document()->findBlockByNumber(m_turnBlocks[size_t(turn)]));
        selection.format.setBackground(QColor(0xFE, 0xF7, 0xE0));
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << selection;
        if (m_follow->isChecked()) {
            m_transcript->setTextCursor(selection.cursor);
            m_transcript->ensureCursorVisible();
        }
    }
    m_transcript->setExtraSelections(selections);
}

} // namespace qawb
