#include "conversationview.h"

#include "audioplayer.h"
#include "callview.h"
#include "chatview.h"
#include "commentpanel.h"
#include "core/spellchecker.h"
#include "hitlistview.h"
#include "labels.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace qawb {

ConversationView::ConversationView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a case in the list to review it."), this))
    , m_chat(new ChatView(this))
    , m_call(new CallView(this))
    , m_hitList(new HitListView(this))
    , m_comments(new CommentPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_reveal(new QCheckBox(tr("Show personal data"), this))
    , m_split(new QSplitter(Qt::Vertical, this))
{
    m_reveal->setToolTip(tr("Phone, ID and card numbers and e-mail addresses found by auto-QA are masked on screen "
                            "until you reveal them."));
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool reveal) { setPersonalDataMasked(!reveal); });
    connect(m_hitList, &HitListView::hitActivated, this, &ConversationView::jumpToHit);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setStyleSheet(QStringLiteral("color: #444;"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5300; background: #fff4ce; padding: 4px;"));
    m_warnings->hide();
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setStyleSheet(QStringLiteral("color: #777;"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_chat);
    m_stack->addWidget(m_call);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_warnings);
    m_split->addWidget(m_stack);
    m_tabs->addTab(m_hitList, tr("Rule hits"));
    m_tabs->addTab(m_comments, tr("Comments"));
    m_split->addWidget(m_tabs);
    connect(m_comments, &CommentPanel::addRequested, this, &ConversationView::promptForComment);
    connect(m_comments, &CommentPanel::jumpRequested, this, &ConversationView::jumpToComment);
    connect(m_comments, &CommentPanel::editRequested, this, [this](const Comment &c) {
        bool ok = false;
        const QString body = QInputDialog::getMultiLineText(this, tr("Edit comment"), tr("Comment"), c.body, &ok);
        if (!ok || !m_store)
            return;
        Comment edited = c;
        edited.body = body;
        QString error;
        if (!CommentRepository(*m_store).save(edited, m_userId, &error))
            Q_EMIT message(tr("Comment not saved: %1").arg(error));
        reloadComments();
    });
    connect(m_comments, &CommentPanel::deleteRequested, this, [this](const Comment &c) {
        QString error;
        if (m_store && !CommentRepository(*m_store).remove(c.id, m_userId, &error))
            Q_EMIT message(tr("Comment not deleted: %1").arg(error));
        reloadComments();
    });
    m_split->setStretchFactor(0, 4);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(true);
    layout->addWidget(m_split, 1);
    auto *footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_reveal);
    layout->addLayout(footer);
    clear();
}

bool ConversationView::showsCall() const
{
    return m_stack->currentWidget() == m_call;
}

void ConversationView::clear()
{
    m_conversationId.clear();
    m_conversation = Conversation();
    m_hits.clear();
    m_hitList->setHits({}, true);
    m_comments->setComments({}, m_userId);
    m_title->clear();
    m_details->clear();
    m_warnings->hide();
    m_call->clear();
    m_chat->clear();
    m_stack->setCurrentWidget(m_placeholder);
}

bool ConversationView::personalDataMasked() const
{
    return !m_reveal->isChecked();
}

void ConversationView::setPersonalDataMasked(bool masked)
{
    if (m_reveal->isChecked() == masked) {
        m_reveal->setChecked(!masked); // re-enters through the toggled signal
        return;
    }
    m_hitList->setHits(m_hits, masked);
    if (m_conversation.id.isEmpty())
        return;
    if (m_conversation.isCall())
        m_call->setHits(m_hits, masked);
    else
        m_chat->setConversation(m_conversation, m_hits, masked);
}

void ConversationView::jumpToHit(int index)
{
    if (index < 0 || size_t(index) >= m_hits.size())
        return;
    const Hit &hit = m_hits[size_t(index)].hit;
    // Suggestions cost ~20 ms each with Hunspell: computed only for the hit the inspector opens.
    const QStringList &languages = m_hits[size_t(index)].spellingLanguages;
    if (!languages.isEmpty() && !hit.detail.isEmpty()) {
        QStringList suggestions;
        for (const QString &language : languages)
            suggestions += SpellChecker::suggest(language, hit.detail).mid(0, 4);
        suggestions.removeDuplicates();
        const QString text = suggestions.isEmpty()
                                 ? tr("%1: no suggestions").arg(hit.detail)
                                 : tr("%1 → %2").arg(hit.detail, suggestions.join(QStringLiteral(", ")));
        m_hitList->setDetail(index, text);
        Q_EMIT message(text);
    }
    jumpToMoment(hit.startMs, hit.turnSeq);
}

