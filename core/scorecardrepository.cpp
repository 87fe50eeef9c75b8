#include "scorecardrepository.h"

#include "auditlog.h"
#include "ids.h"
#include "permissions.h"
#include "store.h"
#include "userrepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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
        // A newer bundled version (e.g. v2 added item targets) is published in stores that have only older ones;
        // a store whose people published this version number or a later one keeps its own.
        q.prepare(QStringLiteral("INSERT INTO scorecard_versions(id, scorecard_id, version, definition, status, "
                                 "published_at) SELECT ?, ?, ?, ?, 'published', ? WHERE NOT EXISTS (SELECT 1 FROM "
                                 "scorecard_versions WHERE scorecard_id = ? AND version >= ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(versionId);
        q.addBindValue(scorecardId);
        q.addBindValue(card->version());
        q.addBindValue(QString::fromUtf8(json));
        q.addBindValue(nowIso());
        q.addBindValue(scorecardId);
        q.addBindValue(card->version());
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

namespace {

// A definition without its version number: what makes two versions the same scorecard content.
QJsonObject content(const QByteArray &json)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.remove(QStringLiteral("version"));
    return o;
}

} // namespace

std::optional<QString> ScorecardRepository::publishJson(const QByteArray &json, const User &actor, QString *error,
                                                        bool *published)
{
    if (published)
        *published = false;
    if (!Permissions::check(actor, Permissions::Action::PublishScorecards, error))
        return std::nullopt;
    const auto card = Scorecard::fromJson(json, error);
    if (!card)
        return std::nullopt;
    Transaction transaction(m_store);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return std::nullopt;
    }
    const QString scorecardId = nameId(QStringLiteral("scorecard"), card->key());
    QSqlQuery latest(m_store.database());
    latest.prepare(QStringLiteral("SELECT id, version, definition FROM scorecard_versions WHERE scorecard_id = ? "
                                  "ORDER BY version DESC LIMIT 1"));
    latest.addBindValue(scorecardId);
    if (!latest.exec()) {
        *error = latest.lastError().text();
        return std::nullopt;
    }
    int version = card->version();
    int previous = 0;
    if (latest.next()) {
        previous = latest.value(1).toInt();
        if (content(latest.value(2).toString().toUtf8()) == content(json))
            return latest.value(0).toString(); // already published as it is
        version = std::max(version, previous + 1);
    }
    latest.finish();
    QJsonObject definition = QJsonDocument::fromJson(json).object();
    definition.insert(QStringLiteral("version"), version);
    const QString versionId =
        nameId(QStringLiteral("scorecard-version"), card->key() + QLatin1Char('/') + QString::number(version));
    const QString now = nowIso();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO scorecards(id, name, channel, created_at) VALUES(?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET name = excluded.name, channel = excluded.channel"));
    q.addBindValue(scorecardId);
    q.addBindValue(card->name().text(QStringLiteral("en")));
    q.addBindValue(card->channel().isEmpty() ? QVariant() : QVariant(card->channel()));
    q.addBindValue(now);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    q.prepare(QStringLiteral("INSERT INTO scorecard_versions(id, scorecard_id, version, definition, status, "
                             "published_at) VALUES(?, ?, ?, ?, 'published', ?)"));
    q.addBindValue(versionId);
    q.addBindValue(scorecardId);
    q.addBindValue(version);
    q.addBindValue(QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Indented)));
    q.addBindValue(now);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!AuditLog(m_store).append(actor.id, QStringLiteral("scorecard.publish"), QStringLiteral("scorecard_versions"),
                                  versionId,
                                  {{QStringLiteral("key"), card->key()},
                                   {QStringLiteral("before"), QJsonObject{{QStringLiteral("version"), previous}}},
                                   {QStringLiteral("after"), QJsonObject{{QStringLiteral("version"), version}}}},
                                  error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = transaction.error();
        return std::nullopt;
    }
    if (published)
        *published = true;
    return versionId;
}

std::optional<QByteArray> ScorecardRepository::exportJson(const QString &key, int version, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT definition FROM scorecard_versions WHERE scorecard_id = ? AND (? = 0 OR version = ?) "
                       "ORDER BY version DESC LIMIT 1"));
    q.addBindValue(nameId(QStringLiteral("scorecard"), key));
    q.addBindValue(version);
    q.addBindValue(version);
    if (!q.exec() || !q.next()) {
        *error = version > 0 ? tr("no version %1 of scorecard %2").arg(version).arg(key)
                             : tr("no scorecard %1 in this store").arg(key);
        return std::nullopt;
    }
    return q.value(0).toString().toUtf8();
}

std::vector<ScorecardVersionInfo> ScorecardRepository::versions()
{
    std::vector<ScorecardVersionInfo> out;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT v.id, v.version, v.definition, v.published_at, "
            "(SELECT count(*) FROM evaluations e WHERE e.scorecard_version_id = v.id), "
            "v.version = (SELECT max(version) FROM scorecard_versions w WHERE w.scorecard_id = v.scorecard_id) "
            "FROM scorecard_versions v WHERE v.status = 'published' ORDER BY v.scorecard_id, v.version")))
        return out;
    while (q.next()) {
        QString ignored;
        const auto card = Scorecard::fromJson(q.value(2).toString().toUtf8(), &ignored);
        if (!card)
            continue;
        ScorecardVersionInfo info;
        info.versionId = q.value(0).toString();
        info.version = q.value(1).toInt();
        info.key = card->key();
        info.channel = card->channel();
        info.name = card->name();
        info.publishedAt = q.value(3).toString();
        info.evaluations = q.value(4).toInt();
        info.current = q.value(5).toBool();
        out.push_back(std::move(info));
    }
    std::sort(out.begin(), out.end(), [](const ScorecardVersionInfo &a, const ScorecardVersionInfo &b) {
        return std::make_pair(a.key, a.version) < std::make_pair(b.key, b.version);
    });
    return out;
}

} // namespace qawb
