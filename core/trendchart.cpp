#include "trendchart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace qawb {

namespace {
const QColor kAgent(0x15, 0x65, 0xc0);
const QColor kAgentText(0x0d, 0x47, 0xa1);
const QColor kTeam(0x8a, 0x8f, 0x98);
const QColor kPass(0xc6, 0x28, 0x28);
const QColor kGrid(0xe3, 0xe6, 0xea);
const QColor kAxis(0xa0, 0xa5, 0xab);
const QColor kText(0x4a, 0x4f, 0x55);

QString passText(double pass)
{
    // "Pass 80", not "Pass 80.0"; a mark like 72.5 keeps its decimal.
    return std::abs(pass - std::round(pass)) < 0.05 ? QString::number(qRound(pass)) : QString::number(pass, 'f', 1);
}

// Text on a translucent white patch, so a label stays readable where it crosses a gridline or the other line.
void drawLabel(QPainter &painter, const QRectF &box, const QString &text, const QColor &color, qreal s)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 215));
    painter.drawRoundedRect(box.adjusted(-1.5 * s, 0, 1.5 * s, 0), 2 * s, 2 * s);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(color);
    painter.drawText(box, Qt::AlignCenter, text);
}

bool overlapsAny(const QRectF &box, const std::vector<QRectF> &taken)
{
    return std::any_of(taken.begin(), taken.end(), [&](const QRectF &r) { return r.intersects(box); });
}

bool crosses(const QLineF &line, const QRectF &box)
{
    if (box.contains(line.p1()) || box.contains(line.p2()))
        return true;
    const QLineF edges[] = {{box.topLeft(), box.topRight()},
                            {box.topRight(), box.bottomRight()},
                            {box.bottomRight(), box.bottomLeft()},
                            {box.bottomLeft(), box.topLeft()}};
    return std::any_of(std::begin(edges), std::end(edges), [&](const QLineF &edge) {
        return line.intersects(edge, nullptr) == QLineF::BoundedIntersection;
    });
}

bool crossesAny(const QRectF &box, const std::vector<QLineF> &lines)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QLineF &l) { return crosses(l, box); });
}
} // namespace