void ConversationView::jumpToMoment(qint64 startMs, int turnSeq)
{
    if (m_conversation.isCall()) {
        if (turnSeq >= 0)
            m_call->scrollToTurn(turnSeq);
        qint64 at = startMs;
        if (at < 0) {
            for (const Turn &t : m_conversation.turns) {
                if (t.seq == turnSeq && t.startMs)
                    at = *t.startMs;
            }
        }
        if (at >= 0)
            m_call->player()->seek(at);
    } else if (turnSeq >= 0) {
        m_chat->scrollToTurn(turnSeq);
    }
}

void ConversationView::setHits(std::vector<DisplayHit> hits)
{
    m_hits = std::move(hits);
    m_tabs->setTabText(0, tr("Rule hits (%1)").arg(m_hits.size()));
    setPersonalDataMasked(personalDataMasked());
}

void ConversationView::setCommentContext(Store *store, const QString &userId)
{
    m_store = store;
    m_userId = userId;
}

void ConversationView::reloadComments()
{
    std::vector<Comment> comments;
    if (m_store && !m_conversation.id.isEmpty())
        comments = CommentRepository(*m_store).list(m_conversation.id);
    // Timeline order: by time in calls, by message (and place in it) in chats; general comments last.
    const auto key = [](const Comment &c) {
        return std::make_tuple(c.startMs < 0 && c.turnSeq < 0, c.startMs, c.turnSeq, c.textFrom, c.createdAt);
    };
    std::stable_sort(comments.begin(), comments.end(),
                     [&key](const Comment &a, const Comment &b) { return key(a) < key(b); });
    QStringList places;
    for (const Comment &c : comments)
        places << describeAnchor(c);
    m_call->setComments(comments);
    m_chat->setComments(comments);
    m_comments->setComments(std::move(comments), m_userId, places);
    m_tabs->setTabText(1, tr("Comments (%1)").arg(m_comments->count()));
}

QString ConversationView::describeAnchor(const Comment &c) const
{
    QString quote;
    if (c.anchor == Comment::Anchor::Text) {
        for (const Turn &t : m_conversation.turns) {
            if (t.seq == c.turnSeq)
                quote = t.text.mid(c.textFrom, c.textTo - c.textFrom);
        }
        if (quote.size() > 24)
            quote = quote.left(23) + QChar(0x2026);
    }
    QString where;
    if (c.anchor == Comment::Anchor::Range && c.endMs > c.startMs)
        where = labels::duration(c.startMs) + QStringLiteral("–") + labels::duration(c.endMs);
    else if (c.startMs >= 0)
        where = labels::duration(c.startMs);
    else if (c.turnSeq >= 0)
        where = tr("message %1").arg(c.turnSeq + 1);
    else
        where = tr("general");
    return quote.isEmpty() ? where : tr("%1 「%2」").arg(where, quote);
}

void ConversationView::jumpToComment(const Comment &c)
{
    const auto &comments = m_comments->comments();
    for (size_t i = 0; i < comments.size(); ++i) {
        if (comments[i].id == c.id)
            m_comments->setCurrentRow(int(i));
    }
    if (m_conversation.isCall()) {
        if (c.anchor == Comment::Anchor::Range && c.endMs > c.startMs)
            m_call->waveform()->setSelection(c.startMs, c.endMs); // L loops it
        else
            m_call->waveform()->clearSelection();
        if (c.startMs >= 0)
            m_call->player()->seek(c.startMs);
        if (c.anchor == Comment::Anchor::Text)
            m_call->selectText(c.turnSeq, c.textFrom, c.textTo);
        else if (c.turnSeq >= 0)
            m_call->scrollToTurn(c.turnSeq);
    } else if (c.anchor == Comment::Anchor::Text) {
        m_chat->selectText(c.turnSeq, c.textFrom, c.textTo);
    } else if (c.turnSeq >= 0) {
        m_chat->scrollToTurn(c.turnSeq);
    }
}

void ConversationView::nextComment()
{
    const auto &comments = m_comments->comments();
    if (comments.empty())
        return;
    int target = -1;
    if (m_conversation.isCall()) {
        // The first comment after the playhead (a little slack: the one just jumped to is not "next").
        const qint64 at = m_call->player()->position() + 300;
        for (size_t i = 0; i < comments.size() && target < 0; ++i) {
            if (comments[i].startMs > at)
                target = int(i);
        }
    } else {
        target = m_comments->currentRow() + 1;
    }
    if (target >= 0 && size_t(target) < comments.size())
        jumpToComment(comments[size_t(target)]);
}

void ConversationView::previousComment()
{
    const auto &comments = m_comments->comments();
    if (comments.empty())
        return;
    int target = -1;
    if (m_conversation.isCall()) {
        // The last comment before the playhead, with a second's slack so repeated presses keep going back.
        const qint64 at = m_call->player()->position() - 1000;
        for (size_t i = 0; i < comments.size(); ++i) {
            if (comments[i].startMs >= 0 && comments[i].startMs < at)
                target = int(i);
        }
    } else {
        const int row = m_comments->currentRow();
        target = row < 0 ? int(comments.size()) - 1 : row - 1;
    }
    if (target >= 0 && size_t(target) < comments.size())
        jumpToComment(comments[size_t(target)]);
}

