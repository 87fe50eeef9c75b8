#pragma once

#include "core/coaching.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTimer;
class QToolButton;

namespace qawb {

class ConversationView;
class TrendChartWidget;

// A one-on-one coaching session (辅导) with one agent: their evaluations of a period with scores, the weekly trend
// against the team, their weakest items against the team's pass rate, each case's failed items (a click plays the
// call from that moment or scrolls the chat to the message) and the inspectors' coaching notes. The leader records
// notes, action items (owner, due date, status) and a follow-up date, saved a second after each edit; the agent
// acknowledges on this screen. Presentation mode (F11) is what the agent sees: full screen, large type, no agent
// picker — and never an inspector's private note nor another agent's data, in either mode.
class CoachingWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoachingWindow)

public:
    explicit CoachingWindow(const Workspace &workspace, QWidget *parent = nullptr);
    ~CoachingWindow() override;

    // Shows an agent's period as a new session (stored once something is recorded); false if there is no such agent.
    bool openAgent(const QString &agentId, const QDate &from, const QDate &to);
    // Shows a stored session with its period.
    bool openSession(const QString &sessionId);

    void setPresentation(bool on);
    bool isPresenting() const { return m_presenting; }
    // The next / previous case (J / K, Page Down / Page Up).
    void stepCase(int delta);
    bool openEvaluation(int row);
    // Goes to where failed item `row` of the open case happened.
    bool jumpToFailedItem(int row);

    // Stores notes, action items and follow-up now (creating the session on the first save).
    bool saveSession();
    void addActionItem(const ActionItem &item = {});
    bool acknowledge(const QString &agentName, const QString &comment);
    // Writes the session summary as a PDF in the background; pdfFinished tells how it went.
    void exportPdf(const QString &path);
    // Opens a dispute of the open case's evaluation (asks for items and reason).
    void promptDispute();

    const CoachingSession &session() const { return m_session; }
    const CoachingOverview &overview() const { return m_overview; }
    QString statusText() const;
    QComboBox *agentBox() const { return m_agent; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *sessionBox() const { return m_sessions; }
    QTableWidget *evaluationTable() const { return m_evaluations; }
    QTableWidget *weakestTable() const { return m_weakest; }
    QListWidget *failedList() const { return m_failed; }
    QLabel *notesLabel() const { return m_caseNotes; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QTableWidget *actionTable() const { return m_actions; }
    QCheckBox *followUpBox() const { return m_followUpOn; }
    QDateEdit *followUpEdit() const { return m_followUp; }
    QPushButton *acknowledgeButton() const { return m_ackButton; }
    QLabel *acknowledgementLabel() const { return m_ackLabel; }
    QWidget *setupBar() const { return m_setup; }
    TrendChartWidget *trendChart() const { return m_chart; }
    ConversationView *conversationView() const { return m_conversation; }
    QAction *presentAction() const { return m_presentAction; }

Q_SIGNALS:
    // A session was stored or acknowledged (the leader's start page lists follow-ups).
    void sessionChanged(const QString &sessionId);
    void pdfFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildSetupBar();
    QWidget *buildOverviewPanel();
    QWidget *buildCasePanel();
    QWidget *buildSessionPanel();
    void loadAgents();
    void loadOverview();
    void showOverview();
    void showSession();
    void refreshSessionList();
    void scheduleSave();
    // Stores what is pending (committing a cell being edited) before the window shows something else; false, and
    // the setup put back, when it could not be stored.
    bool storePending();
    void collectSession();
    void updateLockState();
    void showStatus(const QString &text, bool error = false);
    void setActionRow(int row, const ActionItem &item);
    ActionItem actionAt(int row) const;
    void onSetupChanged();
    void onSessionChosen();
    void promptAcknowledge();
    void choosePdf();

    Workspace m_workspace;
    CoachingSession m_session;
    CoachingOverview m_overview;
    bool m_presenting = false;
    bool m_loading = false;
    Qt::WindowStates m_statesBeforePresenting;

    QWidget *m_setup;
    QSplitter *m_splitter = nullptr;
    QComboBox *m_agent;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_sessions;
    QAction *m_presentAction;
    QToolButton *m_present;
    QPushButton *m_pdf;
    QPushButton *m_dispute;

    QLabel *m_summary;
    TrendChartWidget *m_chart;
    QTableWidget *m_weakest;
    QTableWidget *m_evaluations;

    QLabel *m_caseTitle;
    QListWidget *m_failed;
    QLabel *m_caseNotes;
    ConversationView *m_conversation;

    QPlainTextEdit *m_notes;
    QTableWidget *m_actions;
    QPushButton *m_addAction;
    QPushButton *m_removeAction;
    QCheckBox *m_followUpOn;
    QDateEdit *m_followUp;
    QPushButton *m_ackButton;
    QLabel *m_ackLabel;
    QLabel *m_status;
    QTimer *m_autosave;
    QTimer *m_periodTimer = nullptr;
    QFutureWatcher<QString> m_pdfWatcher;
};

} // namespace qawb
