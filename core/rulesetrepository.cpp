#include "rulesetrepository.h"

#include "auditlog.h"
#include "permissions.h"
#include "userrepository.h"

#include "ids.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qawb {

namespace {
const QString kActiveKey = QStringLiteral("active_rule_set_version");
} // namespace

RuleSetRepository::RuleSetRepository(Store &store)
    : m_store(store)
{}

std::optional<QString> RuleSetRepository::importJson(const QByteArray &json, const QString &userId, QString *error)
{
    const std::optional<User> user = UserRepository(m_store).byId(userId);
    if (!user || !Permissions::check(*user, Permissions::Action::ManageRuleSets, error)) {
        if (!user)
            *error = tr("unknown user %1").arg(userId);
        return std::nullopt;
    }
    return store(json, userId, error);
}

std::optional<QString> RuleSetRepository::store(const QByteArray &json, const QString &userId, QString *error)
{
    const auto set = RuleSet::fromJson(json, error);
    if (!set)
        return std::nullopt;
    const QString ruleSetId = nameId(QStringLiteral("rule-set"), set->key());
    Transaction transaction(m_store);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return std::nullopt;
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO rule_sets(id, key, name, created_at) VALUES(?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET name = excluded.name WHERE name IS NOT excluded.name"));
    q.addBindValue(ruleSetId);
    q.addBindValue(set->key());
    const QString name = set->name().text(QStringLiteral("en"));
    q.addBindValue(name.isEmpty() ? set->key() : name); // "name" is optional in the file, not in the table
    q.addBindValue(nowIso());
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QString versionId;
    q.prepare(QStringLiteral("SELECT id, definition FROM rule_set_versions WHERE rule_set_id = ? AND version = ?"));
    q.addBindValue(ruleSetId);
    q.addBindValue(set->version());
    if (q.exec() && q.next()) {
        // Compare meaning, not bytes: the same JSON re-serialised is the same version.
        const QJsonObject stored = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (stored != QJsonDocument::fromJson(json).object()) {
            *error = tr("rule set \"%1\" version %2 already exists with different rules; raise \"version\" to publish "
                        "a change")
                         .arg(set->key())
                         .arg(set->version());
            return std::nullopt;
        }
        versionId = q.value(0).toString();
    } else {
        // Name-based, so every store that imports the same version gives it the same id (sync).
        versionId =
            nameId(QStringLiteral("rule-set-version"), set->key() + QLatin1Char('/') + QString::number(set->version()));
        QJsonObject digests;
        const auto ruleDigests = set->ruleDigests();
        for (auto it = ruleDigests.cbegin(); it != ruleDigests.cend(); ++it)
            digests.insert(it.key(), QString::fromLatin1(it.value()));
        q.prepare(QStringLiteral("INSERT INTO rule_set_versions(id, rule_set_id, version, definition, rule_digests, "
                                 "imported_at, imported_by) VALUES(?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(versionId);
        q.addBindValue(ruleSetId);
        q.addBindValue(set->version());
        q.addBindValue(QString::fromUtf8(json));
        q.addBindValue(QString::fromUtf8(QJsonDocument(digests).toJson(QJsonDocument::Compact)));
        q.addBindValue(nowIso());
        q.addBindValue(userId.isEmpty() ? QVariant() : QVariant(userId));
        if (!q.exec()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        if (!AuditLog(m_store).append(
                userId, QStringLiteral("rules.import"), QStringLiteral("rule_set_versions"), versionId,
                {{QStringLiteral("key"), set->key()}, {QStringLiteral("version"), set->version()}}, error))
            return std::nullopt;
    }
    if (!m_store.setMeta(kActiveKey, versionId) || !transaction.commit()) {
        *error = transaction.error();
        return std::nullopt;
    }
    return versionId;
}

bool RuleSetRepository::ensureActive(const QString &userId, QString *error)
{
    if (!m_store.meta(kActiveKey).isEmpty())
        return true;
    return store(RuleSet::builtIn().json(), userId, error).has_value(); // the bundled set needs no manager
}

std::optional<StoredRuleSet> RuleSetRepository::version(const QString &versionId)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT definition FROM rule_set_versions WHERE id = ?"));
    q.addBindValue(versionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QString error;
    auto set = RuleSet::fromJson(q.value(0).toString().toUtf8(), &error);
    if (!set)
        return std::nullopt;
    return StoredRuleSet{versionId, std::move(*set)};
}

std::optional<StoredRuleSet> RuleSetRepository::active()
{
    const QString id = m_store.meta(kActiveKey);
    return id.isEmpty() ? std::nullopt : version(id);
}

std::vector<RuleSetVersionInfo> RuleSetRepository::versions()
{
    const QString activeId = m_store.meta(kActiveKey);
    QSqlQuery q(m_store.database());
    q.exec(QStringLiteral("SELECT v.id, s.key, s.name, v.version, v.definition, v.imported_at FROM rule_set_versions v "
                          "JOIN rule_sets s ON s.id = v.rule_set_id ORDER BY s.key, v.version"));
    std::vector<RuleSetVersionInfo> out;
    while (q.next()) {
        RuleSetVersionInfo info;
        info.versionId = q.value(0).toString();
        info.key = q.value(1).toString();
        info.name = q.value(2).toString();
        info.version = q.value(3).toInt();
        QString error;
        const auto set = RuleSet::fromJson(q.value(4).toString().toUtf8(), &error);
        info.ruleCount = set ? int(set->rules().size()) : 0;
        info.importedAt = q.value(5).toString();
        info.active = info.versionId == activeId;
        out.push_back(info);
    }
    return out;
}

} // namespace qawb
