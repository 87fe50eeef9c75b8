#include "syncstatus.h"

#include "synccontroller.h"

#include <QLocale>

namespace qawb {

namespace {

constexpr int kMaxTextWidth = 360; // a long error is elided here; the tooltip has all of it

// Counted nouns with an English singular and plural (a "%n thing(s)" would show as such in English).
struct Noun
{
    const char *type; // as the engine names documents
    const char *one;
    const char *many;
};

const Noun kNouns[] = {
    {"evaluation", QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "1 evaluation"),
     QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "%1 evaluations")},
    {"comment", QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "1 comment"),
     QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "%1 comments")},
    {"conversation", QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "1 conversation"),
     QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "%1 conversations")},
    {"queue", QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "1 queue"),
     QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "%1 queues")},
    {"sample", QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "1 sample"),
     QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "%1 samples")},
    {"sampling_plan", QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "1 sampling plan"),
     QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "%1 sampling plans")},
    {"scorecard", QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "1 scorecard"),
     QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "%1 scorecards")},
    {"rule_set", QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "1 rule set"),
     QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "%1 rule sets")},
    {"user", QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "1 person"),
     QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "%1 people")},
    {"team", QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "1 team"),
     QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "%1 teams")},
    {"agent", QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "1 agent"),
     QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "%1 agents")},
    {"change", QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "1 change"),
     QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "%1 changes")},
    {"conflict", QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "1 conflict"),
     QT_TRANSLATE_NOOP("qawb::SyncStatusButton", "%1 conflicts")},
};

// n things of a kind, for people ("3 evaluations", "1 conflict").
QString counted(const QString &type, int n)
{
    for (const Noun &noun : kNouns) {
        if (type == QLatin1String(noun.type))
            return n == 1 ? SyncStatusButton::tr(noun.one) : SyncStatusButton::tr(noun.many).arg(n);
    }
    return QStringLiteral("%1 × %2").arg(type).arg(n);
}

QString byType(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() > 0)
            parts << counted(it.key(), it.value());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

SyncStatusButton::SyncStatusButton(SyncController *controller, QWidget *parent)
    : QToolButton(parent)
    , m_controller(controller)
{
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Sync status"));
    setCursor(Qt::PointingHandCursor); // it does something when clicked
    connect(this, &QToolButton::clicked, this, &SyncStatusButton::onClicked);
    connect(controller, &SyncController::stateChanged, this, &SyncStatusButton::refresh);
    connect(controller, &SyncController::finished, this, &SyncStatusButton::refresh);
    refresh();
}

QString SyncStatusButton::movedText(const SyncReport &report)
{
    QStringList lines;
    if (report.pushed == 0 && report.pulled == 0 && report.auditPushed == 0 && report.auditPulled == 0)
        lines << tr("Nothing changed on either side.");
    if (report.pushed > 0)
        lines << tr("Sent to the shared store: %1").arg(byType(report.pushedByType));
    if (report.pulled > 0)
        lines << tr("Received from the shared store: %1").arg(byType(report.pulledByType));
    if (report.auditPushed > 0 || report.auditPulled > 0)
        lines << tr("Audit entries: %1 sent, %2 received").arg(report.auditPushed).arg(report.auditPulled);
    return lines.join(QLatin1Char('\n'));
}

void SyncStatusButton::refresh()
{
    const SyncOutcome &last = m_controller->lastOutcome();
    const QString shared = m_controller->sharedPath();
    QString text;
    QStringList tip;
    QString colour;
    m_showsConflicts = false;
    const QString lastSuccess =
        m_controller->lastSuccess().isValid()
            ? tr("Last synced at %1.").arg(m_controller->lastSuccess().toString(QStringLiteral("HH:mm:ss")))
            : tr("Not synced yet since QA Workbench started.");
    switch (m_controller->state()) {
    case SyncController::State::Off:
        text = tr("Sync off");
        tip << tr("No shared store is set: your work stays on this computer.")
            << tr("Click to choose the team's shared store.");
        colour = QStringLiteral("#5f6368");
        break;
    case SyncController::State::Waiting:
        text = tr("Sync on");
        tip << tr("Shared store: %1").arg(shared) << lastSuccess << tr("Click to sync now (F5).");
        break;
    case SyncController::State::Syncing:
        text = tr("Syncing…");
        tip << tr("Shared store: %1").arg(shared) << lastSuccess;
        break;
    case SyncController::State::Synced:
        text = tr("Synced %1").arg(m_controller->lastSuccess().toString(QStringLiteral("HH:mm")));
        tip << tr("Shared store: %1").arg(shared) << lastSuccess << movedText(last.report)
            << tr("Click to sync now (F5).");
        colour = QStringLiteral("#1e7d32");
        break;
    case SyncController::State::Offline:
        text = tr("Offline — %1 waiting").arg(counted(QStringLiteral("change"), last.pendingChanges));
        tip << tr("The shared store cannot be reached: %1").arg(last.report.error)
            << tr("Your changes are kept on this computer and sent at the next sync that reaches it.") << lastSuccess
            << tr("Click to try again now (F5).");
        colour = QStringLiteral("#8a5300");
        break;
    case SyncController::State::Failed:
        text = tr("Sync failed: %1").arg(last.report.error);
        tip << tr("Sync failed: %1").arg(last.report.error) << tr("Shared store: %1").arg(shared) << lastSuccess
            << tr("Click to try again now (F5).");
        colour = QStringLiteral("#b3261e");
        break;
    }
    // Conflicts wait for a person: they take the indicator over once a sync is done.
    const SyncController::State state = m_controller->state();
    if (last.openConflicts > 0 && state != SyncController::State::Off && state != SyncController::State::Syncing) {
        m_showsConflicts = true;
        tip.prepend(text);
        tip.prepend(tr("An evaluation or comment changed both here and in the shared store since they were last "
                       "synced. Click to choose which version to keep."));
        text = tr("⚠ %1").arg(counted(QStringLiteral("conflict"), last.openConflicts));
        colour = QStringLiteral("#b06000");
    }
    setText(fontMetrics().elidedText(text, Qt::ElideRight, kMaxTextWidth));
    setToolTip(tip.join(QLatin1Char('\n')));
    setStyleSheet(colour.isEmpty()
                      ? QString()
                      : QStringLiteral("QToolButton { color: %1; %2}")
                            .arg(colour, m_showsConflicts ? QStringLiteral("font-weight: bold; ") : QString()));
}

void SyncStatusButton::onClicked()
{
    if (m_controller->state() == SyncController::State::Off)
        Q_EMIT settingsRequested();
    else if (m_showsConflicts)
        Q_EMIT conflictsRequested();
    else
        Q_EMIT syncRequested();
}

} // namespace qawb
