#pragma once

#include "core/sync.h"
#include "core/userrepository.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qawb {

class Store;

// Review ▸ Sync conflicts…: evaluations and comments changed both on this computer and in the shared store since
// they last agreed. For the selected one both versions are shown side by side (for an evaluation: status, score,
// comments, coaching note and every answer, with the differences highlighted); a person keeps one of them.
class ConflictsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsDialog)

public:
    ConflictsDialog(Store &store, const User &user, QWidget *parent = nullptr);

    // Reads the conflicts again, keeping the selection.
    void refresh();
    bool selectConflict(const QString &conflictId);
    QString currentConflictId() const;
    // While a sync runs the choice waits (the sync writes the same documents).
    void setSyncRunning(bool running);

    // Keeps one side ("local" or "remote") of the selected conflict; false and a message when the store refuses.
    bool keep(const QString &take);

    QString statusText() const;
    QTableWidget *conflictTable() const { return m_list; }
    QTableWidget *fieldTable() const { return m_fields; }
    // An evaluation's answers: the item's question, then each side's answer and comment (item id in column 0's
    // Qt::UserRole).
    QTableWidget *answerTable() const { return m_answers; }
    QPushButton *keepLocalButton() const { return m_keepLocal; }
    QPushButton *keepRemoteButton() const { return m_keepRemote; }

Q_SIGNALS:
    // A conflict was settled (the document may have changed here: take == "remote").
    void resolved(const QString &docType, const QString &docId, const QString &take);

private:
    void showCurrent();
    void fitRows();
    void updateButtons();
    void showStatus(const QString &text, bool error = false);
    const SyncConflict *current() const;
    QString personName(const QString &login);
    void showEvaluation(const SyncConflict &conflict);
    void showComment(const SyncConflict &conflict);

    Store &m_store;
    User m_user;
    std::vector<SyncConflict> m_conflicts;
    bool m_syncRunning = false;
    QString m_shownId;
    QLabel *m_summary;
    QTableWidget *m_list;
    QLabel *m_title;
    QTableWidget *m_fields;
    QLabel *m_answersLabel;
    QTableWidget *m_answers;
    QPushButton *m_keepLocal;
    QPushButton *m_keepRemote;
    QLabel *m_status;
};

} // namespace qawb
