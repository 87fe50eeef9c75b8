#pragma once

#include "core/commentrepository.h"
#include "core/conversation.h"
#include "hitpresentation.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace qawb {

class CallView;
class ChatView;
class CommentPanel;
class HitListView;
class Store;

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
    // Goes to a moment: a call seeks there (startMs, else the start of line turnSeq) and scrolls its transcript; a
    // chat scrolls to message turnSeq.
    void jumpToMoment(qint64 startMs, int turnSeq);
    // Read-only (a coaching session shows cases to the agent): comments are listed but not added, edited or deleted.
    void setReadOnly(bool readOnly);
    // Replaces the hits of the open conversation (after a background auto-QA run) without reloading the recording.
    void setHits(std::vector<DisplayHit> hits);
    void nextHit();
    void previousHit();
    // Where comments are stored and who writes them.
    void setCommentContext(Store *store, const QString &userId);
    CommentPanel *commentPanel() const { return m_comments; }
    // Adds a comment where the inspector is: selected words (in a call's transcript or a chat message), else the
    // range selected on the waveform, else the playback position of a call or the chat message at the cursor.
    // False and *error when it cannot be stored.
    bool addComment(const QString &body, QString *error);
    // The anchor a comment added now would get (body empty).
    Comment pendingAnchor() const;
    // Where a comment is anchored, for people: "01:23–01:31", "message 4 「words」", "00:42 「words」".
    QString describeAnchor(const Comment &comment) const;
    // Goes to a comment's moment: plays a call from it (selecting a range, selecting words), scrolls a chat to it.
    void jumpToComment(const Comment &comment);
    // The next / previous comment in timeline order (the M / Shift+M keys): for calls relative to the playhead.
    void nextComment();
    void previousComment();
    // Asks for the text, then adds the comment (the C key and the Add button end here).
    void promptForComment();
    // Reads the open conversation's comments from the store again (after a sync brought some in).
    void reloadComments();
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
    CommentPanel *m_comments;
    QTabWidget *m_tabs;
    Store *m_store = nullptr;
    QString m_userId;
    QCheckBox *m_reveal;
    QSplitter *m_split;
    QString m_conversationId;
    Conversation m_conversation;
    std::vector<DisplayHit> m_hits;
    bool m_readOnly = false;
};

} // namespace qawb
