#pragma once

#include <QMediaPlayer>
#include <QWidget>

class QAudioOutput;
class QLabel;
class QSlider;
class QComboBox;
class QToolButton;

namespace qawb {

// Plays a call recording: play/pause, seek slider, position. A missing or unreadable file is shown as a clear
// message in place of the controls' normal state; the transcript beside it stays usable.
class AudioPlayer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudioPlayer)

public:
    explicit AudioPlayer(QWidget *parent = nullptr);
    ~AudioPlayer() override;

    // Loads a recording (absolute path); an empty path means "this call has no recording".
    void setSource(const QString &path);
    void clear();
    bool isPlayable() const { return m_playable; }
    QString message() const;
    qint64 position() const;

    // The media's duration, else the fallback (MP3s report theirs only once playing).
    qint64 duration() const;
    // The recording's length as known from elsewhere (its decoded waveform); 0 forgets it.
    void setFallbackDuration(qint64 ms);
    double playbackRate() const;
    QMediaPlayer::PlaybackState playbackState() const;

    // Plays [fromMs, toMs) over and over; seeking outside the range ends the loop.
    void setLoopRange(qint64 fromMs, qint64 toMs);
    void clearLoop();
    bool isLooping() const { return m_loopTo > m_loopFrom; }
    qint64 loopFrom() const { return m_loopFrom; }
    qint64 loopTo() const { return m_loopTo; }

public Q_SLOTS:
    void togglePlayback();
    void seek(qint64 ms);
    void skip(qint64 deltaMs);
    void setPlaybackRate(double rate);
    void faster();
    void slower();

Q_SIGNALS:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void playbackStateChanged(QMediaPlayer::PlaybackState state);
    // The loop range changed; an empty range (from == to) means no loop.
    void loopChanged(qint64 fromMs, qint64 toMs);
    // The Loop button asks for a loop; the owner decides the range (a selection, the current turn).
    void loopRequested();

private:
    void showError(const QString &message);
    void updateTime();

    QMediaPlayer *m_player;
    QAudioOutput *m_output;
    QToolButton *m_play;
    QSlider *m_slider;
    QLabel *m_time;
    QLabel *m_message;
    QToolButton *m_back;
    QToolButton *m_forward;
    QComboBox *m_speed;
    QSlider *m_volume;
    QToolButton *m_loop;
    QString m_path;
    qint64 m_fallbackDuration = 0;
    qint64 m_pendingSeek = -1; // a seek made while the recording loads
    qint64 m_loopFrom = 0;
    qint64 m_loopTo = 0;
    bool m_playable = false;
    bool m_dragging = false;
};

} // namespace qawb
