#include "disputedialogs.h"

#include "core/caserepository.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/userrepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace qawb {

namespace {

const QColor kFailed(0xfd, 0xe2, 0xe1); // failed answers, light red
const QColor kOpen(0xb0, 0x60, 0x00);   // open disputes in the list
constexpr int kIdRole = Qt::UserRole;
const QString kDateFormat = QStringLiteral("yyyy-MM-dd HH:mm");

// Answers read as the scoring form shows them (its words, its translations).
QString formText(const char *text)
{
    return QCoreApplication::translate("qawb::ScoreForm", text);
}

QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(kDateFormat) : QStringLiteral("—");
}

QString localTime(const QString &iso)
{
    return iso.isEmpty() ? QStringLiteral("—") : localTime(QDateTime::fromString(iso, Qt::ISODateWithMs));
}

QString scoreText(const std::optional<double> &score)
{
    return score ? QLocale().toString(*score, 'f', 1) : QStringLiteral("—");
}

QString uiLocale()
{
    return QLocale().name();
}

QString itemText(const ScorecardItem *item, const QString &id)
{
    return item ? item->text.text(uiLocale()) : id;
}

// An answer as people read it: "Yes", "3 / 4", a choice's label, the faults of a deductions item.
QString answerText(const ScorecardItem *item, const QString &value)
{
    if (value.isEmpty())
        return OpenDisputeDialog::tr("not answered");
    if (value == QLatin1String("na"))
        return formText("N/A");
    if (!item)
        return value;
    switch (item->type) {
    case ScorecardItem::Type::YesNo:
        return value == QLatin1String("yes") ? formText("Yes") : formText("No");
    case ScorecardItem::Type::Scale:
        return OpenDisputeDialog::tr("%1 / %2").arg(value).arg(item->scaleSteps);
    case ScorecardItem::Type::Choice:
        for (const auto &o : item->options) {
            if (o.key == value)
                return o.label.text(uiLocale());
        }
        return value;
    case ScorecardItem::Type::Deductions: {
        if (value == QLatin1String("ok"))
            return formText("No deductions");
        QStringList faults;
        for (const QString &key : ScorecardItem::deductionKeys(value)) {
            QString label = key;
            for (const auto &d : item->deductions) {
                if (d.key == key)
                    label = formText("−%1 %2").arg(QLocale().toString(d.points), d.label.text(uiLocale()));
            }
            faults << label;
        }
        return faults.join(OpenDisputeDialog::tr(", "));
    }
    }
    return value;
}

QString outcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("upheld"))
        return DisputesDialog::tr("Upheld");
    if (outcome == QLatin1String("partly"))
        return DisputesDialog::tr("Partly upheld");
    if (outcome == QLatin1String("rejected"))
        return DisputesDialog::tr("Rejected");
    return outcome;
}

QString statusName(const Dispute &d)
{
    if (d.isOpen())
        return DisputesDialog::tr("Open");
    if (d.status == QLatin1String("withdrawn"))
        return DisputesDialog::tr("Withdrawn");
    return outcomeName(d.outcome);
}

QTableWidget *makeTable(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().lineSpacing() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    // Until rows come, every header reads in full (Chinese headers are wider than the default section).
    for (int column = 0; column < table->columnCount(); ++column)
        table->setColumnWidth(column, table->fontMetrics().horizontalAdvance(headers.at(column)) + 28);
    return table;
}

