#pragma once

#include "ruleset.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace qawb {

class AutoQaEngine;

// Masks personal data in text with the auto-QA personal-data rules (the rules with "mask": true, category
// personal_data, in resources/rules/default-rules.json or the given rule set): the matching runs through AutoQaEngine,
// so there is one list of patterns. Each occurrence becomes a mask that keeps its category visible: "[" + category +
// "]", where the category is the rule id without its "pii." prefix — [mobile], [landline], [id_card], [bank_card],
// [email], [address], [name]. Customer names given with setNames() (from the conversation's metadata) are masked as
// [name] too. Everything else stays as it was, character for character.
class Redactor final
{
public:
    explicit Redactor(const RuleSet &rules = RuleSet::builtIn());
    ~Redactor();
    Q_DISABLE_COPY_MOVE(Redactor)

    // Literal names (e.g. the customer's) to mask wherever they occur, in addition to the rules. Names shorter than
    // two characters are ignored (a one-character "name" would mask ordinary words).
    void setNames(const QStringList &names);
    QStringList names() const { return m_names; }

    // text with every occurrence masked; counts (if given) gains one per occurrence, by category.
    QString redact(const QString &text, QMap<QString, int> *counts = nullptr) const;
    // Every string value in the object, recursively (arrays and objects), redacted the same way.
    QJsonObject redactJson(const QJsonObject &object, QMap<QString, int> *counts = nullptr) const;

    // The categories the rules can produce, sorted ("name" included).
    QStringList categories() const;
    static QString mask(const QString &category) { return QLatin1Char('[') + category + QLatin1Char(']'); }
    // The rule's category: its id without the "pii." prefix.
    static QString categoryOf(const QString &ruleId);

    // Metadata fields (conversation extra) that hold a customer's name; their values are added with setNames().
    static QStringList nameFields(); // customer_name, customer, contact_name, name, ...
    // Metadata fields that identify the customer and are dropped from a pack (customer_id, phone, ...).
    static QStringList customerIdFields();

private:
    std::unique_ptr<AutoQaEngine> m_engine;
    QStringList m_names;
};

} // namespace qawb
