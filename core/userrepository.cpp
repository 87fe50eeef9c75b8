#include "userrepository.h"

#include "auditlog.h"
#include "ids.h"
#include "permissions.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace qawb {

UserRepository::UserRepository(Store &store)
    : m_store(store)
{}

namespace {
User userFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString()};
}
} // namespace

std::optional<User> UserRepository::byLogin(const QString &login)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, login, display_name, role, team_id FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (q.exec() && q.next())
        return userFrom(q);
    return std::nullopt;
}

std::optional<User> UserRepository::byId(const QString &id)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, login, display_name, role, team_id FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return userFrom(q);
    return std::nullopt;
}

std::vector<User> UserRepository::all()
{
    std::vector<User> out;
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT id, login, display_name, role, team_id FROM users ORDER BY login"))) {
        while (q.next())
            out.push_back(userFrom(q));
    }
    return out;
}

bool UserRepository::setDisplayName(User &user, const QString &displayName, QString *error)
{
    const QString name = displayName.simplified();
    if (name.isEmpty()) {
        *error = tr("a name is needed");
        return false;
    }
    Transaction transaction(m_store);
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE users SET display_name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(user.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = tr("cannot save the name: %1").arg(q.lastError().text());
        return false;
    }
    if (!AuditLog(m_store).append(user.id, QStringLiteral("user.rename"), QStringLiteral("users"), user.id,
                                  {{QStringLiteral("before"), user.displayName}, {QStringLiteral("after"), name}},
                                  error) ||
        !transaction.commit())
        return false;
    user.displayName = name;
    return true;
}

bool UserRepository::setRole(const User &actor, const QString &login, const QString &role, QString *error)
{
    if (!Permissions::roles().contains(role)) {
        *error = tr("unknown role %1 (one of: %2)").arg(role, Permissions::roles().join(QStringLiteral(", ")));
        return false;
    }
    if (!Permissions::check(actor, Permissions::Action::ManageUsers, error))
        return false;
    Transaction transaction(m_store);
    const std::optional<User> target = byLogin(login);
    if (!target) {
        *error = tr("nobody with the login %1 uses this store").arg(login);
        return false;
    }
    if (target->role == QLatin1String("admin") && role != QLatin1String("admin")) {
        QSqlQuery admins(m_store.database());
        if (admins.exec(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin'")) && admins.next() &&
            admins.value(0).toInt() <= 1) {
            *error = tr("%1 is the last admin of this store; make someone else admin first").arg(login);
            return false;
        }
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"));
    q.addBindValue(role);
    q.addBindValue(target->id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!AuditLog(m_store).append(actor.id, QStringLiteral("user.role"), QStringLiteral("users"), target->id,
                                  {{QStringLiteral("before"), target->role}, {QStringLiteral("after"), role}}, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool UserRepository::setTeam(const User &actor, const QString &login, const QString &teamName, QString *error)
{
    if (!Permissions::check(actor, Permissions::Action::ManageUsers, error))
        return false;
    Transaction transaction(m_store);
    const std::optional<User> target = byLogin(login);
    if (!target) {
        *error = tr("nobody with the login %1 uses this store").arg(login);
        return false;
    }
    QString teamId;
    if (!teamName.isEmpty()) {
        QSqlQuery team(m_store.database());
        team.prepare(QStringLiteral("SELECT id FROM teams WHERE name = ?"));
        team.addBindValue(teamName);
        if (!team.exec() || !team.next()) {
            *error = tr("there is no team called %1 in this store").arg(teamName);
            return false;
        }
        teamId = team.value(0).toString();
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE users SET team_id = ? WHERE id = ?"));
    q.addBindValue(teamId.isEmpty() ? QVariant() : QVariant(teamId));
    q.addBindValue(target->id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!AuditLog(m_store).append(actor.id, QStringLiteral("user.team"), QStringLiteral("users"), target->id,
                                  {{QStringLiteral("before"), target->teamId}, {QStringLiteral("after"), teamId}},
                                  error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

User UserRepository::ensure(const QString &login, const QString &displayName)
{
    if (const auto known = byLogin(login))
        return *known;
    QSqlQuery q(m_store.database());
    // Someone has to be able to give out roles: the first person in a new store is its admin.
    const bool first = q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next() && q.value(0).toInt() == 0;
    q.finish();
    // Name-based: the same person gets the same id in every store (sync matches people by login all the same).
    User user{nameId(QStringLiteral("user"), login), login, displayName.isEmpty() ? login : displayName,
              first ? QStringLiteral("admin") : QStringLiteral("inspector")};
    q.prepare(QStringLiteral("INSERT INTO users(id, login, display_name, role, created_at) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(user.id);
    q.addBindValue(user.login);
    q.addBindValue(user.displayName);
    q.addBindValue(user.role);
    q.addBindValue(nowIso());
    if (!q.exec())
        return {};
    return user;
}

} // namespace qawb
