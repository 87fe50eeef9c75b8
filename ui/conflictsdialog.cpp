#include "conflictsdialog.h"

#include "labels.h"

#include "core/caserepository.h"
#include "core/scorecardrepository.h"
#include "core/store.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace qawb {

namespace {

const QColor kDifferent(0xff, 0xee, 0xc8); // rows where the two versions differ
constexpr int kIdRole = Qt::UserRole + 1;

QTableWidget *makeTable(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    item->setToolTip(text);
    return item;
}

QString localTime(const QString &iso)
{
    if (iso.isEmpty())
        return QStringLiteral("—");
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

// Answers read as the scoring form shows them (its words, its translations).
QString formText(const char *text)
{
    return QCoreApplication::translate("qawb::ScoreForm", text);
}

QJsonObject rowOf(const QJsonObject &doc)
{
    return doc.value(QStringLiteral("row")).toObject();
}

QString text(const QJsonObject &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

// Answers of an evaluation document by item id.
QMap<QString, QJsonObject> answersOf(const QJsonObject &doc)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue &v : doc.value(QStringLiteral("answers")).toArray()) {
        const QJsonObject answer = v.toObject();
        out.insert(answer.value(QStringLiteral("item_id")).toString(), answer);
    }
    return out;
}

// One row of a side-by-side table: what it is, this computer's value, the shared store's; highlighted when they
// differ. key (the item id of an answer) is kept in the first cell's Qt::UserRole.
void addRow(QTableWidget *table, const QString &what, const QString &local, const QString &remote,
            const QString &key = {})
{
    const int row = table->rowCount();
    table->insertRow(row);
    QTableWidgetItem *label = cell(what);
    label->setData(Qt::UserRole, key);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    table->setItem(row, 0, label);
    table->setItem(row, 1, cell(local));
    table->setItem(row, 2, cell(remote));
    if (local != remote) {
        for (int column = 0; column < 3; ++column)
            table->item(row, column)->setBackground(kDifferent);
        label->setToolTip(ConflictsDialog::tr("%1 — the two versions differ here").arg(what));
    }
}

} // namespace

ConflictsDialog::ConflictsDialog(Store &store, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(user)
    , m_summary(new QLabel(this))
    , m_list(makeTable({tr("What"), tr("Detected"), tr("Decision")}, tr("Sync conflicts"), this))
    , m_title(new QLabel(this))
    , m_fields(makeTable({QString(), tr("This computer"), tr("Shared store")}, tr("The two versions"), this))
    , m_answersLabel(new QLabel(tr("Answers"), this))
    , m_answers(
          makeTable({tr("Item"), tr("This computer"), tr("Shared store")}, tr("Answers of the two versions"), this))
    , m_keepLocal(new QPushButton(tr("Keep this computer's"), this))
    , m_keepRemote(new QPushButton(tr("Keep the shared store's"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Sync conflicts"));
    setSizeGripEnabled(true);
    m_summary->setWordWrap(true);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().lineSpacing() + 8);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow) {
        if (row != previousRow)
            showCurrent();
    });
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    for (QTableWidget *table : {m_fields, m_answers}) {
        table->setWordWrap(true);
        table->setSelectionMode(QAbstractItemView::NoSelection);
        table->setFocusPolicy(Qt::NoFocus);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, &ConflictsDialog::fitRows,
                Qt::QueuedConnection);
    }
    m_keepLocal->setToolTip(tr("This computer's version is sent over the shared store's at the next sync"));
    m_keepRemote->setToolTip(tr("The shared store's version replaces this computer's now"));
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { keep(QStringLiteral("local")); });
    connect(m_keepRemote, &QPushButton::clicked, this, [this] { keep(QStringLiteral("remote")); });
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_fields);
    detailsLayout->addWidget(m_answersLabel);
    detailsLayout->addWidget(m_answers, 1);
    detailsLayout->addStretch(0); // takes the room of the answers when a comment is shown
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keepLocal);
    keepRow->addWidget(m_keepRemote);
    keepRow->addStretch(1);
    detailsLayout->addLayout(keepRow);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(details);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(qMin(1000, available.width() - 60), qMin(720, available.height() - 60));
    // The list is short (conflicts are rare); the two versions get the room.
    const int listHeight = m_list->horizontalHeader()->sizeHint().height() +
                           4 * m_list->verticalHeader()->defaultSectionSize() + 2 * m_list->frameWidth();
    splitter->setSizes({listHeight, height() - listHeight});
    refresh();
}

