#include "waveformview.h"

#include "labels.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace qawb {

namespace {
constexpr int kMarkerBand = 8; // pixels at the top for hit markers
const QColor kAgent(0x0b, 0x57, 0xd0);
const QColor kCustomer(0x5f, 0x63, 0x68);
const QColor kMixed(0x1a, 0x73, 0xe8);
} // namespace

WaveformView::WaveformView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(false);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Waveform"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::ClickFocus);
    setToolTip(tr("Click or drag to seek; Shift+drag to select a range"));
}

QSize WaveformView::sizeHint() const
{
    return {400, 84};
}

QSize WaveformView::minimumSizeHint() const
{
    return {120, 84};
}

void WaveformView::setWaveform(const Waveform &waveform, int agentChannel, int customerChannel)
{
    m_waveform = waveform;
    const bool mapped = waveform.channels >= 2 && agentChannel >= 0 && customerChannel >= 0 &&
                        agentChannel < waveform.channels && customerChannel < waveform.channels;
    m_agentChannel = mapped ? agentChannel : -1;
    m_customerChannel = mapped ? customerChannel : -1;
    m_message.clear();
    update();
}

void WaveformView::clearWaveform(const QString &message)
{
    m_waveform.reset();
    m_message = message;
    m_markers.clear();
    m_spans.clear();
    m_selection = {};
    m_loop = {};
    m_selectAnchor = -1;
    m_position = 0;
    m_durationMs = 0;
    update();
}

int WaveformView::laneCount() const
{
    return m_agentChannel >= 0 ? 2 : 1;
}

void WaveformView::setDurationMs(qint64 ms)
{
    m_durationMs = ms;
    update();
}

void WaveformView::setPosition(qint64 ms)
{
    if (ms == m_position)
        return;
    const int oldX = xAt(m_position);
    m_position = ms;
    const int newX = xAt(m_position);
    update(QRect(std::min(oldX, newX) - 2, 0, std::abs(newX - oldX) + 5, height()));
}

void WaveformView::setMarkers(std::vector<Marker> markers)
{
    m_markers = std::move(markers);
    update();
}

void WaveformView::setShadedSpans(std::vector<Span> spans)
{
    m_spans = std::move(spans);
    update();
}

std::optional<WaveformView::Span> WaveformView::selection() const
{
    if (m_selection.toMs <= m_selection.fromMs)
        return std::nullopt;
    return m_selection;
}

void WaveformView::setSelection(qint64 fromMs, qint64 toMs)
{
    m_selection = {std::min(fromMs, toMs), std::max(fromMs, toMs)};
    update();
    Q_EMIT selectionChanged();
}

void WaveformView::clearSelection()
{
    if (!selection())
        return;
    m_selection = {};
    update();
    Q_EMIT selectionChanged();
}

void WaveformView::setLoop(qint64 fromMs, qint64 toMs)
{
    m_loop = {fromMs, toMs};
    update();
}

qint64 WaveformView::totalMs() const
{
    // The player's duration wins once known; the waveform's until then (decoding may run ahead of loading).
    if (m_durationMs > 0)
        return m_durationMs;
    return m_waveform ? std::max<qint64>(1, m_waveform->durationMs()) : 1;
}

int WaveformView::xAt(qint64 ms) const
{
    return int(double(ms) / double(totalMs()) * double(width()));
}

qint64 WaveformView::msAt(int x) const
{
    return std::clamp<qint64>(qint64(double(x) / double(std::max(1, width())) * double(totalMs())), 0, totalMs());
}

