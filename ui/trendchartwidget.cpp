#include "trendchartwidget.h"

#include "core/trendchart.h"

#include <QPainter>

namespace qawb {

TrendChartWidget::TrendChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Score trend by week"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TrendChartWidget::setTrend(std::vector<TrendPoint> trend, const QString &agentName, double passScore)
{
    m_trend = std::move(trend);
    m_agentName = agentName;
    m_passScore = passScore;
    update();
}

QSize TrendChartWidget::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 24, line * 12};
}

QSize TrendChartWidget::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 14, line * 8};
}

void TrendChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    TrendChartStyle style;
    style.font = font();
    // Presentation mode enlarges the font: lines and dots grow with it.
    style.scale = qMax(1.0, font().pointSizeF() / 9.0);
    TrendChart::paint(painter, QRectF(rect()), m_trend, m_agentName, m_passScore, style);
}

} // namespace qawb
