#include "conversationview.h"

#include "callview.h"
#include "chatview.h"
#include "labels.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace qawb {

ConversationView::ConversationView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a case in the list to review it."), this))
    , m_chat(new ChatView(this))
    , m_call(new CallView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setStyleSheet(QStringLiteral("color: #444;"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5300; background: #fff4ce; padding: 4px;"));
    m_warnings->hide();
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setStyleSheet(QStringLiteral("color: #777;"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_chat);
    m_stack->addWidget(m_call);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_warnings);
    layout->addWidget(m_stack, 1);
    clear();
}

bool ConversationView::showsCall() const
{
    return m_stack->currentWidget() == m_call;
}

void ConversationView::clear()
{
    m_conversationId.clear();
    m_title->clear();
    m_details->clear();
    m_warnings->hide();
    m_call->clear();
    m_chat->clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void ConversationView::setConversation(const Conversation &c)
{
    m_conversationId = c.id;
    const QString agent = c.agentName.isEmpty() ? c.agentId : tr("%1 (%2)").arg(c.agentName, c.agentId);
    m_title->setText(tr("%1 · %2").arg(labels::channel(c.channel), agent));
    QStringList parts;
    if (!c.team.isEmpty())
        parts << tr("Team: %1").arg(c.team);
    if (!c.businessType.isEmpty())
        parts << tr("Type: %1").arg(labels::businessType(c.businessType));
    if (!c.source.isEmpty())
        parts << tr("Source: %1").arg(labels::source(c.source));
    parts << tr("Started: %1").arg(labels::sourceDateTime(c.startedAt));
    if (c.durationS)
        parts << tr("Duration: %1").arg(labels::duration(qint64(*c.durationS * 1000)));
    if (c.waitS)
        parts << tr("Wait: %1 s").arg(QLocale().toString(*c.waitS, 'f', 0));
    if (c.csat)
        parts << tr("CSAT: %1/5").arg(*c.csat);
    if (c.resolved)
        parts << (*c.resolved ? tr("Resolved") : tr("Not resolved"));
    parts << tr("ID: %1").arg(c.id);
    m_details->setText(parts.join(QStringLiteral("   ")));
    m_warnings->setVisible(!c.warnings.isEmpty());
    m_warnings->setText(c.warnings.join(QLatin1Char('\n')));
    if (c.isCall()) {
        m_chat->clear();
        m_call->setConversation(c);
        m_stack->setCurrentWidget(m_call);
    } else {
        m_call->clear();
        m_chat->setConversation(c);
        m_stack->setCurrentWidget(m_chat);
    }
}

} // namespace qawb
