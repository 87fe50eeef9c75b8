#pragma once

#include "core/commentrepository.h"

#include <QTextEdit>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace qawb {

// The comments of the open conversation, in timeline order; each can be clicked to jump back to its moment.
// The inspector's own comments can be edited and deleted.
class CommentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentPanel)

public:
    explicit CommentPanel(QWidget *parent = nullptr);
    // places[i] says where comments[i] is anchored ("01:23–01:31", "message 4 「words」"), in the list's order.
    void setComments(std::vector<Comment> comments, const QString &userId, const QStringList &places = {});
    // Selects the comment at this row (as a click would, without jumping); -1 clears the selection.
    void setCurrentRow(int row);
    int currentRow() const;
    const std::vector<Comment> &comments() const { return m_comments; }
    int count() const { return int(m_comments.size()); }
    // Listing only: no Add, Edit or Delete buttons.
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void jumpRequested(const qawb::Comment &comment);
    void addRequested();
    void editRequested(const qawb::Comment &comment);
    void deleteRequested(const qawb::Comment &comment);

private:
    const Comment *selected() const;
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    std::vector<Comment> m_comments;
    QString m_userId;
};

// How a comment on words looks in a transcript or chat: a dotted purple underline, tinted, the comment as tooltip.
QTextEdit::ExtraSelection commentHighlight(const QTextCursor &words, const Comment &comment);

} // namespace qawb
