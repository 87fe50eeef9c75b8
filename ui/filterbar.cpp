#include "filterbar.h"

#include "labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QToolButton>

namespace qawb {

namespace {
// QDateEdit cannot be empty; its minimum date stands for "no limit" and shows as "Any".
const QDate kNoDate(2000, 1, 1);
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_agent(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_risk(new QCheckBox(tr("Risk hits only"), this))
{
    m_risk->setToolTip(tr("Only cases where auto-QA found risk words, forbidden phrases or critical rule hits"));
    connect(m_risk, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    m_text->setPlaceholderText(tr("Search ID, agent or team"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search cases"));

    setItems(m_channel, {{tr("All channels"), QString()},
                         {labels::channel(QStringLiteral("call")), QStringLiteral("call")},
                         {labels::channel(QStringLiteral("chat")), QStringLiteral("chat")}});
    QList<QPair<QString, QString>> types{{tr("All types"), QString()}};
    for (const char *code : {"consult", "fault", "complaint", "service_request", "other"})
        types.append({labels::businessType(QLatin1String(code)), QLatin1String(code)});
    setItems(m_type, types);
    setItems(m_status, {{tr("Any status"), QString()},
                        {labels::evaluationStatus(QString()), QStringLiteral("new")},
                        {labels::evaluationStatus(QStringLiteral("draft")), QStringLiteral("draft")},
                        {labels::evaluationStatus(QStringLiteral("submitted")), QStringLiteral("submitted")}});
    setItems(m_agent, {{tr("All agents"), QString()}});
    setItems(m_team, {{tr("All teams"), QString()}});
    m_agent->setAccessibleName(tr("Agent filter"));
    m_team->setAccessibleName(tr("Team filter"));
    m_channel->setAccessibleName(tr("Channel filter"));
    m_type->setAccessibleName(tr("Business type filter"));
    m_status->setAccessibleName(tr("Status filter"));
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setMinimumDate(kNoDate);
        date->setSpecialValueText(tr("Any"));
        date->setDate(kNoDate);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(date, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));

    auto *reset = new QToolButton(this);
    reset->setText(tr("Clear"));
    reset->setToolTip(tr("Clear all filters"));
    connect(reset, &QToolButton::clicked, this, &FilterBar::clear);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_text, 0, 0, 1, 2);
    grid->addWidget(m_risk, 0, 2);
    grid->addWidget(reset, 0, 3);
    grid->addWidget(m_channel, 1, 0);
    grid->addWidget(m_type, 1, 1);
    grid->addWidget(m_status, 1, 2, 1, 2);
    grid->addWidget(m_agent, 2, 0);
    grid->addWidget(m_team, 2, 1);
    auto *dates = new QHBoxLayout;
    dates->setSpacing(2);
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to, 1);
    grid->addLayout(dates, 2, 2, 1, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::emitChanged);
    for (QComboBox *combo : {m_agent, m_team, m_channel, m_type, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
}

void FilterBar::setItems(QComboBox *combo, const QList<QPair<QString, QString>> &items)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    for (const auto &item : items)
        combo->addItem(item.first, item.second);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void FilterBar::setChoices(const std::vector<CaseRow> &cases)
{
    QMap<QString, QString> agents; // sorted by display name
    QMap<QString, QString> teams;
    for (const CaseRow &c : cases) {
        agents.insert((c.agentName.isEmpty() ? c.agentId : c.agentName) + QLatin1Char('\x1f') + c.agentId, c.agentId);
        if (!c.team.isEmpty())
            teams.insert(c.team, c.team);
    }
    m_updating = true;
    QList<QPair<QString, QString>> agentItems{{tr("All agents"), QString()}};
    for (auto it = agents.cbegin(); it != agents.cend(); ++it)
        agentItems.append(
            {it.key().section(QLatin1Char('\x1f'), 0, 0) + QStringLiteral(" (") + it.value() + QLatin1Char(')'),
             it.value()});
    setItems(m_agent, agentItems);
    QList<QPair<QString, QString>> teamItems{{tr("All teams"), QString()}};
    for (auto it = teams.cbegin(); it != teams.cend(); ++it)
        teamItems.append({it.key(), it.value()});
    setItems(m_team, teamItems);
    m_updating = false;
    emitChanged();
}

CaseFilterProxy::Filter FilterBar::filter() const
{
    CaseFilterProxy::Filter f;
    f.text = m_text->text().trimmed();
    f.agentId = m_agent->currentData().toString();
    f.team = m_team->currentData().toString();
    f.channel = m_channel->currentData().toString();
    f.businessType = m_type->currentData().toString();
    f.status = m_status->currentData().toString();
    if (m_from->date() != kNoDate)
        f.from = m_from->date();
    if (m_to->date() != kNoDate)
        f.to = m_to->date();
    f.riskOnly = m_risk->isChecked();
    return f;
}

void FilterBar::clear()
{
    m_updating = true;
    m_text->clear();
    for (QComboBox *combo : {m_agent, m_team, m_channel, m_type, m_status})
        combo->setCurrentIndex(0);
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    m_risk->setChecked(false);
    m_updating = false;
    emitChanged();
}

void FilterBar::emitChanged()
{
    if (!m_updating)
        Q_EMIT filterChanged(filter());
}

} // namespace qawb
