#pragma once

#include "core/caserepository.h"

#include <QAbstractTableModel>

namespace qawb {

// The cases of one queue (or all conversations) as a sortable table.
class CaseTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseTableModel)

public:
    enum Column {
        Position,
        Channel,
        Agent,
        Team,
        BusinessType,
        Started,
        Duration,
        Csat,
        Hits,
        Risk,
        Status,
        Score,
        Id,
        ColumnCount
    };
    // Raw values the filter proxy reads, independent of the display language.
    enum Role {
        SortRole = Qt::UserRole + 1,
        ConversationIdRole,
        ChannelCodeRole,
        AgentIdRole,
        TeamRole,
        BusinessTypeCodeRole,
        StatusCodeRole,
        StartedMsRole,
        SearchTextRole,
        RiskCountRole,
    };

    explicit CaseTableModel(QObject *parent = nullptr);
    void setCases(std::vector<CaseRow> cases);
    const CaseRow *caseAt(int row) const;
    int rowOf(const QString &conversationId) const;
    // Updates the evaluation columns of one case after a save.
    void updateEvaluation(const QString &conversationId, const QString &status, std::optional<double> score,
                          bool fatal);
    // Updates the auto-QA columns after a background run.
    void updateHits(const std::vector<CaseRow> &fresh);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CaseRow> m_cases;
};

} // namespace qawb
