#pragma once

#include "workspace.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace qawb {

// The team leader's start page (Coaching ▸ Team feedback…, shown at start to team leaders): what must be fed back to
// agents within the threshold (24 hours unless the QA department set another) and what is overdue, the team's
// on-time rate over the last 28 days, coaching follow-ups that are due, and the disputes still open. From here the
// leader records feedback, opens a coaching session with an agent or a past session.
class LeaderHome final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderHome)

public:
    explicit LeaderHome(const Workspace &workspace, QWidget *parent = nullptr);

    // Reads everything again (also every minute: due turns into overdue on its own).
    void refresh();
    // The team shown: a team name, "" for every team (QA managers and admins choose; a leader sees their own).
    QString team() const;
    bool setTeam(const QString &name);
    // Records that the agent got the feedback on this evaluation (the Record feedback… button asks for the note).
    bool recordFeedback(const QString &evaluationId, const QString &note);
    // What "now" is, for tests of due and overdue (default: the clock).
    void setNow(const QDateTime &now);

    QTableWidget *dueTable() const { return m_due; }
    QTableWidget *followUpTable() const { return m_followUps; }
    QLabel *rateLabel() const { return m_rate; }
    QLabel *disputesLabel() const { return m_disputes; }
    QComboBox *teamBox() const { return m_team; }
    QString statusText() const;

Q_SIGNALS:
    void coachRequested(const QString &agentId);
    void sessionRequested(const QString &sessionId);
    void disputesRequested();

private:
    QDateTime now() const;
    void showStatus(const QString &text, bool error = false);
    void promptFeedback();
    void updateButtons();

    Workspace m_workspace;
    QDateTime m_now;
    QComboBox *m_team;
    QLabel *m_rate;
    QTableWidget *m_due;
    QPushButton *m_record;
    QPushButton *m_coach;
    QTableWidget *m_followUps;
    QPushButton *m_openSession;
    QLabel *m_disputes;
    QPushButton *m_showDisputes;
    QLabel *m_status;
    QTimer *m_tick;
};

} // namespace qawb
