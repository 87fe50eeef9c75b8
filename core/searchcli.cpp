// qawb search: the case library's search from the command line.
#include "cli.h"

#include "search.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace qawb {

int Cli::runSearch(Store &store, const SearchQuery &query, bool json)
{
    SearchIndex index(store);
    const SearchResult result = index.search(query);
    if (!result.error.isEmpty()) {
        m_err << "qawb: error: " << result.error << Qt::endl;
        return 1;
    }
    if (json) {
        QJsonArray hits;
        for (const SearchHit &h : result.hits)
            hits.append(QJsonObject{
                {QStringLiteral("conversation"), h.conversationId},
                {QStringLiteral("channel"), h.channel},
                {QStringLiteral("started_at"), h.startedAt},
                {QStringLiteral("agent_id"), h.agentId},
                {QStringLiteral("agent_name"), h.agentName},
                {QStringLiteral("team"), h.team},
                {QStringLiteral("score"), h.score ? QJsonValue(*h.score) : QJsonValue()},
                {QStringLiteral("evaluation"), h.evaluationId.isEmpty() ? QJsonValue() : QJsonValue(h.evaluationId)},
                {QStringLiteral("turn"), h.turnSeq >= 0 ? QJsonValue(h.turnSeq) : QJsonValue()},
                {QStringLiteral("snippet"), h.snippet}});
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("hits"), hits}, {QStringLiteral("truncated"), result.truncated}})
                .toJson(QJsonDocument::Indented));
        return 0;
    }
    if (result.hits.empty())
        m_out << tr("nothing found") << Qt::endl;
    for (const SearchHit &h : result.hits) {
        m_out << h.conversationId << "  " << h.startedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')) << "  "
              << h.agentName << "  " << h.team << "  "
              << (h.score ? QString::number(*h.score, 'f', 1) : QStringLiteral("-"));
        if (!h.snippet.isEmpty())
            m_out << "  "
                  << tr("#%1: %2")
                         .arg(h.turnSeq + 1)
                         .arg(QString(h.snippet).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        m_out << Qt::endl;
    }
    if (result.truncated)
        m_out << tr("(more than %1 found; narrow the search or raise --limit)").arg(query.limit) << Qt::endl;
    return 0;
}

} // namespace qawb
