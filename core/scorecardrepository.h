#pragma once

#include <QCoreApplication>

#include "scorecard.h"

#include <QString>

#include <optional>

namespace qawb {

class Store;
struct User;

// A scorecard version as stored: its key in the store plus the parsed definition.
struct StoredScorecard
{
    QString versionId;
    Scorecard scorecard;
};

// One published version, for listings.
struct ScorecardVersionInfo
{
    QString versionId;
    QString key;
    int version = 0;
    QString channel;
    LocalizedText name;
    QString publishedAt;
    int evaluations = 0;  // evaluations scored with this version
    bool current = false; // the newest version of its scorecard
};

// Scorecard versions in the store. Built-in scorecards are published as version 1 on first use. Publishing a changed
// definition of a scorecard never edits a version: it adds the next one; evaluations keep the version they used.
class ScorecardRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardRepository)

public:
    explicit ScorecardRepository(Store &store);

    // Publishes the bundled scorecards that the store does not have yet. Returns false on a store error.
    bool ensureBuiltIns(QString *error);
    // The newest published scorecard for a channel ("call" or "chat").
    std::optional<StoredScorecard> currentFor(const QString &channel);
    // A specific version, as an evaluation recorded it.
    std::optional<StoredScorecard> version(const QString &versionId);

    // Publishes a scorecard file (format qawb-scorecard/1); only a QA manager or admin may. The same definition as
    // the newest version is a no-op (that version's id comes back, *published false); a changed one becomes the next
    // version whatever number the file carries. Audited.
    std::optional<QString> publishJson(const QByteArray &json, const User &actor, QString *error,
                                       bool *published = nullptr);
    // The definition of a scorecard's version (newest when version is 0), as published.
    std::optional<QByteArray> exportJson(const QString &key, int version, QString *error);
    std::vector<ScorecardVersionInfo> versions();

private:
    Store &m_store;
};

} // namespace qawb
