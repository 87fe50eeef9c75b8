#include "permissions.h"

#include "userrepository.h"

namespace qawb {

bool Permissions::may(const QString &role, Action action)
{
    const bool manager = role == QLatin1String("qa_manager") || role == QLatin1String("admin");
    switch (action) {
    case Action::Evaluate:
        return role == QLatin1String("inspector") || manager;
    case Action::ReopenAnyEvaluation:
    case Action::ManageRuleSets:
    case Action::PublishScorecards:
    case Action::ManageSampling:
        return manager;
    case Action::ManageUsers:
        return role == QLatin1String("admin");
    case Action::TagEvaluations:
        return role == QLatin1String("inspector") || role == QLatin1String("trainer") || manager;
    case Action::CoachAgents:
        return role == QLatin1String("team_leader") || manager;
    case Action::ManageCollections:
        return role == QLatin1String("trainer") || manager;
    case Action::ViewReports:
        return role == QLatin1String("team_leader") || role == QLatin1String("trainer") || manager;
    }
    return false;
}

bool Permissions::may(const User &user, Action action)
{
    return !user.id.isEmpty() && may(user.role, action);
}

bool Permissions::check(const User &user, Action action, QString *error)
{
    if (may(user, action))
        return true;
    *error = tr("%1 (%2) may not %3").arg(user.displayName, roleName(user.role), actionName(action));
    return false;
}

QStringList Permissions::roles()
{
    return {QStringLiteral("inspector"), QStringLiteral("team_leader"), QStringLiteral("trainer"),
            QStringLiteral("qa_manager"), QStringLiteral("admin")};
}

QString Permissions::roleName(const QString &role)
{
    if (role == QLatin1String("inspector"))
        return tr("inspector");
    if (role == QLatin1String("team_leader"))
        return tr("team leader");
    if (role == QLatin1String("trainer"))
        return tr("trainer");
    if (role == QLatin1String("qa_manager"))
        return tr("QA manager");
    if (role == QLatin1String("admin"))
        return tr("admin");
    return role;
}

QString Permissions::actionName(Action action)
{
    switch (action) {
    case Action::Evaluate:
        return tr("evaluate conversations");
    case Action::ReopenAnyEvaluation:
        return tr("reopen other inspectors' evaluations");
    case Action::ManageRuleSets:
        return tr("change auto-QA rule sets");
    case Action::PublishScorecards:
        return tr("publish scorecards");
    case Action::ManageUsers:
        return tr("change people's roles");
    case Action::TagEvaluations:
        return tr("tag evaluations");
    case Action::ManageSampling:
        return tr("plan samples and assign queues");
    case Action::CoachAgents:
        return tr("record feedback to agents");
    case Action::ManageCollections:
        return tr("change training collections");
    case Action::ViewReports:
        return tr("see QA reports and indicators");
    }
    return {};
}

} // namespace qawb
