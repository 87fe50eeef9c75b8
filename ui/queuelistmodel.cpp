#include "queuelistmodel.h"

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
    case Qt::DisplayRole:
        return tr("%1  (%2/%3 done)").arg(q.name).arg(q.submitted).arg(q.total);
    case Qt::ToolTipRole:
        return tr("%1\nInspector: %2\n%3 submitted, %4 drafts, %5 cases")
            .arg(q.name, q.inspectorName)
            .arg(q.submitted)
            .arg(q.drafts)
            .arg(q.total);
    case QueueIdRole:
        return q.id;
    default:
        return {};
    }
}

} // namespace qawb
