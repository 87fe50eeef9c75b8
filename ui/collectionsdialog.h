#pragma once

#include "core/casepack.h"
#include "core/collections.h"
#include "workspace.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <variant>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace qawb {

// Review ▸ Training collections… (培训案例集): trainers keep named collections of example cases with their own
// notes — on the collection and on each case — reorder them, open a case in the workstation, and exchange them as
// anonymised case packs (export with personal data masked and, if asked, agents pseudonymised; import into any
// store). Notes save a second after the last keystroke. Export and import run on a worker thread with progress and
// Cancel. Everyone may look; trainers, QA managers and admins change (the core refuses the others).
class CollectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionsDialog)

public:
    explicit CollectionsDialog(const Workspace &workspace, QWidget *parent = nullptr);
    ~CollectionsDialog() override;

    void reload(const QString &selectId = {});
    bool selectCollection(const QString &id);
    QString currentCollectionId() const;
    int currentItemRow() const;

    // The same actions the buttons take, without their prompts (false and a message in the status line).
    QString createCollection(const QString &name);
    bool renameCollection(const QString &name);
    bool deleteCollection();
    bool moveCurrentItem(int delta);
    bool removeCurrentItem();
    // Saves what is being typed in the notes now (the autosave does it a second after the last keystroke).
    bool saveNotes();

    struct ExportChoice
    {
        QString folder;
        bool pseudonymiseAgents = false;
        bool pseudonymiseInspectors = false;
        bool includeAudio = true;
    };
    // In the background; packFinished() when done.
    void startExport(const ExportChoice &choice);
    void startImport(const QString &folder);
    void cancelPack();
    bool isPackRunning() const { return m_watcher.isRunning(); }
    const CasePackExportReport &lastExport() const { return m_lastExport; }
    const CasePackImportReport &lastImport() const { return m_lastImport; }

    QListWidget *collectionList() const { return m_list; }
    QTableWidget *itemTable() const { return m_items; }
    QPlainTextEdit *collectionNotes() const { return m_notes; }
    QPlainTextEdit *itemNote() const { return m_itemNote; }
    QString statusText() const;

Q_SIGNALS:
    void openRequested(const QString &conversationId);
    void packFinished(bool ok);

private:
    using PackOutcome = std::variant<CasePackExportReport, CasePackImportReport>;
    void showItems();
    void showItemNote();
    void updateButtons();
    void promptNew();
    void promptRename();
    void promptDelete();
    void promptExport();
    void promptImport();
    void startPack(const std::function<PackOutcome(Store &, const User &, const CasePackExportOptions &)> &work);
    void showPackOutcome(const PackOutcome &outcome);
    void showStatus(const QString &text, bool error = false);

    Workspace m_workspace;
    bool m_mayChange;
    QListWidget *m_list;
    QPlainTextEdit *m_notes;
    QTableWidget *m_items;
    QPlainTextEdit *m_itemNote;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QPushButton *m_open;
    QPushButton *m_export;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTimer *m_autosave;
    std::vector<Collection> m_collections;
    std::vector<CollectionItem> m_itemRows;
    QString m_shownCollection; // whose notes the editor holds
    QString m_shownItem;       // conversation whose note the item editor holds
    bool m_loading = false;    // filling editors: not the user's typing
    QFutureWatcher<PackOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    CasePackExportReport m_lastExport;
    CasePackImportReport m_lastImport;
};

// "Add to a collection…" (case library, workstation): picks or names a collection and a note; the case's id is given.
// Returns the collection's name, or empty when cancelled or refused (after saying why).
QString promptAddToCollection(const Workspace &workspace, const QString &conversationId, QWidget *parent,
                              const QString &evaluationId = {});

} // namespace qawb
