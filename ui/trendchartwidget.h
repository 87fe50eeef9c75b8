#pragma once

#include "core/coaching.h"

#include <QWidget>

namespace qawb {

// The weekly score trend of a coaching session on screen: the same picture the PDF prints (core/trendchart.h).
class TrendChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChartWidget)

public:
    explicit TrendChartWidget(QWidget *parent = nullptr);
    void setTrend(std::vector<TrendPoint> trend, const QString &agentName, double passScore);
    const std::vector<TrendPoint> &trend() const { return m_trend; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<TrendPoint> m_trend;
    QString m_agentName;
    double m_passScore = -1;
};

} // namespace qawb
