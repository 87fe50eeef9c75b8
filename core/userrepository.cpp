#include "userrepository.h"

#include "ids.h"
#include "store.h"

#include <QSqlQuery>
#include <QVariant>

namespace qawb {

UserRepository::UserRepository(Store &store)
    : m_store(store)
{}

User UserRepository::ensure(const QString &login, const QString &displayName)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, login, display_name, role FROM users WHERE login = ?"));
    q.addBindValue(login);
    if (q.exec() && q.next())
        return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    User user{newId(), login, displayName.isEmpty() ? login : displayName, QStringLiteral("inspector")};
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
