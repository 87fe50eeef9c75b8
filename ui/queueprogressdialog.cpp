#include "queueprogressdialog.h"

#include "labels.h"
#include "queuelistmodel.h"

#include "core/permissions.h"
#include "core/sampling.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace qawb {

namespace {

constexpr int kDoneRole = Qt::UserRole + 1;
constexpr int kTotalRole = Qt::UserRole + 2;
constexpr int kIdRole = Qt::UserRole + 3;

// Draws "done of total" as a progress bar with the text on it.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem cell(option);
        initStyleOption(&cell, index);
        cell.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget); // background and selection
        QStyleOptionProgressBar bar;
        bar.initFrom(widget);
        bar.rect = option.rect.adjusted(3, 2, -3, -2);
        bar.minimum = 0;
        bar.maximum = qMax(1, index.data(kTotalRole).toInt());
        bar.progress = qMin(bar.maximum, index.data(kDoneRole).toInt());
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = (option.state & ~QStyle::State_HasFocus) | QStyle::State_Horizontal;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

QTableWidget *makeTable(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().lineSpacing() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setToolTip(text);
    return item;
}

QString localTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

QString minutes(double seconds)
{
    return QueueProgressDialog::tr("%1 min").arg(qMax<qint64>(1, qint64(std::ceil(seconds / 60.0))));
}

// Why a conversation is in a queue: a pick reason of a sample, or how a hand-made queue got it.
QString reasonText(const QString &reason)
{
    if (reason.isEmpty())
        return {};
    return SamplingPlan::reasonName(reason);
}

} // namespace

QueueProgressDialog::QueueProgressDialog(Store &store, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(user)
    , m_canManage(Permissions::may(user, Permissions::Action::ManageSampling))
    , m_summary(new QLabel(this))
    , m_queueTable(makeTable({tr("Inspector"), tr("Queue"), tr("Kind"), tr("Done"), tr("Drafts"), tr("Time left")},
                             tr("Queues"), this))
    , m_tabs(new QTabWidget(this))
    , m_itemTable(makeTable(
          {tr("Conversation"), tr("Agent"), tr("Channel"), tr("Status"), tr("Expected"), tr("Why it is here")},
          tr("Conversations of the queue"), this))
    , m_historyTable(makeTable({tr("When"), tr("By"), tr("Change"), tr("Conversation"), tr("Reason")},
                               tr("Changes to the queue"), this))
    , m_reassign(new QPushButton(tr("Reassign…"), this))
    , m_replace(new QPushButton(tr("Replace…"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(m_canManage ? tr("Queue progress — all inspectors") : tr("Queue progress — your queues"));
    setSizeGripEnabled(true);
    m_summary->setWordWrap(true);
    m_queueTable->setItemDelegateForColumn(3, new ProgressDelegate(m_queueTable));
    m_queueTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_queueTable->horizontalHeader()->setStretchLastSection(false);
    connect(m_queueTable, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow) {
        if (row != previousRow)
            showQueue();
    });
    connect(m_itemTable, &QTableWidget::currentCellChanged, this, &QueueProgressDialog::updateButtons);
    m_tabs->addTab(m_itemTable, tr("Conversations"));
    m_tabs->addTab(m_historyTable, tr("Changes"));

    m_reassign->setToolTip(tr("Move the selected conversation to another inspector (the reason is recorded)"));
    m_replace->setToolTip(
        tr("Replace the selected conversation by another eligible one of the same agent (the reason is recorded)"));
    connect(m_reassign, &QPushButton::clicked, this, &QueueProgressDialog::promptReassign);
    connect(m_replace, &QPushButton::clicked, this, &QueueProgressDialog::promptReplace);
    // Only QA managers change assignments; the store refuses everyone else as well.
    m_reassign->setVisible(m_canManage);
    m_replace->setVisible(m_canManage);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &QueueProgressDialog::refresh);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QueueProgressDialog::reject);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_tabs, 1);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_reassign);
    itemButtons->addWidget(m_replace);
    itemButtons->addStretch(1);
    detailsLayout->addLayout(itemButtons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_queueTable);
    splitter->addWidget(details);
    splitter->setChildrenCollapsible(false);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(refreshButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(qMin(1000, available.width() - 60), qMin(660, available.height() - 60));
    splitter->setSizes({height() * 2 / 5, height() * 3 / 5});
    refresh();
}

