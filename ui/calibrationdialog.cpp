#include "calibrationdialog.h"

#include "labels.h"

#include "core/evaluationexport.h"
#include "core/scorecardrepository.h"
#include "core/store.h"
#include "core/userrepository.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace qawb {

namespace {

const QColor kDiffers(0xff, 0xe0, 0xb2); // amber: differs from the majority / the expert

QString figure(const std::optional<double> &v, int decimals = 1)
{
    return v ? QLocale().toString(*v, 'f', decimals) : QStringLiteral("—");
}

QString percent(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v * 100, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

QTableWidgetItem *cell(const QString &text, const QString &tip = QString())
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->setAccessibleName(name);
    return t;
}

// An answer as inspectors read it on the form: 是/否/不适用, a scale step, a choice's label.
QString answerText(const ScorecardItem *item, const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("—");
    if (value == QLatin1String("na"))
        return CalibrationDialog::tr("N/A");
    if (!item)
        return value;
    const QString language = QLocale().name();
    switch (item->type) {
    case ScorecardItem::Type::YesNo:
        return value == QLatin1String("yes") ? CalibrationDialog::tr("Yes") : CalibrationDialog::tr("No");
    case ScorecardItem::Type::Scale:
        return QStringLiteral("%1/%2").arg(value).arg(item->scaleSteps);
    case ScorecardItem::Type::Choice:
        for (const auto &option : item->options) {
            if (option.key == value)
                return option.label.text(language);
        }
        return value;
    case ScorecardItem::Type::Deductions: {
        if (value == QLatin1String("ok"))
            return CalibrationDialog::tr("No fault");
        QStringList faults;
        for (const QString &key : ScorecardItem::deductionKeys(value)) {
            QString label = key;
            for (const auto &option : item->deductions) {
                if (option.key == key)
                    label = option.label.text(language);
            }
            faults << label;
        }
        return faults.join(QStringLiteral("、"));
    }
    }
    return value;
}

} // namespace