QTableWidgetItem *cell(const QString &text, const QString &toolTip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

QRect availableGeometry(QWidget *widget)
{
    return widget->screen() ? widget->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
}

// Answer values a decision may give an item: its values, N/A when allowed, and the current answer in any case (a
// deductions answer may combine faults).
QStringList possibleValues(const ScorecardItem &item, const QString &current)
{
    QStringList values = item.values();
    if (item.naAllowed)
        values << QStringLiteral("na");
    if (!current.isEmpty() && !values.contains(current))
        values << current;
    return values;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// OpenDisputeDialog

OpenDisputeDialog::OpenDisputeDialog(const Workspace &workspace, const QString &evaluationId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_evaluationId(evaluationId)
    , m_header(new QLabel(this))
    , m_limits(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_reason(new QPlainTextEdit(this))
    , m_arbitrator(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_open(nullptr)
{
    setWindowTitle(tr("Open a dispute"));
    setSizeGripEnabled(true);
    Store &store = *m_workspace.store;

    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_limits->setWordWrap(true);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Item"), tr("Answer given"), tr("Inspector's comment")});
    m_tree->setAccessibleName(tr("Scorecard items"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionsMovable(false);
    m_reason->setPlaceholderText(tr("What does the agent say is wrong? Point at the moment if you can."));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 2 * m_reason->frameWidth() + 10);
    m_arbitrator->setAccessibleName(tr("Decided by"));
    m_arbitrator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Ok);
    m_open->setText(tr("Open dispute"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenDisputeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpenDisputeDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Decided by:"), m_arbitrator);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_limits);
    layout->addWidget(new QLabel(tr("Tick the items the agent disputes (failed ones are shaded):"), this));
    layout->addWidget(m_tree, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // The evaluation, as submitted.
    QString error;
    const std::optional<Evaluation> evaluation = EvaluationRepository(store).byId(evaluationId);
    const std::optional<StoredScorecard> card =
        evaluation ? ScorecardRepository(store).version(evaluation->scorecardVersionId) : std::nullopt;
    if (!evaluation || !card) {
        m_header->setText(tr("Evaluation %1").arg(evaluationId));
        showStatus(evaluation ? tr("The scorecard of this evaluation is missing.")
                              : tr("There is no evaluation %1.").arg(evaluationId),
                   true);
    } else {
        const std::optional<Conversation> conversation = CaseRepository(store).conversation(evaluation->conversationId);
        const std::optional<User> inspector = UserRepository(store).byId(evaluation->inspectorId);
        const QString agent = conversation ? conversation->agentName : QString();
        QString score = scoreText(evaluation->score);
        if (evaluation->fatal)
            score = tr("%1 · fatal item failed").arg(score);
        if (evaluation->revision > 1)
            score = tr("%1 · revision %2").arg(score).arg(evaluation->revision);
        m_header->setText(tr("<b>%1</b> · %2<br>Agent: %3 · Inspector: %4<br>Score: %5 · Submitted: %6")
                              .arg(tr("Evaluation").toHtmlEscaped(), evaluation->conversationId.toHtmlEscaped(),
                                   (agent.isEmpty() ? QStringLiteral("—") : agent).toHtmlEscaped(),
                                   (inspector ? inspector->displayName : evaluation->inspectorId).toHtmlEscaped(),
                                   score.toHtmlEscaped(), localTime(evaluation->submittedAt)));

        // The limits, and where this evaluation stands against them.
        DisputeRepository disputes(store);
        const DisputeLimits limits = disputes.limits();
        const DisputeStanding standing = disputes.standing(evaluationId);
        QString text = tr("Disputes are opened within %1 days; at most %2 per evaluation.")
                           .arg(limits.days)
                           .arg(limits.perEvaluation);
        if (standing.firstSubmitted.isValid()) {
            const QDateTime until = standing.firstSubmitted.addDays(limits.days);
            text += QLatin1Char(' ') + (until < QDateTime::currentDateTimeUtc()
                                            ? tr("The time to dispute this one ended on %1.").arg(localTime(until))
                                            : tr("This one until %1.").arg(localTime(until)));
        }
        const int counted = standing.counted, open = standing.open;
        if (counted > 0)
            text += QLatin1Char(' ') + tr("Disputed %1 time(s) so far.").arg(counted);
        if (open > 0)
            text += QLatin1Char(' ') + tr("One is still open.");
        m_limits->setText(text);

        // Every item that applies, by section, with the answer given.
        const QMap<QString, QString> values = evaluation->values();
        QFont bold = m_tree->font();
        bold.setBold(true);
        for (const ScorecardSection &section : card->scorecard.sections()) {
            auto *sectionItem = new QTreeWidgetItem(m_tree, {section.title.text(uiLocale())});
            sectionItem->setFlags(Qt::ItemIsEnabled);
            sectionItem->setFont(0, bold);
            sectionItem->setFirstColumnSpanned(true);
            for (const ScorecardItem &item : section.items) {
                const Answer answer = evaluation->answers.value(item.id);
                if (answer.value.isEmpty() && !card->scorecard.applies(item, values))
                    continue;
                auto *row = new QTreeWidgetItem(
                    sectionItem, {item.text.text(uiLocale()), answerText(&item, answer.value), answer.comment});
                row->setData(0, kIdRole, item.id);
                row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                row->setCheckState(0, Qt::Unchecked);
                row->setToolTip(0, item.guidance.text(uiLocale()));
                row->setToolTip(2, answer.comment);
                if (!answer.value.isEmpty() && item.isFailed(answer.value)) {
                    for (int column = 0; column < 3; ++column)
                        row->setBackground(column, kFailed);
                    row->setToolTip(1, tr("Failed"));
                }
            }
            if (sectionItem->childCount() == 0)
                delete sectionItem;
        }
        m_tree->expandAll();
        m_tree->resizeColumnToContents(0);
        m_tree->resizeColumnToContents(1);
        m_tree->setColumnWidth(0, qMin(m_tree->columnWidth(0) + 8, m_tree->fontMetrics().averageCharWidth() * 60));
        m_tree->setColumnWidth(1, qMin(m_tree->columnWidth(1) + 8, m_tree->fontMetrics().averageCharWidth() * 36));

        // Who decides: the inspector by default.
        for (const User &u : disputes.arbitrators(evaluationId)) {
            m_arbitrator->addItem(u.id == evaluation->inspectorId
                                      ? tr("%1 (inspector who scored it)").arg(u.displayName)
                                      : tr("%1 (%2)").arg(u.displayName, Permissions::roleName(u.role)),
                                  u.id);
        }
        if (!Permissions::check(m_workspace.user, Permissions::Action::CoachAgents, &error))
            showStatus(tr("You cannot open disputes: %1").arg(error), true);
        else if (!evaluation->isSubmitted())
            showStatus(tr("Only a submitted evaluation can be disputed."), true);
        else
            m_usable = true;
    }
    connect(m_tree, &QTreeWidget::itemChanged, this, &OpenDisputeDialog::updateButtons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OpenDisputeDialog::updateButtons);
    updateButtons();

    // Every item in view without scrolling when the screen has the room.
    const QRect available = availableGeometry(this);
    int rows = m_tree->topLevelItemCount();
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s)
        rows += m_tree->topLevelItem(s)->childCount();
    const int rowHeight = qMax(m_tree->sizeHintForRow(0), m_tree->fontMetrics().lineSpacing() + 4);
    const int treeHeight = m_tree->header()->sizeHint().height() + rows * rowHeight + 2 * m_tree->frameWidth() + 4;
    const int otherHeight = sizeHint().height() - m_tree->sizeHint().height();
    resize(qMin(qMax(760, m_tree->columnWidth(0) + m_tree->columnWidth(1) + 240), available.width() - 60),
           qMin(otherHeight + treeHeight, available.height() - 60));
}

QStringList OpenDisputeDialog::checkedItems() const
{
    QStringList out;
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        const QTreeWidgetItem *section = m_tree->topLevelItem(s);
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->checkState(0) == Qt::Checked)
                out << section->child(i)->data(0, kIdRole).toString();
        }
    }
    return out;
}

bool OpenDisputeDialog::setItemChecked(const QString &itemId, bool checked)
{
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = m_tree->topLevelItem(s);
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->data(0, kIdRole).toString() == itemId) {
                section->child(i)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
                return true;
            }
        }
    }
    return false;
}

void OpenDisputeDialog::updateButtons()
{
    m_open->setEnabled(m_usable && !checkedItems().isEmpty() && !m_reason->toPlainText().trimmed().isEmpty());
}

void OpenDisputeDialog::accept()
{
    if (!m_usable)
        return;
    const QStringList items = checkedItems();
    if (items.isEmpty()) {
        showStatus(tr("Tick the items the agent disputes."), true);
        return;
    }
    if (m_reason->toPlainText().trimmed().isEmpty()) {
        showStatus(tr("Say what the agent says is wrong."), true);
        return;
    }
    QString error;
    Dispute opened;
    if (!DisputeRepository(*m_workspace.store)
             .open(m_workspace.user, m_evaluationId, items, m_reason->toPlainText(),
                   m_arbitrator->currentData().toString(), &opened, &error)) {
        showStatus(tr("Not opened: %1").arg(error), true);
        return;
    }
    m_opened = opened;
    showStatus(tr("Dispute opened."));
    QDialog::accept();
}

void OpenDisputeDialog::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold") : QString());
    m_status->setText(text);
}

