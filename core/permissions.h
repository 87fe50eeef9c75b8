#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace qawb {

struct User;

// What each role may do. Checked in core (the repositories refuse), not only by hiding things in the UI.
//
//   action                 inspector  team_leader  trainer  qa_manager  admin
//   Evaluate                   ✓                                ✓          ✓
//   ReopenAnyEvaluation                                         ✓          ✓     (anyone may reopen their own)
//   ManageRuleSets                                              ✓          ✓
//   PublishScorecards                                           ✓          ✓
//   ManageUsers                                                            ✓
//   TagEvaluations             ✓                     ✓          ✓          ✓     (exemplary, training case, ...)
//   ManageSampling                                              ✓          ✓     (plans, samples, assigning queues)
//   CoachAgents                           ✓                     ✓          ✓     (feedback, coaching sessions)
//   ManageCollections                                  ✓          ✓          ✓     (training collections, case packs)
//   ViewReports                           ✓           ✓          ✓          ✓     (reports, indicators, calibration)
//
// The first person to use a new store becomes its admin (someone has to be able to give out roles).
class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    enum class Action {
        Evaluate,
        ReopenAnyEvaluation,
        ManageRuleSets,
        PublishScorecards,
        ManageUsers,
        TagEvaluations,
        ManageSampling,
        CoachAgents,
        ManageCollections,
        ViewReports
    };

    static bool may(const QString &role, Action action);
    static bool may(const User &user, Action action);
    // may(), and when not, *error says who may not do what ("张敏 (team leader) may not evaluate conversations").
    static bool check(const User &user, Action action, QString *error);
    static QStringList roles();                   // inspector, team_leader, trainer, qa_manager, admin
    static QString roleName(const QString &role); // translated
    static QString actionName(Action action);     // translated, for refusals
};

} // namespace qawb
