#include "scoreform.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qawb {

ScoreForm::ScoreForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_total(new QLabel(this))
    , m_fatalBanner(new QLabel(this))
    , m_submittedBanner(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_general(new QPlainTextEdit(this))
    , m_coaching(new QPlainTextEdit(this))
    , m_private(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save draft"), this))
    , m_submit(new QPushButton(tr("Submit"), this))
    , m_reopen(new QPushButton(tr("Reopen…"), this))
    , m_undo(new QUndoStack(this))
    , m_revisionBanner(new QLabel(this))
{
    m_reopen->setToolTip(tr("Reopen this submitted evaluation to change it (needs a reason; the submitted revision is "
                            "kept)"));
    m_reopen->hide();
    connect(m_reopen, &QPushButton::clicked, this, &ScoreForm::reopenRequested);
    m_revisionBanner->setWordWrap(true);
    m_revisionBanner->setStyleSheet(
        QStringLiteral("background: #fef7e0; color: #8a5300; padding: 6px; border-radius: 3px;"));
    m_revisionBanner->hide();
    m_locale = QLocale().name();
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setAccessibleName(tr("Total score"));
    m_fatalBanner->setWordWrap(true);
    m_fatalBanner->setStyleSheet(
        QStringLiteral("background: #b3261e; color: white; font-weight: bold; padding: 6px; border-radius: 3px;"));
    m_fatalBanner->hide();
    m_submittedBanner->setWordWrap(true);
    m_submittedBanner->setStyleSheet(
        QStringLiteral("background: #e6f4ea; color: #0d652d; padding: 6px; border-radius: 3px;"));
    m_submittedBanner->hide();

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    for (QPlainTextEdit *edit : {m_general, m_coaching, m_private}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    }
    m_general->setPlaceholderText(tr("Overall comment on this case"));
    m_coaching->setPlaceholderText(tr("Coaching note for the agent and team leader"));
    m_private->setPlaceholderText(tr("Private note (only inspectors see it)"));
    m_general->setAccessibleName(tr("General comment"));
    m_coaching->setAccessibleName(tr("Coaching note"));
    m_private->setAccessibleName(tr("Private note"));

    m_submit->setDefault(true);
    m_submit->setToolTip(tr("Submit the evaluation (Ctrl+Enter)"));
    m_save->setToolTip(tr("Drafts are also saved automatically as you work"));
    connect(m_save, &QPushButton::clicked, this, &ScoreForm::saveRequested);
    connect(m_submit, &QPushButton::clicked, this, &ScoreForm::submitRequested);

    // Sections and notes scroll together, so the form works on a 1366×768 screen; the total and the buttons stay put.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    m_sectionsHost = new QWidget(content);
    m_sectionsLayout = new QVBoxLayout(m_sectionsHost);
    m_sectionsLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_sectionsHost);
    auto *notesBox = new QGroupBox(tr("Notes"), content);
    m_notesBox = notesBox;
    auto *notes = new QFormLayout(notesBox);
    notes->addRow(tr("Comment"), m_general);
    notes->addRow(tr("Coaching"), m_coaching);
    notes->addRow(tr("Private"), m_private);
    contentLayout->addWidget(notesBox);
    // Labels for trainers and calibration; they can change after submission (they are not part of the score).
    auto *tagsBox = new QGroupBox(tr("Tags"), content);
    m_tagsBox = tagsBox;
    // Two columns, so the labels fit the form's column on a 1366×768 screen.
    auto *tagsLayout = new QGridLayout(tagsBox);
    const std::pair<const char *, QString> tagNames[] = {{"exemplary", tr("Exemplary")},
                                                         {"bad_example", tr("Bad example")},
                                                         {"training_case", tr("Training case")},
                                                         {"calibration", tr("Calibration")}};
    for (const auto &[key, label] : tagNames) {
        auto *box = new QCheckBox(label, tagsBox);
        box->setProperty("qawbTag", QString::fromLatin1(key));
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                Q_EMIT tagsEdited();
        });
        tagsLayout->addWidget(box, int(m_tagBoxes.size()) / 2, int(m_tagBoxes.size()) % 2);
        m_tagBoxes << box;
    }
    contentLayout->addWidget(tagsBox);
    contentLayout->addStretch(1);
    m_scroll->setWidget(content);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_reopen);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_total);
    layout->addWidget(m_fatalBanner);
    layout->addWidget(m_submittedBanner);
    layout->addWidget(m_revisionBanner);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    clear();
}

