#include "casefilterproxy.h"

#include "casetablemodel.h"

#include <QDateTime>

namespace qawb {

CaseFilterProxy::CaseFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseTableModel::SortRole);
    setDynamicSortFilter(true);
}

void CaseFilterProxy::setFilter(const Filter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool CaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    auto value = [&](int role) {
        return index.data(role).toString();
    };
    if (!m_filter.agentId.isEmpty() && value(CaseTableModel::AgentIdRole) != m_filter.agentId)
        return false;
    if (!m_filter.team.isEmpty() && value(CaseTableModel::TeamRole) != m_filter.team)
        return false;
    if (!m_filter.channel.isEmpty() && value(CaseTableModel::ChannelCodeRole) != m_filter.channel)
        return false;
    if (!m_filter.businessType.isEmpty() && value(CaseTableModel::BusinessTypeCodeRole) != m_filter.businessType)
        return false;
    if (!m_filter.status.isEmpty()) {
        const QString status = value(CaseTableModel::StatusCodeRole);
        if ((m_filter.status == QLatin1String("new") && !status.isEmpty()) ||
            (m_filter.status != QLatin1String("new") && status != m_filter.status))
            return false;
    }
    if (m_filter.from.isValid() || m_filter.to.isValid()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(index.data(CaseTableModel::StartedMsRole).toLongLong()).date();
        if ((m_filter.from.isValid() && day < m_filter.from) || (m_filter.to.isValid() && day > m_filter.to))
            return false;
    }
    if (m_filter.riskOnly && index.data(CaseTableModel::RiskCountRole).toInt() <= 0)
        return false;
    if (!m_filter.text.isEmpty() && !value(CaseTableModel::SearchTextRole).contains(m_filter.text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace qawb
