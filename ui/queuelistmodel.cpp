#include "queuelistmodel.h"

#include <algorithm>

#include <cmath>

namespace qawb {

QueueListModel::QueueListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void QueueListModel::setQueues(std::vector<QueueSummary> queues)
{
    beginResetModel();
    m_queues = std::move(queues);
    endResetModel();
}

int QueueListModel::rowOf(const QString &queueId) const
{
    if (queueId.isEmpty())
        return 0;
    for (size_t i = 0; i < m_queues.size(); ++i) {
        if (m_queues[i].id == queueId)
            return int(i) + 1;
    }
    return -1;
}

QString QueueListModel::timeLeft(double seconds)
{
    if (seconds <= 0)
        return {};
    // Whole minutes, rounded up: a queue with work left never reads "0 min".
    const qint64 minutes = qint64(std::ceil(seconds / 60.0));
    if (minutes < 60)
        return tr("≈ %1 min").arg(minutes);
    return tr("≈ %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString QueueListModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("manual"))
        return tr("manual");
    if (kind == QLatin1String("sample"))
        return tr("sample");
    if (kind == QLatin1String("calibration"))
        return tr("calibration");
    return kind;
}

int QueueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size()) + 1;
}

QVariant QueueListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.row() == 0) {
        if (role == Qt::DisplayRole)
            return tr("All conversations");
        if (role == QueueIdRole)
            return QString();
        return {};
    }
    const QueueSummary &q = m_queues[size_t(index.row() - 1)];
    switch (role) {
    case Qt::DisplayRole: {
        // One multi-argument arg(): a queue name with "%1" in it stays as it is.
        const QString done = QString::number(q.submitted), total = QString::number(q.total);
        // Queues of the same name (everyone's "Demo queue" after a sync) say whose they are.
        const bool sameName = std::count_if(m_queues.begin(), m_queues.end(),
                                            [&](const QueueSummary &other) { return other.name == q.name; }) > 1;
        const QString name = sameName ? tr("%1 · %2").arg(q.name, q.inspectorName) : q.name;
        if (q.secondsLeft > 0 && q.submitted < q.total)
            return tr("%1  (%2/%3 done · %4 left)").arg(name, done, total, timeLeft(q.secondsLeft));
        return tr("%1  (%2/%3 done)").arg(name, done, total);
    }
    case Qt::ToolTipRole:
        return tr("%1\nInspector: %2\n%3 submitted, %4 drafts, %5 cases\nExpected review time left: %6")
            .arg(q.name, q.inspectorName)
            .arg(q.submitted)
            .arg(q.drafts)
            .arg(q.total)
            .arg(q.secondsLeft > 0 ? timeLeft(q.secondsLeft) : tr("none"));
    case QueueIdRole:
        return q.id;
    default:
        return {};
    }
}

} // namespace qawb
