#pragma once

#include "ruleset.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace qawb {

class Store;

// A rule-set version as stored.
struct StoredRuleSet
{
    QString versionId;
    RuleSet rules;
};

struct RuleSetVersionInfo
{
    QString versionId;
    QString key;
    QString name;
    int version = 0;
    int ruleCount = 0;
    QString importedAt;
    bool active = false;
};

// Rule-set versions in the store; one of them is active (store_meta "active_rule_set_version").
class RuleSetRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetRepository)

public:
    explicit RuleSetRepository(Store &store);

    // Imports a rule-set file and makes it active; only a QA manager or admin may (Permissions). Re-importing an
    // identical version is a no-op; a different definition under an existing version number is refused.
    std::optional<QString> importJson(const QByteArray &json, const QString &userId, QString *error);
    // Imports the built-in rule set if the store has no active one yet.
    bool ensureActive(const QString &userId, QString *error);
    std::optional<StoredRuleSet> active();
    std::optional<StoredRuleSet> version(const QString &versionId);
    std::vector<RuleSetVersionInfo> versions();

private:
    std::optional<QString> store(const QByteArray &json, const QString &userId, QString *error);
    Store &m_store;
};

} // namespace qawb
