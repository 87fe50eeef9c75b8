#pragma once

#include "core/caserepository.h"

#include <QAbstractListModel>

namespace qawb {

// The queues of the store with their progress, plus a first row "All conversations".
class QueueListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueListModel)

public:
    enum Role { QueueIdRole = Qt::UserRole + 1 };

    explicit QueueListModel(QObject *parent = nullptr);
    void setQueues(std::vector<QueueSummary> queues);
    // Row of a queue id ("" is "All conversations"), -1 if absent.
    int rowOf(const QString &queueId) const;

    // Expected review time still to go, as people read it: "≈ 25 min", "≈ 1 h 25 min" ("" for nothing left).
    static QString timeLeft(double seconds);
    // A queue's kind (manual, sample, calibration), translated.
    static QString kindName(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::vector<QueueSummary> m_queues;
};

} // namespace qawb