void ScoreForm::clear()
{
    m_loading = true;
    m_suggestions.clear();
    m_undo->clear();
    m_lastValues.clear();
    for (QCheckBox *box : std::as_const(m_tagBoxes)) {
        box->setChecked(false);
        box->setEnabled(false);
    }
    m_card.reset();
    m_evaluation = Evaluation();
    clearSections();
    auto *placeholder = new QLabel(tr("Open a case to score it."), m_sectionsHost);
    placeholder->setAlignment(Qt::AlignCenter);
    m_sectionsLayout->addWidget(placeholder);
    m_title->clear();
    m_total->clear();
    m_fatalBanner->hide();
    m_submittedBanner->hide();
    m_revisionBanner->hide();
    m_reopen->hide();
    m_general->clear();
    m_coaching->clear();
    m_private->clear();
    setReadOnly(true);
    m_loading = false;
}

QString ScoreForm::labelFor(const ScorecardItem &item, const QString &value) const
{
    if (value == QLatin1String("na"))
        return tr("N/A");
    switch (item.type) {
    case ScorecardItem::Type::YesNo:
        return value == QLatin1String("yes") ? tr("Yes") : tr("No");
    case ScorecardItem::Type::Scale:
        return value;
    case ScorecardItem::Type::Choice:
        for (const auto &o : item.options) {
            if (o.key == value)
                return o.label.text(m_locale);
        }
        break;
    case ScorecardItem::Type::Deductions:
        if (value == QLatin1String("ok"))
            return tr("No deductions");
        for (const auto &d : item.deductions) {
            if (d.key == value)
                return tr("−%1 %2").arg(QLocale().toString(d.points)).arg(d.label.text(m_locale));
        }
        break;
    }
    return value;
}

void ScoreForm::setEvaluation(const StoredScorecard &card, const Evaluation &evaluation,
                              const std::vector<EvaluationRevision> &history)
{
    m_loading = true;
    m_card = card;
    m_evaluation = evaluation;
    m_suggestions.clear();
    // Suggestions recorded with a draft or a submitted evaluation come back with it.
    for (auto it = evaluation.answers.cbegin(); it != evaluation.answers.cend(); ++it) {
        if (!it->suggested.isEmpty())
            m_suggestions.insert(it.key(), Suggestion{it->suggested, {}, 0});
    }
    m_locale = QLocale().name();
    rebuild();
    m_general->setPlainText(evaluation.generalComment);
    m_coaching->setPlainText(evaluation.coachingNote);
    m_private->setPlainText(evaluation.privateNote);
    setReadOnly(evaluation.isSubmitted() || !m_canEvaluate);
    m_submittedBanner->setVisible(evaluation.isSubmitted());
    if (evaluation.isSubmitted()) {
        const QDateTime at = QDateTime::fromString(evaluation.submittedAt, Qt::ISODateWithMs);
        m_submittedBanner->setText(tr("Submitted %1. This evaluation is final.")
                                       .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
    }
    m_submit->setVisible(!evaluation.isSubmitted() && m_canEvaluate && !m_previewMode);
    m_save->setVisible(!evaluation.isSubmitted() && m_canEvaluate && !m_previewMode);
    m_reopen->setVisible(evaluation.isSubmitted() && m_canEvaluate && !m_previewMode);
    if (!m_canEvaluate && !evaluation.isSubmitted()) {
        m_submittedBanner->setText(tr("Your role does not score conversations; the form is shown read-only."));
        m_submittedBanner->show();
    }
    m_revisionBanner->setVisible(!history.empty());
    if (!history.empty()) {
        const EvaluationRevision &last = history.back();
        const QDateTime at = QDateTime::fromString(last.reopenedAt, Qt::ISODateWithMs);
        m_revisionBanner->setText(
            tr("Revision %1. Revision %2 (score %3) was reopened %4: %5")
                .arg(evaluation.revision)
                .arg(last.revision)
                .arg(last.evaluation.score ? QLocale().toString(*last.evaluation.score, 'f', 1) : QStringLiteral("—"))
                .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), last.reason));
        m_revisionBanner->setToolTip(tr("Earlier revisions are kept: %n", nullptr, int(history.size())));
    }
    m_loading = false;
    // A new evaluation on the form starts a new history; submitted ones have nothing to undo.
    m_undo->clear();
    m_lastValues.clear();
    for (const auto &[id, w] : m_items)
        m_lastValues[id] = valueOf(w);
    refreshScore();
}

