#include "commentpanel.h"

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

void CommentPanel::setReadOnly(bool readOnly)
{
    for (QPushButton *button : {m_add, m_edit, m_delete})
        button->setVisible(!readOnly);
}

void CommentPanel::setComments(std::vector<Comment> comments, const QString &userId, const QStringList &places)
{
    m_comments = std::move(comments);
    m_userId = userId;
    m_list->clear();
    for (size_t i = 0; i < m_comments.size(); ++i) {
        const Comment &c = m_comments[i];
        const QString where = int(i) < places.size() ? places[int(i)] : tr("general");
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2: %3").arg(where, c.authorName, c.body), m_list);
        item->setToolTip(tr("Click to go to this moment"));
    }
    updateButtons();
}

void CommentPanel::setCurrentRow(int row)
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(row);
    if (QListWidgetItem *item = m_list->item(row))
        m_list->scrollToItem(item);
    updateButtons();
}

int CommentPanel::currentRow() const
{
    return m_list->currentRow();
}

QTextEdit::ExtraSelection commentHighlight(const QTextCursor &words, const Comment &comment)
{
    QTextEdit::ExtraSelection span;
    span.cursor = words;
    span.format.setUnderlineStyle(QTextCharFormat::DotLine);
    span.format.setUnderlineColor(QColor(0x67, 0x3a, 0xb7));
    span.format.setBackground(QColor(0xed, 0xe7, 0xf6));
    span.format.setToolTip(CommentPanel::tr("Comment by %1: %2").arg(comment.authorName, comment.body));
    return span;
}

} // namespace qawb
