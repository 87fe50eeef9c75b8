#pragma once

#include "core/conversation.h"
#include "hitpresentation.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace qawb {

class CallView;
class ChatView;
class HitListView;

// The open case: a summary line (agent, team, channel, times, CSAT) above the chat bubbles or the call player
// with its transcript.
class ConversationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    explicit ConversationView(QWidget *parent = nullptr);
    void setConversation(const Conversation &conversation, std::vector<DisplayHit> hits = {});
    void clear();
    HitListView *hitList() const { return m_hitList; }
    const std::vector<DisplayHit> &hits() const { return m_hits; }
    // Jumps to a hit: scrolls the chat or transcript to its turn, and plays a call from its moment.
    void jumpToHit(int index);
    // Replaces the hits of the open conversation (after a background auto-QA run) without reloading the recording.
    void setHits(std::vector<DisplayHit> hits);
    void nextHit();
    void previousHit();
    bool personalDataMasked() const;
    void setPersonalDataMasked(bool masked);
    QString conversationId() const { return m_conversationId; }
    ChatView *chatView() const { return m_chat; }
    CallView *callView() const { return m_call; }
    bool showsCall() const;

Q_SIGNALS:
    // Something worth a line in the status bar (e.g. spelling suggestions for the hit just opened).
    void message(const QString &text);

private:
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_warnings;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    ChatView *m_chat;
    CallView *m_call;
    HitListView *m_hitList;
    QCheckBox *m_reveal;
    QSplitter *m_split;
    QString m_conversationId;
    Conversation m_conversation;
    std::vector<DisplayHit> m_hits;
};

} // namespace qawb
