#include "scorecardeditor.h"

#include "scoreform.h"

#include "core/evaluationrepository.h"
#include "core/scorecard.h"
#include "core/scorecardrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qawb {

namespace {

QJsonObject localized(const QString &zh, const QString &en, const QString &tw = {})
{
    QJsonObject o{{QStringLiteral("zh_CN"), zh}, {QStringLiteral("en"), en}};
    if (!tw.isEmpty())
        o.insert(QStringLiteral("zh_TW"), tw);
    return o;
}

QString text(const QJsonValue &v, const char *language)
{
    return v.isString() ? v.toString() : v.toObject().value(QLatin1String(language)).toString();
}

// One entry per line, "key | points | 中文 | English" (options of a choice, faults of a deductions item) or, without
// points, "key | 中文 | English" (reason codes).
enum class Points { With, Without };

QString linesText(const QJsonArray &entries, Points points)
{
    QStringList lines;
    for (const QJsonValue &e : entries) {
        QStringList fields{e[QStringLiteral("key")].toString()};
        if (points == Points::With)
            fields << QString::number(e[QStringLiteral("points")].toDouble());
        fields << text(e[QStringLiteral("label")], "zh_CN") << text(e[QStringLiteral("label")], "en");
        lines << fields.join(QStringLiteral(" | "));
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonArray linesFrom(const QString &textBlock, Points points)
{
    QJsonArray out;
    for (const QString &line : textBlock.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList f = line.split(QLatin1Char('|'));
        if (f.value(0).trimmed().isEmpty())
            continue;
        QJsonObject entry{{QStringLiteral("key"), f.takeFirst().trimmed()}};
        if (points == Points::With)
            entry.insert(QStringLiteral("points"), f.isEmpty() ? 0.0 : f.takeFirst().trimmed().toDouble());
        entry.insert(QStringLiteral("label"), localized(f.value(0).trimmed(), f.value(1).trimmed()));
        out.append(entry);
    }
    return out;
}

const char *const kTypes[] = {"yesno", "scale", "choice", "deductions"};

} // namespace

ScorecardEditor::ScorecardEditor(Store &store, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(user)
    , m_cards(new QComboBox(this))
    , m_nameZh(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_sectionId(new QLineEdit(this))
    , m_sectionZh(new QLineEdit(this))
    , m_sectionEn(new QLineEdit(this))
    , m_itemId(new QLineEdit(this))
    , m_itemZh(new QLineEdit(this))
    , m_itemTw(new QLineEdit(this))
    , m_itemEn(new QLineEdit(this))
    , m_itemGuidance(new QLineEdit(this))
    , m_itemType(new QComboBox(this))
    , m_itemPoints(new QDoubleSpinBox(this))
    , m_itemWeight(new QDoubleSpinBox(this))
    , m_itemSteps(new QSpinBox(this))
    , m_itemOptions(new QPlainTextEdit(this))
    , m_itemReasons(new QPlainTextEdit(this))
    , m_itemNa(new QCheckBox(tr("N/A allowed"), this))
    , m_itemFatal(new QCheckBox(tr("Fatal (一票否决)"), this))
    , m_itemBonus(new QCheckBox(tr("Bonus"), this))
    , m_itemComment(new QCheckBox(tr("Comment required when failed"), this))
    , m_itemRules(new QLineEdit(this))
    , m_itemShowIf(new QLineEdit(this))
    , m_preview(new ScoreForm(this))
    , m_status(new QLabel(this))
    , m_publish(new QPushButton(tr("Publish as new version"), this))
{
    setWindowTitle(tr("Scorecard editor"));
    m_preview->setPreviewMode(true);
    for (const ScorecardVersionInfo &v : ScorecardRepository(m_store).versions()) {
        if (v.current)
            m_cards->addItem(tr("%1 (v%2)").arg(v.name.text(QLocale().name())).arg(v.version), v.key);
    }
    connect(m_cards, &QComboBox::activated, this, [this](int index) { load(m_cards->itemData(index).toString()); });

    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Sections and items"));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_loading)
            showSelected();
    });
    auto *addSectionButton = new QPushButton(tr("Add section"), this);
    auto *addItemButton = new QPushButton(tr("Add item"), this);
    auto *removeButton = new QPushButton(tr("Remove"), this);
    auto *upButton = new QPushButton(tr("Up"), this);
    auto *downButton = new QPushButton(tr("Down"), this);
    connect(addSectionButton, &QPushButton::clicked, this, &ScorecardEditor::addSection);
    connect(addItemButton, &QPushButton::clicked, this, &ScorecardEditor::addItem);
    connect(removeButton, &QPushButton::clicked, this, &ScorecardEditor::removeSelected);
    connect(upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    upButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    downButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));

    // Property pages: nothing, a section, an item.
    m_pages->addWidget(new QLabel(tr("Select a section or an item to edit it."), this));
    auto *sectionPage = new QWidget(this);
    auto *sectionForm = new QFormLayout(sectionPage);
    sectionForm->addRow(tr("ID"), m_sectionId);
    sectionForm->addRow(tr("Title (中文)"), m_sectionZh);
    sectionForm->addRow(tr("Title (English)"), m_sectionEn);
    m_pages->addWidget(sectionPage);
    auto *itemPage = new QWidget(this);
    auto *itemForm = new QFormLayout(itemPage);
    for (const char *type : kTypes)
        m_itemType->addItem(QString::fromLatin1(type), QString::fromLatin1(type));
    m_itemPoints->setRange(0, 1000);
    m_itemWeight->setRange(0, 100);
    m_itemWeight->setSingleStep(0.5);
    m_itemSteps->setRange(1, 10);
    m_itemOptions->setPlaceholderText(tr("choice / deductions, one per line:\nkey | points | 中文 | English"));
    m_itemOptions->setTabChangesFocus(true);
    m_itemOptions->setMaximumHeight(m_itemOptions->fontMetrics().lineSpacing() * 5 + 12);
    m_itemReasons->setPlaceholderText(
        tr("reason codes asked when the item fails, one per line:\nkey | 中文 | English"));
    m_itemReasons->setTabChangesFocus(true);
    m_itemReasons->setMaximumHeight(m_itemReasons->fontMetrics().lineSpacing() * 4 + 12);
    m_itemRules->setPlaceholderText(tr("auto-QA rules, e.g. greeting.missing"));
    m_itemShowIf->setPlaceholderText(tr("only when: item = value, value"));
    itemForm->addRow(tr("ID"), m_itemId);
    itemForm->addRow(tr("Question (简体)"), m_itemZh);
    itemForm->addRow(tr("Question (繁體)"), m_itemTw);
    itemForm->addRow(tr("Question (English)"), m_itemEn);
    itemForm->addRow(tr("Guidance"), m_itemGuidance);
    itemForm->addRow(tr("Answer type"), m_itemType);
    itemForm->addRow(tr("Points"), m_itemPoints);
    itemForm->addRow(tr("Weight"), m_itemWeight);
    itemForm->addRow(tr("Scale steps"), m_itemSteps);
    itemForm->addRow(tr("Options"), m_itemOptions);
    itemForm->addRow(tr("Reasons"), m_itemReasons);
    itemForm->addRow(QString(), m_itemNa);
    itemForm->addRow(QString(), m_itemFatal);
    itemForm->addRow(QString(), m_itemBonus);
    itemForm->addRow(QString(), m_itemComment);
    itemForm->addRow(tr("Rules"), m_itemRules);
    itemForm->addRow(tr("Shown if"), m_itemShowIf);
    m_pages->addWidget(itemPage);
    // Every field writes back as it changes, and the preview follows.
    for (QLineEdit *edit : {m_nameZh, m_nameEn, m_sectionId, m_sectionZh, m_sectionEn, m_itemId, m_itemZh, m_itemTw,
                            m_itemEn, m_itemGuidance, m_itemRules, m_itemShowIf})
        connect(edit, &QLineEdit::textEdited, this, &ScorecardEditor::storeSelected);
    connect(m_itemOptions, &QPlainTextEdit::textChanged, this, &ScorecardEditor::storeSelected);
    connect(m_itemReasons, &QPlainTextEdit::textChanged, this, &ScorecardEditor::storeSelected);
    connect(m_itemType, &QComboBox::currentIndexChanged, this, &ScorecardEditor::storeSelected);
    for (QAbstractSpinBox *spin : std::initializer_list<QAbstractSpinBox *>{m_itemPoints, m_itemWeight, m_itemSteps})
        connect(spin, &QAbstractSpinBox::editingFinished, this, &ScorecardEditor::storeSelected);
    connect(m_itemPoints, &QDoubleSpinBox::valueChanged, this, &ScorecardEditor::storeSelected);
    connect(m_itemWeight, &QDoubleSpinBox::valueChanged, this, &ScorecardEditor::storeSelected);
    connect(m_itemSteps, &QSpinBox::valueChanged, this, &ScorecardEditor::storeSelected);
    for (QCheckBox *box : {m_itemNa, m_itemFatal, m_itemBonus, m_itemComment})
        connect(box, &QCheckBox::toggled, this, &ScorecardEditor::storeSelected);

    m_status->setWordWrap(true);
    connect(m_publish, &QPushButton::clicked, this, &ScorecardEditor::publish);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    auto *names = new QFormLayout;
    names->addRow(tr("Scorecard"), m_cards);
    names->addRow(tr("Name (中文)"), m_nameZh);
    names->addRow(tr("Name (English)"), m_nameEn);
    leftLayout->addLayout(names);
    // The tree and the selected node's properties share the column; the inspector drags the divider.
    auto *treeHost = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeHost);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_tree, 1);
    auto *treeButtons = new QHBoxLayout;
    for (QPushButton *b : {addSectionButton, addItemButton, removeButton, upButton, downButton})
        treeButtons->addWidget(b);
    treeLayout->addLayout(treeButtons);
    auto *leftSplit = new QSplitter(Qt::Vertical, this);
    leftSplit->addWidget(treeHost);
    leftSplit->addWidget(m_pages);
    leftSplit->setStretchFactor(0, 2);
    leftSplit->setStretchFactor(1, 3);
    leftLayout->addWidget(leftSplit, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    auto *previewTitle = new QLabel(tr("Preview — click answers to try the scoring"), this);
    rightLayout->addWidget(previewTitle);
    rightLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_publish);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    resize(1200, 720);
    if (m_cards->count() > 0)
        load(m_cards->itemData(0).toString());
}

