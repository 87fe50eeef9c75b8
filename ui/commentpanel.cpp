#include "commentpanel.h"

#include "labels.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qawb {

CommentPanel::CommentPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add (C)"), this))
    , m_edit(new QPushButton(tr("Edit"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    m_list->setAccessibleName(tr("Comments"));
    m_list->setWordWrap(true);
    m_add->setToolTip(tr("Comment on the current moment of the call, or on the selected chat message"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &CommentPanel::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const Comment *c = selected())
            Q_EMIT editRequested(*c);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const Comment *c = selected())
            Q_EMIT deleteRequested(*c);
    });
    connect(m_list, &QListWidget::itemClicked, this, [this] {
        if (const Comment *c = selected())
            Q_EMIT jumpRequested(*c);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &CommentPanel::updateButtons);
    updateButtons();
}

const Comment *CommentPanel::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && size_t(row) < m_comments.size() ? &m_comments[size_t(row)] : nullptr;
}

void CommentPanel::updateButtons()
{
    const Comment *c = selected();
    const bool own = c && c->authorId == m_userId;
    m_edit->setEnabled(own);
    m_delete->setEnabled(own);
}

void CommentPanel::setComments(std::vector<Comment> comments, const QString &userId)
{
    m_comments = std::move(comments);
    m_userId = userId;
    m_list->clear();
    for (const Comment &c : m_comments) {
        QString where;
        if (c.startMs >= 0)
            where = c.endMs > c.startMs ? labels::duration(c.startMs) + QStringLiteral("–") + labels::duration(c.endMs)
                                        : labels::duration(c.startMs);
        else if (c.turnSeq >= 0)
            where = tr("message %1").arg(c.turnSeq + 1);
        else
            where = tr("general");
        m_list->addItem(QStringLiteral("%1 · %2: %3").arg(where, c.authorName, c.body));
    }
    updateButtons();
}

} // namespace qawb
