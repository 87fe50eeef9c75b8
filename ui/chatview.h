#pragma once

#include "core/conversation.h"
#include "hitpresentation.h"

#include <QTextBrowser>

namespace qawb {

// A chat as speaker-aligned bubbles with times: customer on the left, agent on the right, bot and system
// messages centred and muted.
class ChatView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatView)

public:
    explicit ChatView(QWidget *parent = nullptr);
    // Shows the chat with its rule hits highlighted; personal data masked unless maskPersonalData is false.
    void setConversation(const Conversation &conversation, const std::vector<DisplayHit> &hits = {},
                         bool maskPersonalData = true);
    // Scrolls so the message with this sequence number is visible.
    void scrollToTurn(int seq);
    // Plain text of every message as shown, in order (for tests and copy).
    QStringList messages() const { return m_messages; }

private:
    QStringList m_messages;
};

} // namespace qawb
