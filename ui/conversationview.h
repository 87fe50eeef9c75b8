#pragma once

#include "core/conversation.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace qawb {

class CallView;
class ChatView;

// The open case: a summary line (agent, team, channel, times, CSAT) above the chat bubbles or the call player
// with its transcript.
class ConversationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    explicit ConversationView(QWidget *parent = nullptr);
    void setConversation(const Conversation &conversation);
    void clear();
    QString conversationId() const { return m_conversationId; }
    ChatView *chatView() const { return m_chat; }
    CallView *callView() const { return m_call; }
    bool showsCall() const;

private:
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_warnings;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    ChatView *m_chat;
    CallView *m_call;
    QString m_conversationId;
};

} // namespace qawb