CalibrationDialog::CalibrationDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(new QComboBox(this))
    , m_expert(new QComboBox(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_items(makeTable(this, tr("Agreement per item")))
    , m_answers(makeTable(this, tr("Answers side by side")))
    , m_conversations(makeTable(this, tr("Score spread per conversation")))
    , m_inspectors(makeTable(this, tr("Inspectors")))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Calibration sessions"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_session->setAccessibleName(tr("Calibration session"));
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_expert->setToolTip(tr("Measure each inspector against the group, or against one inspector as the expert"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answers->setToolTip(tr("Amber: differs from the majority of the others (or from the expert). "
                             "Double-click a row to open the conversation."));
    m_conversations->setToolTip(tr("Double-click to open the conversation"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Session:"), this));
    top->addWidget(m_session, 1);
    top->addWidget(new QLabel(tr("Compare with:"), this));
    top->addWidget(m_expert);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    top->addWidget(refresh);
    top->addWidget(m_export);
    m_tabs->addTab(m_items, tr("Agreement per item"));
    m_tabs->addTab(m_answers, tr("Answers side by side"));
    m_tabs->addTab(m_conversations, tr("Score spread"));
    m_tabs->addTab(m_inspectors, tr("Inspectors"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_session, &QComboBox::activated, this, [this] { buildReport(); });
    connect(m_expert, &QComboBox::activated, this, [this] { buildReport(); });
    connect(refresh, &QPushButton::clicked, this, &CalibrationDialog::reload);
    connect(m_export, &QPushButton::clicked, this, &CalibrationDialog::promptExport);
    const auto open = [this](QTableWidget *table) {
        connect(table, &QTableWidget::cellActivated, this, [this, table](int row) {
            const QString id = table->item(row, 0) ? table->item(row, 0)->data(Qt::UserRole).toString() : QString();
            if (!id.isEmpty())
                Q_EMIT openRequested(id);
        });
    };
    open(m_answers);
    open(m_conversations);
    reload();
    resize(1100, 680);
}

void CalibrationDialog::reload()
{
    const QString current = m_session->currentData().toString();
    m_session->clear();
    const auto sessions = CalibrationRepository(*m_workspace.store).sessions();
    for (const auto &s : sessions) {
        const int total = s.inspectors * s.conversations;
        m_session->addItem(tr("%1 · %2 inspectors × %3 conversations · %4 of %5 submitted")
                               .arg(labels::sourceDateTime(s.createdAt))
                               .arg(s.inspectors)
                               .arg(s.conversations)
                               .arg(s.submitted)
                               .arg(total),
                           s.sampleId);
    }
    if (sessions.empty()) {
        m_report.reset();
        fill();
        m_summary->setText(tr("No calibration sessions yet. Create one with File ▸ Sample and assign…: \"Calibration "
                              "conversations\" go to every chosen inspector, to be scored blind."));
        return;
    }
    const int index = m_session->findData(current);
    m_session->setCurrentIndex(index >= 0 ? index : 0);
    buildReport();
}

bool CalibrationDialog::showSession(const QString &sampleId)
{
    for (int i = 0; i < m_session->count(); ++i) {
        if (m_session->itemData(i).toString().startsWith(sampleId)) {
            m_session->setCurrentIndex(i);
            buildReport();
            return m_report.has_value();
        }
    }
    m_status->setText(tr("No calibration session %1").arg(sampleId));
    return false;
}

void CalibrationDialog::setExpert(const QString &login)
{
    const int i = m_expertLogins.indexOf(login);
    m_expert->setCurrentIndex(login.isEmpty() || i < 0 ? 0 : i + 1);
    buildReport();
}

void CalibrationDialog::buildReport()
{
    const QString sampleId = m_session->currentData().toString();
    const QString expert =
        m_expert->currentIndex() > 0 ? m_expertLogins.value(m_expert->currentIndex() - 1) : QString();
    QString error;
    m_report = CalibrationRepository(*m_workspace.store).report(sampleId, expert, QLocale().name(), &error);
    m_status->setText(error);
    m_status->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b3261e; font-weight: bold"));
    // The expert choice lists the session's inspectors (by login: that is what the report takes).
    m_expert->clear();
    m_expertLogins.clear();
    m_expert->addItem(tr("The group"));
    if (m_report) {
        UserRepository users(*m_workspace.store);
        for (const CalibrationInspector &who : m_report->inspectors) {
            const std::optional<User> u = users.byId(who.id);
            m_expertLogins << (u ? u->login : who.id);
            m_expert->addItem(tr("Expert: %1").arg(who.name));
        }
        const int i = m_expertLogins.indexOf(expert);
        m_expert->setCurrentIndex(expert.isEmpty() || i < 0 ? 0 : i + 1);
    }
    fill();
}

QString CalibrationDialog::conversationLabel(const QString &conversationId) const
{
    QSqlQuery q(m_workspace.store->database());
    q.prepare(QStringLiteral("SELECT c.started_at, c.channel, coalesce(a.name, c.agent_id) FROM conversations c "
                             "LEFT JOIN agents a ON a.id = c.agent_id WHERE c.id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return conversationId;
    return QStringLiteral("%1 · %2 · %3")
        .arg(labels::sourceDateTime(q.value(0).toString()), labels::channel(q.value(1).toString()),
             q.value(2).toString());
}

void CalibrationDialog::fill()
{
    for (QTableWidget *t : {m_items, m_answers, m_conversations, m_inspectors}) {
        t->clear();
        t->setRowCount(0);
        t->setColumnCount(0);
    }
    m_export->setEnabled(m_report.has_value());
    if (!m_report) {
        m_summary->clear();
        return;
    }
    const CalibrationReport &r = *m_report;
    const QString against = r.expertId.isEmpty() ? tr("the group") : m_expert->currentText();
    QString summary = tr("Overall agreement %1, Krippendorff's α %2 over %n answer set(s); deviations measured "
                         "against %3.",
                         nullptr, r.overall.units)
                          .arg(percent(r.overall.percent), figure(r.overall.alpha, 2), against);
    if (!r.complete())
        summary = tr("%n evaluation(s) not submitted yet — the figures cover what has been submitted so far.", nullptr,
                     r.pending) +
                  QLatin1Char(' ') + summary;
    m_summary->setText(summary);
    m_summary->setStyleSheet(r.complete() ? QString() : QStringLiteral("color: #8a5a00"));

    // Labels for the answers come from the scorecard version the session was scored with.
    std::optional<StoredScorecard> card;
    {
        QSqlQuery q(m_workspace.store->database());
        for (const CalibrationConversation &c : r.conversations) {
            for (const CalibrationRating &rating : c.ratings) {
                if (card || rating.evaluationId.isEmpty())
                    continue;
                q.prepare(QStringLiteral("SELECT scorecard_version_id FROM evaluations WHERE id = ?"));
                q.addBindValue(rating.evaluationId);
                if (q.exec() && q.next())
                    card = ScorecardRepository(*m_workspace.store).version(q.value(0).toString());
            }
        }
    }
    const auto itemOf = [&](const QString &id) {
        return card ? card->scorecard.item(id) : nullptr;
    };

    m_items->setColumnCount(5);
    m_items->setHorizontalHeaderLabels(
        {tr("Item"), tr("Agreement"), tr("Krippendorff's α"), tr("Conversations compared"), tr("Rater pairs")});
    m_items->setRowCount(int(r.items.size()));
    for (int row = 0; row < int(r.items.size()); ++row) {
        const CalibrationItem &item = r.items[size_t(row)];
        m_items->setItem(row, 0, cell(item.text));
        m_items->setItem(row, 1, cell(percent(item.agreement.percent)));
        auto *alpha = cell(figure(item.agreement.alpha, 2),
                           item.agreement.alpha ? QString() : tr("Undefined: every answer was the same"));
        // Below 0.667 Krippendorff advises against drawing conclusions: the item needs calibrating.
        if (item.agreement.alpha && *item.agreement.alpha < 0.667)
            alpha->setBackground(kDiffers);
        m_items->setItem(row, 2, alpha);
        m_items->setItem(row, 3, cell(QString::number(item.agreement.units)));
        m_items->setItem(row, 4, cell(QString::number(item.agreement.pairs)));
    }
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    // Answers side by side: one row per conversation and item, one column per inspector.
    QStringList headers{tr("Conversation"), tr("Item")};
    headers << r.inspectorNames;
    m_answers->setColumnCount(int(headers.size()));
    m_answers->setHorizontalHeaderLabels(headers);
    int row = 0;
    for (const CalibrationConversation &c : r.conversations) {
        const QString label = conversationLabel(c.conversationId);
        for (const CalibrationItem &item : r.items) {
            std::map<QString, int> counts;
            QString expertValue;
            for (const CalibrationRating &rating : c.ratings) {
                const QString v = rating.answers.value(item.itemId);
                if (rating.submitted && !v.isEmpty()) {
                    ++counts[v];
                    if (rating.inspectorId == r.expertId)
                        expertValue = v;
                }
            }
            m_answers->insertRow(row);
            auto *first = cell(label);
            first->setData(Qt::UserRole, c.conversationId);
            m_answers->setItem(row, 0, first);
            m_answers->setItem(row, 1, cell(item.text));
            for (int k = 0; k < int(c.ratings.size()); ++k) {
                const CalibrationRating &rating = c.ratings[size_t(k)];
                const QString v = rating.answers.value(item.itemId);
                auto *answer = cell(rating.submitted ? answerText(itemOf(item.itemId), v) : tr("pending"));
                if (rating.submitted && !v.isEmpty()) {
                    // The majority of the others (ties: no majority) or the expert's answer.
                    bool differs = false;
                    if (!r.expertId.isEmpty()) {
                        differs = !expertValue.isEmpty() && rating.inspectorId != r.expertId && v != expertValue;
                    } else {
                        std::map<QString, int> others = counts;
                        --others[v];
                        int best = 0, bestCount = 0;
                        QString majority;
                        for (const auto &[value, n] : others) {
                            if (n > best) {
                                best = n;
                                majority = value;
                                bestCount = 1;
                            } else if (n == best) {
                                ++bestCount;
                            }
                        }
                        differs = best > 0 && bestCount == 1 && majority != v;
                    }
                    if (differs) {
                        answer->setBackground(kDiffers);
                        answer->setToolTip(r.expertId.isEmpty() ? tr("Differs from the majority of the others")
                                                                : tr("Differs from the expert"));
                    }
                } else if (!rating.submitted) {
                    answer->setForeground(Qt::gray);
                }
                m_answers->setItem(row, 2 + k, answer);
            }
            ++row;
        }
    }

    headers = QStringList{tr("Conversation")};
    headers << r.inspectorNames;
    headers << QStringList{tr("Lowest"), tr("Highest"), tr("Spread"), tr("Mean"), tr("Std. dev.")};
    m_conversations->setColumnCount(int(headers.size()));
    m_conversations->setHorizontalHeaderLabels(headers);
    m_conversations->setRowCount(int(r.conversations.size()));
    for (int i = 0; i < int(r.conversations.size()); ++i) {
        const CalibrationConversation &c = r.conversations[size_t(i)];
        auto *first = cell(conversationLabel(c.conversationId));
        first->setData(Qt::UserRole, c.conversationId);
        m_conversations->setItem(i, 0, first);
        int column = 1;
        for (const CalibrationRating &rating : c.ratings)
            m_conversations->setItem(i, column++, cell(rating.submitted ? figure(rating.score) : tr("pending")));
        const std::optional<double> spread =
            c.minScore && c.maxScore ? std::optional<double>(*c.maxScore - *c.minScore) : std::nullopt;
        auto *spreadCell = cell(figure(spread));
        // The brief's complaint: inspectors 10–20 points apart. Ten or more is worth a calibration discussion.
        if (spread && *spread >= 10)
            spreadCell->setBackground(kDiffers);
        m_conversations->setItem(i, column++, cell(figure(c.minScore)));
        m_conversations->setItem(i, column++, cell(figure(c.maxScore)));
        m_conversations->setItem(i, column++, spreadCell);
        m_conversations->setItem(i, column++, cell(figure(c.meanScore)));
        m_conversations->setItem(i, column++, cell(figure(c.stdDev)));
    }

    m_inspectors->setColumnCount(5);
    m_inspectors->setHorizontalHeaderLabels(
        {tr("Inspector"), tr("Submitted"), tr("Mean deviation"), tr("Mean absolute deviation"), tr("Items agreeing")});
    m_inspectors->setRowCount(int(r.inspectors.size()));
    for (int i = 0; i < int(r.inspectors.size()); ++i) {
        const CalibrationInspector &who = r.inspectors[size_t(i)];
        QString name = who.name;
        if (who.id == r.expertId)
            name = tr("%1 (expert)").arg(who.name);
        m_inspectors->setItem(i, 0, cell(name));
        m_inspectors->setItem(i, 1, cell(tr("%1 of %2").arg(who.submitted).arg(who.assigned)));
        QString deviation = figure(who.meanDeviation);
        if (who.meanDeviation && *who.meanDeviation > 0)
            deviation.prepend(QLatin1Char('+'));
        auto *deviationCell = cell(deviation, tr("Their score minus the others' mean (or the expert's), on average: "
                                                 "positive means they score higher"));
        if (who.meanAbsoluteDeviation && *who.meanAbsoluteDeviation >= 10)
            deviationCell->setBackground(kDiffers);
        m_inspectors->setItem(i, 2, deviationCell);
        m_inspectors->setItem(i, 3, cell(figure(who.meanAbsoluteDeviation)));
        m_inspectors->setItem(i, 4, cell(percent(who.itemAgreement)));
    }
}

bool CalibrationDialog::exportCsv(const QString &path, QString *error) const
{
    if (!m_report) {
        *error = tr("There is no report to export.");
        return false;
    }
    QString text;
    const auto line = [&text](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << EvaluationExport::csvCell(f);
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    for (const QTableWidget *table : {m_items, m_answers, m_conversations, m_inspectors}) {
        line({m_tabs->tabText(m_tabs->indexOf(const_cast<QTableWidget *>(table)))});
        QStringList header;
        for (int c = 0; c < table->columnCount(); ++c)
            header << table->horizontalHeaderItem(c)->text();
        line(header);
        for (int r = 0; r < table->rowCount(); ++r) {
            QStringList fields;
            for (int c = 0; c < table->columnCount(); ++c)
                fields << (table->item(r, c) ? table->item(r, c)->text() : QString());
            line(fields);
        }
        line({});
    }
    QSaveFile file(path);
    // A byte-order mark so Excel reads UTF-8 (Chinese) correctly.
    if (!file.open(QIODevice::WriteOnly) || file.write("\xEF\xBB\xBF") != 3 ||
        file.write(text.toUtf8()) != text.toUtf8().size() || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void CalibrationDialog::promptExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export calibration report"),
                                                      QStringLiteral("calibration.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, windowTitle(), error);
    else
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

QString CalibrationDialog::statusText() const
{
    return m_status->text();
}

} // namespace qawb
