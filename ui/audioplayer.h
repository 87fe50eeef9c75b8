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

    qint64 duration() const;
    double playbackRate() const;

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
    QString m_path;
    bool m_playable = false;
    bool m_dragging = false;
};

} // namespace qawb
