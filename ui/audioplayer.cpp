#include "audioplayer.h"

#include "labels.h"

#include <QAudioOutput>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace qawb {

AudioPlayer::AudioPlayer(QWidget *parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_output(new QAudioOutput(this))
    , m_play(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_message(new QLabel(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_loop(new QToolButton(this))
{
    m_loop->setText(tr("Loop"));
    m_loop->setCheckable(true);
    m_loop->setToolTip(tr("Loop the selected range, or the turn being played (L). Shift+drag on the waveform "
                          "selects a range."));
    connect(m_loop, &QToolButton::clicked, this, [this](bool checked) {
        // The button shows the state; the click only asks for it.
        m_loop->setChecked(isLooping());
        if (checked)
            Q_EMIT loopRequested();
        else
            clearLoop();
    });
    m_back->setText(tr("−5 s"));
    m_back->setToolTip(tr("Back 5 seconds (Left)"));
    m_forward->setText(tr("+5 s"));
    m_forward->setToolTip(tr("Forward 5 seconds (Right)"));
    connect(m_back, &QToolButton::clicked, this, [this] { skip(-5000); });
    connect(m_forward, &QToolButton::clicked, this, [this] { skip(5000); });
    for (const double rate : {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0})
        m_speed->addItem(QStringLiteral("%1×").arg(rate), rate);
    m_speed->setCurrentIndex(2);
    m_speed->setToolTip(tr("Playback speed ([ slower, ] faster)"));
    m_speed->setAccessibleName(tr("Playback speed"));
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_player->setPlaybackRate(m_speed->itemData(index).toDouble()); });
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(90);
    m_volume->setMinimumWidth(40);
    m_volume->setToolTip(tr("Volume"));
    m_volume->setAccessibleName(tr("Volume"));
    m_output->setVolume(0.8f);
    connect(m_volume, &QSlider::valueChanged, this, [this](int v) { m_output->setVolume(float(v) / 100.0f); });
    m_player->setAudioOutput(m_output);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play / pause"));
    m_play->setAccessibleName(tr("Play"));
    m_slider->setAccessibleName(tr("Playback position"));
    m_slider->setRange(0, 0);
    m_time->setText(labels::duration(0) + QStringLiteral(" / ") + labels::duration(0));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    // The position slider has a row of its own so it stays usable in a narrow column; the buttons below it.
    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_back);
    controls->addWidget(m_play);
    controls->addWidget(m_forward);
    controls->addWidget(m_loop);
    controls->addWidget(m_time);
    controls->addStretch(1);
    controls->addWidget(m_speed);
    controls->addWidget(m_volume);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_slider);
    layout->addLayout(controls);
    layout->addWidget(m_message);

    connect(m_play, &QToolButton::clicked, this, &AudioPlayer::togglePlayback);
    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_dragging = true; });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_dragging = false;
        seek(m_slider->value());
    });
    connect(m_slider, &QSlider::actionTriggered, this, [this](int action) {
        // Clicks on the groove and keyboard steps seek at once; drags seek on release.
        if (action != QAbstractSlider::SliderMove)
            seek(m_slider->sliderPosition());
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        if (duration <= 0 && m_fallbackDuration > 0)
            duration = m_fallbackDuration;
        m_slider->setRange(0, int(duration));
        m_slider->setSingleStep(1000);
        m_slider->setPageStep(5000);
        updateTime();
        Q_EMIT durationChanged(duration);
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        // Position reports come every ~50 ms: the loop wraps within that of its end.
        if (isLooping() && position >= m_loopTo && m_player->playbackState() == QMediaPlayer::PlayingState) {
            m_player->setPosition(m_loopFrom);
            position = m_loopFrom;
        }
        if (!m_dragging)
            m_slider->setValue(int(position));
        updateTime();
        Q_EMIT positionChanged(position);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        const bool playing = state == QMediaPlayer::PlayingState;
        m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
        Q_EMIT playbackStateChanged(state);
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        showError(tr("Cannot play the recording %1: %2").arg(QFileInfo(m_path).fileName(), text));
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        // A seek asked for while the recording was still loading is applied once it can be.
        if ((status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia) && m_pendingSeek >= 0) {
            m_player->setPosition(m_pendingSeek);
            m_pendingSeek = -1;
        }
        // A loop that runs to the end of the recording starts over instead of stopping.
        if (status == QMediaPlayer::EndOfMedia && isLooping()) {
            m_player->setPosition(m_loopFrom);
            m_player->play();
        }
        if (status == QMediaPlayer::InvalidMedia)
            showError(tr("The recording %1 is damaged or in a format this system cannot play.")
                          .arg(QFileInfo(m_path).fileName()));
    });
    setEnabled(false);
}

AudioPlayer::~AudioPlayer()
{
    // Stopping reports a position and a state; nobody may hear it from a player (or an owner) being destroyed.
    blockSignals(true);
    m_player->disconnect(this);
    m_player->stop();
}