void ScoreForm::setSuggestions(const QMap<QString, Suggestion> &suggestions, bool prefill)
{
    m_suggestions = suggestions;
    if (prefill && m_card && !m_evaluation.isSubmitted()) {
        m_loading = true;
        for (auto it = suggestions.cbegin(); it != suggestions.cend(); ++it) {
            const auto w = m_items.find(it.key());
            if (w == m_items.end() || it->value.isEmpty() || !valueOf(w->second).isEmpty())
                continue; // the inspector's own answers stay
            if (const auto button = w->second.buttons.find(it->value); button != w->second.buttons.end())
                button->second->setChecked(true);
            m_lastValues[it.key()] = valueOf(w->second);
        }
        m_loading = false;
    }
    refreshScore();
}

QString ScoreForm::suggestionText(const QString &itemId) const
{
    const auto it = m_items.find(itemId);
    return it != m_items.end() && !it->second.autoBadge->isHidden() ? it->second.autoBadge->text() : QString();
}

void ScoreForm::updateSuggestionBadges()
{
    for (auto &[id, w] : m_items) {
        const auto s = m_suggestions.constFind(id);
        w.autoBadge->setVisible(s != m_suggestions.constEnd() && m_card);
        if (s == m_suggestions.constEnd() || !m_card)
            continue;
        const ScorecardItem *item = m_card->scorecard.item(id);
        const QString suggested = s->value.isEmpty() ? tr("see the hits") : labelFor(*item, s->value);
        const QString evidence = s->hits > 0 ? QStringLiteral(" <a href='evidence:%1'>%2</a>")
                                                   .arg(id, tr("%n hit(s)", nullptr, s->hits).toHtmlEscaped())
                                             : QStringLiteral(" · ") + tr("no hits").toHtmlEscaped();
        const QString current = valueOf(w);
        QString text;
        QString style;
        if (!s->value.isEmpty() && !current.isEmpty() && current != s->value) {
            // The inspector overrode auto-QA: said plainly, and recorded with the answer.
            text = tr("Auto-QA suggested %1 — overridden").arg(suggested).toHtmlEscaped() + evidence;
            style = QStringLiteral("color: #8a5300;");
        } else {
            text = tr("Auto-QA: %1").arg(suggested).toHtmlEscaped() + evidence;
            style = QStringLiteral("color: #1967d2;");
        }
        w.autoBadge->setText(QStringLiteral("<span style='font-size:small;'>%1</span>").arg(text));
        w.autoBadge->setStyleSheet(style);
    }
}

namespace {

// One answer changed by the inspector, undoable (Ctrl+Z) and redoable.
class AnswerCommand final : public QUndoCommand
{
public:
    AnswerCommand(ScoreForm *form, QString item, QString before, QString after, const QString &text)
        : QUndoCommand(text)
        , m_form(form)
        , m_item(std::move(item))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void undo() override { m_form->applyAnswer(m_item, m_before); }
    void redo() override
    {
        if (m_pushed) // the first redo is the click that made it
            m_form->applyAnswer(m_item, m_after);
        m_pushed = true;
    }

private:
    ScoreForm *m_form;
    QString m_item;
    QString m_before;
    QString m_after;
    bool m_pushed = false;
};

} // namespace