void QueueProgressDialog::refresh()
{
    const QString queueId = currentQueueId();
    const QString conversationId = currentConversationId();
    m_queues = SamplingRepository(m_store).progress(m_canManage ? QString() : m_user.id);
    {
        QSignalBlocker blocker(m_queueTable);
        m_queueTable->setRowCount(0);
        m_queueTable->setRowCount(int(m_queues.size()));
        int total = 0, submitted = 0;
        double left = 0;
        for (int row = 0; row < int(m_queues.size()); ++row) {
            const QueueProgress &q = m_queues[size_t(row)];
            total += q.total;
            submitted += q.submitted;
            left += q.secondsLeft;
            QTableWidgetItem *inspector = cell(q.inspectorName);
            inspector->setData(kIdRole, q.queueId);
            m_queueTable->setItem(row, 0, inspector);
            m_queueTable->setItem(row, 1, cell(q.name));
            m_queueTable->setItem(row, 2, cell(QueueListModel::kindName(q.kind)));
            QTableWidgetItem *done = cell(tr("%1/%2").arg(q.submitted).arg(q.total), Qt::AlignCenter);
            done->setData(kDoneRole, q.submitted);
            done->setData(kTotalRole, q.total);
            m_queueTable->setItem(row, 3, done);
            m_queueTable->setItem(row, 4, cell(QString::number(q.drafts), Qt::AlignRight | Qt::AlignVCenter));
            const QString timeLeft = q.secondsLeft > 0 && q.submitted < q.total
                                         ? QueueListModel::timeLeft(q.secondsLeft)
                                     : q.total > 0 ? tr("done")
                                                   : QStringLiteral("—");
            m_queueTable->setItem(row, 5, cell(timeLeft));
        }
        m_summary->setText(
            m_queues.empty()
                ? (m_canManage ? tr("There are no queues yet.") : tr("You have no queues."))
                : tr("%n queue(s): %1 of %2 conversations reviewed, %3", nullptr, int(m_queues.size()))
                      .arg(submitted)
                      .arg(total)
                      .arg(left > 0 ? tr("%1 left").arg(QueueListModel::timeLeft(left)) : tr("nothing left")));
        m_queueTable->resizeColumnsToContents();
        m_queueTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_queueTable->setColumnWidth(
            3, qMax(m_queueTable->columnWidth(3),
                    m_queueTable->fontMetrics().horizontalAdvance(QStringLiteral("0000/0000")) + 24));
        // Back to the queue that was selected (else the first), then its items.
        if ((queueId.isEmpty() || !selectQueue(queueId)) && !m_queues.empty())
            m_queueTable->setCurrentCell(0, 0);
    }
    showQueue();
    if (!conversationId.isEmpty())
        selectItem(conversationId);
}

