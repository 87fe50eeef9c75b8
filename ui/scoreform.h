#pragma once

#include "core/evaluationrepository.h"
#include "core/prefill.h"
#include "core/scorecardrepository.h"

#include <QWidget>

#include <map>

class QAbstractButton;
class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;
class QCheckBox;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace qawb {

// The scoring form generated from a scorecard version: one row of answer buttons per item (with N/A where allowed),
// a comment per item, live total with section subtotals, a fatal banner, and the general comment, coaching note and
// private note. Keyboard-operable: Tab moves between items, arrow keys between an item's answers.
class ScoreForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreForm)

public:
    explicit ScoreForm(QWidget *parent = nullptr);

    // Shows an evaluation (new, draft or submitted) scored with card; submitted ones are read-only. history: the
    // earlier submitted revisions (the banner says what was reopened and why).
    void setEvaluation(const StoredScorecard &card, const Evaluation &evaluation,
                       const std::vector<EvaluationRevision> &history = {});
    void clear();
    bool isLoaded() const { return m_card.has_value(); }
    // A preview of a scorecard being edited: scoring works, nothing is saved (no buttons, notes or tags).
    void setPreviewMode(bool preview);
    // People whose role does not evaluate (team leaders, trainers) see the form read-only, with a note saying so.
    void setCanEvaluate(bool canEvaluate);

    // Records what the store assigned on a save (id, times) without touching the inputs.
    void markSaved(const Evaluation &saved);
    // The evaluation with the form's current answers and notes.
    Evaluation evaluation() const;
    ScoreResult result() const;
    const Scorecard *scorecard() const { return m_card ? &m_card->scorecard : nullptr; }

    // Programmatic access for shortcuts and tests.
    QAbstractButton *answerButton(const QString &itemId, const QString &value) const;
    QLineEdit *commentEdit(const QString &itemId) const;
    QPlainTextEdit *generalCommentEdit() const { return m_general; }
    QPlainTextEdit *coachingNoteEdit() const { return m_coaching; }
    QString totalText() const;
    bool fatalBannerVisible() const;
    QString revisionBannerText() const;
    // Auto-QA's suggestions for items linked to rules: each such item shows what auto-QA says and why (a link to the
    // evidence); with prefill, unanswered items of an evaluation still being edited take the suggested answer.
    void setSuggestions(const QMap<QString, Suggestion> &suggestions, bool prefill);
    // The badge text of an item's suggestion (for tests), empty when there is none.
    QString suggestionText(const QString &itemId) const;
    // Answers given on the form, undoable and redoable (text fields keep their own undo while they have focus).
    QUndoStack *undoStack() const { return m_undo; }
    // Sets an item's answer as undo/redo does (not recorded as a new step).
    void applyAnswer(const QString &itemId, const QString &value);
    // Tags of the evaluation (exemplary, bad_example, training_case, calibration); editable even when submitted.
    void setTags(const QStringList &tags, bool editable);
    QStringList tags() const;
    QCheckBox *tagBox(const QString &tag) const;
    // The check box of a reason code of an item (nullptr if the item has no such reason).
    QCheckBox *reasonBox(const QString &itemId, const QString &reason) const;
    bool reasonsShown(const QString &itemId) const;
    // Whether an item is on the form (conditional items only when their condition holds).
    bool itemShown(const QString &itemId) const;

Q_SIGNALS:
    void edited();
    void saveRequested();
    void submitRequested();
    void reopenRequested();
    // The inspector asked to see the hits behind a suggestion.
    void evidenceRequested(const QStringList &rules);
    void tagsEdited();

private:
    struct ItemWidgets
    {
        QWidget *container = nullptr;
        QLabel *autoBadge = nullptr;
        QWidget *reasonsRow = nullptr; // reason codes, shown when the item fails
        std::map<QString, QCheckBox *> reasonBoxes;
        QButtonGroup *group = nullptr;
        std::map<QString, QAbstractButton *> buttons;
        QLineEdit *comment = nullptr;
        QLabel *label = nullptr;
    };
    void rebuild();
    void clearSections();
    void refreshScore();
    QString valueOf(const ItemWidgets &w) const;
    void setReadOnly(bool readOnly);
    QString labelFor(const ScorecardItem &item, const QString &value) const;

    std::optional<StoredScorecard> m_card;
    Evaluation m_evaluation;
    QString m_locale;
    QLabel *m_title;
    QLabel *m_total;
    QLabel *m_fatalBanner;
    QLabel *m_submittedBanner;
    QWidget *m_sectionsHost = nullptr;
    QVBoxLayout *m_sectionsLayout = nullptr;
    QScrollArea *m_scroll;
    QPlainTextEdit *m_general;
    QPlainTextEdit *m_coaching;
    QPlainTextEdit *m_private;
    QPushButton *m_save;
    QPushButton *m_submit;
    QPushButton *m_reopen;
    QMap<QString, Suggestion> m_suggestions;
    QUndoStack *m_undo;
    bool m_canEvaluate = true;
    QList<QCheckBox *> m_tagBoxes;
    QWidget *m_tagsBox = nullptr;
    QWidget *m_notesBox = nullptr;
    bool m_previewMode = false;
    QMap<QString, QString> m_lastValues; // each item's answer before the latest change (for undo)
    void answerChanged(const QString &itemId);
    void updateSuggestionBadges();
    QLabel *m_revisionBanner;
    std::map<QString, ItemWidgets> m_items;
    std::map<QString, QGroupBox *> m_sections;
    bool m_loading = false;
};

} // namespace qawb
