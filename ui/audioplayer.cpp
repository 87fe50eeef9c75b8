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
{
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
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_back);
    controls->addWidget(m_play);
    controls->addWidget(m_forward);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_time);
    controls->addWidget(m_speed);
    controls->addWidget(m_volume);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
        m_slider->setRange(0, int(duration));
        m_slider->setSingleStep(1000);
        m_slider->setPageStep(5000);
        updateTime();
        Q_EMIT durationChanged(duration);
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_dragging)
            m_slider->setValue(int(position));
        updateTime();
        Q_EMIT positionChanged(position);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        const bool playing = state == QMediaPlayer::PlayingState;
        m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        showError(tr("Cannot play the recording %1: %2").arg(QFileInfo(m_path).fileName(), text));
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::InvalidMedia)
            showError(tr("The recording %1 is damaged or in a format this system cannot play.")
                          .arg(QFileInfo(m_path).fileName()));
    });
    setEnabled(false);
}

AudioPlayer::~AudioPlayer()
{
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
    m_player->stop();
    m_player->setSource(QUrl());
    m_path.clear();
    m_playable = false;
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
    return m_player->position();
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
    // Before the media has loaded its duration is 0; the player applies the position once it can.
    const qint64 duration = m_player->duration();
    m_player->setPosition(duration > 0 ? qBound<qint64>(0, ms, duration) : qMax<qint64>(0, ms));
}

qint64 AudioPlayer::duration() const
{
    return m_player->duration();
}

double AudioPlayer::playbackRate() const
{
    return m_speed->currentData().toDouble();
}

void AudioPlayer::skip(qint64 deltaMs)
{
    seek(m_player->position() + deltaMs);
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
}

void AudioPlayer::updateTime()
{
    m_play->setEnabled(m_playable);
    m_slider->setEnabled(m_playable);
    m_back->setEnabled(m_playable);
    m_forward->setEnabled(m_playable);
    m_time->setText(labels::duration(m_player->position()) + QStringLiteral(" / ") +
                    labels::duration(m_player->duration()));
}

} // namespace qawb
