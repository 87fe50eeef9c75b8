#pragma once

#include "workspace.h"

#include "core/disputes.h"
#include "core/evaluationrepository.h"
#include "core/scorecardrepository.h"

#include <QDialog>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace qawb {

// Review ▸ Dispute this evaluation…: a team leader (on the agent's behalf) or a QA manager opens a dispute (申诉) of
// some items of a submitted evaluation. Shows the evaluation (conversation, agent, inspector, score, when it was
// submitted, the dispute limits) and every scorecard item with the answer given, failed ones highlighted; the person
// ticks the disputed items, says what the agent says is wrong and chooses who decides (the inspector who scored it,
// or a QA manager). A refusal (too late, one still open, the limit reached) is shown in the status line and the
// dialog stays open.
class OpenDisputeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenDisputeDialog)

public:
    OpenDisputeDialog(const Workspace &workspace, const QString &evaluationId, QWidget *parent = nullptr);

    // The dispute opened (valid once the dialog was accepted).
    Dispute opened() const { return m_opened; }

    // Ticks or unticks an item as the person would (false: the evaluation has no such item).
    bool setItemChecked(const QString &itemId, bool checked);
    QStringList checkedItems() const;

    // Opens the dispute (the "Open dispute" button); stays open with the reason in the status line when refused.
    void accept() override;

    QString statusText() const;
    // Sections as top-level rows, their items as checkable children: column 0 the item's text (item id in
    // Qt::UserRole), column 1 the answer given, column 2 the inspector's comment.
    QTreeWidget *itemTree() const { return m_tree; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    // The inspector who scored it first, then QA managers and admins (user id in Qt::UserRole).
    QComboBox *arbitratorBox() const { return m_arbitrator; }
    QPushButton *openButton() const { return m_open; }

private:
    void updateButtons();
    void showStatus(const QString &text, bool error = false);

    Workspace m_workspace;
    QString m_evaluationId;
    bool m_usable = false; // the evaluation is there and the user may open disputes
    Dispute m_opened;
    QLabel *m_header;
    QLabel *m_limits;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_reason;
    QComboBox *m_arbitrator;
    QLabel *m_status;
    QPushButton *m_open;
};

// Review ▸ Disputes…: the disputes of the store (open ones, those waiting for the user's decision, or all), the
// selected one's evaluation, disputed items and thread, a reply box, and the decision: the arbitrator (or a QA
// manager) picks the outcome and the new answers; a decision that changes answers re-scores the evaluation as a new
// revision (evaluationChanged). The opener or a QA manager may withdraw an open dispute. Non-modal.
class DisputesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisputesDialog)

public:
    DisputesDialog(const Workspace &workspace, QWidget *parent = nullptr);

    // Reads the disputes again, keeping the selected one when the filter still shows it.
    void refresh();
    bool selectDispute(const QString &id);
    QString currentDisputeId() const;

    // Adds to the selected dispute's thread (the Send button); false and a message when refused.
    bool reply(const QString &text);
    // Decides the selected dispute: sets the decision widgets (outcome key upheld / partly / rejected, disputed item
    // id → new answer; items not named keep their answer) and does what the Decide button does.
    bool decide(const QString &outcome, const QMap<QString, QString> &newValues, const QString &explanation);
    // Withdraws the selected dispute with this note (the Withdraw… button asks for it).
    bool withdrawSelected(const QString &note);

    QString statusText() const;
    // The selected dispute's summary (agent, conversation, inspector, status, score, revision) as plain text.
    QString detailsText() const;
    // Opened, agent, conversation, items, status, arbitrator (dispute id in column 0's Qt::UserRole).
    QTableWidget *disputeTable() const { return m_list; }
    // The disputed items: question, answer now, what the decision changed.
    QTableWidget *itemTable() const { return m_items; }
    QTextBrowser *threadView() const { return m_thread; }
    QPlainTextEdit *replyEdit() const { return m_replyEdit; }
    QPushButton *sendButton() const { return m_send; }
    QGroupBox *decisionBox() const { return m_decisionBox; }
    // The new answer of a disputed item (answer value in Qt::UserRole); nullptr when it is not disputed.
    QComboBox *answerBox(const QString &itemId) const { return m_answerBoxes.value(itemId); }
    // upheld / partly / rejected in Qt::UserRole; nothing chosen at first.
    QComboBox *outcomeBox() const { return m_outcome; }
    QPlainTextEdit *explanationEdit() const { return m_explanation; }
    QPushButton *decideButton() const { return m_decide; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    // "open" (default), "mine" (open, waiting for the user's decision), "all" in Qt::UserRole.
    QComboBox *filterBox() const { return m_filter; }

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // A decision re-scored this evaluation (a new revision): whoever shows it should load it again.
    void evaluationChanged(const QString &evaluationId);

private:
    void showCurrent();
    void buildDecision();
    void fitListWidth();
    void fitDetailsHeight();
    void updateButtons();
    bool decideFromWidgets();
    void promptWithdraw();
    // After a change: the list again with the dispute selected (all disputes if the filter no longer shows it).
    void reselect(const QString &id);
    void showStatus(const QString &text, bool error = false);
    bool mayDecide() const;
    bool mayWithdraw() const;

    Workspace m_workspace;
    std::vector<Dispute> m_disputes;
    std::optional<Dispute> m_current; // with its thread
    std::optional<Evaluation> m_evaluation;
    std::optional<StoredScorecard> m_card;
    QString m_shownId;
    bool m_settingWidgets = false;
    QComboBox *m_filter;
    QLabel *m_summary;
    QTableWidget *m_list;
    QLabel *m_header;
    QTableWidget *m_items;
    QTextBrowser *m_thread;
    QPlainTextEdit *m_replyEdit;
    QPushButton *m_send;
    QGroupBox *m_decisionBox;
    QWidget *m_answersArea;
    QLabel *m_decisionNote;
    QMap<QString, QComboBox *> m_answerBoxes;
    QString m_decisionKey; // the dispute (id/status) the decision widgets were built for
    QComboBox *m_outcome;
    QPlainTextEdit *m_explanation;
    QPushButton *m_decide;
    QPushButton *m_withdraw;
    QLabel *m_status;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_detailsSplitter = nullptr;
    bool m_fitted = false;               // the splitters were fitted to the contents when first shown
    bool m_splitterMoved = false;        // the person set the list's width
    bool m_detailsSplitterMoved = false; // ... or the thread's height
};

} // namespace qawb
