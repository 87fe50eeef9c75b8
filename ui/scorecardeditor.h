#pragma once

#include "core/userrepository.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace qawb {

class ScoreForm;
class Store;

// The QA managers' scorecard editor: sections and items added, removed, reordered and edited, with a live preview
// that scores as answers are clicked. Publishing never changes a published version: it adds the next one
// (ScorecardRepository::publishJson), so evaluations keep the version they were scored with.
class ScorecardEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScorecardEditor)

public:
    ScorecardEditor(Store &store, const User &user, QWidget *parent = nullptr);

    // Loads the newest version of a scorecard (by key) for editing; false if there is none.
    bool load(const QString &key);
    // The definition being edited (format qawb-scorecard/1).
    QJsonObject definition() const { return m_doc; }
    // Why the definition cannot be published yet; empty when it can.
    QString problem() const { return m_problem; }
    ScoreForm *preview() const { return m_preview; }
    QTreeWidget *tree() const { return m_tree; }

    // The editing actions the buttons call (public for keyboard shortcuts and tests).
    void addSection();
    void addItem();
    void removeSelected();
    void moveSelected(int delta);
    // Publishes the definition as the scorecard's next version; false and a message on failure.
    bool publish();

    // The property fields of the selected item (for tests and accessibility).
    QLineEdit *itemIdEdit() const { return m_itemId; }
    QLineEdit *itemTextEdit(const QString &language) const;
    QComboBox *itemTypeCombo() const { return m_itemType; }
    QDoubleSpinBox *itemPointsSpin() const { return m_itemPoints; }
    QPlainTextEdit *itemOptionsEdit() const { return m_itemOptions; }
    QPlainTextEdit *itemReasonsEdit() const { return m_itemReasons; }
    QCheckBox *itemFatalCheck() const { return m_itemFatal; }

private:
    void rebuildTree(int selectSection = -1, int selectItem = -1);
    void showSelected();
    void storeSelected();
    void refresh();
    // Section and item index of the selected tree node (item -1 for a section).
    std::pair<int, int> selected() const;
    QJsonArray sections() const;
    void setSections(const QJsonArray &sections);

    Store &m_store;
    User m_user;
    QJsonObject m_doc;
    QString m_problem;
    bool m_loading = false;

    QComboBox *m_cards;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QTreeWidget *m_tree;
    QStackedWidget *m_pages;
    // section page
    QLineEdit *m_sectionId;
    QLineEdit *m_sectionZh;
    QLineEdit *m_sectionEn;
    // item page
    QLineEdit *m_itemId;
    QLineEdit *m_itemZh;
    QLineEdit *m_itemTw;
    QLineEdit *m_itemEn;
    QLineEdit *m_itemGuidance;
    QComboBox *m_itemType;
    QDoubleSpinBox *m_itemPoints;
    QDoubleSpinBox *m_itemWeight;
    QSpinBox *m_itemSteps;
    QPlainTextEdit *m_itemOptions;
    QPlainTextEdit *m_itemReasons;
    QCheckBox *m_itemNa;
    QCheckBox *m_itemFatal;
    QCheckBox *m_itemBonus;
    QCheckBox *m_itemComment;
    QLineEdit *m_itemRules;
    QLineEdit *m_itemShowIf;
    ScoreForm *m_preview;
    QLabel *m_status;
    QPushButton *m_publish;
};

} // namespace qawb
