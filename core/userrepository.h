#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace qawb {

class Store;

// A person known to the store (inspector, team leader, ...).
struct User
{
    QString id;
    QString login;
    QString displayName;
    QString role;
    QString teamId; // the agent team the person belongs to, if any
};

// Users of a store: finds or creates the person working at this machine; roles and names (audited).
class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(Store &store);
    // Returns the user with this login, creating one if there is none: the first person in a store is its admin,
    // everyone after an inspector until an admin says otherwise. Empty id on failure.
    User ensure(const QString &login, const QString &displayName = {});
    std::optional<User> byId(const QString &id);
    std::optional<User> byLogin(const QString &login);
    std::vector<User> all();
    // Whether the person has said who they are (the first-run profile); until then the name is the login.
    static bool hasProfile(const User &user) { return user.displayName != user.login; }
    // The user's own name, as colleagues see it.
    bool setDisplayName(User &user, const QString &displayName, QString *error);
    // Gives someone a role; only an admin may, and the last admin cannot stop being one.
    bool setRole(const User &actor, const QString &login, const QString &role, QString *error);
    // Puts someone in an agent team (by team name; empty: none). Only an admin may.
    bool setTeam(const User &actor, const QString &login, const QString &teamName, QString *error);

private:
    Store &m_store;
};

} // namespace qawb