void AudioPlayer::setSource(const QString &path)
{
    clear();
    m_path = path;
    if (path.isEmpty()) {
        showError(tr("This call has no recording."));
        return;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        showError(tr("Recording not found: %1").arg(path));
        return;
    }
    if (!info.isReadable()) {
        showError(tr("The recording cannot be read (check its permissions): %1").arg(path));
        return;
    }
    m_playable = true;
    setEnabled(true);
    m_player->setSource(QUrl::fromLocalFile(info.absoluteFilePath()));
}

void AudioPlayer::clear()
{
    clearLoop();
    m_player->stop();
    m_player->setSource(QUrl());
    m_path.clear();
    m_playable = false;
    m_fallbackDuration = 0;
    m_pendingSeek = -1;
    m_message->clear();
    m_message->hide();
    m_slider->setRange(0, 0);
    updateTime();
    setEnabled(false);
}

QString AudioPlayer::message() const
{
    return m_message->text();
}

qint64 AudioPlayer::position() const
{
    return m_pendingSeek >= 0 ? m_pendingSeek : m_player->position();
}

void AudioPlayer::togglePlayback()
{
    if (!m_playable)
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void AudioPlayer::seek(qint64 ms)
{
    if (!m_playable)
        return;
    // Going somewhere else ends the loop (the inspector has moved on).
    if (isLooping() && (ms < m_loopFrom || ms > m_loopTo))
        clearLoop();
    const qint64 duration = this->duration();
    const qint64 target = duration > 0 ? qBound<qint64>(0, ms, duration) : qMax<qint64>(0, ms);
    // GStreamer drops seeks made before the recording has loaded; keep it until then.
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    if (status == QMediaPlayer::LoadingMedia || status == QMediaPlayer::NoMedia) {
        m_pendingSeek = target;
        m_slider->setValue(int(target));
        updateTime();
        Q_EMIT positionChanged(target);
        return;
    }
    m_player->setPosition(target);
}

qint64 AudioPlayer::duration() const
{
    return m_player->duration() > 0 ? m_player->duration() : m_fallbackDuration;
}

void AudioPlayer::setFallbackDuration(qint64 ms)
{
    m_fallbackDuration = ms;
    if (m_player->duration() <= 0 && m_playable) {
        m_slider->setRange(0, int(ms));
        m_slider->setSingleStep(1000);
        m_slider->setPageStep(5000);
        updateTime();
        Q_EMIT durationChanged(ms);
    }
}

double AudioPlayer::playbackRate() const
{
    return m_speed->currentData().toDouble();
}

QMediaPlayer::PlaybackState AudioPlayer::playbackState() const
{
    return m_player->playbackState();
}

void AudioPlayer::setLoopRange(qint64 fromMs, qint64 toMs)
{
    if (!m_playable || toMs - fromMs < 200) // shorter than a syllable: not a loop
        return;
    m_loopFrom = std::max<qint64>(0, fromMs);
    m_loopTo = toMs;
    m_loop->setChecked(true);
    const qint64 at = position();
    if (at < m_loopFrom || at >= m_loopTo)
        seek(m_loopFrom);
    Q_EMIT loopChanged(m_loopFrom, m_loopTo);
}

void AudioPlayer::clearLoop()
{
    m_loop->setChecked(false);
    if (!isLooping())
        return;
    m_loopFrom = m_loopTo = 0;
    Q_EMIT loopChanged(0, 0);
}

void AudioPlayer::skip(qint64 deltaMs)
{
    qint64 target = position() + deltaMs;
    // Skipping inside a loop stays inside it: ← replays the looped phrase from its start.
    if (isLooping())
        target = std::clamp(target, m_loopFrom, m_loopTo - 1);
    seek(target);
}

void AudioPlayer::setPlaybackRate(double rate)
{
    int best = 0;
    for (int i = 0; i < m_speed->count(); ++i) {
        if (std::abs(m_speed->itemData(i).toDouble() - rate) < std::abs(m_speed->itemData(best).toDouble() - rate))
            best = i;
    }
    m_speed->setCurrentIndex(best);
}

void AudioPlayer::faster()
{
    m_speed->setCurrentIndex(std::min(m_speed->count() - 1, m_speed->currentIndex() + 1));
}

void AudioPlayer::slower()
{
    m_speed->setCurrentIndex(std::max(0, m_speed->currentIndex() - 1));
}

void AudioPlayer::showError(const QString &message)
{
    m_playable = false;
    m_player->stop();
    m_message->setText(message);
    m_message->show();
    // The message stays readable; only the controls are disabled.
    setEnabled(true);
    m_play->setEnabled(false);
    m_slider->setEnabled(false);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    m_loop->setEnabled(false);
}

void AudioPlayer::updateTime()
{
    m_play->setEnabled(m_playable);
    m_slider->setEnabled(m_playable);
    m_back->setEnabled(m_playable);
    m_forward->setEnabled(m_playable);
    m_loop->setEnabled(m_playable);
    const QString total = labels::duration(duration());
    m_time->setText(labels::duration(position()) + QStringLiteral(" / ") + total);
    // Wide enough for any position of this recording, so the row does not jump as it plays.
    QString widest = total;
    for (QChar &c : widest) {
        if (c.isDigit())
            c = QLatin1Char('0');
    }
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(widest + QStringLiteral(" / ") + widest) + 4);
}

} // namespace qawb
