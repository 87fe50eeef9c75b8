#pragma once

#include "hitpresentation.h"

#include <QTreeWidget>

namespace qawb {

// The rule hits of the open case, grouped by category with counts. Activating a hit (click, Enter) asks the case
// view to jump to it; next()/previous() walk the hits in conversation order.
class HitListView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HitListView)

public:
    explicit HitListView(QWidget *parent = nullptr);
    void setHits(const std::vector<DisplayHit> &hits, bool maskPersonalData);
    int hitCount() const { return int(m_order.size()); }
    // Selects and activates the next / previous hit after the current one (wrapping around).
    void next();
    void previous();
    // Index (into the hits given to setHits) of the selected hit, -1 if none.
    int currentHit() const;
    // Shows text (e.g. spelling suggestions) in the detail column of a hit.
    void setDetail(int index, const QString &text);

Q_SIGNALS:
    void hitActivated(int index);

private:
    void step(int delta);
    std::vector<QTreeWidgetItem *> m_order; // hit items in conversation order
};

} // namespace qawb
