#include "collectionsdialog.h"

#include "labels.h"

#include "core/permissions.h"
#include "core/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace qawb {

namespace {

QString tagText(const QString &tag)
{
    if (tag == QLatin1String("exemplary"))
        return CollectionsDialog::tr("Exemplary");
    if (tag == QLatin1String("bad_example"))
        return CollectionsDialog::tr("Bad example");
    if (tag == QLatin1String("training_case"))
        return CollectionsDialog::tr("Training case");
    if (tag == QLatin1String("case_pack"))
        return CollectionsDialog::tr("From a case pack");
    return tag;
}

} // namespace

CollectionsDialog::CollectionsDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mayChange(Permissions::may(workspace.user, Permissions::Action::ManageCollections))
    , m_list(new QListWidget(this))
    , m_notes(new QPlainTextEdit(this))
    , m_items(new QTableWidget(0, 8, this))
    , m_itemNote(new QPlainTextEdit(this))
    , m_new(new QPushButton(tr("New…"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_remove(new QPushButton(tr("Remove from collection"), this))
    , m_open(new QPushButton(tr("Open case"), this))
    , m_export(new QPushButton(tr("Export anonymised pack…"), this))
    , m_import(new QPushButton(tr("Import pack…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_autosave(new QTimer(this))
{
    setWindowTitle(tr("Training collections"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_list->setAccessibleName(tr("Collections"));
    m_notes->setPlaceholderText(m_mayChange ? tr("What this collection is for, how to use it in training…")
                                            : tr("No notes."));
    m_notes->setReadOnly(!m_mayChange);
    m_itemNote->setPlaceholderText(m_mayChange ? tr("Your note on this case: what to learn from it, where to look…")
                                               : tr("No note."));
    m_itemNote->setReadOnly(!m_mayChange);
    m_notes->setMaximumHeight(110);
    m_itemNote->setMaximumHeight(110);
    m_items->setHorizontalHeaderLabels(
        {QStringLiteral("#"), tr("Date"), tr("Channel"), tr("Agent"), tr("Team"), tr("Score"), tr("Tags"), tr("Note")});
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->verticalHeader()->hide();
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setAccessibleName(tr("Cases"));
    m_items->setToolTip(tr("Double-click or Enter: open the case in the workstation"));
    m_cancel->hide();
    m_progress->hide();
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(1000);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Collections:"), this));
    leftLayout->addWidget(m_list, 1);
    auto *collectionButtons = new QHBoxLayout;
    collectionButtons->addWidget(m_new);
    collectionButtons->addWidget(m_rename);
    collectionButtons->addWidget(m_delete);
    leftLayout->addLayout(collectionButtons);
    leftLayout->addWidget(m_import);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Notes on the collection:"), this));
    rightLayout->addWidget(m_notes);
    rightLayout->addWidget(m_items, 1);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_open);
    itemButtons->addWidget(m_up);
    itemButtons->addWidget(m_down);
    itemButtons->addWidget(m_remove);
    itemButtons->addStretch(1);
    itemButtons->addWidget(m_export);
    rightLayout->addLayout(itemButtons);
    rightLayout->addWidget(new QLabel(tr("Note on the selected case:"), this));
    rightLayout->addWidget(m_itemNote);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(status);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        saveNotes();
        showItems();
    });
    connect(m_items, &QTableWidget::itemSelectionChanged, this, [this] {
        saveNotes();
        showItemNote();
        updateButtons();
    });
    connect(m_items, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < int(m_itemRows.size()))
            Q_EMIT openRequested(m_itemRows[size_t(row)].conversationId);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const int row = currentItemRow(); row >= 0)
            Q_EMIT openRequested(m_itemRows[size_t(row)].conversationId);
    });
    for (QPlainTextEdit *edit : {m_notes, m_itemNote}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_autosave->start();
        });
    }
    connect(m_autosave, &QTimer::timeout, this, &CollectionsDialog::saveNotes);
    connect(m_new, &QPushButton::clicked, this, &CollectionsDialog::promptNew);
    connect(m_rename, &QPushButton::clicked, this, &CollectionsDialog::promptRename);
    connect(m_delete, &QPushButton::clicked, this, &CollectionsDialog::promptDelete);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentItem(+1); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentItemRow() >= 0 &&
            QMessageBox::question(this, windowTitle(),
                                  tr("Remove this case from the collection? The conversation and its evaluations stay "
                                     "in the store.")) == QMessageBox::Yes)
            removeCurrentItem();
    });
    connect(m_export, &QPushButton::clicked, this, &CollectionsDialog::promptExport);
    connect(m_import, &QPushButton::clicked, this, &CollectionsDialog::promptImport);
    connect(m_cancel, &QPushButton::clicked, this, &CollectionsDialog::cancelPack);
    connect(&m_watcher, &QFutureWatcher<PackOutcome>::finished, this, [this] { showPackOutcome(m_watcher.result()); });
    reload();
    resize(1100, 700);
}