QLineEdit *ScorecardEditor::itemTextEdit(const QString &language) const
{
    if (language == QLatin1String("zh_TW"))
        return m_itemTw;
    return language == QLatin1String("en") ? m_itemEn : m_itemZh;
}

bool ScorecardEditor::load(const QString &key)
{
    QString error;
    const auto json = ScorecardRepository(m_store).exportJson(key, 0, &error);
    if (!json)
        return false;
    m_doc = QJsonDocument::fromJson(*json).object();
    m_cards->setCurrentIndex(m_cards->findData(key));
    m_loading = true;
    m_nameZh->setText(text(m_doc[QStringLiteral("name")], "zh_CN"));
    m_nameEn->setText(text(m_doc[QStringLiteral("name")], "en"));
    m_loading = false;
    rebuildTree(0, -1);
    refresh();
    return true;
}

QJsonArray ScorecardEditor::sections() const
{
    return m_doc.value(QStringLiteral("sections")).toArray();
}

void ScorecardEditor::setSections(const QJsonArray &sections)
{
    m_doc.insert(QStringLiteral("sections"), sections);
}

std::pair<int, int> ScorecardEditor::selected() const
{
    const QTreeWidgetItem *node = m_tree->currentItem();
    if (!node)
        return {-1, -1};
    if (!node->parent())
        return {m_tree->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(node)), -1};
    return {m_tree->indexOfTopLevelItem(node->parent()),
            node->parent()->indexOfChild(const_cast<QTreeWidgetItem *>(node))};
}

