#pragma once

#include "core/search.h"
#include "workspace.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace qawb {

// Review ▸ Case library… (案例库): trainers, leaders and inspectors search every conversation by words and Chinese
// fragments (退费 finds 退費 too) and by team, channel, period, score, failed item, rule hit and tag. The index is
// brought up to date and searched on a worker thread, with progress and Cancel; a result opens in the workstation at
// the message that matched.
class CaseLibraryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseLibraryDialog)

public:
    explicit CaseLibraryDialog(const Workspace &workspace, QWidget *parent = nullptr);
    ~CaseLibraryDialog() override;

    // Searches with what the form says, in the background (searchFinished when done).
    void startSearch();
    void cancelSearch();
    bool isSearching() const { return m_watcher.isRunning(); }
    SearchQuery query() const;
    const std::vector<SearchHit> &hits() const { return m_hits; }

    QLineEdit *textEdit() const { return m_text; }
    QComboBox *teamBox() const { return m_team; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *failedItemBox() const { return m_failed; }
    QComboBox *ruleBox() const { return m_rule; }
    QComboBox *tagBox() const { return m_tag; }
    QDoubleSpinBox *maxScoreBox() const { return m_maxScore; }
    QTableWidget *resultTable() const { return m_results; }
    QPushButton *collectButton() const { return m_collect; }
    QString statusText() const;

Q_SIGNALS:
    void searchFinished(bool ok);
    // Open this conversation in the workstation, at this message / transcript line (-1: the start).
    void openRequested(const QString &conversationId, int turnSeq);

private:
    struct Outcome
    {
        SearchResult result;
        qint64 indexed = 0;
        bool cancelled = false;
    };
    void fillChoices();
    void showOutcome(const Outcome &outcome);
    void showStatus(const QString &text, bool error = false);

    Workspace m_workspace;
    QLineEdit *m_text;
    QComboBox *m_team;
    QComboBox *m_channel;
    QComboBox *m_period;
    QComboBox *m_failed;
    QComboBox *m_rule;
    QComboBox *m_tag;
    QDoubleSpinBox *m_maxScore;
    QPushButton *m_search;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QTableWidget *m_results;
    QLabel *m_status;
    QPushButton *m_collect;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::vector<SearchHit> m_hits;
};

} // namespace qawb
