#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace qawb {

// Filters the case table by agent, team, channel, business type, status, date range and free text.
class CaseFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseFilterProxy)

public:
    struct Filter
    {
        QString text;
        QString agentId;
        QString team;
        QString channel;
        QString businessType;
        QString status; // "new", "draft", "submitted" or empty
        QDate from;     // inclusive, local dates; invalid = open
        QDate to;
        bool riskOnly = false; // only cases with risk hits
    };

    explicit CaseFilterProxy(QObject *parent = nullptr);
    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter;
};

} // namespace qawb
