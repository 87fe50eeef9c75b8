#pragma once

#include "scorecard.h"

#include <QString>

#include <optional>

namespace qawb {

class Store;

// A scorecard version as stored: its key in the store plus the parsed definition.
struct StoredScorecard
{
    QString versionId;
    Scorecard scorecard;
};

// Scorecard versions in the store. Built-in scorecards are published as version 1 on first use.
class ScorecardRepository final
{
public:
    explicit ScorecardRepository(Store &store);

    // Publishes the bundled scorecards that the store does not have yet. Returns false on a store error.
    bool ensureBuiltIns(QString *error);
    // The newest published scorecard for a channel ("call" or "chat").
    std::optional<StoredScorecard> currentFor(const QString &channel);
    // A specific version, as an evaluation recorded it.
    std::optional<StoredScorecard> version(const QString &versionId);

private:
    Store &m_store;
};

} // namespace qawb