void ScoreForm::answerChanged(const QString &itemId)
{
    const auto it = m_items.find(itemId);
    if (it == m_items.end())
        return;
    const QString now = valueOf(it->second);
    const QString before = m_lastValues.value(itemId);
    if (now != before) {
        m_lastValues[itemId] = now;
        const ScorecardItem *item = m_card ? m_card->scorecard.item(itemId) : nullptr;
        m_undo->push(new AnswerCommand(this, itemId, before, now,
                                       tr("answer to “%1”").arg(item ? item->text.text(m_locale) : itemId)));
    }
    refreshScore();
    Q_EMIT edited();
}

void ScoreForm::applyAnswer(const QString &itemId, const QString &value)
{
    const auto it = m_items.find(itemId);
    if (it == m_items.end())
        return;
    ItemWidgets &w = it->second;
    m_loading = true;
    const bool exclusive = w.group->exclusive();
    w.group->setExclusive(false);
    const QStringList chosen =
        value.contains(QLatin1Char(',')) ? ScorecardItem::deductionKeys(value) : QStringList{value};
    for (const auto &[v, button] : w.buttons)
        button->setChecked(chosen.contains(v));
    w.group->setExclusive(exclusive);
    m_loading = false;
    m_lastValues[itemId] = valueOf(w);
    refreshScore();
    Q_EMIT edited();
}

void ScoreForm::setTags(const QStringList &tags, bool editable)
{
    m_loading = true;
    for (QCheckBox *box : std::as_const(m_tagBoxes)) {
        box->setChecked(tags.contains(box->property("qawbTag").toString()));
        box->setEnabled(editable && m_card.has_value());
    }
    m_loading = false;
}

QStringList ScoreForm::tags() const
{
    QStringList out;
    for (const QCheckBox *box : m_tagBoxes) {
        if (box->isChecked())
            out << box->property("qawbTag").toString();
    }
    return out;
}

QCheckBox *ScoreForm::reasonBox(const QString &itemId, const QString &reason) const
{
    const auto it = m_items.find(itemId);
    if (it == m_items.end())
        return nullptr;
    const auto box = it->second.reasonBoxes.find(reason);
    return box == it->second.reasonBoxes.end() ? nullptr : box->second;
}

bool ScoreForm::reasonsShown(const QString &itemId) const
{
    const auto it = m_items.find(itemId);
    return it != m_items.end() && it->second.reasonsRow && !it->second.reasonsRow->isHidden();
}

QCheckBox *ScoreForm::tagBox(const QString &tag) const
{
    for (QCheckBox *box : m_tagBoxes) {
        if (box->property("qawbTag").toString() == tag)
            return box;
    }
    return nullptr;
}

void ScoreForm::setPreviewMode(bool preview)
{
    m_previewMode = preview;
    m_notesBox->setVisible(!preview);
    m_tagsBox->setVisible(!preview);
    m_save->setVisible(!preview);
    m_submit->setVisible(!preview);
    m_reopen->setVisible(false);
}

void ScoreForm::setCanEvaluate(bool canEvaluate)
{
    m_canEvaluate = canEvaluate;
}

bool ScoreForm::itemShown(const QString &itemId) const
{
    const auto it = m_items.find(itemId);
    return it != m_items.end() && !it->second.container->isHidden();
}

QString ScoreForm::revisionBannerText() const
{
    return m_revisionBanner->isVisibleTo(this) ? m_revisionBanner->text() : QString();
}