CollectionsDialog::~CollectionsDialog()
{
    saveNotes();
    cancelPack();
    m_watcher.waitForFinished();
}

void CollectionsDialog::reload(const QString &selectId)
{
    saveNotes();
    const QString keep = selectId.isEmpty() ? currentCollectionId() : selectId;
    m_collections = CollectionRepository(*m_workspace.store, m_workspace.user.id).list();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = m_collections.empty() ? -1 : 0;
    for (int i = 0; i < int(m_collections.size()); ++i) {
        const Collection &c = m_collections[size_t(i)];
        auto *item = new QListWidgetItem(tr("%1 (%n case(s))", nullptr, c.itemCount).arg(c.name), m_list);
        item->setToolTip(tr("Made by %1, changed %2").arg(c.ownerName, labels::sourceDateTime(c.updatedAt)));
        if (c.id == keep)
            select = i;
    }
    m_list->setCurrentRow(select);
    showItems();
}

bool CollectionsDialog::selectCollection(const QString &id)
{
    for (int i = 0; i < int(m_collections.size()); ++i) {
        if (m_collections[size_t(i)].id == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString CollectionsDialog::currentCollectionId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_collections.size()) ? m_collections[size_t(row)].id : QString();
}

int CollectionsDialog::currentItemRow() const
{
    const int row = m_items->currentRow();
    return row >= 0 && row < int(m_itemRows.size()) && m_items->selectionModel()->hasSelection() ? row : -1;
}

void CollectionsDialog::showItems()
{
    const QString id = currentCollectionId();
    const QString keepItem = m_shownItem;
    m_loading = true;
    m_shownCollection = id;
    const auto collection =
        std::find_if(m_collections.begin(), m_collections.end(), [&](const Collection &c) { return c.id == id; });
    m_notes->setPlainText(collection != m_collections.end() ? collection->notes : QString());
    m_itemRows = id.isEmpty() ? std::vector<CollectionItem>{}
                              : CollectionRepository(*m_workspace.store, m_workspace.user.id).items(id);
    const QSignalBlocker blocker(m_items);
    m_items->clearContents();
    m_items->setRowCount(int(m_itemRows.size()));
    int select = m_itemRows.empty() ? -1 : 0;
    for (int row = 0; row < int(m_itemRows.size()); ++row) {
        const CollectionItem &c = m_itemRows[size_t(row)];
        QStringList tags;
        for (const QString &tag : c.tags)
            tags << tagText(tag);
        QString score = c.score ? QLocale().toString(*c.score, 'f', 1) : QStringLiteral("—");
        if (c.fatal)
            score += QLatin1Char(' ') + tr("(fatal)");
        const QStringList cells{QString::number(row + 1),
                                labels::sourceDateTime(c.startedAt),
                                labels::channel(c.channel),
                                c.agentName.isEmpty() ? c.agentId : c.agentName,
                                c.team,
                                score,
                                tags.join(QStringLiteral("、")),
                                c.note.section(QLatin1Char('\n'), 0, 0)};
        for (int col = 0; col < int(cells.size()); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(col == 7 ? c.note : cells[col]);
            m_items->setItem(row, col, item);
        }
        if (c.conversationId == keepItem)
            select = row;
    }
    if (select >= 0)
        m_items->selectRow(select);
    m_loading = false;
    showItemNote();
    updateButtons();
}

void CollectionsDialog::showItemNote()
{
    m_loading = true;
    const int row = currentItemRow();
    m_shownItem = row >= 0 ? m_itemRows[size_t(row)].conversationId : QString();
    m_itemNote->setPlainText(row >= 0 ? m_itemRows[size_t(row)].note : QString());
    m_itemNote->setEnabled(row >= 0);
    m_loading = false;
}

bool CollectionsDialog::saveNotes()
{
    m_autosave->stop();
    if (!m_mayChange || m_shownCollection.isEmpty())
        return true;
    CollectionRepository repository(*m_workspace.store, m_workspace.user.id);
    QString error;
    bool ok = true;
    const auto collection = std::find_if(m_collections.begin(), m_collections.end(),
                                         [&](const Collection &c) { return c.id == m_shownCollection; });
    if (collection != m_collections.end() && collection->notes != m_notes->toPlainText()) {
        ok = repository.setNotes(m_shownCollection, m_notes->toPlainText(), &error);
        if (ok)
            collection->notes = m_notes->toPlainText();
    }
    if (ok && !m_shownItem.isEmpty()) {
        const auto item = std::find_if(m_itemRows.begin(), m_itemRows.end(),
                                       [&](const CollectionItem &i) { return i.conversationId == m_shownItem; });
        if (item != m_itemRows.end() && item->note != m_itemNote->toPlainText()) {
            ok = repository.setItemNote(m_shownCollection, m_shownItem, m_itemNote->toPlainText(), &error);
            if (ok) {
                item->note = m_itemNote->toPlainText();
                const int row = int(item - m_itemRows.begin());
                if (QTableWidgetItem *cell = m_items->item(row, 7)) {
                    cell->setText(item->note.section(QLatin1Char('\n'), 0, 0));
                    cell->setToolTip(item->note);
                }
            }
        }
    }
    if (!ok)
        showStatus(tr("Your note was not saved: %1").arg(error), true);
    return ok;
}

void CollectionsDialog::updateButtons()
{
    const bool collection = !currentCollectionId().isEmpty();
    const int row = currentItemRow();
    const bool running = isPackRunning();
    m_new->setEnabled(m_mayChange);
    m_rename->setEnabled(m_mayChange && collection);
    m_delete->setEnabled(m_mayChange && collection);
    m_up->setEnabled(m_mayChange && row > 0);
    m_down->setEnabled(m_mayChange && row >= 0 && row + 1 < int(m_itemRows.size()));
    m_remove->setEnabled(m_mayChange && row >= 0);
    m_open->setEnabled(row >= 0);
    m_export->setEnabled(collection && !m_itemRows.empty() && !running);
    m_import->setEnabled(m_mayChange && !running);
}

QString CollectionsDialog::createCollection(const QString &name)
{
    QString error;
    const QString id = CollectionRepository(*m_workspace.store, m_workspace.user.id).create(name, {}, &error);
    if (id.isEmpty()) {
        showStatus(error, true);
        return {};
    }
    reload(id);
    showStatus(tr("Collection \"%1\" made. Add cases from the case library or the workstation.").arg(name));
    return id;
}

bool CollectionsDialog::renameCollection(const QString &name)
{
    QString error;
    if (!CollectionRepository(*m_workspace.store, m_workspace.user.id).rename(currentCollectionId(), name, &error)) {
        showStatus(error, true);
        return false;
    }
    reload();
    return true;
}

bool CollectionsDialog::deleteCollection()
{
    QString error;
    const QString id = currentCollectionId();
    m_shownCollection.clear(); // nothing to save into a collection that is going away
    if (!CollectionRepository(*m_workspace.store, m_workspace.user.id).remove(id, &error)) {
        showStatus(error, true);
        m_shownCollection = id;
        return false;
    }
    reload();
    return true;
}

bool CollectionsDialog::moveCurrentItem(int delta)
{
    const int row = currentItemRow();
    if (row < 0 || !saveNotes())
        return false;
    QString error;
    if (!CollectionRepository(*m_workspace.store, m_workspace.user.id)
             .moveItem(currentCollectionId(), m_itemRows[size_t(row)].conversationId, row + delta, &error)) {
        showStatus(error, true);
        return false;
    }
    showItems();
    return true;
}

bool CollectionsDialog::removeCurrentItem()
{
    const int row = currentItemRow();
    if (row < 0)
        return false;
    QString error;
    const QString conversation = m_itemRows[size_t(row)].conversationId;
    m_shownItem.clear();
    if (!CollectionRepository(*m_workspace.store, m_workspace.user.id)
             .removeItem(currentCollectionId(), conversation, &error)) {
        showStatus(error, true);
        return false;
    }
    reload();
    return true;
}

void CollectionsDialog::promptNew()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New collection"), tr("Name:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (ok && !name.isEmpty())
        createCollection(name);
}

