#pragma once

#include "casefilterproxy.h"
#include "core/caserepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace qawb {

// The filter controls above the case list. Agent and team choices follow the cases shown.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);
    void setChoices(const std::vector<CaseRow> &cases);
    CaseFilterProxy::Filter filter() const;
    void clear();

Q_SIGNALS:
    void filterChanged(const qawb::CaseFilterProxy::Filter &filter);

private:
    void emitChanged();
    static void setItems(QComboBox *combo, const QList<QPair<QString, QString>> &items);

    QLineEdit *m_text;
    QComboBox *m_agent;
    QComboBox *m_team;
    QComboBox *m_channel;
    QComboBox *m_type;
    QComboBox *m_status;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_risk;
    bool m_updating = false;
};

} // namespace qawb
