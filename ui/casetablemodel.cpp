#include "casetablemodel.h"

#include "labels.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace qawb {

CaseTableModel::CaseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CaseTableModel::setCases(std::vector<CaseRow> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

const CaseRow *CaseTableModel::caseAt(int row) const
{
    return row >= 0 && size_t(row) < m_cases.size() ? &m_cases[size_t(row)] : nullptr;
}

int CaseTableModel::rowOf(const QString &conversationId) const
{
    for (size_t i = 0; i < m_cases.size(); ++i) {
        if (m_cases[i].conversationId == conversationId)
            return int(i);
    }
    return -1;
}

void CaseTableModel::updateEvaluation(const QString &conversationId, const QString &status, std::optional<double> score,
                                      bool fatal)
{
    const int row = rowOf(conversationId);
    if (row < 0)
        return;
    CaseRow &c = m_cases[size_t(row)];
    c.evaluationStatus = status;
    c.score = score;
    c.fatal = fatal;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CaseTableModel::updateHits(const std::vector<CaseRow> &fresh)
{
    for (const CaseRow &f : fresh) {
        const int row = rowOf(f.conversationId);
        if (row < 0)
            continue;
        CaseRow &c = m_cases[size_t(row)];
        if (c.hitCount == f.hitCount && c.riskCount == f.riskCount)
            continue;
        c.hitCount = f.hitCount;
        c.riskCount = f.riskCount;
        Q_EMIT dataChanged(index(row, Hits), index(row, Risk));
    }
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("#");
    case Channel:
        return tr("Channel");
    case Agent:
        return tr("Agent");
    case Team:
        return tr("Team");
    case BusinessType:
        return tr("Type");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Csat:
        return tr("CSAT");
    case Hits:
        return tr("Hits");
    case Risk:
        return tr("Risk");
    case Status:
        return tr("Status");
    case Score:
        return tr("Score");
    case Id:
        return tr("ID");
    }
    return {};
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    const CaseRow *c = caseAt(index.row());
    if (!c)
        return {};
    switch (role) {
    case ConversationIdRole:
        return c->conversationId;
    case ChannelCodeRole:
        return c->channel;
    case AgentIdRole:
        return c->agentId;
    case TeamRole:
        return c->team;
    case BusinessTypeCodeRole:
        return c->businessType;
    case StatusCodeRole:
        return c->evaluationStatus;
    case StartedMsRole:
        return c->startedMs;
    case RiskCountRole:
        return c->riskCount;
    case SearchTextRole:
        return QStringList{c->conversationId, c->agentId, c->agentName, c->team}.join(QLatin1Char(' '));
    default:
        break;
    }
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case Position:
            return c->position;
        case Started:
            return c->startedMs;
        case Duration:
            return c->durationS.value_or(-1);
        case Csat:
            return c->csat.value_or(0);
        case Hits:
            return c->hitCount;
        case Risk:
            return c->riskCount;
        case Score:
            return c->score.value_or(-1);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Position:
            return c->position >= 0 ? QVariant(c->position + 1) : QVariant();
        case Channel:
            return labels::channel(c->channel);
        case Agent:
            return c->agentName.isEmpty() ? c->agentId : c->agentName;
        case Team:
            return c->team;
        case BusinessType:
            return labels::businessType(c->businessType);
        case Started:
            return labels::sourceDateTime(c->startedAt);
        case Duration:
            return c->durationS ? labels::duration(qint64(*c->durationS * 1000)) : QString();
        case Csat:
            return c->csat ? QVariant(*c->csat) : QVariant();
        case Hits:
            return c->hitCount >= 0 ? QVariant(c->hitCount) : QVariant(QStringLiteral("…"));
        case Risk:
            return c->riskCount > 0 ? QVariant(QStringLiteral("⚠ %1").arg(c->riskCount)) : QVariant();
        case Status:
            return labels::evaluationStatus(c->evaluationStatus);
        case Score:
            // A draft's running score would mislead (unanswered items do not count yet); only final scores show.
            if (!c->score || c->evaluationStatus != QLatin1String("submitted"))
                return {};
            return c->fatal ? tr("0 (fatal)") : QLocale().toString(*c->score, 'f', 1);
        case Id:
            return c->conversationId;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Agent)
            return tr("%1 (%2)").arg(c->agentName, c->agentId);
        if (c->hasWarnings)
            return tr("This case has import warnings (e.g. missing recording).");
    }
    if (role == Qt::ForegroundRole && ((column == Score && c->fatal) || column == Risk))
        return QBrush(QColor(0xC6, 0x28, 0x28));
    if (role == Qt::ToolTipRole && column == Risk && c->riskCount > 0)
        return tr("%n risk hit(s): risk words, forbidden phrases or critical rules", nullptr, c->riskCount);
    if (role == Qt::ToolTipRole && column == Hits && c->hitCount < 0)
        return tr("Auto-QA has not checked this case yet");
    if (role == Qt::FontRole && column == Status && c->evaluationStatus.isEmpty()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole &&
        (column == Position || column == Duration || column == Csat || column == Hits || column == Score))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace qawb