void CollectionsDialog::promptRename()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename collection"), tr("Name:"), QLineEdit::Normal,
                                               m_collections[size_t(row)].name, &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        renameCollection(name);
}

void CollectionsDialog::promptDelete()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    if (QMessageBox::question(this, tr("Delete collection"),
                              tr("Delete the collection \"%1\" and your notes in it? The conversations and their "
                                 "evaluations stay in the store.")
                                  .arg(m_collections[size_t(row)].name)) == QMessageBox::Yes)
        deleteCollection();
}

void CollectionsDialog::promptExport()
{
    if (!saveNotes())
        return;
    QDialog ask(this);
    ask.setWindowTitle(tr("Export anonymised case pack"));
    auto *folder = new QLineEdit(&ask);
    const int row = m_list->currentRow();
    const QString name = row >= 0 ? m_collections[size_t(row)].name : QString();
    folder->setText(QDir(QDir::homePath()).filePath(name + QStringLiteral(" pack")));
    auto *browse = new QPushButton(tr("Choose…"), &ask);
    auto *agents = new QCheckBox(tr("Replace agents' names and ids with pseudonyms (Agent 01, Agent 02, …)"), &ask);
    auto *inspectors = new QCheckBox(tr("Replace inspectors' names with pseudonyms"), &ask);
    auto *audio = new QCheckBox(tr("Include the recordings"), &ask);
    audio->setChecked(true);
    auto *audioWarning =
        new QLabel(tr("Recordings are copied as they are: names, phone numbers and other personal data spoken in "
                      "them are NOT masked. Leave them out unless everyone who gets the pack may hear them."),
                   &ask);
    audioWarning->setWordWrap(true);
    audioWarning->setStyleSheet(QStringLiteral("color: #8a5a00"));
    auto *masked = new QLabel(tr("Text is always masked: customers' names, phone numbers, ID and bank card numbers, "
                                 "e-mail and postal addresses become [category] placeholders. Inspectors' private "
                                 "notes never leave the store."),
                              &ask);
    masked->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *form = new QFormLayout(&ask);
    auto *where = new QHBoxLayout;
    where->addWidget(folder, 1);
    where->addWidget(browse);
    form->addRow(tr("New folder:"), where);
    form->addRow(masked);
    form->addRow(agents);
    form->addRow(inspectors);
    form->addRow(audio);
    form->addRow(audioWarning);
    form->addRow(buttons);
    connect(audio, &QCheckBox::toggled, audioWarning, &QWidget::setVisible);
    connect(browse, &QPushButton::clicked, &ask, [&] {
        const QString parent = QFileDialog::getExistingDirectory(&ask, tr("Where to put the pack"));
        if (!parent.isEmpty())
            folder->setText(QDir(parent).filePath(name + QStringLiteral(" pack")));
    });
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    ask.resize(560, ask.sizeHint().height());
    if (ask.exec() != QDialog::Accepted)
        return;
    startExport({folder->text().trimmed(), agents->isChecked(), inspectors->isChecked(), audio->isChecked()});
}

