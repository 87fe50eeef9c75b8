#pragma once

#include "core/commentrepository.h"

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
    void setComments(std::vector<Comment> comments, const QString &userId);
    const std::vector<Comment> &comments() const { return m_comments; }
    int count() const { return int(m_comments.size()); }

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

} // namespace qawb
