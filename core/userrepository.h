#pragma once

#include <QString>

namespace qawb {

class Store;

// A person known to the store (inspector, team leader, ...).
struct User
{
    QString id;
    QString login;
    QString displayName;
    QString role;
};

// Users of a store: finds or creates the person working at this machine.
class UserRepository final
{
public:
    explicit UserRepository(Store &store);
    // Returns the user with this login, creating an inspector if there is none. Empty id on failure.
    User ensure(const QString &login, const QString &displayName = {});

private:
    Store &m_store;
};

} // namespace qawb