bool QueueProgressDialog::selectQueue(const QString &queueId)
{
    for (int row = 0; row < m_queueTable->rowCount(); ++row) {
        if (m_queueTable->item(row, 0)->data(kIdRole).toString() == queueId) {
            m_queueTable->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

bool QueueProgressDialog::selectItem(const QString &conversationId)
{
    for (int row = 0; row < int(m_items.size()); ++row) {
        if (m_items[size_t(row)].conversationId == conversationId) {
            m_itemTable->setCurrentCell(row, 0);
            m_tabs->setCurrentWidget(m_itemTable);
            return true;
        }
    }
    return false;
}

const QueueProgress *QueueProgressDialog::currentQueue() const
{
    const int row = m_queueTable->currentRow();
    if (row < 0 || !m_queueTable->item(row, 0))
        return nullptr;
    const QString id = m_queueTable->item(row, 0)->data(kIdRole).toString();
    for (const QueueProgress &q : m_queues) {
        if (q.queueId == id)
            return &q;
    }
    return nullptr;
}

const QueueItemProgress *QueueProgressDialog::currentItem() const
{
    const int row = m_itemTable->currentRow();
    return row >= 0 && row < int(m_items.size()) ? &m_items[size_t(row)] : nullptr;
}

QString QueueProgressDialog::currentQueueId() const
{
    const QueueProgress *q = currentQueue();
    return q ? q->queueId : QString();
}

QString QueueProgressDialog::currentConversationId() const
{
    const QueueItemProgress *item = currentItem();
    return item ? item->conversationId : QString();
}

void QueueProgressDialog::showQueue()
{
    const QueueProgress *queue = currentQueue();
    SamplingRepository repository(m_store);
    m_items = queue ? repository.queueItems(queue->queueId) : std::vector<QueueItemProgress>{};
    {
        QSignalBlocker blocker(m_itemTable);
        m_itemTable->setRowCount(0);
        m_itemTable->setRowCount(int(m_items.size()));
        for (int row = 0; row < int(m_items.size()); ++row) {
            const QueueItemProgress &item = m_items[size_t(row)];
            m_itemTable->setItem(row, 0, cell(item.conversationId));
            m_itemTable->setItem(row, 1, cell(item.agentName));
            m_itemTable->setItem(row, 2, cell(labels::channel(item.channel)));
            m_itemTable->setItem(row, 3, cell(labels::evaluationStatus(item.evaluationStatus)));
            m_itemTable->setItem(row, 4, cell(minutes(item.expectedSeconds), Qt::AlignRight | Qt::AlignVCenter));
            m_itemTable->setItem(row, 5, cell(reasonText(item.reason)));
        }
        m_itemTable->resizeColumnsToContents();
    }
    const std::vector<QueueItemChange> changes =
        queue ? repository.changes(queue->queueId) : std::vector<QueueItemChange>{};
    m_historyTable->setRowCount(0);
    m_historyTable->setRowCount(int(changes.size()));
    for (int row = 0; row < int(changes.size()); ++row) {
        const QueueItemChange &c = changes[size_t(row)];
        const QString change = c.action == QLatin1String("reassign")
                                   ? tr("reassigned from %1 to %2").arg(c.fromInspectorName, c.toInspectorName)
                               : c.action == QLatin1String("replace") ? tr("replaced by %1").arg(c.replacementId)
                                                                      : c.action;
        m_historyTable->setItem(row, 0, cell(localTime(c.at)));
        m_historyTable->setItem(row, 1, cell(c.actorName));
        m_historyTable->setItem(row, 2, cell(change));
        m_historyTable->setItem(row, 3, cell(c.conversationId));
        m_historyTable->setItem(row, 4, cell(c.reason));
    }
    m_historyTable->resizeColumnsToContents();
    m_tabs->setTabText(1, changes.empty() ? tr("Changes") : tr("Changes (%1)").arg(changes.size()));
    updateButtons();
}

void QueueProgressDialog::updateButtons()
{
    const QueueItemProgress *item = currentItem();
    // A conversation the queue's inspector has submitted stays where it is (reopen the evaluation instead).
    const bool changeable = m_canManage && item && item->evaluationStatus != QLatin1String("submitted");
    m_reassign->setEnabled(changeable);
    m_replace->setEnabled(changeable);
}

bool QueueProgressDialog::reassignItem(const QString &conversationId, const QString &toInspectorId,
                                       const QString &reason)
{
    const QueueProgress *queue = currentQueue();
    if (!queue) {
        showStatus(tr("Choose a queue first."), true);
        return false;
    }
    QString error;
    if (!SamplingRepository(m_store).reassign(m_user, queue->queueId, conversationId, toInspectorId, reason, &error)) {
        showStatus(tr("Not reassigned: %1").arg(error), true);
        return false;
    }
    const std::optional<User> to = UserRepository(m_store).byId(toInspectorId);
    showStatus(tr("%1 moved to %2.").arg(conversationId, to ? to->displayName : toInspectorId));
    refresh();
    m_tabs->setCurrentWidget(m_historyTable);
    Q_EMIT queuesChanged();
    return true;
}

QString QueueProgressDialog::replaceItem(const QString &conversationId, const QString &reason)
{
    const QueueProgress *queue = currentQueue();
    if (!queue) {
        showStatus(tr("Choose a queue first."), true);
        return {};
    }
    QString error;
    const QString replacement =
        SamplingRepository(m_store).replace(m_user, queue->queueId, conversationId, reason, &error);
    if (replacement.isEmpty()) {
        showStatus(tr("Not replaced: %1").arg(error), true);
        return {};
    }
    showStatus(tr("%1 replaced by %2.").arg(conversationId, replacement));
    refresh();
    selectItem(replacement);
    Q_EMIT queuesChanged();
    return replacement;
}

namespace {

// The small dialog reassigning and replacing share: what happens, an optional choice, and the reason, without
// which OK stays disabled. Returns the reason edit; `choice` (if any) must have an entry for OK to be enabled.
QPlainTextEdit *buildReasonDialog(QDialog &dialog, const QString &title, const QString &intro, const QString &okText,
                                  const QString &placeholder, const QString &objectPrefix, QComboBox *choice = nullptr,
                                  const QString &choiceLabel = {})
{
    dialog.setWindowTitle(title);
    auto *introLabel = new QLabel(intro, &dialog);
    introLabel->setWordWrap(true);
    auto *reason = new QPlainTextEdit(&dialog);
    reason->setObjectName(objectPrefix + QStringLiteral("Reason"));
    reason->setAccessibleName(QueueProgressDialog::tr("Reason"));
    reason->setPlaceholderText(placeholder);
    reason->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(okText);
    ok->setEnabled(false);
    QObject::connect(reason, &QPlainTextEdit::textChanged, &dialog, [reason, ok, choice] {
        ok->setEnabled(!reason->toPlainText().trimmed().isEmpty() && (!choice || choice->count() > 0));
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    if (choice)
        form->addRow(choiceLabel, choice);
    form->addRow(QueueProgressDialog::tr("Reason:"), reason);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(460);
    return reason;
}

} // namespace

void QueueProgressDialog::promptReassign()
{
    const QueueProgress *queue = currentQueue();
    const QueueItemProgress *item = currentItem();
    if (!queue || !item)
        return;
    const QString queueInspector = queue->inspectorId, conversationId = item->conversationId;
    QDialog dialog(this);
    auto *to = new QComboBox(&dialog);
    to->setObjectName(QStringLiteral("reassignInspector"));
    to->setAccessibleName(tr("Inspector"));
    for (const User &u : UserRepository(m_store).all()) {
        if (u.id != queueInspector && Permissions::may(u, Permissions::Action::Evaluate))
            to->addItem(tr("%1 · %2").arg(u.displayName, Permissions::roleName(u.role)), u.id);
    }
    QPlainTextEdit *reason =
        buildReasonDialog(dialog, tr("Reassign conversation"),
                          to->count() == 0 ? tr("There is no other inspector who may evaluate conversations.")
                                           : tr("Move %1 from %2's queue to another inspector. The reason is recorded.")
                                                 .arg(conversationId, queue->inspectorName),
                          tr("Reassign"), tr("e.g. the inspector is on leave; a conflict of interest"),
                          QStringLiteral("reassign"), to, tr("To:"));
    if (dialog.exec() == QDialog::Accepted)
        reassignItem(conversationId, to->currentData().toString(), reason->toPlainText());
}

void QueueProgressDialog::promptReplace()
{
    const QueueProgress *queue = currentQueue();
    const QueueItemProgress *item = currentItem();
    if (!queue || !item)
        return;
    const QString conversationId = item->conversationId;
    QDialog dialog(this);
    QPlainTextEdit *reason =
        buildReasonDialog(dialog, tr("Replace conversation"),
                          tr("Replace %1 by another conversation of %2 from the sample's period that is still "
                             "eligible. The reason is recorded.")
                              .arg(conversationId, item->agentName),
                          tr("Replace"), tr("e.g. the recording is damaged"), QStringLiteral("replace"));
    if (dialog.exec() == QDialog::Accepted)
        replaceItem(conversationId, reason->toPlainText());
}

void QueueProgressDialog::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold") : QString());
    m_status->setText(text);
}

QString QueueProgressDialog::statusText() const
{
    return m_status->text();
}

} // namespace qawb