void ScorecardEditor::rebuildTree(int selectSection, int selectItem)
{
    m_loading = true;
    m_tree->clear();
    const QJsonArray all = sections();
    QTreeWidgetItem *toSelect = nullptr;
    for (int s = 0; s < all.size(); ++s) {
        const QJsonObject section = all[s].toObject();
        auto *node =
            new QTreeWidgetItem(m_tree, {text(section[QStringLiteral("title")], "zh_CN") + QStringLiteral("  (") +
                                         section[QStringLiteral("id")].toString() + QLatin1Char(')')});
        const QJsonArray items = section[QStringLiteral("items")].toArray();
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject item = items[i].toObject();
            auto *child = new QTreeWidgetItem(
                node, {QStringLiteral("%1 · %2 · %3")
                           .arg(item[QStringLiteral("id")].toString(), text(item[QStringLiteral("text")], "zh_CN"),
                                item[QStringLiteral("type")].toString(QStringLiteral("yesno")))});
            if (s == selectSection && i == selectItem)
                toSelect = child;
        }
        if (s == selectSection && selectItem < 0)
            toSelect = node;
    }
    m_tree->expandAll();
    if (toSelect)
        m_tree->setCurrentItem(toSelect);
    m_loading = false;
    showSelected();
}

void ScorecardEditor::showSelected()
{
    const auto [s, i] = selected();
    m_loading = true;
    if (s < 0) {
        m_pages->setCurrentIndex(0);
    } else if (i < 0) {
        const QJsonObject section = sections()[s].toObject();
        m_sectionId->setText(section[QStringLiteral("id")].toString());
        m_sectionZh->setText(text(section[QStringLiteral("title")], "zh_CN"));
        m_sectionEn->setText(text(section[QStringLiteral("title")], "en"));
        m_pages->setCurrentIndex(1);
    } else {
        const QJsonObject item = sections()[s].toObject()[QStringLiteral("items")].toArray()[i].toObject();
        m_itemId->setText(item[QStringLiteral("id")].toString());
        m_itemZh->setText(text(item[QStringLiteral("text")], "zh_CN"));
        m_itemTw->setText(text(item[QStringLiteral("text")], "zh_TW"));
        m_itemEn->setText(text(item[QStringLiteral("text")], "en"));
        m_itemGuidance->setText(text(item[QStringLiteral("guidance")], "zh_CN"));
        m_itemType->setCurrentIndex(
            std::max(0, m_itemType->findData(item[QStringLiteral("type")].toString(QStringLiteral("yesno")))));
        m_itemPoints->setValue(item[QStringLiteral("points")].toDouble());
        m_itemWeight->setValue(item[QStringLiteral("weight")].toDouble(1));
        m_itemSteps->setValue(item[QStringLiteral("steps")].toInt(4));
        const QString type = item[QStringLiteral("type")].toString();
        m_itemOptions->setPlainText(linesText(
            item[type == QLatin1String("deductions") ? QStringLiteral("deductions") : QStringLiteral("options")]
                .toArray(),
            Points::With));
        m_itemReasons->setPlainText(linesText(item[QStringLiteral("reasons")].toArray(), Points::Without));
        m_itemNa->setChecked(item[QStringLiteral("na_allowed")].toBool());
        m_itemFatal->setChecked(item[QStringLiteral("fatal")].toBool());
        m_itemBonus->setChecked(item[QStringLiteral("bonus")].toBool());
        m_itemComment->setChecked(item[QStringLiteral("comment_required_on_fail")].toBool());
        QStringList rules;
        for (const QJsonValue &r : item[QStringLiteral("rules")].toArray())
            rules << r.toString();
        m_itemRules->setText(rules.join(QStringLiteral(", ")));
        const QJsonObject cond = item[QStringLiteral("show_if")].toObject();
        QStringList values;
        for (const QJsonValue &v : cond[QStringLiteral("values")].toArray())
            values << v.toString();
        m_itemShowIf->setText(cond.isEmpty() ? QString()
                                             : cond[QStringLiteral("item")].toString() + QStringLiteral(" = ") +
                                                   values.join(QStringLiteral(", ")));
        m_pages->setCurrentIndex(2);
    }
    m_loading = false;
}

