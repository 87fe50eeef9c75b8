#pragma once

#include "core/commentrepository.h"
#include "core/conversation.h"
#include "hitpresentation.h"
#include "waveformview.h"

#include <QWidget>

class QCheckBox;
class QTextBrowser;

namespace qawb {

class AudioPlayer;
class Store;
class WaveformLoader;
class WaveformView;

// A call: the recording's player above the timed transcript. The turn being played is highlighted;
// clicking a turn's time plays from there.
class CallView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallView)

public:
    explicit CallView(QWidget *parent = nullptr);
    // The store whose waveform cache to use (peaks are computed once per recording).
    void setStore(Store *store) { m_store = store; }
    WaveformView *waveform() const { return m_waveform; }
    void setConversation(const Conversation &conversation, const std::vector<DisplayHit> &hits = {},
                         bool maskPersonalData = true);
    // Re-renders the transcript (e.g. after revealing personal data) without touching the player.
    void setHits(const std::vector<DisplayHit> &hits, bool maskPersonalData);
    void scrollToTurn(int seq);
    // Comments shown on the waveform (moments and ranges) and in the transcript (text spans, underlined).
    void setComments(const std::vector<Comment> &comments);
    // Loops the waveform's selection, else the turn being played; a second call stops the loop (the L key).
    void toggleLoop();
    // The transcript's selected text as an anchor inside one turn (Text anchor with the turn's start time), or
    // nullopt when nothing, or more than one turn, is selected or the words are not in the turn's text (masked).
    std::optional<Comment> selectedTextAnchor() const;
    // Selects text [from, to) of a turn in the transcript and scrolls to it.
    void selectText(int seq, int from, int to);
    void clear();
    AudioPlayer *player() const { return m_player; }
    QTextBrowser *transcript() const { return m_transcript; }
    // Index of the highlighted turn, -1 if none.
    int currentTurn() const { return m_currentTurn; }
    // Whether the transcript scrolls to the turn being played.
    bool followsPlayback() const;
    void setFollowsPlayback(bool follow);

private:
    void highlightTurnAt(qint64 ms);
    void renderTranscript(const std::vector<DisplayHit> &hits, bool maskPersonalData);

    Conversation m_conversation;

    void loadWaveform();
    void showWaveform(const Waveform &waveform, bool complete);
    void updateMarkers(const std::vector<DisplayHit> &hits);

    void applyMarkers();
    void applyExtraSelections();
    int turnIndexOfSeq(int seq) const;

    Store *m_store = nullptr;
    std::vector<WaveformView::Marker> m_hitMarkers;
    std::vector<Comment> m_comments;
    AudioPlayer *m_player;
    WaveformView *m_waveform;
    WaveformLoader *m_loader;
    int m_request = -1;
    QTextBrowser *m_transcript;
    QCheckBox *m_follow;
    std::vector<std::pair<qint64, qint64>> m_turnTimes; // start, end per turn
    std::vector<int> m_turnBlocks;                      // first text block of each turn
    int m_currentTurn = -1;
};

} // namespace qawb
