#include "caselibrarydialog.h"

#include "collectionsdialog.h"
#include "labels.h"

#include "core/permissions.h"
#include "core/scorecardrepository.h"
#include "core/store.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <set>

namespace qawb {

CaseLibraryDialog::CaseLibraryDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_text(new QLineEdit(this))
    , m_team(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_failed(new QComboBox(this))
    , m_rule(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_maxScore(new QDoubleSpinBox(this))
    , m_search(new QPushButton(tr("Search"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_results(new QTableWidget(0, 6, this))
    , m_status(new QLabel(this))
    , m_collect(new QPushButton(tr("Add to a collection…"), this))
{
    setWindowTitle(tr("Case library"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_text->setPlaceholderText(tr("Words or Chinese fragments, all of which must occur: 退费 投诉, refund"));
    m_text->setClearButtonEnabled(true);
    m_maxScore->setRange(-1, 1000);
    m_maxScore->setDecimals(1);
    m_maxScore->setSpecialValueText(tr("any"));
    m_maxScore->setValue(-1);
    m_maxScore->setToolTip(tr("Only conversations a submitted evaluation scored at most this"));
    m_search->setDefault(true);
    m_cancel->hide();
    m_progress->hide();
    fillChoices();

    m_results->setHorizontalHeaderLabels(
        {tr("Date"), tr("Channel"), tr("Agent"), tr("Team"), tr("Score"), tr("Where it matched")});
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setToolTip(tr("Double-click or Enter: open the case at the message that matched"));

    auto *filters = new QFormLayout;
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_text, 1);
    row1->addWidget(m_search);
    row1->addWidget(m_cancel);
    filters->addRow(tr("Text:"), row1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_team);
    row2->addWidget(m_channel);
    row2->addWidget(m_period);
    row2->addWidget(new QLabel(tr("Score ≤"), this));
    row2->addWidget(m_maxScore);
    row2->addStretch(1);
    filters->addRow(tr("Where:"), row2);
    auto *row3 = new QHBoxLayout;
    row3->addWidget(m_failed, 2);
    row3->addWidget(m_rule, 1);
    row3->addWidget(m_tag, 1);
    filters->addRow(tr("What:"), row3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_collect);
    layout->addLayout(bottom);
    // Trainers pick example cases from the results into their collections.
    m_collect->setVisible(Permissions::may(m_workspace.user, Permissions::Action::ManageCollections));
    m_collect->setEnabled(false);
    connect(m_results, &QTableWidget::itemSelectionChanged, this,
            [this] { m_collect->setEnabled(m_results->currentRow() >= 0 && !m_hits.empty()); });
    connect(m_collect, &QPushButton::clicked, this, [this] {
        const int row = m_results->currentRow();
        if (row < 0 || row >= int(m_hits.size()))
            return;
        const QString name = promptAddToCollection(m_workspace, m_hits[size_t(row)].conversationId, this);
        if (!name.isEmpty())
            showStatus(tr("Added to \"%1\".").arg(name));
    });

    connect(m_search, &QPushButton::clicked, this, &CaseLibraryDialog::startSearch);
    connect(m_text, &QLineEdit::returnPressed, this, &CaseLibraryDialog::startSearch);
    connect(m_cancel, &QPushButton::clicked, this, &CaseLibraryDialog::cancelSearch);
    connect(m_results, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < int(m_hits.size()))
            Q_EMIT openRequested(m_hits[size_t(row)].conversationId, m_hits[size_t(row)].turnSeq);
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] { showOutcome(m_watcher.result()); });
    resize(1000, 640);
}

CaseLibraryDialog::~CaseLibraryDialog()
{
    cancelSearch();
    m_watcher.waitForFinished();
}

void CaseLibraryDialog::fillChoices()
{
    m_team->addItem(tr("All teams"), QString());
    QSqlQuery q(m_workspace.store->database());
    q.exec(QStringLiteral("SELECT name FROM teams ORDER BY name"));
    while (q.next())
        m_team->addItem(q.value(0).toString(), q.value(0).toString());
    m_channel->addItem(tr("Calls and chats"), QString());
    m_channel->addItem(labels::channel(QStringLiteral("call")), QStringLiteral("call"));
    m_channel->addItem(labels::channel(QStringLiteral("chat")), QStringLiteral("chat"));
    m_period->addItem(tr("Any time"), 0);
    for (const int days : {7, 30, 90, 365})
        m_period->addItem(tr("Last %n day(s)", nullptr, days), days);

    // Items of every published scorecard, by id (a later version's text wins).
    m_failed->addItem(tr("Any result"), QString());
    std::set<QString> seen;
    ScorecardRepository cards(*m_workspace.store);
    for (const ScorecardVersionInfo &info : cards.versions()) {
        const std::optional<StoredScorecard> card = cards.version(info.versionId);
        if (!card)
            continue;
        for (const ScorecardSection &section : card->scorecard.sections()) {
            for (const ScorecardItem &item : section.items) {
                if (seen.insert(item.id).second)
                    m_failed->addItem(tr("Failed: %1").arg(item.text.text(QLocale().name())), item.id);
            }
        }
    }
    m_rule->addItem(tr("Any rule hit"), QString());
    q.exec(QStringLiteral("SELECT DISTINCT rule_id FROM rule_hits ORDER BY rule_id"));
    while (q.next())
        m_rule->addItem(q.value(0).toString(), q.value(0).toString());
    m_tag->addItem(tr("Any tag"), QString());
    const std::pair<const char *, QString> tags[] = {{"exemplary", tr("Exemplary")},
                                                     {"bad_example", tr("Bad example")},
                                                     {"training_case", tr("Training case")},
                                                     {"calibration", tr("Calibration")}};
    for (const auto &[key, label] : tags)
        m_tag->addItem(label, QString::fromLatin1(key));
}

SearchQuery CaseLibraryDialog::query() const
{
    SearchQuery q;
    q.text = m_text->text();
    q.team = m_team->currentData().toString();
    q.channel = m_channel->currentData().toString();
    if (const int days = m_period->currentData().toInt(); days > 0) {
        q.to = QDate::currentDate();
        q.from = q.to.addDays(1 - days);
    }
    if (m_maxScore->value() >= 0)
        q.maxScore = m_maxScore->value();
    q.failedItem = m_failed->currentData().toString();
    q.ruleId = m_rule->currentData().toString();
    q.tag = m_tag->currentData().toString();
    q.limit = 500;
    return q;
}

void CaseLibraryDialog::startSearch()
{
    if (isSearching())
        return;
    const SearchQuery q = query();
    if (q.isEmpty()) {
        showStatus(tr("Type something to look for, or choose a filter."), true);
        return;
    }
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_search->setEnabled(false);
    m_cancel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    showStatus(tr("Searching…"));
    const QString path = m_workspace.storePath;
    const auto cancel = m_cancelFlag;
    QPointer<CaseLibraryDialog> self(this);
    // Its own connection on its own thread: a connection belongs to the thread that opened it.
    m_watcher.setFuture(QtConcurrent::run([path, q, cancel, self] {
        Outcome outcome;
        QString error;
        const std::unique_ptr<Store> store = Store::open(path, &error);
        if (!store) {
            outcome.result.error = error;
            return outcome;
        }
        SearchIndex index(*store);
        outcome.indexed = index.update(
            &error,
            [self](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    self,
                    [self, done, total] {
                        if (self && total > 0) {
                            self->m_progress->setRange(0, int(total));
                            self->m_progress->setValue(int(done));
                            self->showStatus(tr("Indexing new conversations: %1 of %2…").arg(done).arg(total));
                        }
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
        if (outcome.indexed < 0) {
            outcome.cancelled = cancel->load();
            outcome.result.error = error;
            return outcome;
        }
        outcome.result = index.search(q);
        return outcome;
    }));
}

void CaseLibraryDialog::cancelSearch()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void CaseLibraryDialog::showOutcome(const Outcome &outcome)
{
    m_search->setEnabled(true);
    m_cancel->hide();
    m_progress->hide();
    if (outcome.cancelled) {
        showStatus(tr("Cancelled; what was indexed so far is kept."));
        Q_EMIT searchFinished(false);
        return;
    }
    if (!outcome.result.error.isEmpty()) {
        showStatus(outcome.result.error, true);
        Q_EMIT searchFinished(false);
        return;
    }
    m_hits = outcome.result.hits;
    m_results->setRowCount(int(m_hits.size()));
    const auto cell = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text);
        return item;
    };
    for (int row = 0; row < int(m_hits.size()); ++row) {
        const SearchHit &h = m_hits[size_t(row)];
        m_results->setItem(row, 0, cell(labels::sourceDateTime(h.startedAt)));
        m_results->setItem(row, 1, cell(labels::channel(h.channel)));
        m_results->setItem(row, 2, cell(h.agentName));
        m_results->setItem(row, 3, cell(h.team));
        m_results->setItem(row, 4, cell(h.score ? QLocale().toString(*h.score, 'f', 1) : QStringLiteral("—")));
        m_results->setItem(row, 5,
                           cell(h.snippet.isEmpty() ? QString() : tr("#%1 %2").arg(h.turnSeq + 1).arg(h.snippet)));
    }
    QString text = outcome.result.truncated ? tr("More than %n found; the newest are shown — narrow the search.",
                                                 nullptr, int(m_hits.size()))
                                            : tr("%n found.", nullptr, int(m_hits.size()));
    if (outcome.indexed > 0)
        text +=
            QLatin1Char(' ') + tr("(%n new or changed conversation(s) indexed first)", nullptr, int(outcome.indexed));
    showStatus(text);
    if (!m_hits.empty())
        m_results->selectRow(0);
    Q_EMIT searchFinished(true);
}

void CaseLibraryDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold") : QString());
}

QString CaseLibraryDialog::statusText() const
{
    return m_status->text();
}

} // namespace qawb