void CollectionsDialog::promptImport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import case pack (the pack's folder)"));
    if (!folder.isEmpty())
        startImport(folder);
}

void CollectionsDialog::startPack(
    const std::function<PackOutcome(Store &, const User &, const CasePackExportOptions &)> &work)
{
    if (isPackRunning())
        return;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    updateButtons();
    const QString path = m_workspace.storePath;
    const User user = m_workspace.user;
    const auto cancel = m_cancelFlag;
    QPointer<CollectionsDialog> self(this);
    CasePackExportOptions options;
    options.cancel = cancel.get();
    options.progress = [self](const QString &phase, int done, int total) {
        QMetaObject::invokeMethod(
            self,
            [self, phase, done, total] {
                if (!self)
                    return;
                self->m_progress->setRange(0, std::max(total, 1));
                self->m_progress->setValue(done);
                self->showStatus(tr("%1: %2 of %3…").arg(phase).arg(done).arg(total));
            },
            Qt::QueuedConnection);
    };
    // Its own connection on its own thread: a connection belongs to the thread that opened it.
    m_watcher.setFuture(QtConcurrent::run([path, user, options, cancel, work]() -> PackOutcome {
        QString error;
        const std::unique_ptr<Store> store = Store::open(path, &error);
        if (!store) {
            CasePackImportReport failed;
            failed.error = error;
            return failed;
        }
        return work(*store, user, options);
    }));
}

