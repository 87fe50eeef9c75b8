#pragma once

#include "core/waveform.h"

#include <QColor>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

namespace qawb {

// The recording's overview: one lane per speaker for stereo recordings with a channel map (agent / customer,
// coloured), one lane otherwise; a playhead that follows playback; rule-hit markers on the timeline; dead-air spans
// shaded. Click or drag to seek; Shift+drag selects a time range (to loop or comment on), Escape clears it.
class WaveformView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaveformView)

public:
    struct Marker
    {
        qint64 ms = 0;
        QColor color;
        QString toolTip;
        qint64 toMs = -1; // a range marker (a comment on a time range) also draws a bar to here
    };
    struct Span
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };

    explicit WaveformView(QWidget *parent = nullptr);

    // agentChannel / customerChannel: the channel map, -1 when there is none (mono, or stereo without a map).
    void setWaveform(const Waveform &waveform, int agentChannel = -1, int customerChannel = -1);
    void clearWaveform(const QString &message = {});
    bool hasWaveform() const { return m_waveform.has_value(); }
    const std::optional<Waveform> &waveform() const { return m_waveform; }
    int laneCount() const;
    void setDurationMs(qint64 ms);
    void setPosition(qint64 ms);
    void setMarkers(std::vector<Marker> markers);
    const std::vector<Marker> &markers() const { return m_markers; }
    void setShadedSpans(std::vector<Span> spans);
    // The selected range; nullopt when nothing is selected.
    std::optional<Span> selection() const;
    void setSelection(qint64 fromMs, qint64 toMs);
    void clearSelection();
    // A loop being played is drawn over its range.
    void setLoop(qint64 fromMs, qint64 toMs);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void seekRequested(qint64 ms);
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    qint64 msAt(int x) const;
    int xAt(qint64 ms) const;
    qint64 totalMs() const;

    std::optional<Waveform> m_waveform;
    int m_agentChannel = -1;
    int m_customerChannel = -1;
    qint64 m_durationMs = 0;
    qint64 m_position = 0;
    std::vector<Marker> m_markers;
    std::vector<Span> m_spans;
    QString m_message;
    Span m_selection;           // empty when fromMs == toMs
    qint64 m_selectAnchor = -1; // where a Shift+drag started
    Span m_loop;
};

} // namespace qawb
