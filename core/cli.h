#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QStringList>

#include "reports.h"

class QJsonObject;
class QTextStream;

namespace qawb {

class Store;
struct AutoQaReport;
struct SearchQuery;
struct User;

// {"key": count, ...} for --json output.
QJsonObject countsJson(const QMap<QString, int> &counts);

// The headless command line, `qawb`: import, queues, cases, show, demo. app/cli_main.cpp only wires it up;
// tests run it in-process or as a process.
// Exit codes: 0 success, 1 the command failed (bad input, not found, store error), 2 wrong usage.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    struct SamplingCommand
    {
        QString command;
        QStringList args;
        bool json = false;
        QString plan;
        QString seed;
        QDate from, to;
        bool preview = false;
        QString sample;
        QStringList inspectors;
        int calibration = 0;
        bool avoidOwnTeam = false;
        QString reason;
    };
    struct SyncCommand
    {
        QString command; // sync, conflicts
        QStringList args;
        bool json = false;
        QString shared;
        bool pushOnly = false;
        bool pullOnly = false;
        bool create = false;
        QString take;
        bool all = false;
    };
    struct CoachingCommand
    {
        QString command; // coaching, disputes
        QStringList args;
        bool json = false;
        QString agent;
        QString team;
        QString pdf;
        bool openOnly = false;
        int days = 0;
        int max = 0;
    };
    struct ReportCommand
    {
        QStringList args; // the report's name
        ReportFilter filter;
        QString period; // trend: day | week (default) | month
        QString by;     // ranking: agent (default) | team; problems: item (default) | rule
        QString format; // csv | json
        QString output; // empty: standard output
    };
    // report NAME (core/reportscli.cpp). reportUsageError: empty when the command is well formed.
    static const QStringList &reportNames();
    static QString reportUsageError(const ReportCommand &command);
    int runReport(Store &store, const ReportCommand &command);
    // coaching list | show | export, disputes list | show | limits (core/coachingcli.cpp).
    int runCoaching(Store &store, const User &user, const CoachingCommand &command);
    int runDisputes(Store &store, const User &user, const CoachingCommand &command);
    struct CollectionsCommand
    {
        QString command; // collections, pack
        QStringList args;
        bool json = false;
        QString note;
        bool noteSet = false;
        QString evaluation;
        QString collection;
        QString out;
        bool pseudonymiseAgents = false;
        bool pseudonymiseInspectors = false;
        bool noAudio = false;
    };
    // collections list | show | create | rename | notes | delete | add | note | remove | move, pack export | import
    // (core/casepackcli.cpp).
    int runCollections(Store &store, const User &user, const CollectionsCommand &command);
    int runPack(Store &store, const User &user, const CollectionsCommand &command);
    struct IndicatorsCommand
    {
        QStringList args; // empty | conversations METRIC | sample METRIC | threshold METRIC VALUE
        bool json = false;
        QString by; // "", team, agent
        QDate from, to;
        QString team, agent, channel, businessType;
        int limit = 100;
    };
    // indicators, indicators conversations | sample | threshold (core/indicatorscli.cpp).
    int runIndicators(Store &store, const User &user, const IndicatorsCommand &command);
    // calibration list | report ID (core/calibrationcli.cpp).
    int runCalibration(Store &store, const QStringList &args, const QString &expert, bool json);
    // search (core/searchcli.cpp).
    int runSearch(Store &store, const SearchQuery &query, bool json);
    // feedback due | done | threshold (core/feedbackcli.cpp).
    int runFeedback(Store &store, const User &user, const QStringList &args, const QString &team, const QString &note,
                    bool json);
    // sync, conflicts (core/synccli.cpp).
    int runSync(Store &store, const User &user, const SyncCommand &command);
    // plans, sample, samples, assign, reassign, replace (core/samplingcli.cpp).
    int runSampling(Store &store, const User &user, const SamplingCommand &command);
    AutoQaReport runAutoQa(Store &store, const QString &userId, const QStringList &ids, bool force, bool quiet);
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace qawb