void ScorecardEditor::storeSelected()
{
    if (m_loading)
        return;
    QJsonObject name = m_doc[QStringLiteral("name")].toObject();
    name.insert(QStringLiteral("zh_CN"), m_nameZh->text());
    name.insert(QStringLiteral("en"), m_nameEn->text());
    m_doc.insert(QStringLiteral("name"), name);
    const auto [s, i] = selected();
    QJsonArray all = sections();
    if (s >= 0 && s < all.size()) {
        QJsonObject section = all[s].toObject();
        if (i < 0) {
            section.insert(QStringLiteral("id"), m_sectionId->text().trimmed());
            QJsonObject title = section[QStringLiteral("title")].toObject();
            title.insert(QStringLiteral("zh_CN"), m_sectionZh->text());
            title.insert(QStringLiteral("en"), m_sectionEn->text());
            section.insert(QStringLiteral("title"), title);
        } else {
            QJsonArray items = section[QStringLiteral("items")].toArray();
            QJsonObject item = items[i].toObject();
            const QString type = m_itemType->currentData().toString();
            item.insert(QStringLiteral("id"), m_itemId->text().trimmed());
            item.insert(QStringLiteral("text"), localized(m_itemZh->text(), m_itemEn->text(), m_itemTw->text()));
            if (m_itemGuidance->text().isEmpty())
                item.remove(QStringLiteral("guidance"));
            else
                item.insert(QStringLiteral("guidance"), localized(m_itemGuidance->text(), m_itemGuidance->text()));
            item.insert(QStringLiteral("type"), type);
            item.insert(QStringLiteral("points"), m_itemPoints->value());
            if (m_itemWeight->value() == 1.0)
                item.remove(QStringLiteral("weight"));
            else
                item.insert(QStringLiteral("weight"), m_itemWeight->value());
            item.remove(QStringLiteral("steps"));
            item.remove(QStringLiteral("options"));
            item.remove(QStringLiteral("deductions"));
            if (type == QLatin1String("scale"))
                item.insert(QStringLiteral("steps"), m_itemSteps->value());
            else if (type == QLatin1String("choice"))
                item.insert(QStringLiteral("options"), linesFrom(m_itemOptions->toPlainText(), Points::With));
            else if (type == QLatin1String("deductions"))
                item.insert(QStringLiteral("deductions"), linesFrom(m_itemOptions->toPlainText(), Points::With));
            const QJsonArray reasons = linesFrom(m_itemReasons->toPlainText(), Points::Without);
            if (reasons.isEmpty())
                item.remove(QStringLiteral("reasons"));
            else
                item.insert(QStringLiteral("reasons"), reasons);
            item.insert(QStringLiteral("na_allowed"), m_itemNa->isChecked());
            item.insert(QStringLiteral("fatal"), m_itemFatal->isChecked());
            item.insert(QStringLiteral("bonus"), m_itemBonus->isChecked());
            item.insert(QStringLiteral("comment_required_on_fail"), m_itemComment->isChecked());
            QJsonArray rules;
            for (const QString &r : m_itemRules->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                rules.append(r.trimmed());
            item.insert(QStringLiteral("rules"), rules);
            const QStringList cond = m_itemShowIf->text().split(QLatin1Char('='));
            if (cond.size() == 2 && !cond[0].trimmed().isEmpty()) {
                QJsonArray values;
                for (const QString &v : cond[1].split(QLatin1Char(','), Qt::SkipEmptyParts))
                    values.append(v.trimmed());
                item.insert(QStringLiteral("show_if"), QJsonObject{{QStringLiteral("item"), cond[0].trimmed()},
                                                                   {QStringLiteral("values"), values}});
            } else {
                item.remove(QStringLiteral("show_if"));
            }
            items[i] = item;
            section.insert(QStringLiteral("items"), items);
            // The tree line follows the question.
            if (QTreeWidgetItem *node = m_tree->currentItem())
                node->setText(0, QStringLiteral("%1 · %2 · %3").arg(m_itemId->text(), m_itemZh->text(), type));
        }
        all[s] = section;
        setSections(all);
    }
    refresh();
}

void ScorecardEditor::refresh()
{
    QString error;
    const auto card = Scorecard::fromJson(QJsonDocument(m_doc).toJson(), &error);
    m_problem = card ? QString() : error;
    m_publish->setEnabled(card.has_value());
    m_status->setText(card ? tr("Ready to publish: the next version of %1.").arg(card->key())
                           : tr("Cannot publish yet: %1").arg(error));
    m_status->setStyleSheet(card ? QStringLiteral("color: #0d652d;") : QStringLiteral("color: #b3261e;"));
    if (!card)
        return;
    // The preview keeps the answers being tried while the definition changes.
    Evaluation trial = m_preview->isLoaded() ? m_preview->evaluation() : Evaluation();
    trial.status = QStringLiteral("draft");
    m_preview->setEvaluation(StoredScorecard{QStringLiteral("preview"), *card}, trial);
}

void ScorecardEditor::addSection()
{
    QJsonArray all = sections();
    const int n = int(all.size()) + 1;
    all.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("section_%1").arg(n)},
                           {QStringLiteral("title"), localized(tr("New section"), QStringLiteral("New section"))},
                           {QStringLiteral("items"), QJsonArray{}}});
    setSections(all);
    rebuildTree(int(all.size()) - 1, -1);
    refresh();
}

