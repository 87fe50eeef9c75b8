#pragma once

#include "core/conversation.h"
#include "hitpresentation.h"

#include <QSet>
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

    // Messages longer than this are folded behind "show more".
    static constexpr int kFoldAt = 800;
    // An agent reply slower than this after the customer's message gets a gap badge (seed target: 30 s).
    static constexpr int kSlowReplyS = 30;

private:
    void render();

    QStringList m_messages;
    Conversation m_conversation;
    std::vector<DisplayHit> m_hits;
    bool m_mask = true;
    QSet<int> m_expanded; // sequence numbers of unfolded long messages
};

} // namespace qawb