QString OpenDisputeDialog::statusText() const
{
    return m_status->text();
}

// ---------------------------------------------------------------------------------------------------------------
// DisputesDialog

DisputesDialog::DisputesDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_filter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_list(makeTable({tr("Opened"), tr("Agent"), tr("Conversation"), tr("Items"), tr("Status"), tr("Decided by")},
                       tr("Disputes"), this))
    , m_header(new QLabel(this))
    , m_items(makeTable({tr("Disputed item"), tr("Answer now"), tr("Decision")}, tr("Disputed items"), this))
    , m_thread(new QTextBrowser(this))
    , m_replyEdit(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_decisionBox(new QGroupBox(tr("Decision"), this))
    , m_answersArea(new QWidget(m_decisionBox))
    , m_decisionNote(new QLabel(m_decisionBox))
    , m_outcome(new QComboBox(m_decisionBox))
    , m_explanation(new QPlainTextEdit(m_decisionBox))
    , m_decide(new QPushButton(tr("Decide"), m_decisionBox))
    , m_withdraw(new QPushButton(tr("Withdraw…"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Disputes"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);
    setModal(false);

    m_filter->addItem(tr("Open"), QStringLiteral("open"));
    m_filter->addItem(tr("Waiting for me"), QStringLiteral("mine"));
    m_filter->addItem(tr("All"), QStringLiteral("all"));
    m_filter->setAccessibleName(tr("Show"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &DisputesDialog::refresh);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow) {
        if (row != previousRow)
            showCurrent();
    });
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setTextFormat(Qt::RichText);
    m_items->setSelectionMode(QAbstractItemView::NoSelection);
    m_items->setFocusPolicy(Qt::NoFocus);
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_thread->setAccessibleName(tr("Thread"));
    m_thread->setOpenLinks(false);
    m_thread->setMinimumHeight(m_thread->fontMetrics().lineSpacing() * 5);
    m_replyEdit->setAccessibleName(tr("Reply"));
    m_replyEdit->setPlaceholderText(tr("Add to the thread…"));
    m_replyEdit->setTabChangesFocus(true);
    m_replyEdit->setFixedHeight(m_replyEdit->fontMetrics().lineSpacing() * 2 + 2 * m_replyEdit->frameWidth() + 10);
    connect(m_replyEdit, &QPlainTextEdit::textChanged, this, &DisputesDialog::updateButtons);
    connect(m_send, &QPushButton::clicked, this, [this] { reply(m_replyEdit->toPlainText()); });

    // The decision: the answers as they should be, the outcome and the explanation for the agent.
    m_decisionNote->setWordWrap(true);
    auto *answersForm = new QFormLayout(m_answersArea);
    answersForm->setContentsMargins(0, 0, 0, 0);
    answersForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    answersForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // long questions above their answer
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setPlaceholderText(tr("Choose…"));
    m_outcome->addItem(tr("Upheld"), QStringLiteral("upheld"));
    m_outcome->addItem(tr("Partly upheld"), QStringLiteral("partly"));
    m_outcome->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_outcome->setCurrentIndex(-1);
    m_outcome->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        // Rejected: the evaluation stands, so the answers go back to what they are.
        if (!m_settingWidgets && m_evaluation && m_outcome->currentData().toString() == QLatin1String("rejected")) {
            m_settingWidgets = true;
            for (auto it = m_answerBoxes.cbegin(); it != m_answerBoxes.cend(); ++it)
                it.value()->setCurrentIndex(it.value()->findData(m_evaluation->answers.value(it.key()).value));
            m_settingWidgets = false;
        }
        updateButtons();
    });
    m_explanation->setAccessibleName(tr("Explanation"));
    m_explanation->setPlaceholderText(tr("Explain the decision to the agent."));
    m_explanation->setTabChangesFocus(true);
    m_explanation->setFixedHeight(m_explanation->fontMetrics().lineSpacing() * 2 + 2 * m_explanation->frameWidth() +
                                  10);
    connect(m_explanation, &QPlainTextEdit::textChanged, this, &DisputesDialog::updateButtons);
    connect(m_decide, &QPushButton::clicked, this, &DisputesDialog::decideFromWidgets);
    auto *decisionLayout = new QVBoxLayout(m_decisionBox);
    decisionLayout->addWidget(m_decisionNote);
    decisionLayout->addWidget(m_answersArea);
    auto *outcomeForm = new QFormLayout;
    outcomeForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    outcomeForm->addRow(tr("Outcome:"), m_outcome);
    outcomeForm->addRow(tr("Explanation:"), m_explanation);
    decisionLayout->addLayout(outcomeForm);
    auto *decideRow = new QHBoxLayout;
    decideRow->addStretch(1);
    decideRow->addWidget(m_decide);
    decisionLayout->addLayout(decideRow);

    m_withdraw->setToolTip(tr("Take the dispute back (the one who opened it or a QA manager)"));
    connect(m_withdraw, &QPushButton::clicked, this, &DisputesDialog::promptWithdraw);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Right: what the dispute is about and its thread above; the reply and the decision below (they scroll when a
    // dispute names many items and the window is small).
    auto *about = new QWidget(this);
    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->setContentsMargins(0, 0, 0, 0);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_withdraw, 0, Qt::AlignTop);
    aboutLayout->addLayout(headerRow);
    aboutLayout->addWidget(m_items);
    aboutLayout->addWidget(m_thread, 1);
    auto *act = new QWidget(this);
    auto *actLayout = new QVBoxLayout(act);
    actLayout->setContentsMargins(0, 0, 0, 0);
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(m_replyEdit, 1);
    replyRow->addWidget(m_send, 0, Qt::AlignTop);
    actLayout->addLayout(replyRow);
    actLayout->addWidget(m_decisionBox);
    actLayout->addStretch(1);
    auto *actScroll = new QScrollArea(this);
    actScroll->setWidget(act);
    actScroll->setWidgetResizable(true);
    actScroll->setFrameShape(QFrame::NoFrame);
    actScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detailsSplitter = new QSplitter(Qt::Vertical, this);
    m_detailsSplitter->addWidget(about);
    m_detailsSplitter->addWidget(actScroll);
    m_detailsSplitter->setChildrenCollapsible(false);
    m_detailsSplitter->setStretchFactor(0, 1);
    m_detailsSplitter->setStretchFactor(1, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detailsSplitter);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    connect(m_detailsSplitter, &QSplitter::splitterMoved, this, [this] { m_detailsSplitterMoved = true; });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &DisputesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    const QRect available = availableGeometry(this);
    resize(qMin(1000, available.width() - 60), qMin(640, available.height() - 60));
    refresh();
}

void DisputesDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        fitListWidth();
        fitDetailsHeight();
    }
}

void DisputesDialog::fitListWidth()
{
    // As wide as its columns, leaving the details room.
    int listWidth = 2 * m_list->frameWidth() + m_list->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_list->columnCount(); ++column)
        listWidth += m_list->columnWidth(column);
    const int total = qMax(m_splitter->width(), 400);
    listWidth = qMin(listWidth, qMax(total * 2 / 5, total - 400));
    m_splitter->setSizes({listWidth, total - listWidth});
}

void DisputesDialog::fitDetailsHeight()
{
    // The reply and the decision as tall as they need (leaving the thread its minimum), the thread the rest.
    const auto *scroll = static_cast<QScrollArea *>(m_detailsSplitter->widget(1));
    QWidget *act = scroll->widget();
    m_answersArea->layout()->activate();
    m_decisionBox->layout()->activate();
    act->layout()->activate();
    const int width = m_detailsSplitter->width();
    const int wanted = act->hasHeightForWidth() ? act->heightForWidth(width) : act->sizeHint().height();
    const int height = m_detailsSplitter->height();
    const int aboutHeight = qMax(m_detailsSplitter->widget(0)->minimumSizeHint().height(), height / 3);
    const int actHeight = qMin(wanted + 2 * scroll->frameWidth(), height - aboutHeight);
    m_detailsSplitter->setSizes({height - actHeight, actHeight});
}