void CollectionsDialog::startExport(const ExportChoice &choice)
{
    const QString collection = currentCollectionId();
    showStatus(tr("Exporting…"));
    startPack([collection, choice](Store &store, const User &user, const CasePackExportOptions &base) -> PackOutcome {
        CasePackExportOptions options = base;
        options.pseudonymiseAgents = choice.pseudonymiseAgents;
        options.pseudonymiseInspectors = choice.pseudonymiseInspectors;
        options.includeAudio = choice.includeAudio;
        return CasePack(store, user).exportCollection(collection, choice.folder, options);
    });
}

void CollectionsDialog::startImport(const QString &folder)
{
    showStatus(tr("Importing…"));
    startPack([folder](Store &store, const User &user, const CasePackExportOptions &base) -> PackOutcome {
        CasePackImportOptions options;
        options.progress = base.progress;
        options.cancel = base.cancel;
        return CasePack(store, user).importPack(folder, options);
    });
}

void CollectionsDialog::cancelPack()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void CollectionsDialog::showPackOutcome(const PackOutcome &outcome)
{
    m_progress->hide();
    m_cancel->hide();
    bool ok = false;
    if (const auto *e = std::get_if<CasePackExportReport>(&outcome)) {
        m_lastExport = *e;
        ok = e->ok;
        if (e->cancelled) {
            showStatus(tr("Export cancelled; nothing was left behind."));
        } else if (!e->ok) {
            showStatus(tr("The pack was not exported: %1").arg(e->error), true);
        } else {
            int masked = 0;
            for (const int n : e->redactions)
                masked += n;
            QString text = tr("Exported %n case(s) to %1: %2 personal-data item(s) masked, %3 recording(s).", nullptr,
                              e->conversations)
                               .arg(QDir::toNativeSeparators(e->folder))
                               .arg(masked)
                               .arg(e->audioFiles);
            if (!e->missingAudio.isEmpty())
                text += QLatin1Char(' ') + tr("%n recording(s) could not be found and are not in the pack.", nullptr,
                                              int(e->missingAudio.size()));
            showStatus(text);
        }
    } else {
        const auto &i = std::get<CasePackImportReport>(outcome);
        m_lastImport = i;
        ok = i.ok;
        if (i.cancelled) {
            showStatus(tr("Import cancelled; the store is unchanged."));
        } else if (!i.ok) {
            showStatus(tr("The pack was not imported: %1").arg(i.error), true);
        } else if (i.alreadyImported) {
            showStatus(tr("This pack was imported before; nothing changed."));
            reload(i.collectionId);
        } else {
            showStatus(
                tr("Imported into \"%1\": %n new conversation(s), %2 evaluation(s).", nullptr, i.conversationsInserted)
                    .arg(i.collectionName)
                    .arg(i.evaluationsInserted));
            reload(i.collectionId);
        }
    }
    updateButtons();
    Q_EMIT packFinished(ok);
}

void CollectionsDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold") : QString());
}

QString CollectionsDialog::statusText() const
{
    return m_status->text();
}

QString promptAddToCollection(const Workspace &workspace, const QString &conversationId, QWidget *parent,
                              const QString &evaluationId)
{
    CollectionRepository repository(*workspace.store, workspace.user.id);
    const std::vector<Collection> collections = repository.list();
    QDialog ask(parent);
    ask.setWindowTitle(CollectionsDialog::tr("Add to a training collection"));
    auto *which = new QComboBox(&ask);
    which->setEditable(true);
    which->setInsertPolicy(QComboBox::NoInsert);
    for (const Collection &c : collections)
        which->addItem(c.name, c.id);
    which->setToolTip(CollectionsDialog::tr("Choose a collection, or type a new name"));
    auto *note = new QPlainTextEdit(&ask);
    note->setPlaceholderText(CollectionsDialog::tr("What to learn from this case (optional)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    auto *form = new QFormLayout(&ask);
    form->addRow(CollectionsDialog::tr("Collection:"), which);
    form->addRow(CollectionsDialog::tr("Note:"), note);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return {};
    const QString name = which->currentText().trimmed();
    if (name.isEmpty())
        return {};
    QString error;
    // A name typed that is not in the list makes a new collection.
    const int index = which->findText(name);
    QString id = index >= 0 ? which->itemData(index).toString() : repository.create(name, {}, &error);
    if (id.isEmpty() || !repository.addItem(id, conversationId, note->toPlainText(), &error, evaluationId)) {
        QMessageBox::warning(parent, CollectionsDialog::tr("Add to a training collection"), error);
        return {};
    }
    return name;
}

} // namespace qawb
