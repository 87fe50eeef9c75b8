#pragma once

#include "core/commentrepository.h"
#include "core/conversation.h"
#include "hitpresentation.h"

#include <QSet>
#include <QTextBrowser>

namespace qawb {

// A chat as speaker-aligned bubbles with times: customer on the left, agent on the right, bot on the left in its
// own colour, system notices centred and muted. Comments on words are underlined where they are.
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
    // The message at a document position (the nearest one starting at or before it); -1 when there is none.
    int turnAt(int position) const;
    // The selected words as a Text anchor inside one message, or nullopt (nothing selected, several messages, or
    // words that are not in the message's text, e.g. masked personal data).
    std::optional<Comment> selectedTextAnchor() const;
    // Underlines the words comments are anchored to.
    void setComments(const std::vector<Comment> &comments);
    // Selects text [from, to) of a message and scrolls to it.
    void selectText(int seq, int from, int to);

    // Messages longer than this are folded behind "show more".
    static constexpr int kFoldAt = 800;
    // An agent reply slower than this after the customer's message gets a gap badge (seed target: 30 s).
    static constexpr int kSlowReplyS = 30;

private:
    void render();
    void applyCommentSpans();
    // Document range [first, second) of a message: from its anchor to the next message's.
    std::pair<int, int> turnRange(int seq) const;
    QTextCursor findInTurn(int seq, const QString &words, int occurrence) const;

    QStringList m_messages;
    Conversation m_conversation;
    std::vector<DisplayHit> m_hits;
    bool m_mask = true;
    QSet<int> m_expanded;                          // sequence numbers of unfolded long messages
    std::vector<std::pair<int, int>> m_turnStarts; // (document position, seq) in document order
    std::vector<Comment> m_comments;
};

} // namespace qawb