void DisputesDialog::refresh()
{
    const QString selected = currentDisputeId();
    const QString filter = m_filter->currentData().toString();
    DisputeRepository repository(*m_workspace.store);
    if (filter == QLatin1String("mine"))
        m_disputes = repository.list(QStringLiteral("open"), m_workspace.user.id);
    else if (filter == QLatin1String("all"))
        m_disputes = repository.list();
    else
        m_disputes = repository.list(QStringLiteral("open"));

    // Item texts come from each evaluation's scorecard version.
    EvaluationRepository evaluations(*m_workspace.store);
    ScorecardRepository cards(*m_workspace.store);
    std::map<QString, std::optional<StoredScorecard>> cardByVersion;
    const auto cardOf = [&](const QString &evaluationId) -> const Scorecard * {
        const std::optional<Evaluation> e = evaluations.byId(evaluationId);
        if (!e)
            return nullptr;
        auto it = cardByVersion.find(e->scorecardVersionId);
        if (it == cardByVersion.end())
            it = cardByVersion.emplace(e->scorecardVersionId, cards.version(e->scorecardVersionId)).first;
        return it->second ? &it->second->scorecard : nullptr;
    };
    {
        QSignalBlocker blocker(m_list);
        m_list->setRowCount(0);
        m_list->setRowCount(int(m_disputes.size()));
        for (int row = 0; row < int(m_disputes.size()); ++row) {
            const Dispute &d = m_disputes[size_t(row)];
            const Scorecard *card = cardOf(d.evaluationId);
            QStringList items;
            for (const QString &id : d.items)
                items << itemText(card ? card->item(id) : nullptr, id);
            QTableWidgetItem *opened = cell(localTime(d.openedAt));
            opened->setData(kIdRole, d.id);
            m_list->setItem(row, 0, opened);
            m_list->setItem(row, 1, cell(d.agentName));
            m_list->setItem(row, 2, cell(d.conversationId));
            m_list->setItem(row, 3, cell(items.join(tr(", ")), items.join(QLatin1Char('\n'))));
            QTableWidgetItem *status = cell(statusName(d));
            if (d.isOpen()) {
                QFont bold = status->font();
                bold.setBold(true);
                status->setFont(bold);
                status->setForeground(kOpen);
            }
            m_list->setItem(row, 4, status);
            m_list->setItem(row, 5, cell(d.arbitratorName));
        }
        if (!m_disputes.empty()) {
            m_list->resizeColumnsToContents();
            // Long lists of items are cut short (the tooltip has them all).
            const int itemsWidth = m_list->fontMetrics().horizontalAdvance(QString(8, QChar(0x6587))) + 16;
            m_list->setColumnWidth(3, qMin(m_list->columnWidth(3), itemsWidth));
        }
        if (selected.isEmpty() || !selectDispute(selected)) {
            if (!m_disputes.empty())
                m_list->setCurrentCell(0, 0);
        }
    }
    const std::vector<Dispute> open = repository.list(QStringLiteral("open"));
    int mine = 0;
    for (const Dispute &d : open) {
        if (d.arbitratorId == m_workspace.user.id)
            ++mine;
    }
    m_summary->setText(tr("Open: %1 · waiting for your decision: %2").arg(open.size()).arg(mine));
    showCurrent();
    // Wider columns (an outcome instead of "Open") widen the list, unless the person chose its width.
    if (m_fitted && !m_splitterMoved)
        fitListWidth();
}

