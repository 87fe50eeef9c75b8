#pragma once

#include <QToolButton>

namespace qawb {

class SyncController;
struct SyncReport;

// The sync indicator at the right of the status bar: "Sync off", "Syncing…", "Synced 14:05", "Offline — 12 changes
// waiting", "Sync failed: …" or "2 conflicts" (in a warning colour). Clicking it does what the state asks for: set
// up a shared store, look at the conflicts, or sync now.
class SyncStatusButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusButton)

public:
    explicit SyncStatusButton(SyncController *controller, QWidget *parent = nullptr);

    // Re-reads the controller (after its settings changed).
    void refresh();
    bool showsConflicts() const { return m_showsConflicts; }

    // What moved in a sync, for people ("pushed 3: 2 evaluations, 1 comment").
    static QString movedText(const SyncReport &report);

Q_SIGNALS:
    void settingsRequested();
    void conflictsRequested();
    void syncRequested();

private:
    void onClicked();

    SyncController *m_controller;
    bool m_showsConflicts = false;
};

} // namespace qawb
