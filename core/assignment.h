#pragma once

#include <QString>

#include <vector>

namespace qawb {

// One conversation of a sample, as assignment sees it.
struct AssignmentItem
{
    QString id;
    QString teamId;             // the agent's team
    double expectedSeconds = 0; // expected review time
};

struct AssignmentInspector
{
    QString id;
    QString teamId; // empty: not in an agent team
};

struct AssignmentOptions
{
    int calibration = 0;       // this many conversations go to every inspector (blind calibration)
    bool avoidOwnTeam = false; // an inspector never gets a conversation of their own team
    quint64 seed = 1;          // which conversations make the calibration set
};

struct AssignmentResult
{
    std::vector<int> calibration;               // item indices every inspector gets
    std::vector<std::vector<int>> perInspector; // item indices of each inspector's own share (not calibration)
    std::vector<double> seconds;                // each inspector's expected review time, calibration included
    std::vector<int> unassignable;              // items no inspector may take (own-team rule)
};

// Splits a sample between inspectors, balanced by expected review time rather than count: calibration items first
// (chosen at random by the seed among items every inspector may review), then the rest longest first, each to the
// inspector with the least expected time so far who may take it. With every item allowed to every inspector, the
// busiest and the least busy inspector differ by at most the longest single item.
AssignmentResult assignSample(const std::vector<AssignmentItem> &items,
                              const std::vector<AssignmentInspector> &inspectors, const AssignmentOptions &options);

} // namespace qawb