Comment ConversationView::pendingAnchor() const
{
    Comment c;
    c.conversationId = m_conversation.id;
    if (m_conversation.isCall()) {
        if (const auto words = m_call->selectedTextAnchor())
            return *words;
        if (const auto range = m_call->waveform()->selection()) {
            c.anchor = Comment::Anchor::Range;
            c.startMs = range->fromMs;
            c.endMs = range->toMs;
        } else {
            c.anchor = Comment::Anchor::Moment;
            c.startMs = m_call->player()->position();
        }
        // The turn being said at that moment, so the comment can be found from the transcript too.
        for (const Turn &t : m_conversation.turns) {
            if (t.startMs && *t.startMs <= c.startMs)
                c.turnSeq = t.seq;
        }
        return c;
    }
    if (const auto words = m_chat->selectedTextAnchor())
        return *words;
    c.anchor = Comment::Anchor::Turn;
    c.turnSeq = m_chat->turnAt(m_chat->textCursor().selectionStart());
    if (c.turnSeq < 0 && !m_conversation.turns.empty())
        c.turnSeq = m_conversation.turns.front().seq;
    return c;
}

bool ConversationView::addComment(const QString &body, QString *error)
{
    if (!m_store || m_conversation.id.isEmpty()) {
        *error = tr("no conversation is open");
        return false;
    }
    if (m_readOnly) {
        *error = tr("comments cannot be added here");
        return false;
    }
    Comment c = pendingAnchor();
    c.conversationId = m_conversation.id;
    c.body = body.trimmed();
    if (!CommentRepository(*m_store).save(c, m_userId, error))
        return false;
    reloadComments();
    return true;
}

void ConversationView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_comments->setReadOnly(readOnly);
}

void ConversationView::promptForComment()
{
    if (m_conversation.id.isEmpty() || m_readOnly)
        return;
    // Asking must not lose what the comment is about: the anchor is taken before the dialog takes focus.
    Comment c = pendingAnchor();
    bool ok = false;
    const QString body = QInputDialog::getMultiLineText(this, tr("Add comment"),
                                                        tr("Comment at %1").arg(describeAnchor(c)), QString(), &ok);
    if (!ok || body.trimmed().isEmpty() || !m_store)
        return;
    c.conversationId = m_conversation.id;
    c.body = body.trimmed();
    QString error;
    if (!CommentRepository(*m_store).save(c, m_userId, &error)) {
        Q_EMIT message(tr("Comment not saved: %1").arg(error));
        return;
    }
    reloadComments();
}

void ConversationView::nextHit()
{
    m_hitList->next();
}

void ConversationView::previousHit()
{
    m_hitList->previous();
}

void ConversationView::setConversation(const Conversation &c, std::vector<DisplayHit> hits)
{
    m_conversationId = c.id;
    m_conversation = c;
    m_hits = std::move(hits);
    m_hitList->setHits(m_hits, personalDataMasked());
    m_tabs->setTabText(0, tr("Rule hits (%1)").arg(m_hits.size()));
    const QString agent = c.agentName.isEmpty() ? c.agentId : tr("%1 (%2)").arg(c.agentName, c.agentId);
    m_title->setText(tr("%1 · %2").arg(labels::channel(c.channel), agent));
    QStringList parts;
    if (!c.team.isEmpty())
        parts << tr("Team: %1").arg(c.team);
    if (!c.businessType.isEmpty())
        parts << tr("Type: %1").arg(labels::businessType(c.businessType));
    if (!c.source.isEmpty())
        parts << tr("Source: %1").arg(labels::source(c.source));
    parts << tr("Started: %1").arg(labels::sourceDateTime(c.startedAt));
    if (c.durationS)
        parts << tr("Duration: %1").arg(labels::duration(qint64(*c.durationS * 1000)));
    if (c.waitS)
        parts << tr("Wait: %1 s").arg(QLocale().toString(*c.waitS, 'f', 0));
    if (c.csat)
        parts << tr("CSAT: %1/5").arg(*c.csat);
    if (c.resolved)
        parts << (*c.resolved ? tr("Resolved") : tr("Not resolved"));
    parts << tr("ID: %1").arg(c.id);
    m_details->setText(parts.join(QStringLiteral("   ")));
    m_warnings->setVisible(!c.warnings.isEmpty());
    m_warnings->setText(c.warnings.join(QLatin1Char('\n')));
    if (c.isCall()) {
        m_chat->clear();
        m_call->setConversation(c, m_hits, personalDataMasked());
        m_stack->setCurrentWidget(m_call);
    } else {
        m_call->clear();
        m_chat->setConversation(c, m_hits, personalDataMasked());
        m_stack->setCurrentWidget(m_chat);
    }
    reloadComments();
}

} // namespace qawb
