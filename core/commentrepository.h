#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace qawb {

class Store;

// A comment anchored to a moment of a conversation: a time or time range of a call, a chat message, or a span of
// a message's text.
struct Comment
{
    enum class Anchor { None, Moment, Range, Turn, Text };

    QString id;
    QString conversationId;
    QString authorId;
    QString authorName;
    Anchor anchor = Anchor::None;
    qint64 startMs = -1;
    qint64 endMs = -1;
    int turnSeq = -1;
    int textFrom = -1; // UTF-16 offsets in the turn's text
    int textTo = -1;
    QString body;
    QString createdAt;
    QString updatedAt;

    // Where to jump to: the time for calls, else -1.
    qint64 jumpMs() const { return startMs; }
};

// Comments of conversations; edits and deletions are audited, deleted comments are kept (soft delete).
class CommentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CommentRepository)

public:
    explicit CommentRepository(Store &store);

    std::vector<Comment> list(const QString &conversationId);
    // Adds (comment.id empty) or updates a comment; only its author may change it.
    bool save(Comment &comment, const QString &userId, QString *error);
    bool remove(const QString &commentId, const QString &userId, QString *error);

private:
    Store &m_store;
};

} // namespace qawb