void ScorecardEditor::addItem()
{
    auto [s, i] = selected();
    QJsonArray all = sections();
    if (all.isEmpty())
        return;
    if (s < 0)
        s = int(all.size()) - 1;
    QJsonObject section = all[s].toObject();
    QJsonArray items = section[QStringLiteral("items")].toArray();
    // A fresh id that no item of the scorecard has yet.
    QStringList ids;
    for (const QJsonValue &sec : all) {
        for (const QJsonValue &it : sec[QStringLiteral("items")].toArray())
            ids << it[QStringLiteral("id")].toString();
    }
    int n = 1;
    while (ids.contains(QStringLiteral("item_%1").arg(n)))
        ++n;
    const int at = i < 0 ? int(items.size()) : i + 1;
    items.insert(at,
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("item_%1").arg(n)},
                             {QStringLiteral("type"), QStringLiteral("yesno")},
                             {QStringLiteral("points"), 5},
                             {QStringLiteral("text"), localized(tr("New question"), QStringLiteral("New question"))}});
    section.insert(QStringLiteral("items"), items);
    all[s] = section;
    setSections(all);
    rebuildTree(s, at);
    refresh();
}

void ScorecardEditor::removeSelected()
{
    const auto [s, i] = selected();
    QJsonArray all = sections();
    if (s < 0 || s >= all.size())
        return;
    if (i < 0) {
        all.removeAt(s);
        setSections(all);
        rebuildTree(std::min(s, int(all.size()) - 1), -1);
    } else {
        QJsonObject section = all[s].toObject();
        QJsonArray items = section[QStringLiteral("items")].toArray();
        items.removeAt(i);
        section.insert(QStringLiteral("items"), items);
        all[s] = section;
        setSections(all);
        rebuildTree(s, items.isEmpty() ? -1 : std::min(i, int(items.size()) - 1));
    }
    refresh();
}

