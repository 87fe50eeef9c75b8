#pragma once

#include "core/samplingrepository.h"
#include "core/userrepository.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace qawb {

class Store;

// "Queue progress…": how far each queue is (done, drafts, expected time left), what is in it and what was changed
// after assignment. Inspectors see their own queues; QA managers see everyone's and may move an item to another
// inspector or replace it, giving a reason that is recorded.
class QueueProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueProgressDialog)

public:
    QueueProgressDialog(Store &store, const User &user, QWidget *parent = nullptr);

    // Reads the queues again, keeping the selected queue and item.
    void refresh();
    bool selectQueue(const QString &queueId);
    bool selectItem(const QString &conversationId);
    QString currentQueueId() const;
    QString currentConversationId() const;

    // Moves an item of the selected queue to another inspector / replaces it by another conversation of the same
    // agent; false (empty) and a message when the store refuses (no reason, not allowed, already reviewed, ...).
    bool reassignItem(const QString &conversationId, const QString &toInspectorId, const QString &reason);
    QString replaceItem(const QString &conversationId, const QString &reason);
    // Ask for the inspector and the reason first (the Reassign… and Replace… buttons).
    void promptReassign();
    void promptReplace();

    QString statusText() const;
    QTableWidget *queueTable() const { return m_queueTable; }
    QTableWidget *itemTable() const { return m_itemTable; }
    QTableWidget *historyTable() const { return m_historyTable; }
    QTabWidget *detailTabs() const { return m_tabs; }
    QPushButton *reassignButton() const { return m_reassign; }
    QPushButton *replaceButton() const { return m_replace; }

Q_SIGNALS:
    // An item moved or was replaced: the queue list should show the new counts.
    void queuesChanged();

private:
    void showQueue();
    void updateButtons();
    void showStatus(const QString &text, bool error = false);
    const QueueProgress *currentQueue() const;
    const QueueItemProgress *currentItem() const;

    Store &m_store;
    User m_user;
    bool m_canManage;
    std::vector<QueueProgress> m_queues;
    std::vector<QueueItemProgress> m_items;
    QLabel *m_summary;
    QTableWidget *m_queueTable;
    QTabWidget *m_tabs;
    QTableWidget *m_itemTable;
    QTableWidget *m_historyTable;
    QPushButton *m_reassign;
    QPushButton *m_replace;
    QLabel *m_status;
};

} // namespace qawb