bool DisputesDialog::selectDispute(const QString &id)
{
    for (int row = 0; row < m_list->rowCount(); ++row) {
        const QString rowId = m_list->item(row, 0)->data(kIdRole).toString();
        if (rowId == id || (id.size() >= 6 && rowId.startsWith(id))) {
            m_list->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

QString DisputesDialog::currentDisputeId() const
{
    const int row = m_list->currentRow();
    if (row < 0 || !m_list->item(row, 0))
        return {};
    return m_list->item(row, 0)->data(kIdRole).toString();
}

void DisputesDialog::showCurrent()
{
    const QString id = currentDisputeId();
    if (id != m_shownId) {
        // What the status line and the reply box had was about the dispute shown before.
        m_shownId = id;
        showStatus(QString());
        m_replyEdit->clear();
    }
    m_current.reset();
    m_evaluation.reset();
    m_card.reset();
    m_items->setRowCount(0);
    m_thread->clear();
    if (!id.isEmpty()) {
        m_current = DisputeRepository(*m_workspace.store).dispute(id);
        if (m_current) {
            m_evaluation = EvaluationRepository(*m_workspace.store).byId(m_current->evaluationId);
            if (m_evaluation)
                m_card = ScorecardRepository(*m_workspace.store).version(m_evaluation->scorecardVersionId);
        }
    }
    if (!m_current) {
        m_header->setText(m_disputes.empty() ? tr("No disputes to show.") : tr("Choose a dispute on the left."));
        buildDecision();
        updateButtons();
        return;
    }
    const Dispute &d = *m_current;
    const auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    const auto item = [this](const QString &itemId) {
        return m_card ? m_card->scorecard.item(itemId) : nullptr;
    };

    // Who, what, where it stands.
    QString state;
    if (d.isOpen())
        state = tr("Open — %1 decides").arg(esc(d.arbitratorName));
    else if (d.status == QLatin1String("withdrawn"))
        state = tr("Withdrawn");
    else
        state = tr("%1 by %2 on %3").arg(esc(outcomeName(d.outcome)), esc(d.decidedByName), localTime(d.decidedAt));
    QString score;
    if (d.status == QLatin1String("decided") && d.revision > 0)
        score =
            tr("Score %1 → %2 · revision %3").arg(scoreText(d.scoreBefore), scoreText(d.scoreAfter)).arg(d.revision);
    else if (m_evaluation)
        score = tr("Score %1 · revision %2").arg(scoreText(m_evaluation->score)).arg(m_evaluation->revision);
    else
        score = tr("Score %1").arg(scoreText(d.scoreBefore));
    m_header->setText(tr("<b>%1</b> · %2 · scored by %3<br>%4<br>%5<br>Opened by %6 on %7")
                          .arg(esc(d.agentName), esc(d.conversationId), esc(d.inspectorName), state, esc(score),
                               esc(d.openedByName), localTime(d.openedAt)));

    // The disputed items: the answer now, what the decision did.
    m_items->setRowCount(int(d.items.size()));
    for (int row = 0; row < int(d.items.size()); ++row) {
        const QString &itemId = d.items.at(row);
        const ScorecardItem *it = item(itemId);
        const QString now = m_evaluation ? m_evaluation->answers.value(itemId).value : QString();
        m_items->setItem(row, 0, cell(itemText(it, itemId)));
        QTableWidgetItem *answer = cell(answerText(it, now));
        if (it && !now.isEmpty() && it->isFailed(now))
            answer->setBackground(kFailed);
        m_items->setItem(row, 1, answer);
        QString decision;
        if (d.changes.contains(itemId))
            decision = tr("%1 → %2").arg(answerText(it, d.changes.value(itemId).from),
                                         answerText(it, d.changes.value(itemId).to));
        else if (d.status == QLatin1String("decided"))
            decision = tr("stands");
        m_items->setItem(row, 2, cell(decision));
    }
    // The last column takes the rest (sizing it to its contents would stop it stretching).
    m_items->resizeColumnToContents(0);
    m_items->resizeColumnToContents(1);
    m_items->setColumnWidth(0, qMin(m_items->columnWidth(0), m_items->fontMetrics().averageCharWidth() * 44));
    int itemsHeight = m_items->horizontalHeader()->sizeHint().height() + 2 * m_items->frameWidth();
    for (int row = 0; row < m_items->rowCount(); ++row)
        itemsHeight += m_items->rowHeight(row);
    if (m_items->horizontalScrollBar()->isVisible())
        itemsHeight += m_items->horizontalScrollBar()->sizeHint().height();
    m_items->setFixedHeight(qMin(itemsHeight, 5 * m_items->verticalHeader()->defaultSectionSize() +
                                                  m_items->horizontalHeader()->sizeHint().height() + 4));

    // The thread, oldest first.
    QString html;
    for (const DisputeMessage &m : d.thread) {
        QString kind;
        if (m.kind == QLatin1String("opened"))
            kind = tr("opened the dispute");
        else if (m.kind == QLatin1String("decided"))
            kind = tr("decided: %1").arg(outcomeName(d.outcome));
        else if (m.kind == QLatin1String("withdrawn"))
            kind = tr("withdrew it");
        html += QStringLiteral(
                    "<p style=\"margin-top:0; margin-bottom:10px\"><b>%1</b> <span style=\"color:#666\">%2</span>")
                    .arg(esc(m.authorName.isEmpty() ? tr("someone") : m.authorName), localTime(m.at));
        if (!kind.isEmpty())
            html += QStringLiteral(" — <i>%1</i>").arg(esc(kind));
        if (m.kind == QLatin1String("opened")) {
            QStringList texts;
            for (const QString &itemId : d.items)
                texts << itemText(item(itemId), itemId);
            html += QStringLiteral("<br><span style=\"color:#666\">%1</span>")
                        .arg(esc(tr("Items: %1").arg(texts.join(tr(", ")))));
        }
        if (m.kind == QLatin1String("decided") && !d.changes.isEmpty()) {
            QStringList changes;
            for (auto it = d.changes.cbegin(); it != d.changes.cend(); ++it)
                changes << tr("%1: %2 → %3")
                               .arg(itemText(item(it.key()), it.key()), answerText(item(it.key()), it.value().from),
                                    answerText(item(it.key()), it.value().to));
            html +=
                QStringLiteral("<br><span style=\"color:#666\">%1</span>").arg(esc(changes.join(QStringLiteral("; "))));
        }
        if (!m.body.isEmpty())
            html += QStringLiteral("<br>") + esc(m.body).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        html += QStringLiteral("</p>");
    }
    m_thread->setHtml(html);
    m_thread->verticalScrollBar()->setValue(m_thread->verticalScrollBar()->maximum());

    buildDecision();
    updateButtons();
    // A dispute of more items needs a taller decision.
    if (m_fitted && !m_detailsSplitterMoved)
        fitDetailsHeight();
}

void DisputesDialog::buildDecision()
{
    // The same open dispute shown again (a refresh after a sync, a reply): the arbitrator's half-made decision stays.
    const QString key = m_current ? m_current->id + QLatin1Char('/') + m_current->status : QString();
    if (!key.isEmpty() && key == m_decisionKey && m_current->isOpen())
        return;
    m_decisionKey = key;
    m_settingWidgets = true;
    auto *form = static_cast<QFormLayout *>(m_answersArea->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_answerBoxes.clear();
    m_outcome->setCurrentIndex(-1);
    m_explanation->clear();
    if (!m_current) {
        m_decisionNote->clear();
        m_settingWidgets = false;
        return;
    }
    const Dispute &d = *m_current;
    for (const QString &itemId : d.items) {
        const ScorecardItem *item = m_card ? m_card->scorecard.item(itemId) : nullptr;
        if (!item)
            continue;
        const QString current = m_evaluation ? m_evaluation->answers.value(itemId).value : QString();
        auto *box = new QComboBox(m_answersArea);
        box->setAccessibleName(itemText(item, itemId));
        for (const QString &value : possibleValues(*item, current))
            box->addItem(answerText(item, value), value);
        box->setCurrentIndex(box->findData(current));
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, itemId] {
            // A changed answer while "Rejected" (or nothing) is chosen: the agent is right about something.
            if (m_settingWidgets || !m_evaluation)
                return;
            const QString outcome = m_outcome->currentData().toString();
            if (box->currentData().toString() == m_evaluation->answers.value(itemId).value ||
                !(outcome.isEmpty() || outcome == QLatin1String("rejected")))
                return;
            // Every disputed item changed: upheld; some: partly.
            bool all = true;
            for (auto it = m_answerBoxes.cbegin(); it != m_answerBoxes.cend(); ++it)
                all &= it.value()->currentData().toString() != m_evaluation->answers.value(it.key()).value;
            m_outcome->setCurrentIndex(m_outcome->findData(all ? QStringLiteral("upheld") : QStringLiteral("partly")));
        });
        auto *label = new QLabel(itemText(item, itemId), m_answersArea);
        label->setToolTip(tr("Answer now: %1").arg(answerText(item, current)));
        form->addRow(label, box);
        // Shown now, not when the layout gets round to it (the box may be read or grabbed at once).
        label->show();
        box->show();
        m_answerBoxes.insert(itemId, box);
    }
    if (d.isOpen()) {
        if (mayDecide())
            m_decisionNote->setText(tr("Set each answer as it should be, choose the outcome and explain it."));
        else
            m_decisionNote->setText(tr("%1 decides this dispute (or a QA manager).").arg(d.arbitratorName));
    } else if (d.status == QLatin1String("withdrawn")) {
        m_decisionNote->setText(tr("The dispute was withdrawn."));
    } else {
        // The decision as it was made (the answers now are the decided ones).
        m_decisionNote->setText(tr("Decided by %1 on %2.").arg(d.decidedByName, localTime(d.decidedAt)));
        m_outcome->setCurrentIndex(m_outcome->findData(d.outcome));
        m_explanation->setPlainText(d.decision);
    }
    m_answersArea->setVisible(!m_answerBoxes.isEmpty());
    m_settingWidgets = false;
}

bool DisputesDialog::mayDecide() const
{
    return m_current && m_current->isOpen() &&
           (m_current->arbitratorId == m_workspace.user.id ||
            Permissions::may(m_workspace.user, Permissions::Action::ReopenAnyEvaluation));
}

bool DisputesDialog::mayWithdraw() const
{
    return m_current && m_current->isOpen() &&
           (m_current->openedBy == m_workspace.user.id ||
            Permissions::may(m_workspace.user, Permissions::Action::ReopenAnyEvaluation));
}

void DisputesDialog::updateButtons()
{
    const bool decide = mayDecide();
    m_decisionBox->setEnabled(decide);
    m_decide->setEnabled(decide && m_outcome->currentIndex() >= 0 && !m_explanation->toPlainText().trimmed().isEmpty());
    m_withdraw->setVisible(m_current.has_value());
    m_withdraw->setEnabled(mayWithdraw());
    m_replyEdit->setEnabled(m_current.has_value());
    m_send->setEnabled(m_current.has_value() && !m_replyEdit->toPlainText().trimmed().isEmpty());
}

bool DisputesDialog::reply(const QString &text)
{
    if (!m_current) {
        showStatus(tr("Choose a dispute first."), true);
        return false;
    }
    QString error;
    if (!DisputeRepository(*m_workspace.store).reply(m_workspace.user, m_current->id, text, &error)) {
        showStatus(tr("Not sent: %1").arg(error), true);
        return false;
    }
    m_replyEdit->clear();
    showCurrent();
    showStatus(tr("Added to the thread."));
    return true;
}

bool DisputesDialog::decide(const QString &outcome, const QMap<QString, QString> &newValues, const QString &explanation)
{
    if (!m_current) {
        showStatus(tr("Choose a dispute first."), true);
        return false;
    }
    for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
        QComboBox *box = m_answerBoxes.value(it.key());
        if (!box) {
            showStatus(tr("Not decided: item \"%1\" is not disputed").arg(it.key()), true);
            return false;
        }
        if (box->findData(it.value()) < 0) {
            showStatus(tr("Not decided: \"%1\" is not an answer to item \"%2\"").arg(it.value(), it.key()), true);
            return false;
        }
    }
    // The same widgets the person sets, then the same path as the Decide button.
    m_settingWidgets = true;
    m_outcome->setCurrentIndex(m_outcome->findData(outcome));
    for (auto it = m_answerBoxes.cbegin(); it != m_answerBoxes.cend(); ++it) {
        const QString value =
            newValues.value(it.key(), m_evaluation ? m_evaluation->answers.value(it.key()).value : QString());
        it.value()->setCurrentIndex(it.value()->findData(value));
    }
    m_explanation->setPlainText(explanation);
    m_settingWidgets = false;
    if (m_outcome->currentIndex() < 0 && !outcome.isEmpty()) {
        showStatus(tr("Not decided: the outcome is upheld, partly or rejected, not \"%1\"").arg(outcome), true);
        return false;
    }
    return decideFromWidgets();
}

bool DisputesDialog::decideFromWidgets()
{
    if (!m_current || !m_evaluation) {
        showStatus(tr("Choose a dispute first."), true);
        return false;
    }
    if (!mayDecide()) {
        showStatus(m_current->isOpen()
                       ? tr("Not decided: %1 decides this dispute (or a QA manager).").arg(m_current->arbitratorName)
                       : tr("Not decided: this dispute is not open."),
                   true);
        return false;
    }
    const QString outcome = m_outcome->currentData().toString();
    if (outcome.isEmpty()) {
        showStatus(tr("Not decided: choose the outcome."), true);
        return false;
    }
    QMap<QString, QString> changes;
    for (auto it = m_answerBoxes.cbegin(); it != m_answerBoxes.cend(); ++it) {
        const QString value = it.value()->currentData().toString();
        if (value != m_evaluation->answers.value(it.key()).value)
            changes.insert(it.key(), value);
    }
    const QString id = m_current->id;
    const QString evaluationId = m_current->evaluationId;
    QString error;
    if (!DisputeRepository(*m_workspace.store)
             .decide(m_workspace.user, id, outcome, changes, m_explanation->toPlainText(), &error)) {
        showStatus(tr("Not decided: %1").arg(error), true);
        return false;
    }
    reselect(id);
    const std::optional<Dispute> decided = DisputeRepository(*m_workspace.store).dispute(id);
    if (decided && decided->revision > 0)
        showStatus(tr("Decided: %1. The evaluation was re-scored: %2 → %3, now revision %4.")
                       .arg(outcomeName(outcome), scoreText(decided->scoreBefore), scoreText(decided->scoreAfter))
                       .arg(decided->revision));
    else
        showStatus(tr("Decided: %1. The evaluation stands as it was.").arg(outcomeName(outcome)));
    if (decided && decided->revision > 0)
        Q_EMIT evaluationChanged(evaluationId);
    return true;
}

void DisputesDialog::promptWithdraw()
{
    if (!m_current)
        return;
    // The list may refresh while the question is open (a sync): withdraw the dispute it was asked about.
    const QString id = m_current->id;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Withdraw the dispute"), tr("Why is it withdrawn? (The note goes into the thread.)"), QString(), &ok);
    if (!ok)
        return;
    if (!selectDispute(id)) {
        showStatus(tr("That dispute is no longer listed; nothing was withdrawn."), true);
        return;
    }
    withdrawSelected(note);
}

bool DisputesDialog::withdrawSelected(const QString &note)
{
    if (!m_current) {
        showStatus(tr("Choose a dispute first."), true);
        return false;
    }
    const QString id = m_current->id;
    QString error;
    if (!DisputeRepository(*m_workspace.store).withdraw(m_workspace.user, id, note, &error)) {
        showStatus(tr("Not withdrawn: %1").arg(error), true);
        return false;
    }
    reselect(id);
    showStatus(tr("The dispute was withdrawn; it does not count against the limit."));
    return true;
}

void DisputesDialog::reselect(const QString &id)
{
    refresh();
    if (selectDispute(id))
        return;
    // Decided or withdrawn disputes leave the open lists: show them all to keep it in view.
    const QSignalBlocker blocker(m_filter);
    m_filter->setCurrentIndex(m_filter->findData(QStringLiteral("all")));
    refresh();
    selectDispute(id);
}

void DisputesDialog::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold") : QString());
    m_status->setText(text);
}

QString DisputesDialog::statusText() const
{
    return m_status->text();
}

QString DisputesDialog::detailsText() const
{
    QTextDocument document;
    document.setHtml(m_header->text());
    return document.toPlainText();
}

} // namespace qawb