void ConflictsDialog::refresh()
{
    const QString selected = currentConflictId();
    m_conflicts = SyncEngine(m_store, m_user).conflicts(true);
    // Open ones first (oldest first), then those already decided (newest decision first).
    std::stable_sort(m_conflicts.begin(), m_conflicts.end(), [](const SyncConflict &a, const SyncConflict &b) {
        if (a.resolvedAt.isEmpty() != b.resolvedAt.isEmpty())
            return a.resolvedAt.isEmpty();
        return a.resolvedAt.isEmpty() ? false : a.resolvedAt > b.resolvedAt;
    });
    int open = 0;
    {
        QSignalBlocker blocker(m_list);
        m_list->setRowCount(0);
        m_list->setRowCount(int(m_conflicts.size()));
        for (int row = 0; row < int(m_conflicts.size()); ++row) {
            const SyncConflict &c = m_conflicts[size_t(row)];
            const QJsonObject doc = c.local.isEmpty() ? c.remote : c.local;
            const QJsonObject r = rowOf(doc);
            QString what;
            if (c.docType == QLatin1String("evaluation"))
                what =
                    tr("Evaluation of %1 by %2").arg(text(r, "conversation_id"), personName(text(r, "inspector_id")));
            else if (c.docType == QLatin1String("comment"))
                what = tr("Comment on %1 by %2").arg(text(r, "conversation_id"), personName(text(r, "author_id")));
            else
                what = c.title;
            QTableWidgetItem *whatItem = cell(what);
            whatItem->setData(kIdRole, c.id);
            m_list->setItem(row, 0, whatItem);
            m_list->setItem(row, 1, cell(localTime(c.detectedAt)));
            QString decision;
            if (c.resolvedAt.isEmpty()) {
                decision = tr("Open — choose a version");
                ++open;
            } else {
                decision = (c.resolution == QLatin1String("local") ? tr("Kept this computer's (%1, %2)")
                                                                   : tr("Kept the shared store's (%1, %2)"))
                               .arg(c.resolvedBy, localTime(c.resolvedAt));
            }
            QTableWidgetItem *decisionItem = cell(decision);
            if (c.resolvedAt.isEmpty()) {
                QFont bold = decisionItem->font();
                bold.setBold(true);
                decisionItem->setFont(bold);
                decisionItem->setForeground(QColor(0xb0, 0x60, 0x00));
            }
            m_list->setItem(row, 2, decisionItem);
        }
        m_list->resizeColumnToContents(0);
        m_list->resizeColumnToContents(1);
        m_list->setColumnWidth(0, qMin(m_list->columnWidth(0), 460));
        if (selected.isEmpty() || !selectConflict(selected)) {
            if (!m_conflicts.empty())
                m_list->setCurrentCell(0, 0);
        }
    }
    m_summary->setText(
        m_conflicts.empty() ? tr("There are no sync conflicts.")
        : open == 0
            ? tr("Every conflict has been settled.")
            : tr("Waiting for a decision: %1. These evaluations or comments changed both on this computer and in the "
                 "shared store since they were last synced. Both versions are kept until you choose one.")
                  .arg(open));
    showCurrent();
}