void ScoreForm::clearSections()
{
    m_items.clear();
    m_sections.clear();
    qDeleteAll(m_sectionsHost->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
}

void ScoreForm::rebuild()
{
    clearSections();
    const Scorecard &card = m_card->scorecard;
    m_title->setText(tr("%1 (v%2)").arg(card.name().text(m_locale)).arg(card.version()));
    for (const ScorecardSection &section : card.sections()) {
        auto *box = new QGroupBox(section.title.text(m_locale), m_sectionsHost);
        m_sections[section.id] = box;
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setSpacing(2);
        for (const ScorecardItem &item : section.items) {
            ItemWidgets w;
            // Each item in a container of its own, so a conditional item can be shown and hidden whole.
            w.container = new QWidget(box);
            auto *itemLayout = new QVBoxLayout(w.container);
            itemLayout->setContentsMargins(0, 0, 0, 0);
            itemLayout->setSpacing(2);
            boxLayout->addWidget(w.container);
            QString text = item.text.text(m_locale).toHtmlEscaped();
            if (item.fatal)
                text = QStringLiteral("<span style='color:#b3261e; font-weight:bold;'>[%1]</span> ")
                           .arg(tr("Fatal").toHtmlEscaped()) +
                       text;
            else if (item.bonus)
                text = QStringLiteral("<span style='color:#0d652d; font-weight:bold;'>[%1]</span> ")
                           .arg(tr("Bonus +%1").arg(item.points).toHtmlEscaped()) +
                       text;
            else
                text += QStringLiteral(" <span style='color:#777;'>(%1)</span>")
                            .arg(tr("%n pt(s)", nullptr, int(item.points)).toHtmlEscaped());
            w.label = new QLabel(text, w.container);
            w.label->setWordWrap(true);
            w.label->setToolTip(item.guidance.text(m_locale));
            itemLayout->addWidget(w.label);
            w.autoBadge = new QLabel(w.container);
            w.autoBadge->setWordWrap(true);
            w.autoBadge->setTextFormat(Qt::RichText);
            w.autoBadge->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            w.autoBadge->hide();
            connect(w.autoBadge, &QLabel::linkActivated, this,
                    [this, id = item.id](const QString &) { Q_EMIT evidenceRequested(m_suggestions.value(id).rules); });
            itemLayout->addWidget(w.autoBadge);
            auto *row = new QHBoxLayout;
            row->setSpacing(10);
            w.group = new QButtonGroup(w.container);
            // Deductions combine: "no deductions" or any set of faults; every other type takes one answer.
            const bool deductions = item.type == ScorecardItem::Type::Deductions;
            w.group->setExclusive(!deductions);
            QStringList values = item.values();
            if (item.naAllowed)
                values << QStringLiteral("na");
            for (const QString &value : std::as_const(values)) {
                QAbstractButton *button =
                    deductions ? static_cast<QAbstractButton *>(new QCheckBox(labelFor(item, value), w.container))
                               : new QRadioButton(labelFor(item, value), w.container);
                button->setAccessibleName(item.text.text(m_locale) + QStringLiteral(": ") + labelFor(item, value));
                w.group->addButton(button);
                w.buttons[value] = button;
                row->addWidget(button);
            }
            row->addStretch(1);
            itemLayout->addLayout(row);
            if (!item.reasons.empty()) {
                w.reasonsRow = new QWidget(w.container);
                auto *reasonsLayout = new QHBoxLayout(w.reasonsRow);
                reasonsLayout->setContentsMargins(0, 0, 0, 0);
                reasonsLayout->addWidget(new QLabel(tr("Reason:"), w.reasonsRow));
                for (const auto &r : item.reasons) {
                    auto *box =
                        new QCheckBox(r.label.text(m_locale).isEmpty() ? r.key : r.label.text(m_locale), w.reasonsRow);
                    box->setChecked(m_evaluation.answers.value(item.id).reasons.contains(r.key));
                    connect(box, &QCheckBox::toggled, this, [this] {
                        if (m_loading)
                            return;
                        refreshScore();
                        Q_EMIT edited();
                    });
                    w.reasonBoxes[r.key] = box;
                    reasonsLayout->addWidget(box);
                }
                reasonsLayout->addStretch(1);
                w.reasonsRow->hide();
                itemLayout->addWidget(w.reasonsRow);
            }
            w.comment = new QLineEdit(w.container);
            w.comment->setPlaceholderText(item.commentRequiredOnFail ? tr("Comment (required when failed)")
                                                                     : tr("Comment"));
            w.comment->setAccessibleName(tr("Comment on %1").arg(item.text.text(m_locale)));
            itemLayout->addWidget(w.comment);
            const Answer answer = m_evaluation.answers.value(item.id);
            const QStringList chosen =
                deductions && answer.value != QLatin1String("ok") && answer.value != QLatin1String("na")
                    ? ScorecardItem::deductionKeys(answer.value)
                    : QStringList{answer.value};
            for (const QString &value : chosen) {
                if (auto it = w.buttons.find(value); it != w.buttons.end())
                    it->second->setChecked(true);
            }
            w.comment->setText(answer.comment);
            connect(w.group, &QButtonGroup::buttonToggled, this,
                    [this, deductions, group = w.group, id = item.id](QAbstractButton *button, bool checked) {
                        if (m_loading)
                            return;
                        if (deductions && checked) {
                            // "No deductions" and faults exclude each other; faults combine.
                            const QSignalBlocker blocker(group);
                            const bool ok = button->property("qawbValue").toString() == QLatin1String("ok") ||
                                            button->property("qawbValue").toString() == QLatin1String("na");
                            for (QAbstractButton *other : group->buttons()) {
                                const QString v = other->property("qawbValue").toString();
                                const bool otherOk = v == QLatin1String("ok") || v == QLatin1String("na");
                                if (other != button && (ok || otherOk))
                                    other->setChecked(false);
                            }
                        }
                        if (checked || deductions)
                            answerChanged(id);
                    });
            for (const auto &[value, button] : w.buttons)
                button->setProperty("qawbValue", value);
            connect(w.comment, &QLineEdit::textEdited, this, [this] {
                refreshScore();
                Q_EMIT edited();
            });
            m_items[item.id] = w;
        }
        m_sectionsLayout->addWidget(box);
    }
}

void ScoreForm::markSaved(const Evaluation &saved)
{
    m_evaluation.id = saved.id;
    m_evaluation.createdAt = saved.createdAt;
    m_evaluation.updatedAt = saved.updatedAt;
}

Evaluation ScoreForm::evaluation() const
{
    Evaluation e = m_evaluation;
    e.answers.clear();
    for (const auto &[id, w] : m_items) {
        Answer answer;
        answer.value = valueOf(w);
        answer.suggested = m_suggestions.value(id).value;
        // Reasons belong to a failed answer; ticked boxes of an answer that no longer fails are not kept.
        const ScorecardItem *item = m_card ? m_card->scorecard.item(id) : nullptr;
        if (item && item->isFailed(answer.value)) {
            for (const auto &[key, box] : w.reasonBoxes) {
                if (box->isChecked())
                    answer.reasons << key;
            }
        }
        answer.comment = w.comment->text().trimmed();
        if (!answer.value.isEmpty() || !answer.comment.isEmpty() || !answer.suggested.isEmpty())
            e.answers.insert(id, answer);
    }
    e.generalComment = m_general->toPlainText();
    e.coachingNote = m_coaching->toPlainText();
    e.privateNote = m_private->toPlainText();
    return e;
}

ScoreResult ScoreForm::result() const
{
    if (!m_card)
        return {};
    const Evaluation e = evaluation();
    return m_card->scorecard.score(e.values(), e.comments(), e.reasons());
}

QString ScoreForm::valueOf(const ItemWidgets &w) const
{
    QStringList checked;
    for (const auto &[value, button] : w.buttons) {
        if (button->isChecked())
            checked << value;
    }
    if (checked.size() <= 1)
        return checked.value(0);
    // Several faults of a deductions item, in the scorecard's order.
    QStringList ordered;
    for (QAbstractButton *button : w.group->buttons()) {
        if (button->isChecked())
            ordered << button->property("qawbValue").toString();
    }
    return ordered.join(QLatin1Char(','));
}

void ScoreForm::refreshScore()
{
    if (!m_card)
        return;
    const ScoreResult r = result();
    // Conditional items appear when their condition holds and disappear when it does not.
    for (auto &[id, w] : m_items) {
        w.container->setVisible(!r.skipped.contains(id));
        if (w.reasonsRow) {
            const ScorecardItem *item = m_card->scorecard.item(id);
            w.reasonsRow->setVisible(item && item->isFailed(valueOf(w)));
            w.reasonsRow->setStyleSheet(r.missingReasons.contains(id) ? QStringLiteral("QCheckBox { color: #b3261e; }")
                                                                      : QString());
        }
    }
    updateSuggestionBadges();
    const Scorecard &card = m_card->scorecard;
    const QLocale locale;
    // Until something is scored a running total would read 100 and mislead.
    const bool nothingScored = r.sections.isEmpty() || std::all_of(r.sections.cbegin(), r.sections.cend(),
                                                                   [](const auto &s) { return s.possible == 0; });
    const QString value =
        nothingScored && !r.fatal && r.bonus == 0 ? QStringLiteral("—") : locale.toString(r.score, 'f', 1);
    QString total = tr("%1 / %2").arg(value, locale.toString(card.cap(), 'f', 0));
    if (!r.unanswered.isEmpty())
        total += QStringLiteral("  ") + tr("(%n to answer)", nullptr, int(r.unanswered.size()));
    m_total->setText(total);
    const bool empty = value == QStringLiteral("—");
    m_total->setStyleSheet(r.fatal                       ? QStringLiteral("color: #b3261e;")
                           : empty                       ? QStringLiteral("color: #5f6368;")
                           : r.score >= card.passScore() ? QStringLiteral("color: #0d652d;")
                                                         : QStringLiteral("color: #8a5300;"));
    QStringList fatalNames;
    for (const QString &id : r.fatalItems) {
        if (const ScorecardItem *item = card.item(id))
            fatalNames << item->text.text(m_locale);
    }
    m_fatalBanner->setVisible(r.fatal);
    m_fatalBanner->setText(
        tr("One-vote veto: %1. The evaluation scores 0.").arg(fatalNames.join(QStringLiteral("; "))));
    for (const ScorecardSection &section : card.sections()) {
        const auto sub = r.sections.value(section.id);
        QString title = section.title.text(m_locale);
        if (sub.possible > 0)
            title += QStringLiteral("  —  %1 / %2")
                         .arg(locale.toString(sub.earned, 'f', 1), locale.toString(sub.possible, 'f', 0));
        m_sections[section.id]->setTitle(title);
    }
    for (const auto &[id, w] : m_items) {
        const bool missing = r.missingComments.contains(id);
        w.comment->setStyleSheet(missing ? QStringLiteral("border: 1px solid #b3261e;") : QString());
    }
}

void ScoreForm::setReadOnly(bool readOnly)
{
    for (const auto &[id, w] : m_items) {
        for (const auto &[value, button] : w.buttons)
            button->setEnabled(!readOnly);
        for (const auto &[key, box] : w.reasonBoxes)
            box->setEnabled(!readOnly);
        w.comment->setReadOnly(readOnly);
    }
    for (QPlainTextEdit *edit : {m_general, m_coaching, m_private})
        edit->setReadOnly(readOnly);
    m_save->setEnabled(!readOnly && m_card.has_value());
    m_submit->setEnabled(!readOnly && m_card.has_value());
}

QAbstractButton *ScoreForm::answerButton(const QString &itemId, const QString &value) const
{
    const auto it = m_items.find(itemId);
    if (it == m_items.end())
        return nullptr;
    const auto b = it->second.buttons.find(value);
    return b == it->second.buttons.end() ? nullptr : b->second;
}

QLineEdit *ScoreForm::commentEdit(const QString &itemId) const
{
    const auto it = m_items.find(itemId);
    return it == m_items.end() ? nullptr : it->second.comment;
}

QString ScoreForm::totalText() const
{
    return m_total->text();
}

bool ScoreForm::fatalBannerVisible() const
{
    return !m_fatalBanner->isHidden();
}

} // namespace qawb
