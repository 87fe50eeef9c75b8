#include "evaluationexport.h"

#include "evaluationrepository.h"
#include "scorecardrepository.h"
#include "store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace qawb {

EvaluationExport::EvaluationExport(Store &store)
    : m_store(store)
{}

QJsonArray EvaluationExport::toJson(const Filter &filter, QString *error)
{
    QJsonArray out;
    QString sql = QStringLiteral(
        "SELECT e.id, e.conversation_id, c.channel, c.agent_id, a.name, t.name, u.login, u.display_name, "
        "e.scorecard_version_id, e.revision, e.score, e.fatal, e.submitted_at, e.general_comment, e.coaching_note, "
        "c.started_at, c.business_type FROM evaluations e JOIN conversations c ON c.id = e.conversation_id "
        "LEFT JOIN agents a ON a.id = c.agent_id LEFT JOIN teams t ON t.id = c.team_id "
        "LEFT JOIN users u ON u.id = e.inspector_id WHERE e.status = 'submitted'");
    QVariantList binds;
    if (!filter.agentId.isEmpty()) {
        sql += QStringLiteral(" AND c.agent_id = ?");
        binds << filter.agentId;
    }
    if (!filter.team.isEmpty()) {
        sql += QStringLiteral(" AND t.name = ?");
        binds << filter.team;
    }
    sql += QStringLiteral(" ORDER BY e.submitted_at, e.id");
    QSqlQuery q(m_store.database());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    struct Row
    {
        QJsonObject object;
        QString versionId;
        QString evaluationId;
    };
    std::vector<Row> rows;
    while (q.next()) {
        // Dates are the submitter's local dates (an inspector's "today"), as the filter is read.
        const QDate submitted = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs).toLocalTime().date();
        if ((filter.from.isValid() && submitted < filter.from) || (filter.to.isValid() && submitted > filter.to))
            continue;
        Row row;
        row.evaluationId = q.value(0).toString();
        row.versionId = q.value(8).toString();
        row.object = {
            {QStringLiteral("evaluation_id"), row.evaluationId},
            {QStringLiteral("conversation_id"), q.value(1).toString()},
            {QStringLiteral("channel"), q.value(2).toString()},
            {QStringLiteral("business_type"), q.value(16).toString()},
            {QStringLiteral("started_at"), q.value(15).toString()},
            {QStringLiteral("agent_id"), q.value(3).toString()},
            {QStringLiteral("agent_name"), q.value(4).toString()},
            {QStringLiteral("team"), q.value(5).toString()},
            {QStringLiteral("inspector"), q.value(6).toString()},
            {QStringLiteral("inspector_name"), q.value(7).toString()},
            {QStringLiteral("revision"), q.value(9).toInt()},
            {QStringLiteral("score"), q.value(10).isNull() ? QJsonValue() : QJsonValue(q.value(10).toDouble())},
            {QStringLiteral("fatal"), q.value(11).toInt() != 0},
            {QStringLiteral("submitted_at"), q.value(12).toString()},
            {QStringLiteral("general_comment"), q.value(13).toString()},
            {QStringLiteral("coaching_note"), q.value(14).toString()}};
        rows.push_back(std::move(row));
    }
    q.finish();
    EvaluationRepository evaluations(m_store);
    ScorecardRepository scorecards(m_store);
    std::map<QString, std::optional<StoredScorecard>> cards;
    for (Row &row : rows) {
        auto card = cards.find(row.versionId);
        if (card == cards.end())
            card = cards.emplace(row.versionId, scorecards.version(row.versionId)).first;
        const std::optional<Evaluation> e = evaluations.byId(row.evaluationId);
        if (!card->second || !e)
            continue;
        const Scorecard &sc = card->second->scorecard;
        row.object.insert(QStringLiteral("scorecard"), sc.key());
        row.object.insert(QStringLiteral("scorecard_version"), sc.version());
        QJsonArray answers, failed, fatalItems;
        for (const ScorecardSection &section : sc.sections()) {
            for (const ScorecardItem &item : section.items) {
                const Answer answer = e->answers.value(item.id);
                if (answer.value.isEmpty() && answer.comment.isEmpty())
                    continue;
                const auto points = item.pointsFor(answer.value);
                answers.append(QJsonObject{{QStringLiteral("section"), section.id},
                                           {QStringLiteral("item"), item.id},
                                           {QStringLiteral("value"), answer.value},
                                           {QStringLiteral("points"), points ? QJsonValue(*points) : QJsonValue()},
                                           {QStringLiteral("max_points"), item.points},
                                           {QStringLiteral("comment"), answer.comment},
                                           {QStringLiteral("reasons"), QJsonArray::fromStringList(answer.reasons)}});
                if (!answer.value.isEmpty() && item.isFailed(answer.value)) {
                    failed.append(item.id);
                    if (item.fatal)
                        fatalItems.append(item.id);
                }
            }
        }
        row.object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(evaluations.tags(row.evaluationId)));
        row.object.insert(QStringLiteral("answers"), answers);
        row.object.insert(QStringLiteral("failed_items"), failed);
        row.object.insert(QStringLiteral("fatal_items"), fatalItems);
        out.append(row.object);
    }
    return out;
}

namespace {

QString join(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out << v.toString();
    return out.join(QStringLiteral("; "));
}

} // namespace

QByteArray EvaluationExport::toCsv(const Filter &filter, QString *error)
{
    const QJsonArray rows = toJson(filter, error);
    if (!error->isEmpty())
        return {};
    static const char *const columns[] = {"evaluation_id", "conversation_id", "channel",         "business_type",
                                          "started_at",    "agent_id",        "agent_name",      "team",
                                          "inspector",     "inspector_name",  "scorecard",       "scorecard_version",
                                          "revision",      "score",           "fatal",           "submitted_at",
                                          "failed_items",  "fatal_items",     "general_comment", "coaching_note",
                                          "tags"};
    QStringList header;
    for (const char *c : columns)
        header << QString::fromLatin1(c);
    QString csv = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QJsonValue &value : rows) {
        const QJsonObject o = value.toObject();
        QStringList cells;
        for (const char *c : columns) {
            const QJsonValue v = o.value(QString::fromLatin1(c));
            QString text;
            if (v.isArray())
                text = join(v.toArray());
            else if (v.isBool())
                text = v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
            else if (v.isDouble())
                text = QString::number(v.toDouble(), 'f', qstrcmp(c, "score") == 0 ? 1 : 0);
            else
                text = v.toString();
            cells << csvCell(text);
        }
        csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}

QString EvaluationExport::csvCell(QString text)
{
    // A cell Excel would run as a formula is shown as text instead.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

} // namespace qawb