void ScorecardEditor::moveSelected(int delta)
{
    const auto [s, i] = selected();
    QJsonArray all = sections();
    if (s < 0)
        return;
    if (i < 0) {
        const int to = s + delta;
        if (to < 0 || to >= all.size())
            return;
        const QJsonValue moving = all[s];
        all.removeAt(s);
        all.insert(to, moving);
        setSections(all);
        rebuildTree(to, -1);
    } else {
        QJsonObject section = all[s].toObject();
        QJsonArray items = section[QStringLiteral("items")].toArray();
        const int to = i + delta;
        if (to < 0 || to >= items.size())
            return;
        const QJsonValue moving = items[i];
        items.removeAt(i);
        items.insert(to, moving);
        section.insert(QStringLiteral("items"), items);
        all[s] = section;
        setSections(all);
        rebuildTree(s, to);
    }
    refresh();
}

bool ScorecardEditor::publish()
{
    QString error;
    bool published = false;
    const auto versionId =
        ScorecardRepository(m_store).publishJson(QJsonDocument(m_doc).toJson(), m_user, &error, &published);
    if (!versionId) {
        m_status->setText(tr("Not published: %1").arg(error));
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return false;
    }
    const auto card = ScorecardRepository(m_store).version(*versionId);
    m_doc.insert(QStringLiteral("version"), card->scorecard.version());
    m_status->setText(
        published
            ? tr("Published version %1. Evaluations already scored keep their version.").arg(card->scorecard.version())
            : tr("Nothing changed since version %1.").arg(card->scorecard.version()));
    m_status->setStyleSheet(QStringLiteral("color: #0d652d;"));
    return true;
}

} // namespace qawb
