#include "hitlistview.h"

#include <QHeaderView>
#include <QMap>

namespace qawb {

namespace {
constexpr int kHitRole = Qt::UserRole + 1;
} // namespace

HitListView::HitListView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Rule hit"), tr("Turn"), tr("Detail")});
    setAccessibleName(tr("Rule hits"));
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, kHitRole);
        if (index.isValid())
            Q_EMIT hitActivated(index.toInt());
    });
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, kHitRole);
        if (index.isValid())
            Q_EMIT hitActivated(index.toInt());
    });
}

void HitListView::setHits(const std::vector<DisplayHit> &hits, bool maskPersonalData)
{
    clear();
    m_order.clear();
    QMap<QString, QTreeWidgetItem *> groups;
    QMap<QString, int> counts;
    for (size_t i = 0; i < hits.size(); ++i) {
        const DisplayHit &h = hits[i];
        QTreeWidgetItem *&group = groups[h.category];
        if (!group) {
            group = new QTreeWidgetItem(this);
            group->setForeground(0, QColor(h.color));
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(false);
        }
        ++counts[h.category];
        group->setText(0, tr("%1 (%2)").arg(h.categoryName).arg(counts[h.category]));
        auto *item = new QTreeWidgetItem(group);
        item->setText(0, h.ruleName);
        item->setText(1, h.hit.turnSeq >= 0 ? QString::number(h.hit.turnSeq + 1) : QStringLiteral("—"));
        item->setText(2, h.mask && maskPersonalData ? QString(h.hit.detail.size(), QChar(0x2022)) : h.hit.detail);
        item->setToolTip(0, h.toolTip());
        item->setData(0, kHitRole, int(i));
        item->setIcon(0, [&] {
            QPixmap dot(10, 10);
            dot.fill(QColor(h.color));
            return QIcon(dot);
        }());
        m_order.push_back(item);
    }
    expandAll();
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

int HitListView::currentHit() const
{
    const QTreeWidgetItem *item = currentItem();
    return item && item->data(0, kHitRole).isValid() ? item->data(0, kHitRole).toInt() : -1;
}

void HitListView::setDetail(int index, const QString &text)
{
    for (QTreeWidgetItem *item : m_order) {
        if (item->data(0, kHitRole).toInt() == index)
            item->setText(2, text);
    }
}

void HitListView::next()
{
    step(+1);
}

void HitListView::previous()
{
    step(-1);
}

void HitListView::step(int delta)
{
    if (m_order.empty())
        return;
    const auto it = std::find(m_order.begin(), m_order.end(), currentItem());
    int index = it == m_order.end() ? (delta > 0 ? -1 : 0) : int(it - m_order.begin());
    index = (index + delta + int(m_order.size())) % int(m_order.size());
    setCurrentItem(m_order[size_t(index)]);
    scrollToItem(m_order[size_t(index)]);
    Q_EMIT hitActivated(m_order[size_t(index)]->data(0, kHitRole).toInt());
}

} // namespace qawb
