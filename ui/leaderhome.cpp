#include "leaderhome.h"

#include "labels.h"

#include "core/coaching.h"
#include "core/disputes.h"
#include "core/feedback.h"
#include "core/permissions.h"
#include "core/store.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace qawb {

namespace {

QTableWidgetItem *cell(const QString &text, const QVariant &data = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}

// "in 5 h 20 min", "3 h 10 min ago".
QString relative(qint64 seconds)
{
    const qint64 minutes = qAbs(seconds) / 60;
    const QString span = minutes >= 60 ? LeaderHome::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                                       : LeaderHome::tr("%1 min").arg(minutes);
    return seconds >= 0 ? LeaderHome::tr("in %1").arg(span) : LeaderHome::tr("%1 ago").arg(span);
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

} // namespace

LeaderHome::LeaderHome(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_team(new QComboBox(this))
    , m_rate(new QLabel(this))
    , m_due(table({tr("Agent"), tr("Team"), tr("Conversation"), tr("Score"), tr("Failed items"), tr("Inspector"),
                   tr("Feedback due")},
                  this))
    , m_record(new QPushButton(tr("Record feedback…"), this))
    , m_coach(new QPushButton(tr("Coach this agent…"), this))
    , m_followUps(table({tr("Agent"), tr("Follow-up"), tr("Session held"), tr("Open action items")}, this))
    , m_openSession(new QPushButton(tr("Open the session…"), this))
    , m_disputes(new QLabel(this))
    , m_showDisputes(new QPushButton(tr("Disputes…"), this))
    , m_status(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setWindowTitle(tr("Team feedback"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    QFont big = m_rate->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_rate->setFont(big);
    m_rate->setWordWrap(true);
    m_due->setAccessibleName(tr("Feedback due"));
    m_followUps->setAccessibleName(tr("Coaching follow-ups"));

    // A leader sees their own team; QA managers and admins pick one (or all).
    const bool chooses = m_workspace.user.role != QLatin1String("team_leader") || m_workspace.user.teamId.isEmpty();
    QSqlQuery q(m_workspace.store->database());
    q.exec(QStringLiteral("SELECT id, name FROM teams ORDER BY name"));
    if (chooses)
        m_team->addItem(tr("All teams"), QString());
    while (q.next()) {
        if (chooses || q.value(0).toString() == m_workspace.user.teamId)
            m_team->addItem(q.value(1).toString(), q.value(1).toString());
    }
    m_team->setEnabled(chooses);
    connect(m_team, &QComboBox::currentIndexChanged, this, &LeaderHome::refresh);

    const bool coaches = Permissions::may(m_workspace.user, Permissions::Action::CoachAgents);
    m_record->setVisible(coaches);
    m_coach->setVisible(coaches);
    connect(m_record, &QPushButton::clicked, this, &LeaderHome::promptFeedback);
    connect(m_coach, &QPushButton::clicked, this, [this] {
        const int row = m_due->currentRow();
        if (row >= 0)
            Q_EMIT coachRequested(m_due->item(row, 0)->data(Qt::UserRole).toString());
    });
    connect(m_openSession, &QPushButton::clicked, this, [this] {
        const int row = m_followUps->currentRow();
        if (row >= 0)
            Q_EMIT sessionRequested(m_followUps->item(row, 0)->data(Qt::UserRole).toString());
    });
    connect(m_followUps, &QTableWidget::cellDoubleClicked, m_openSession, &QPushButton::click);
    connect(m_due, &QTableWidget::cellDoubleClicked, m_coach, &QPushButton::click);
    connect(m_showDisputes, &QPushButton::clicked, this, &LeaderHome::disputesRequested);
    connect(m_due, &QTableWidget::itemSelectionChanged, this, &LeaderHome::updateButtons);
    connect(m_followUps, &QTableWidget::itemSelectionChanged, this, &LeaderHome::updateButtons);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Team:"), this));
    top->addWidget(m_team);
    top->addStretch(1);
    auto *dueBox = new QGroupBox(tr("Feedback to give"), this);
    auto *dueLayout = new QVBoxLayout(dueBox);
    dueLayout->addWidget(m_due);
    auto *dueButtons = new QHBoxLayout;
    dueButtons->addWidget(m_record);
    dueButtons->addWidget(m_coach);
    dueButtons->addStretch(1);
    dueLayout->addLayout(dueButtons);
    auto *followBox = new QGroupBox(tr("Coaching follow-ups due"), this);
    auto *followLayout = new QVBoxLayout(followBox);
    followLayout->addWidget(m_followUps);
    auto *followButtons = new QHBoxLayout;
    followButtons->addWidget(m_openSession);
    followButtons->addStretch(1);
    followLayout->addLayout(followButtons);
    auto *disputeRow = new QHBoxLayout;
    disputeRow->addWidget(m_disputes, 1);
    disputeRow->addWidget(m_showDisputes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_rate);
    layout->addWidget(dueBox, 3);
    layout->addWidget(followBox, 2);
    layout->addLayout(disputeRow);
    layout->addWidget(m_status);

    m_tick->setInterval(60 * 1000);
    connect(m_tick, &QTimer::timeout, this, &LeaderHome::refresh);
    m_tick->start();
    resize(980, 640);
    refresh();
}

QDateTime LeaderHome::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void LeaderHome::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

QString LeaderHome::team() const
{
    return m_team->currentData().toString();
}

bool LeaderHome::setTeam(const QString &name)
{
    const int index = m_team->findData(name);
    if (index < 0)
        return false;
    m_team->setCurrentIndex(index);
    return true;
}

void LeaderHome::refresh()
{
    const QDateTime at = now();
    const QString team = this->team();
    FeedbackRepository feedback(*m_workspace.store);
    const FeedbackRate rate = feedback.rate(at.addDays(-28), at, team, at);
    const int hours = feedback.thresholdHours();
    if (const std::optional<double> r = rate.rate())
        m_rate->setText(tr("Feedback on time in the last 28 days: %1% (%2 of %3; %4 late, %5 overdue) · within %n "
                           "hour(s)",
                           nullptr, hours)
                            .arg(QLocale().toString(*r * 100, 'f', 0))
                            .arg(rate.onTime)
                            .arg(rate.total)
                            .arg(rate.late)
                            .arg(rate.overdue));
    else
        m_rate->setText(
            tr("No feedback was due in the last 28 days · feedback is due within %n hour(s)", nullptr, hours));

    const QString selected =
        m_due->currentRow() >= 0 ? m_due->item(m_due->currentRow(), 2)->data(Qt::UserRole).toString() : QString();
    const std::vector<FeedbackItem> open = feedback.open(team, at);
    m_due->setRowCount(int(open.size()));
    for (int i = 0; i < int(open.size()); ++i) {
        const FeedbackItem &f = open[size_t(i)];
        const bool overdue = f.state == FeedbackItem::State::Overdue;
        m_due->setItem(i, 0, cell(f.agentName, f.agentId));
        m_due->setItem(i, 1, cell(f.team));
        m_due->setItem(i, 2, cell(f.conversationId, f.evaluationId));
        m_due->setItem(i, 3, cell(QLocale().toString(f.score, 'f', 1) + (f.fatal ? QStringLiteral(" ✗") : QString())));
        m_due->setItem(i, 4, cell(QString::number(f.failedItems)));
        m_due->setItem(i, 5, cell(f.inspectorName));
        const qint64 left = at.secsTo(f.dueAt);
        const QString dueAt = QLocale().toString(f.dueAt.toLocalTime(), QStringLiteral("MM-dd HH:mm"));
        auto *due = cell(overdue ? tr("Overdue since %1 (%2)").arg(dueAt, relative(left))
                                 : tr("Due %1 (%2)").arg(dueAt, relative(left)));
        due->setToolTip(tr("Submitted %1")
                            .arg(QLocale().toString(f.submittedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_due->setItem(i, 6, due);
        if (overdue) {
            for (int c = 0; c < m_due->columnCount(); ++c)
                m_due->item(i, c)->setForeground(QColor(0xb3, 0x26, 0x1e));
        }
        if (f.evaluationId == selected)
            m_due->selectRow(i);
    }

    const std::vector<CoachingSession> followUps =
        CoachingRepository(*m_workspace.store).followUpsDue(team, at.toLocalTime().date());
    m_followUps->setRowCount(int(followUps.size()));
    for (int i = 0; i < int(followUps.size()); ++i) {
        const CoachingSession &s = followUps[size_t(i)];
        m_followUps->setItem(i, 0, cell(s.agentName, s.id));
        auto *when = cell(QLocale().toString(s.followUp, QStringLiteral("yyyy-MM-dd")));
        if (s.followUp < at.toLocalTime().date())
            when->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_followUps->setItem(i, 1, when);
        m_followUps->setItem(i, 2, cell(QLocale().toString(s.heldAt.toLocalTime(), QStringLiteral("yyyy-MM-dd"))));
        const int overdueItems = int(std::count_if(s.actions.begin(), s.actions.end(), [&](const ActionItem &a) {
            return a.isOverdue(at.toLocalTime().date());
        }));
        m_followUps->setItem(
            i, 3,
            cell(overdueItems > 0
                     ? tr("%1 of %2 (%3 past due)").arg(s.openActions()).arg(s.actions.size()).arg(overdueItems)
                     : tr("%1 of %2").arg(s.openActions()).arg(s.actions.size())));
    }

    int openDisputes = 0, mine = 0;
    for (const Dispute &d : DisputeRepository(*m_workspace.store).list(QStringLiteral("open"))) {
        if (!team.isEmpty() && d.team != team)
            continue;
        ++openDisputes;
        mine += d.arbitratorId == m_workspace.user.id || d.openedBy == m_workspace.user.id ? 1 : 0;
    }
    m_disputes->setText(openDisputes == 0 ? tr("No disputes are open.")
                                          : tr("%n dispute(s) open, %1 opened by you or waiting for your decision.",
                                               nullptr, openDisputes)
                                                .arg(mine));
    updateButtons();
}

void LeaderHome::updateButtons()
{
    m_record->setEnabled(m_due->currentRow() >= 0);
    m_coach->setEnabled(m_due->currentRow() >= 0);
    m_openSession->setEnabled(m_followUps->currentRow() >= 0);
}

bool LeaderHome::recordFeedback(const QString &evaluationId, const QString &note)
{
    QString error;
    if (!FeedbackRepository(*m_workspace.store).markCoached(m_workspace.user, evaluationId, note, &error, now())) {
        showStatus(error, true);
        return false;
    }
    showStatus(tr("Feedback recorded"));
    refresh();
    return true;
}

void LeaderHome::promptFeedback()
{
    const int row = m_due->currentRow();
    if (row < 0)
        return;
    // Taken before asking: the list refreshes every minute, also while the question is open.
    const QString evaluationId = m_due->item(row, 2)->data(Qt::UserRole).toString();
    bool ok = false;
    const QString note =
        QInputDialog::getMultiLineText(this, tr("Record feedback"),
                                       tr("Feedback given to %1 on %2. What was said (optional):")
                                           .arg(m_due->item(row, 0)->text(), m_due->item(row, 2)->text()),
                                       QString(), &ok);
    if (ok)
        recordFeedback(evaluationId, note);
}

void LeaderHome::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold") : QString());
}

QString LeaderHome::statusText() const
{
    return m_status->text();
}

} // namespace qawb
