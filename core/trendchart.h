#pragma once

#include "coaching.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace qawb {

struct TrendChartStyle
{
    QFont font;      // labels and legend; its point size is resolved against the painter's device
    qreal scale = 1; // multiplies line widths, dot sizes, margins (1 = a 96 dpi screen)
};

// The weekly score trend of a coaching session, painted with QPainter only so that the session view and the PDF
// draw the same picture.
class TrendChart final
{
    Q_DECLARE_TR_FUNCTIONS(TrendChart)

public:
    // Paints into rect: y axis 0..100 (score) with gridlines every 20, x axis = the weeks (label "MM-dd" of each
    // weekStart, thinned so labels never overlap), the agent's mean per week as a solid blue line with dots (weeks
    // with no evaluation: gap, no dot), the team mean as a dashed grey line, the pass mark (if >= 0) as a thin red
    // horizontal line labelled "Pass 80", a legend (agent name, "Team average") at the top, and each agent dot
    // labelled with its value (one decimal) when there is room. With no week having data, a centred "No evaluations
    // in this period". Leaves the painter's state as it found it.
    static void paint(QPainter &painter, const QRectF &rect, const std::vector<TrendPoint> &trend,
                      const QString &agentName, double passScore, const TrendChartStyle &style);
};

} // namespace qawb
