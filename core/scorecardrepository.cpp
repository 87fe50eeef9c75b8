#include "scorecardrepository.h"

#include "ids.h"
#include "store.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qawb {

ScorecardRepository::ScorecardRepository(Store &store)
    : m_store(store)
{}

bool ScorecardRepository::ensureBuiltIns(QString *error)
{
    for (const QString &resource : {QStringLiteral(":/qawb/scorecards/online-service.json"),
                                    QStringLiteral(":/qawb/scorecards/call-service.json")}) {
        QFile file(resource);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("missing built-in scorecard %1").arg(resource);
            return false;
        }
        const QByteArray json = file.readAll();
        const auto card = Scorecard::fromJson(json, error);
        if (!card)
            return false;
        const QString scorecardId = nameId(QStringLiteral("scorecard"), card->key());
        const QString versionId = nameId(QStringLiteral("scorecard-version"),
                                         card->key() + QLatin1Char('/') + QString::number(card->version()));
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("INSERT INTO scorecards(id, name, channel, created_at) VALUES(?, ?, ?, ?) "
                                 "ON CONFLICT DO NOTHING"));
        q.addBindValue(scorecardId);
        q.addBindValue(card->name().text(QStringLiteral("en")));
        q.addBindValue(card->channel().isEmpty() ? QVariant() : QVariant(card->channel()));
        q.addBindValue(nowIso());
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO scorecard_versions(id, scorecard_id, version, definition, status, "
                                 "published_at) VALUES(?, ?, ?, ?, 'published', ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(versionId);
        q.addBindValue(scorecardId);
        q.addBindValue(card->version());
        q.addBindValue(QString::fromUtf8(json));
        q.addBindValue(nowIso());
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

namespace {

std::optional<StoredScorecard> parseRow(QSqlQuery &q)
{
    if (!q.next())
        return std::nullopt;
    QString error;
    auto card = Scorecard::fromJson(q.value(1).toString().toUtf8(), &error);
    if (!card)
        return std::nullopt;
    return StoredScorecard{q.value(0).toString(), std::move(*card)};
}

} // namespace

std::optional<StoredScorecard> ScorecardRepository::currentFor(const QString &channel)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT v.id, v.definition FROM scorecard_versions v JOIN scorecards s "
                             "ON s.id = v.scorecard_id WHERE v.status = 'published' "
                             "AND (s.channel = ? OR s.channel IS NULL) "
                             "ORDER BY s.channel IS NULL, v.published_at DESC, v.version DESC LIMIT 1"));
    q.addBindValue(channel);
    q.exec();
    return parseRow(q);
}

std::optional<StoredScorecard> ScorecardRepository::version(const QString &versionId)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, definition FROM scorecard_versions WHERE id = ?"));
    q.addBindValue(versionId);
    q.exec();
    return parseRow(q);
}

} // namespace qawb