void TrendChart::paint(QPainter &painter, const QRectF &rect, const std::vector<TrendPoint> &trend,
                       const QString &agentName, double passScore, const TrendChartStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setFont(style.font);
    // Metrics of the device painted on: a point size means more pixels on a 300 dpi PDF than on a screen.
    const QFontMetricsF fm(style.font, painter.device());
    const qreal s = style.scale > 0 ? style.scale : 1;
    const qreal lineH = fm.height();
    const qreal pad = 6 * s;

    const bool anyData = std::any_of(trend.begin(), trend.end(), [](const TrendPoint &p) {
        return p.agentMean.has_value() || p.teamMean.has_value();
    });
    if (!anyData) {
        painter.setPen(kText);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, tr("No evaluations in this period"));
        painter.restore();
        return;
    }

    const qreal legendH = lineH + 4 * s;
    const qreal yLabelW = fm.horizontalAdvance(QStringLiteral("100"));
    const qreal yLabelRight = rect.left() + pad + yLabelW;
    QRectF plot;
    plot.setLeft(yLabelRight + 6 * s);
    plot.setRight(rect.right() - pad);
    // Room above the 100 line for a dot's value label.
    plot.setTop(rect.top() + pad + legendH + lineH * 0.5 + 2 * s);
    plot.setBottom(rect.bottom() - pad - lineH - 4 * s);
    if (plot.width() < 20 * s || plot.height() < 20 * s) {
        painter.restore();
        return; // too small to show anything honestly
    }

    const int n = int(trend.size());
    const qreal slot = plot.width() / n;
    const auto xAt = [&](int i) {
        return plot.left() + (i + 0.5) * slot;
    };
    const auto yAt = [&](double v) {
        return plot.bottom() - std::clamp(v, 0.0, 100.0) / 100.0 * plot.height();
    };

    // Gridlines and the score axis.
    for (int v = 0; v <= 100; v += 20) {
        const qreal y = yAt(v);
        painter.setPen(QPen(v == 0 ? kAxis : kGrid, 1 * s));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kText);
        painter.drawText(QRectF(rect.left() + pad, y - lineH / 2, yLabelW, lineH), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(v));
    }

    // Week labels: every step-th week so that no two overlap; the first and last are pulled inside the chart, and
    // one that would then touch its neighbour is left out.
    {
        qreal widest = 0;
        for (const TrendPoint &p : trend)
            widest = std::max(widest, fm.horizontalAdvance(p.weekStart.toString(QStringLiteral("MM-dd"))));
        const qreal gap = 6 * s;
        const int step = std::max(1, int(std::ceil((widest + gap) / slot)));
        const qreal labelTop = plot.bottom() + 4 * s;
        qreal lastRight = -1e9;
        painter.setPen(QPen(kAxis, 1 * s));
        for (int i = 0; i < n; ++i) {
            if (slot >= 4 * s)
                painter.drawLine(QPointF(xAt(i), plot.bottom()), QPointF(xAt(i), plot.bottom() + 3 * s));
        }
        painter.setPen(kText);
        for (int i = 0; i < n; i += step) {
            const QString text = trend[i].weekStart.toString(QStringLiteral("MM-dd"));
            const qreal w = fm.horizontalAdvance(text);
            qreal left = std::max(xAt(i) - w / 2, plot.left() - 2 * s);
            left = std::min(left, rect.right() - w);
            if (left < lastRight + gap)
                continue;
            painter.drawText(QRectF(left, labelTop, w, lineH), Qt::AlignCenter, text);
            lastRight = left + w;
        }
    }

    // The lines' segments, a week without a value being a gap: labels are placed off them where they can be.
    std::vector<QLineF> segments;
    const auto segmentsOf = [&](std::optional<double> TrendPoint::*value) {
        for (int i = 1; i < n; ++i) {
            if (trend[i - 1].*value && trend[i].*value)
                segments.emplace_back(xAt(i - 1), yAt(*(trend[i - 1].*value)), xAt(i), yAt(*(trend[i].*value)));
        }
    };
    segmentsOf(&TrendPoint::teamMean);
    segmentsOf(&TrendPoint::agentMean);

    // The pass mark under the lines.
    if (passScore >= 0) {
        const QLineF line(plot.left(), yAt(passScore), plot.right(), yAt(passScore));
        painter.setPen(QPen(kPass, 1 * s));
        painter.drawLine(line);
        segments.push_back(line);
    }

    const auto drawSeries = [&](std::optional<double> TrendPoint::*value, const QPen &pen, qreal isolatedDotR) {
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        QPainterPath path;
        for (int i = 0; i < n; ++i) {
            if (!(trend[i].*value))
                continue;
            const QPointF p(xAt(i), yAt(*(trend[i].*value)));
            const bool prev = i > 0 && trend[i - 1].*value;
            const bool next = i + 1 < n && trend[i + 1].*value;
            if (prev)
                path.lineTo(p);
            else
                path.moveTo(p);
            if (!prev && !next && isolatedDotR > 0) {
                // A lone week would be invisible as a line.
                painter.save();
                painter.setPen(Qt::NoPen);
                painter.setBrush(pen.color());
                painter.drawEllipse(p, isolatedDotR, isolatedDotR);
                painter.restore();
            }
        }
        painter.drawPath(path);
    };
    const QPen teamPen(kTeam, 1.5 * s, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
    drawSeries(&TrendPoint::teamMean, teamPen, 2 * s);
    const QPen agentPen(kAgent, 2 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    drawSeries(&TrendPoint::agentMean, agentPen, 0);

    const qreal dotR = 3.5 * s;
    std::vector<QRectF> taken; // dots and labels already placed, for the labels that follow
    painter.setPen(QPen(Qt::white, 1.5 * s));
    painter.setBrush(kAgent);
    for (int i = 0; i < n; ++i) {
        if (!trend[i].agentMean)
            continue;
        const QPointF p(xAt(i), yAt(*trend[i].agentMean));
        painter.drawEllipse(p, dotR, dotR);
        taken.push_back(QRectF(p.x() - dotR, p.y() - dotR, 2 * dotR, 2 * dotR));
    }
    painter.setBrush(Qt::NoBrush);

    // Values above their dot or below it: preferably where no line runs, otherwise (on a white patch) where no other
    // label or dot is; none when neither fits.
    for (int i = 0; i < n; ++i) {
        if (!trend[i].agentMean)
            continue;
        const QString text = QString::number(*trend[i].agentMean, 'f', 1);
        const QSizeF size(fm.horizontalAdvance(text), lineH);
        const QPointF p(xAt(i), yAt(*trend[i].agentMean));
        const QRectF own(p.x() - dotR, p.y() - dotR, 2 * dotR, 2 * dotR);
        std::vector<QRectF> others;
        std::copy_if(taken.begin(), taken.end(), std::back_inserter(others), [&](const QRectF &r) { return r != own; });
        std::vector<QRectF> fits;
        for (const qreal top : {p.y() - dotR - 1 * s - size.height(), p.y() + dotR + 1 * s}) {
            const QRectF box(QPointF(p.x() - size.width() / 2, top), size);
            if (box.left() >= plot.left() && box.right() <= rect.right() && box.top() >= rect.top() + pad + legendH &&
                box.bottom() <= plot.bottom() && !overlapsAny(box, others))
                fits.push_back(box);
        }
        if (fits.empty())
            continue;
        const auto clear =
            std::find_if(fits.begin(), fits.end(), [&](const QRectF &box) { return !crossesAny(box, segments); });
        const QRectF box = clear != fits.end() ? *clear : fits.front();
        drawLabel(painter, box, text, kAgentText, s);
        taken.push_back(box);
    }

    // The pass mark's label: at the right end above the line, or another end or side, hiding no dot or value and
    // preferably no line.
    if (passScore >= 0) {
        const qreal y = yAt(passScore);
        const QString text = tr("Pass %1").arg(passText(passScore));
        const QSizeF size(fm.horizontalAdvance(text), lineH);
        const qreal above = y - 1 * s - size.height();
        const qreal below = y + 1 * s;
        const qreal right = plot.right() - 2 * s - size.width();
        const qreal left = plot.left() + 2 * s;
        std::vector<QRectF> fits;
        for (const QPointF &at :
             {QPointF(right, above), QPointF(left, above), QPointF(right, below), QPointF(left, below)}) {
            const QRectF box(at, size);
            if (box.top() >= rect.top() + pad + legendH && box.bottom() <= plot.bottom() && !overlapsAny(box, taken))
                fits.push_back(box);
        }
        const auto clear =
            std::find_if(fits.begin(), fits.end(), [&](const QRectF &box) { return !crossesAny(box, segments); });
        const QRectF box = clear != fits.end() ? *clear
                           : fits.empty()      ? QRectF(QPointF(right, std::max(above, plot.top())), size)
                                               : fits.front();
        drawLabel(painter, box, text, kPass, s);
        taken.push_back(box);
    }

    // Legend, top left over the plot.
    {
        const qreal y = rect.top() + pad + legendH / 2;
        const qreal sample = 18 * s;
        qreal x = plot.left();
        const QString team = tr("Team average");
        const qreal teamW = sample + 4 * s + fm.horizontalAdvance(team);
        const QString agent = fm.elidedText(agentName.isEmpty() ? tr("Agent") : agentName, Qt::ElideRight,
                                            std::max(40 * s, rect.right() - pad - x - sample - 20 * s - teamW));

        painter.setPen(agentPen);
        painter.drawLine(QPointF(x, y), QPointF(x + sample, y));
        painter.setPen(QPen(Qt::white, 1.5 * s));
        painter.setBrush(kAgent);
        painter.drawEllipse(QPointF(x + sample / 2, y), dotR, dotR);
        painter.setBrush(Qt::NoBrush);
        x += sample + 4 * s;
        const qreal agentW = fm.horizontalAdvance(agent);
        painter.setPen(kText);
        painter.drawText(QRectF(x, y - lineH / 2, agentW + 1, lineH), Qt::AlignLeft | Qt::AlignVCenter, agent);
        x += agentW + 16 * s;

        painter.setPen(teamPen);
        painter.drawLine(QPointF(x, y), QPointF(x + sample, y));
        x += sample + 4 * s;
        painter.setPen(kText);
        painter.drawText(QRectF(x, y - lineH / 2, fm.horizontalAdvance(team) + 1, lineH),
                         Qt::AlignLeft | Qt::AlignVCenter, team);
    }

    painter.restore();
}

} // namespace qawb