void WaveformView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_waveform) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, m_message.isEmpty() ? tr("Computing the waveform…") : m_message);
        return;
    }
    const Waveform &w = *m_waveform;
    // Dead air and other spans first, under the peaks.
    for (const Span &s : m_spans)
        p.fillRect(QRect(QPoint(xAt(s.fromMs), kMarkerBand), QPoint(xAt(s.toMs), height() - 1)),
                   QColor(249, 171, 0, 60));

    // The selection and a running loop, under the peaks too.
    if (m_selection.toMs > m_selection.fromMs)
        p.fillRect(QRect(QPoint(xAt(m_selection.fromMs), kMarkerBand), QPoint(xAt(m_selection.toMs), height() - 1)),
                   QColor(26, 115, 232, 45));
    if (m_loop.toMs > m_loop.fromMs) {
        const QRect loop(QPoint(xAt(m_loop.fromMs), kMarkerBand), QPoint(xAt(m_loop.toMs), height() - 1));
        p.setPen(QPen(QColor(0x18, 0x80, 0x38), 1, Qt::DashLine));
        p.drawLine(loop.topLeft(), loop.bottomLeft());
        p.drawLine(loop.topRight(), loop.bottomRight());
        p.setPen(QColor(0x18, 0x80, 0x38));
        p.drawText(loop.adjusted(3, 0, 0, 0), Qt::AlignRight | Qt::AlignBottom, tr("loop"));
    }

    struct Lane
    {
        int channel; // -1: all channels merged
        QColor color;
        QString label;
    };
    std::vector<Lane> lanes;
    if (m_agentChannel >= 0)
        lanes = {{m_agentChannel, kAgent, labels::speaker(QStringLiteral("agent"))},
                 {m_customerChannel, kCustomer, labels::speaker(QStringLiteral("customer"))}};
    else
        lanes = {{-1, kMixed, QString()}};
    const int laneHeight = (height() - kMarkerBand) / int(lanes.size());
    const int buckets = w.bucketCount();
    const double bucketsPerMs = double(w.bucketsPerSecond) / 1000.0;
    for (size_t l = 0; l < lanes.size(); ++l) {
        const int top = kMarkerBand + int(l) * laneHeight;
        const int mid = top + laneHeight / 2;
        const double scale = (laneHeight / 2 - 1) / 32768.0;
        // One column per device pixel (sharp on HiDPI screens), drawn with a cosmetic one-pixel pen.
        p.setPen(QPen(lanes[l].color, 0));
        const double dpr = devicePixelRatioF();
        const int columns = int(width() * dpr);
        const double msPerColumn = double(totalMs()) / std::max(1, columns);
        for (int column = 0; column < columns; ++column) {
            const int from = int(column * msPerColumn * bucketsPerMs);
            const int to = std::max(from + 1, int((column + 1) * msPerColumn * bucketsPerMs));
            if (from >= buckets)
                break;
            int lo = 0, hi = 0;
            for (int b = from; b < std::min(to, buckets); ++b) {
                for (int c = 0; c < w.channels; ++c) {
                    if (lanes[l].channel >= 0 && c != lanes[l].channel)
                        continue;
                    lo = std::min<int>(lo, w.peaks[size_t(c)][size_t(2 * b)]);
                    hi = std::max<int>(hi, w.peaks[size_t(c)][size_t(2 * b + 1)]);
                }
            }
            const double x = (column + 0.5) / dpr;
            p.drawLine(QLineF(x, mid - hi * scale, x, mid - lo * scale));
        }
        if (!lanes[l].label.isEmpty()) {
            p.setPen(lanes[l].color);
            p.drawText(QRect(4, top, width() - 8, laneHeight), Qt::AlignLeft | Qt::AlignTop, lanes[l].label);
        }
    }
    for (const Marker &m : m_markers) {
        const int x = xAt(m.ms);
        if (m.toMs > m.ms)
            p.fillRect(QRect(QPoint(x, kMarkerBand - 3), QPoint(xAt(m.toMs), kMarkerBand - 1)), m.color);
        p.fillRect(QRect(x - 2, 0, 5, kMarkerBand), m.color);
    }
    p.setPen(QPen(QColor(0xd9, 0x30, 0x25), 2));
    const int x = xAt(m_position);
    p.drawLine(x, 0, x, height());
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_waveform)
        return;
    const qint64 ms = msAt(int(event->position().x()));
    if (event->modifiers() & Qt::ShiftModifier) {
        // Shift+click extends an existing selection from its far end; otherwise starts one here.
        const auto current = selection();
        m_selectAnchor =
            current ? (std::abs(ms - current->fromMs) < std::abs(ms - current->toMs) ? current->toMs : current->fromMs)
                    : ms;
        m_selection = {std::min(m_selectAnchor, ms), std::max(m_selectAnchor, ms)};
        update();
        return;
    }
    m_selectAnchor = -1;
    clearSelection();
    Q_EMIT seekRequested(ms);
}

void WaveformView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_waveform)
        return;
    const qint64 ms = msAt(int(event->position().x()));
    if (m_selectAnchor >= 0) {
        m_selection = {std::min(m_selectAnchor, ms), std::max(m_selectAnchor, ms)};
        update();
    } else {
        Q_EMIT seekRequested(ms);
    }
}

void WaveformView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_selectAnchor < 0)
        return;
    m_selectAnchor = -1;
    if (m_selection.toMs - m_selection.fromMs < 100) // a Shift+click without a drag selects nothing
        m_selection = {};
    update();
    Q_EMIT selectionChanged();
}

void WaveformView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && selection()) {
        clearSelection();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool WaveformView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int x = help->pos().x();
        QStringList tips;
        for (const Marker &m : m_markers) {
            if (std::abs(xAt(m.ms) - x) <= 3)
                tips << m.toolTip;
        }
        if (m_waveform)
            tips.prepend(labels::duration(msAt(x)));
        QToolTip::showText(help->globalPos(), tips.join(QLatin1Char('\n')), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace qawb