bool ConflictsDialog::selectConflict(const QString &conflictId)
{
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, 0)->data(kIdRole).toString() == conflictId) {
            m_list->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

const SyncConflict *ConflictsDialog::current() const
{
    const int row = m_list->currentRow();
    if (row < 0 || !m_list->item(row, 0))
        return nullptr;
    const QString id = m_list->item(row, 0)->data(kIdRole).toString();
    for (const SyncConflict &c : m_conflicts) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString ConflictsDialog::currentConflictId() const
{
    const SyncConflict *c = current();
    return c ? c->id : QString();
}

QString ConflictsDialog::personName(const QString &login)
{
    if (login.isEmpty())
        return QStringLiteral("—");
    const std::optional<User> user = UserRepository(m_store).byLogin(login);
    return user && UserRepository::hasProfile(*user) ? user->displayName : login;
}

void ConflictsDialog::showCurrent()
{
    // What the status line said was about the conflict shown before.
    if (currentConflictId() != m_shownId) {
        m_shownId = currentConflictId();
        showStatus(QString());
    }
    m_fields->setRowCount(0);
    m_answers->setRowCount(0);
    const SyncConflict *c = current();
    if (!c) {
        m_title->setText(m_conflicts.empty() ? QString() : tr("Choose a conflict above."));
        m_answersLabel->hide();
        m_answers->hide();
        updateButtons();
        return;
    }
    m_title->setText(m_list->item(m_list->currentRow(), 0)->text());
    if (c->docType == QLatin1String("evaluation")) {
        showEvaluation(*c);
    } else {
        showComment(*c);
    }
    m_fields->resizeColumnToContents(0);
    m_fields->resizeRowsToContents();
    m_answers->resizeColumnToContents(0);
    m_answers->setColumnWidth(0, qMin(m_answers->columnWidth(0), 320));
    fitRows();
    updateButtons();
}

void ConflictsDialog::fitRows()
{
    // Wrapped comments need their rows' height for the columns' width, which changes with the dialog's.
    m_fields->resizeRowsToContents();
    m_answers->resizeRowsToContents();
    // Every field is in view without scrolling (up to half the dialog); the answers scroll below them.
    int fieldsHeight = m_fields->horizontalHeader()->sizeHint().height() + 2 * m_fields->frameWidth();
    for (int row = 0; row < m_fields->rowCount(); ++row)
        fieldsHeight += m_fields->rowHeight(row);
    m_fields->setFixedHeight(qMin(fieldsHeight, qMax(160, height() / 2)));
}

void ConflictsDialog::showEvaluation(const SyncConflict &conflict)
{
    const QJsonObject local = rowOf(conflict.local), remote = rowOf(conflict.remote);
    const auto status = [](const QJsonObject &r) {
        QString s = labels::evaluationStatus(text(r, "status"));
        const int revision = r.value(QStringLiteral("revision")).toInt(1);
        if (revision > 1)
            s = tr("%1 · revision %2").arg(s).arg(revision);
        return s;
    };
    const auto score = [](const QJsonObject &r) {
        const QJsonValue v = r.value(QStringLiteral("score"));
        QString s = v.isDouble() ? QLocale().toString(v.toDouble(), 'f', 1) : QStringLiteral("—");
        if (r.value(QStringLiteral("fatal")).toInt() == 1)
            s = tr("%1 · fatal item failed").arg(s);
        return s;
    };
    const auto tags = [](const QJsonObject &doc) {
        QStringList out;
        for (const QJsonValue &v : doc.value(QStringLiteral("evaluation_tags")).toArray())
            out << v.toObject().value(QStringLiteral("tag")).toString();
        return out.isEmpty() ? QStringLiteral("—") : out.join(QStringLiteral(", "));
    };
    const auto revisions = [](const QJsonObject &doc) {
        return QString::number(doc.value(QStringLiteral("evaluation_revisions")).toArray().size());
    };
    addRow(m_fields, tr("Status"), status(local), status(remote));
    addRow(m_fields, tr("Score"), score(local), score(remote));
    addRow(m_fields, tr("General comment"), text(local, "general_comment"), text(remote, "general_comment"));
    addRow(m_fields, tr("Coaching note"), text(local, "coaching_note"), text(remote, "coaching_note"));
    addRow(m_fields, tr("Tags"), tags(conflict.local), tags(conflict.remote));
    addRow(m_fields, tr("Inspector"), personName(text(local, "inspector_id")),
           personName(text(remote, "inspector_id")));
    addRow(m_fields, tr("Last changed"), localTime(text(local, "updated_at")), localTime(text(remote, "updated_at")));
    addRow(m_fields, tr("Submitted"), localTime(text(local, "submitted_at")), localTime(text(remote, "submitted_at")));
    addRow(m_fields, tr("Earlier revisions"), revisions(conflict.local), revisions(conflict.remote));

    // Answers, in the order of the scorecard version the evaluation was scored with (each side may have its own).
    std::optional<StoredScorecard> localCard, remoteCard;
    ScorecardRepository cards(m_store);
    localCard = cards.version(text(local, "scorecard_version_id"));
    remoteCard = text(remote, "scorecard_version_id") == text(local, "scorecard_version_id")
                     ? localCard
                     : cards.version(text(remote, "scorecard_version_id"));
    if (text(remote, "scorecard_version_id") != text(local, "scorecard_version_id")) {
        const auto name = [](const std::optional<StoredScorecard> &card, const QString &id) {
            return card ? tr("%1 version %2")
                              .arg(card->scorecard.name().text(QLocale().name()))
                              .arg(card->scorecard.version())
                        : id;
        };
        addRow(m_fields, tr("Scorecard"), name(localCard, text(local, "scorecard_version_id")),
               name(remoteCard, text(remote, "scorecard_version_id")));
    }
    const QMap<QString, QJsonObject> localAnswers = answersOf(conflict.local),
                                     remoteAnswers = answersOf(conflict.remote);
    QStringList order;
    for (const std::optional<StoredScorecard> *card : {&localCard, &remoteCard}) {
        if (!*card)
            continue;
        for (const ScorecardSection &section : (*card)->scorecard.sections()) {
            for (const ScorecardItem &item : section.items) {
                if (!order.contains(item.id))
                    order << item.id;
            }
        }
    }
    std::set<QString> rest;
    for (const QString &id : localAnswers.keys() + remoteAnswers.keys()) {
        if (!order.contains(id))
            rest.insert(id);
    }
    for (const QString &id : rest)
        order << id;
    const QString locale = QLocale().name();
    const auto answerText = [&](const std::optional<StoredScorecard> &card, const QJsonObject &answer) {
        if (answer.isEmpty())
            return tr("—");
        const QString value = answer.value(QStringLiteral("value")).toString();
        const ScorecardItem *item =
            card ? card->scorecard.item(answer.value(QStringLiteral("item_id")).toString()) : nullptr;
        QString shown;
        if (value.isEmpty())
            shown = tr("not answered");
        else if (value == QLatin1String("na"))
            shown = formText("N/A");
        else if (!item)
            shown = value;
        else if (item->type == ScorecardItem::Type::YesNo)
            shown = value == QLatin1String("yes") ? formText("Yes") : formText("No");
        else if (item->type == ScorecardItem::Type::Scale)
            shown = tr("%1 of %2").arg(value).arg(item->scaleSteps);
        else if (item->type == ScorecardItem::Type::Choice) {
            shown = value;
            for (const auto &o : item->options) {
                if (o.key == value)
                    shown = o.label.text(locale);
            }
        } else if (value == QLatin1String("ok")) {
            shown = formText("No deductions");
        } else {
            QStringList faults;
            for (const QString &key : ScorecardItem::deductionKeys(value)) {
                QString label = key;
                for (const auto &d : item->deductions) {
                    if (d.key == key)
                        label = formText("−%1 %2").arg(QLocale().toString(d.points), d.label.text(locale));
                }
                faults << label;
            }
            shown = faults.join(QStringLiteral(", "));
        }
        const QString reasons = answer.value(QStringLiteral("reasons")).toString();
        if (!reasons.isEmpty()) {
            QStringList names;
            for (const QString &key : reasons.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                QString name = key;
                for (const auto &r : item ? item->reasons : std::vector<ScorecardItem::Option>{}) {
                    if (r.key == key)
                        name = r.label.text(locale);
                }
                names << name;
            }
            shown += tr(" (%1)").arg(names.join(QStringLiteral(", ")));
        }
        const QString comment = answer.value(QStringLiteral("comment")).toString();
        if (!comment.isEmpty())
            shown += QStringLiteral("\n“%1”").arg(comment);
        return shown;
    };
    for (const QString &id : order) {
        const QJsonObject l = localAnswers.value(id), r = remoteAnswers.value(id);
        if (l.isEmpty() && r.isEmpty())
            continue;
        const ScorecardItem *item = localCard ? localCard->scorecard.item(id) : nullptr;
        if (!item && remoteCard)
            item = remoteCard->scorecard.item(id);
        addRow(m_answers, item ? item->text.text(locale) : id, answerText(localCard, l), answerText(remoteCard, r), id);
    }
    m_answersLabel->show();
    m_answers->show();
}

void ConflictsDialog::showComment(const SyncConflict &conflict)
{
    const QJsonObject local = rowOf(conflict.local), remote = rowOf(conflict.remote);
    // Where it is anchored, as the Comments tab says it ("0:14–0:20", "message 4 「words」").
    const std::optional<Conversation> conversation =
        CaseRepository(m_store).conversation(text(local.isEmpty() ? remote : local, "conversation_id"));
    const auto where = [&conversation](const QJsonObject &r) {
        const auto number = [&r](const char *column) {
            const QJsonValue v = r.value(QLatin1String(column));
            return v.isDouble() ? qint64(v.toDouble()) : qint64(-1);
        };
        const qint64 start = number("start_ms"), end = number("end_ms"), turn = number("turn_seq");
        QString place;
        if (text(r, "anchor") == QLatin1String("range") && end > start)
            place = labels::duration(start) + QStringLiteral("–") + labels::duration(end);
        else if (start >= 0)
            place = labels::duration(start);
        else if (turn >= 0)
            place = tr("message %1").arg(turn + 1);
        else
            place = tr("general");
        if (text(r, "anchor") != QLatin1String("text") || !conversation)
            return place;
        QString quote;
        for (const Turn &t : conversation->turns) {
            if (t.seq == turn)
                quote = t.text.mid(int(number("text_from")), int(number("text_to") - number("text_from")));
        }
        if (quote.size() > 24)
            quote = quote.left(23) + QChar(0x2026);
        return quote.isEmpty() ? place : tr("%1 「%2」").arg(place, quote);
    };
    const auto deleted = [](const QJsonObject &r) {
        return r.value(QStringLiteral("deleted_at")).isString() ? tr("deleted %1").arg(localTime(text(r, "deleted_at")))
                                                                : tr("no");
    };
    addRow(m_fields, tr("Comment"), text(local, "body"), text(remote, "body"));
    addRow(m_fields, tr("Where"), where(local), where(remote));
    addRow(m_fields, tr("Deleted"), deleted(local), deleted(remote));
    addRow(m_fields, tr("Author"), personName(text(local, "author_id")), personName(text(remote, "author_id")));
    addRow(m_fields, tr("Last changed"), localTime(text(local, "updated_at")), localTime(text(remote, "updated_at")));
    m_answersLabel->hide();
    m_answers->hide();
}

void ConflictsDialog::setSyncRunning(bool running)
{
    m_syncRunning = running;
    updateButtons();
}

void ConflictsDialog::updateButtons()
{
    const SyncConflict *c = current();
    const bool open = c && c->resolvedAt.isEmpty();
    m_keepLocal->setEnabled(open && !m_syncRunning);
    m_keepRemote->setEnabled(open && !m_syncRunning);
    if (open && m_syncRunning)
        showStatus(tr("A sync is running; choose when it has finished."));
    else if (m_status->text() == tr("A sync is running; choose when it has finished."))
        showStatus(QString());
}

bool ConflictsDialog::keep(const QString &take)
{
    const SyncConflict *c = current();
    if (!c || !c->resolvedAt.isEmpty()) {
        showStatus(tr("Choose an open conflict first."), true);
        return false;
    }
    if (m_syncRunning) {
        showStatus(tr("A sync is running; choose when it has finished."), true);
        return false;
    }
    const QString id = c->id, docType = c->docType, docId = c->docId;
    QString error;
    if (!SyncEngine(m_store, m_user).resolve(id, take, &error)) {
        showStatus(tr("Not settled: %1").arg(error), true);
        return false;
    }
    refresh();
    // On to the next open one, if any.
    for (const SyncConflict &next : m_conflicts) {
        if (next.resolvedAt.isEmpty()) {
            selectConflict(next.id);
            break;
        }
    }
    showStatus(take == QLatin1String("local")
                   ? tr("This computer's version is kept; it goes to the shared store with the next sync.")
                   : tr("The shared store's version is kept and is now on this computer."));
    Q_EMIT resolved(docType, docId, take);
    return true;
}

void ConflictsDialog::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold") : QString());
    m_status->setText(text);
}

QString ConflictsDialog::statusText() const
{
    return m_status->text();
}

} // namespace qawb
