#include "cli.h"

#include "auditlog.h"
#include "evaluationexport.h"
#include "permissions.h"
#include "scorecardrepository.h"

#include "autoqarunner.h"
#include "caserepository.h"
#include "demoqueue.h"
#include "evaluationrepository.h"
#include "importer.h"
#include "paths.h"
#include "rulesetrepository.h"
#include "samplingrepository.h"
#include "search.h"
#include "store.h"
#include "userrepository.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace qawb {

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue optionalJson(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue optionalJson(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QJsonValue optionalJson(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}
QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject issueJson(const ImportIssue &issue)
{
    return QJsonObject{{QStringLiteral("file"), issue.file},
                       {QStringLiteral("line"), double(issue.line)},
                       {QStringLiteral("field"), textOrNull(issue.field)},
                       {QStringLiteral("id"), textOrNull(issue.recordId)},
                       {QStringLiteral("message"), issue.message}};
}

QString formatSeconds(const std::optional<double> &s)
{
    if (!s)
        return QStringLiteral("-");
    const int total = int(*s + 0.5);
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

AutoQaReport Cli::runAutoQa(Store &store, const QString &userId, const QStringList &ids, bool force, bool quiet)
{
    AutoQaRunner runner(store, userId);
    // Progress on a terminal only; scripts and tests read clean output.
    const bool terminal = !quiet && isatty(fileno(stderr));
    if (terminal)
        runner.setProgressCallback([this](qint64 done, qint64 total) {
            m_err << "\r" << tr("auto-QA %1/%2").arg(done).arg(total) << Qt::flush;
        });
    const AutoQaReport report = runner.run(ids, force);
    if (terminal)
        m_err << "\r" << QString(40, QLatin1Char(' ')) << "\r" << Qt::flush;
    return report;
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("QA Workbench command line: import conversations and inspect a store."));
    parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("import FILE... | queues | cases | show ID | demo | autoqa | hits ID | "
           "rules import FILE | rules export [FILE] | rules list | audit verify | "
           "users list | users role LOGIN ROLE | users team LOGIN [TEAM] | scorecards list | "
           "scorecards export KEY [FILE] | scorecards import FILE | evaluations export | "
           "plans list | plans save FILE | plans export NAME [FILE] | plans delete NAME | "
           "sample --plan FILE|NAME | samples [ID] | assign --sample ID --inspectors A,B | "
           "reassign QUEUE CONVERSATION LOGIN --reason TEXT | "
           "replace QUEUE CONVERSATION --reason TEXT | sync --shared PATH | conflicts | "
           "conflicts resolve ID --take local|remote | feedback due [--team T] | feedback done ID [--note TEXT] | "
           "feedback threshold HOURS | coaching list [--agent ID] | coaching show ID | "
           "coaching export ID --pdf FILE | disputes list [--open] | disputes show ID | "
           "disputes limits [--days N --max M] | search [TEXT] [filters] | calibration list | "
           "calibration report ID [--expert LOGIN] | collections list | collections show NAME | "
           "collections create NAME [--note TEXT] | collections add NAME CONVERSATION [--note TEXT] | "
           "pack export --collection NAME --out DIR | pack import DIR | "
           "indicators [--by team|agent] [filters] | "
           "indicators conversations|sample METRIC [filters] | indicators threshold METRIC VALUE | "

           "report summary|distribution|trend|ranking|items|problems|inspectors [filters]"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"), tr("The store to use (default: %1).").arg(defaultStorePath()), QStringLiteral("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print stable JSON instead of text."));
    const QCommandLineOption queueOption(QStringLiteral("queue"),
                                         tr("import: add the conversations to this queue; cases: list this queue."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption skipInvalidOption(QStringLiteral("skip-invalid"),
                                               tr("import: import the valid records and reject the rest."));
    const QCommandLineOption rejectsOption(QStringLiteral("rejects"),
                                           tr("import: with --skip-invalid, write rejected records and reasons here."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            tr("import: character set of CSV files (default: detected)."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("Act as this user (default: the login name)."),
                                        QStringLiteral("LOGIN"));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("autoqa: check every conversation (the default)."));
    const QCommandLineOption rulesOption(QStringLiteral("rules"),
                                         tr("autoqa: import this rule-set file, make it active, then check."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("autoqa: re-check conversations that are up to date."));
    const QCommandLineOption noAutoQaOption(QStringLiteral("no-autoqa"),
                                            tr("import: do not run auto-QA on the imported conversations."));
    const QCommandLineOption scorecardVersionOption(QStringLiteral("scorecard-version"),
                                                    tr("scorecards export: this version (default: the newest)."),
                                                    QStringLiteral("N"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("evaluations export: csv or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        tr("evaluations export: submitted on or after this date; sample: conversations from this date."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("evaluations export: submitted on or before this date; sample: up to this date."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption planOption(QStringLiteral("plan"),
                                        tr("sample: the sampling plan, a JSON file or the name of a saved plan."),
                                        QStringLiteral("FILE|NAME"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("sample: use this seed instead of the plan's."),
                                        QStringLiteral("N"));
    const QCommandLineOption previewOption(QStringLiteral("preview"),
                                           tr("sample: show what would be picked and why; store nothing."));
    const QCommandLineOption sampleOption(QStringLiteral("sample"), tr("assign: the sample (ID or its first digits)."),
                                          QStringLiteral("ID"));
    const QCommandLineOption inspectorsOption(
        QStringLiteral("inspectors"), tr("assign: the inspectors' logins, comma-separated."), QStringLiteral("A,B,C"));
    const QCommandLineOption calibrationOption(QStringLiteral("calibration"),
                                               tr("assign: this many conversations go to every inspector (blind)."),
                                               QStringLiteral("K"), QStringLiteral("0"));
    const QCommandLineOption avoidOwnTeamOption(QStringLiteral("avoid-own-team"),
                                                tr("assign: inspectors never review their own team."));
    const QCommandLineOption noteOption(
        QStringLiteral("note"), tr("feedback done: what was fed back; collections: the note."), QStringLiteral("TEXT"));
    const QCommandLineOption sharedOption(QStringLiteral("shared"),
                                          tr("sync: the shared store (default: the one last synced with)."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption pushOnlyOption(QStringLiteral("push-only"), tr("sync: only send this store's changes."));
    const QCommandLineOption pullOnlyOption(QStringLiteral("pull-only"), tr("sync: only receive the others' changes."));
    const QCommandLineOption createOption(QStringLiteral("create"),
                                          tr("sync: create the shared store if there is none at PATH."));
    const QCommandLineOption takeOption(QStringLiteral("take"),
                                        tr("conflicts resolve: keep the local or remote version."),
                                        QStringLiteral("local|remote"));
    const QCommandLineOption allConflictsOption(QStringLiteral("resolved"),
                                                tr("conflicts: list resolved conflicts as well."));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), tr("reassign, replace: why (recorded)."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption agentOption(QStringLiteral("agent"), tr("evaluations export: only this agent (ID)."),
                                         QStringLiteral("ID"));
    const QCommandLineOption teamOption(QStringLiteral("team"), tr("evaluations export: only this team."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          tr("evaluations export: write here instead of standard output."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), tr("coaching export: write the summary to this PDF."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption openOption(QStringLiteral("open"), tr("disputes list: only open disputes."));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        tr("disputes limits: disputes are opened within N days of the evaluation."),
                                        QStringLiteral("N"));
    const QCommandLineOption maxOption(QStringLiteral("max"), tr("disputes limits: at most M disputes per evaluation."),
                                       QStringLiteral("M"));
    parser.addOptions({storeOption,        jsonOption,     queueOption,      skipInvalidOption,
                       rejectsOption,      encodingOption, userOption,       allOption,
                       rulesOption,        forceOption,    noAutoQaOption,   scorecardVersionOption,
                       formatOption,       fromOption,     toOption,         agentOption,
                       teamOption,         outputOption,   planOption,       seedOption,
                       previewOption,      sampleOption,   inspectorsOption, calibrationOption,
                       avoidOwnTeamOption, reasonOption,   sharedOption,     pushOnlyOption,
                       pullOnlyOption,     createOption,   takeOption,       allConflictsOption,
                       noteOption});
    parser.addOptions({pdfOption, openOption, daysOption, maxOption});
    const QCommandLineOption channelOption(QStringLiteral("channel"), tr("search: call or chat."),
                                           QStringLiteral("call|chat"));
    const QCommandLineOption minScoreOption(
        QStringLiteral("min-score"), tr("search: a submitted evaluation scored at least this."), QStringLiteral("N"));
    const QCommandLineOption maxScoreOption(
        QStringLiteral("max-score"), tr("search: a submitted evaluation scored at most this."), QStringLiteral("N"));
    const QCommandLineOption failedOption(
        QStringLiteral("failed"), tr("search: a submitted evaluation failed this item."), QStringLiteral("ITEM"));
    const QCommandLineOption passedOption(
        QStringLiteral("passed"), tr("search: a submitted evaluation passed this item."), QStringLiteral("ITEM"));
    const QCommandLineOption ruleOption(QStringLiteral("rule"), tr("search: this auto-QA rule hit the conversation."),
                                        QStringLiteral("ID"));
    const QCommandLineOption tagOption(QStringLiteral("tag"), tr("search: an evaluation has this tag."),
                                       QStringLiteral("TAG"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         tr("search, indicators conversations|sample: at most this many (100)."),
                                         QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption expertOption(QStringLiteral("expert"),
                                          tr("calibration report: measure deviations against this inspector."),
                                          QStringLiteral("LOGIN"));
    parser.addOption(expertOption);
    const QCommandLineOption evaluationOption(QStringLiteral("evaluation"),
                                              tr("collections add: the evaluation that makes the conversation a case."),
                                              QStringLiteral("ID"));
    const QCommandLineOption collectionOption(QStringLiteral("collection"), tr("pack export: the collection."),
                                              QStringLiteral("NAME"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("pack export: the new folder to write the pack to."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption pseudonymiseAgentsOption(
        QStringLiteral("pseudonymise-agents"), tr("pack export: agents as Agent 01, Agent 02, ... (ids and names)."));
    const QCommandLineOption pseudonymiseInspectorsOption(QStringLiteral("pseudonymise-inspectors"),
                                                          tr("pack export: inspectors as inspector-01, ..."));
    const QCommandLineOption noAudioOption(QStringLiteral("no-audio"), tr("pack export: leave the recordings out."));
    parser.addOptions({evaluationOption, collectionOption, outOption, pseudonymiseAgentsOption,
                       pseudonymiseInspectorsOption, noAudioOption});
    parser.addOptions({channelOption, minScoreOption, maxScoreOption, failedOption, passedOption, ruleOption, tagOption,
                       limitOption});
    const QCommandLineOption periodOption(QStringLiteral("period"), tr("report trend: day, week (default) or month."),
                                          QStringLiteral("day|week|month"));
    const QCommandLineOption byOption(
        QStringLiteral("by"),
        tr("report ranking: agent (default) or team; report problems: item or rule; indicators: team or agent."),
        QStringLiteral("agent|team|item|rule"));
    const QCommandLineOption businessTypeOption(
        QStringLiteral("business-type"), tr("report, indicators: only this business type."), QStringLiteral("TYPE"));
    const QCommandLineOption scorecardOption(QStringLiteral("scorecard"), tr("report: only this scorecard (key)."),
                                             QStringLiteral("KEY"));
    parser.addOptions({periodOption, byOption, businessTypeOption, scorecardOption});
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    auto usage = [&](const QString &message) {
        m_err << "qawb: " << message << Qt::endl;
        return kUsage;
    };
    auto failure = [&](const QString &message) {
        m_err << "qawb: error: " << message << Qt::endl;
        return kFailed;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        return kOk;
    }
    if (parser.isSet(versionOption)) {
        m_out << "qawb " << QCoreApplication::applicationVersion() << Qt::endl;
        return kOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("no command given; try qawb --help"));
    const QString command = positional.first();
    const QStringList args = positional.mid(1);
    const bool json = parser.isSet(jsonOption);
    static const QStringList commands{
        QStringLiteral("import"),     QStringLiteral("queues"),     QStringLiteral("cases"),
        QStringLiteral("show"),       QStringLiteral("demo"),       QStringLiteral("autoqa"),
        QStringLiteral("hits"),       QStringLiteral("rules"),      QStringLiteral("audit"),
        QStringLiteral("users"),      QStringLiteral("scorecards"), QStringLiteral("evaluations"),
        QStringLiteral("plans"),      QStringLiteral("sample"),     QStringLiteral("samples"),
        QStringLiteral("assign"),     QStringLiteral("reassign"),   QStringLiteral("replace"),
        QStringLiteral("sync"),       QStringLiteral("conflicts"),  QStringLiteral("feedback"),
        QStringLiteral("coaching"),   QStringLiteral("disputes"),   QStringLiteral("search"),
        QStringLiteral("calibration")};
    static const QStringList laterCommands{QStringLiteral("collections"), QStringLiteral("pack"),
                                           QStringLiteral("indicators"), QStringLiteral("report")};
    if (!commands.contains(command) && !laterCommands.contains(command))
        return usage(tr("unknown command \"%1\"; try qawb --help").arg(command));
    if (command == QLatin1String("import") && args.isEmpty())
        return usage(tr("import needs at least one FILE"));
    if ((command == QLatin1String("show") || command == QLatin1String("hits")) && args.size() != 1)
        return usage(tr("%1 needs exactly one conversation ID").arg(command));
    if (command == QLatin1String("rules")) {
        const QString sub = args.value(0);
        if (!((sub == QLatin1String("import") && args.size() == 2) ||
              (sub == QLatin1String("export") && args.size() <= 2) ||
              (sub == QLatin1String("list") && args.size() == 1)))
            return usage(tr("use: rules import FILE | rules export [FILE] | rules list"));
    }
    if (command == QLatin1String("audit") && args != QStringList{QStringLiteral("verify")})
        return usage(tr("use: audit verify"));
    if (command == QLatin1String("users") &&
        !((args.value(0) == QLatin1String("list") && args.size() == 1) ||
          (args.value(0) == QLatin1String("role") && args.size() == 3) ||
          (args.value(0) == QLatin1String("team") && (args.size() == 2 || args.size() == 3))))
        return usage(tr("use: users list | users role LOGIN ROLE | users team LOGIN [TEAM]"));
    if (command == QLatin1String("plans") &&
        !((args.value(0) == QLatin1String("list") && args.size() == 1) ||
          (args.value(0) == QLatin1String("save") && args.size() == 2) ||
          (args.value(0) == QLatin1String("export") && (args.size() == 2 || args.size() == 3)) ||
          (args.value(0) == QLatin1String("delete") && args.size() == 2)))
        return usage(tr("use: plans list | plans save FILE | plans export NAME [FILE] | plans delete NAME"));
    if (command == QLatin1String("sample")) {
        if (!parser.isSet(planOption) || !args.isEmpty())
            return usage(tr("use: sample --plan FILE|NAME [--from D] [--to D] [--seed N] [--preview] [--json]"));
        bool ok = true;
        if (parser.isSet(seedOption))
            parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return usage(tr("--seed needs a whole number ≥ 0, not %1").arg(parser.value(seedOption)));
        if (parser.isSet(fromOption) != parser.isSet(toOption))
            return usage(tr("give both --from and --to, or neither (the plan's period_days)"));
    }
    if (command == QLatin1String("samples") && args.size() > 1)
        return usage(tr("use: samples [ID]"));
    if (command == QLatin1String("assign")) {
        bool ok = false;
        const int k = parser.value(calibrationOption).toInt(&ok);
        if (!parser.isSet(sampleOption) || !parser.isSet(inspectorsOption) || !args.isEmpty() || !ok || k < 0)
            return usage(tr("use: assign --sample ID --inspectors A,B,C [--calibration K] [--avoid-own-team]"));
    }
    if (command == QLatin1String("reassign") && (args.size() != 3 || !parser.isSet(reasonOption)))
        return usage(tr("use: reassign QUEUE CONVERSATION LOGIN --reason TEXT"));
    if (command == QLatin1String("replace") && (args.size() != 2 || !parser.isSet(reasonOption)))
        return usage(tr("use: replace QUEUE CONVERSATION --reason TEXT"));
    if (command == QLatin1String("feedback") &&
        !((args.value(0) == QLatin1String("due") && args.size() == 1) ||
          (args.value(0) == QLatin1String("done") && args.size() == 2) ||
          (args.value(0) == QLatin1String("threshold") && args.size() == 2 && args.at(1).toInt() > 0)))
        return usage(tr("use: feedback due [--team NAME] [--json] | feedback done ID [--note TEXT] | "
                        "feedback threshold HOURS"));
    if (command == QLatin1String("coaching") &&
        !((args.value(0) == QLatin1String("list") && args.size() == 1) ||
          (args.value(0) == QLatin1String("show") && args.size() == 2) ||
          (args.value(0) == QLatin1String("export") && args.size() == 2 && parser.isSet(pdfOption))))
        return usage(tr("use: coaching list [--agent ID] [--team NAME] [--json] | coaching show ID [--json] | "
                        "coaching export ID --pdf FILE"));
    if (command == QLatin1String("disputes") &&
        !((args.value(0) == QLatin1String("list") && args.size() == 1) ||
          (args.value(0) == QLatin1String("show") && args.size() == 2) ||
          (args.value(0) == QLatin1String("limits") && args.size() == 1 &&
           parser.isSet(daysOption) == parser.isSet(maxOption) &&
           (!parser.isSet(daysOption) ||
            (parser.value(daysOption).toInt() > 0 && parser.value(maxOption).toInt() > 0)))))
        return usage(tr("use: disputes list [--open] [--json] | disputes show ID [--json] | "
                        "disputes limits [--days N --max M]"));
    if (command == QLatin1String("calibration") && !((args.value(0) == QLatin1String("list") && args.size() == 1) ||
                                                     (args.value(0) == QLatin1String("report") && args.size() == 2)))
        return usage(tr("use: calibration list [--json] | calibration report ID [--expert LOGIN] [--json]"));
    SearchQuery search;
    if (command == QLatin1String("search")) {
        search.text = args.join(QLatin1Char(' '));
        search.agentId = parser.value(agentOption);
        search.team = parser.value(teamOption);
        search.channel = parser.value(channelOption);
        search.from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
        search.to = QDate::fromString(parser.value(toOption), Qt::ISODate);
        search.failedItem = parser.value(failedOption);
        search.passedItem = parser.value(passedOption);
        search.ruleId = parser.value(ruleOption);
        search.tag = parser.value(tagOption);
        bool ok = true;
        search.limit = parser.value(limitOption).toInt(&ok);
        for (const auto &[option, target] :
             {std::pair{&minScoreOption, &search.minScore}, std::pair{&maxScoreOption, &search.maxScore}}) {
            if (parser.isSet(*option)) {
                bool number = false;
                *target = parser.value(*option).toDouble(&number);
                ok &= number;
            }
        }
        if (!ok || search.limit < 1 ||
            (!search.channel.isEmpty() && search.channel != QLatin1String("call") &&
             search.channel != QLatin1String("chat")))
            return usage(tr("use: search [TEXT] [--agent ID] [--team NAME] [--channel call|chat] [--from D] [--to D] "
                            "[--min-score N] [--max-score N] [--failed ITEM] [--passed ITEM] [--rule ID] [--tag TAG] "
                            "[--limit N] [--json]"));
        if (search.isEmpty())
            return usage(tr("search needs some text or a filter"));
    }
    if (command == QLatin1String("indicators")) {
        const QString sub = args.value(0);
        bool limitOk = false;
        const int limit = parser.value(limitOption).toInt(&limitOk);
        if (!((args.isEmpty()) ||
              ((sub == QLatin1String("conversations") || sub == QLatin1String("sample")) && args.size() == 2) ||
              (sub == QLatin1String("threshold") && args.size() == 3)) ||
            (parser.isSet(byOption) && (!args.isEmpty() || (parser.value(byOption) != QLatin1String("team") &&
                                                            parser.value(byOption) != QLatin1String("agent")))) ||
            !limitOk || limit < 1)
            return usage(tr("use: indicators [--by team|agent] [--from D] [--to D] [--team NAME] [--agent ID] "
                            "[--channel call|chat] [--business-type T] [--json] | "
                            "indicators conversations METRIC [filters] [--limit N] [--json] | "
                            "indicators sample METRIC [filters] [--limit N] | indicators threshold METRIC VALUE"));
    }
    if (command == QLatin1String("sync") &&
        (!args.isEmpty() || (parser.isSet(pushOnlyOption) && parser.isSet(pullOnlyOption))))
        return usage(tr("use: sync [--shared PATH] [--create] [--push-only|--pull-only] [--json]"));
    if (command == QLatin1String("conflicts") &&
        !(args.isEmpty() || (args.value(0) == QLatin1String("resolve") && args.size() == 2 &&
                             (parser.value(takeOption) == QLatin1String("local") ||
                              parser.value(takeOption) == QLatin1String("remote")))))
        return usage(tr("use: conflicts [--resolved] [--json] | conflicts resolve ID --take local|remote"));
    if (command == QLatin1String("scorecards") &&
        !((args.value(0) == QLatin1String("list") && args.size() == 1) ||
          (args.value(0) == QLatin1String("export") && (args.size() == 2 || args.size() == 3)) ||
          (args.value(0) == QLatin1String("import") && args.size() == 2)))
        return usage(tr("use: scorecards list | scorecards export KEY [FILE] | scorecards import FILE"));
    if (command == QLatin1String("evaluations")) {
        if (args != QStringList{QStringLiteral("export")})
            return usage(tr("use: evaluations export [--from D] [--to D] [--agent ID] [--team NAME] "
                            "[--format csv|json] [--output FILE]"));
        const QString format = parser.value(formatOption);
        if (format != QLatin1String("csv") && format != QLatin1String("json"))
            return usage(tr("--format is csv or json, not %1").arg(format));
    }
    for (const QCommandLineOption *option : {&fromOption, &toOption}) {
        if (parser.isSet(*option) && !QDate::fromString(parser.value(*option), Qt::ISODate).isValid())
            return usage(tr("--%1 needs a date like 2026-11-23, not %2")
                             .arg(option->names().constFirst(), parser.value(*option)));
    }
    if (command == QLatin1String("collections")) {
        static const QMap<QString, QPair<int, int>> shapes{
            {QStringLiteral("list"), {0, 0}},   {QStringLiteral("show"), {1, 1}},  {QStringLiteral("create"), {1, 1}},
            {QStringLiteral("rename"), {2, 2}}, {QStringLiteral("notes"), {1, 1}}, {QStringLiteral("delete"), {1, 1}},
            {QStringLiteral("add"), {2, 2}},    {QStringLiteral("note"), {2, 2}},  {QStringLiteral("remove"), {2, 2}},
            {QStringLiteral("move"), {3, 3}}};
        const auto shape = shapes.constFind(args.value(0));
        if (shape == shapes.constEnd() || args.size() - 1 < shape->first || args.size() - 1 > shape->second ||
            ((args.value(0) == QLatin1String("notes") || args.value(0) == QLatin1String("note")) &&
             !parser.isSet(noteOption)))
            return usage(tr("use: collections list | show NAME | create NAME [--note TEXT] | rename NAME NEW | "
                            "notes NAME --note TEXT | delete NAME | add NAME CONVERSATION [--note TEXT] "
                            "[--evaluation ID] | note NAME CONVERSATION --note TEXT | remove NAME CONVERSATION | "
                            "move NAME CONVERSATION POSITION"));
        bool ok = true;
        if (args.value(0) == QLatin1String("move") && (args.value(3).toInt(&ok) < 1 || !ok))
            return usage(tr("POSITION is a whole number from 1, not %1").arg(args.value(3)));
    }
    if (command == QLatin1String("pack") && !((args.value(0) == QLatin1String("export") && args.size() == 1 &&
                                               parser.isSet(collectionOption) && parser.isSet(outOption)) ||
                                              (args.value(0) == QLatin1String("import") && args.size() == 2)))
        return usage(tr("use: pack export --collection NAME --out DIR [--pseudonymise-agents] "
                        "[--pseudonymise-inspectors] [--no-audio] [--json] | pack import DIR [--json]"));
    ReportCommand report;
    if (command == QLatin1String("report")) {
        report.args = args;
        report.filter.from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
        report.filter.to = QDate::fromString(parser.value(toOption), Qt::ISODate);
        report.filter.team = parser.value(teamOption);
        report.filter.agentId = parser.value(agentOption);
        report.filter.channel = parser.value(channelOption);
        report.filter.businessType = parser.value(businessTypeOption);
        report.filter.scorecard = parser.value(scorecardOption);
        report.period = parser.value(periodOption);
        report.by = parser.value(byOption);
        report.format = parser.value(formatOption);
        report.output = parser.value(outputOption);
        const QString problem = reportUsageError(report);
        if (!problem.isEmpty())
            return usage(problem);
    }
    if (command == QLatin1String("autoqa") && parser.isSet(queueOption) && parser.isSet(allOption))
        return usage(tr("give --queue or --all, not both"));
    if ((command == QLatin1String("queues") || command == QLatin1String("cases") || command == QLatin1String("demo") ||
         command == QLatin1String("autoqa")) &&
        !args.isEmpty())
        return usage(tr("%1 takes no arguments").arg(command));
    if (parser.isSet(rejectsOption) && !parser.isSet(skipInvalidOption))
        return usage(tr("--rejects needs --skip-invalid"));

    const QString storePath = parser.isSet(storeOption) ? parser.value(storeOption) : defaultStorePath();
    QString error;
    const auto store = Store::open(storePath, &error);
    if (!store)
        return failure(error);
    const User user =
        UserRepository(*store).ensure(parser.isSet(userOption) ? parser.value(userOption) : currentLogin());
    if (user.id.isEmpty())
        return failure(tr("cannot record the current user in %1").arg(storePath));
    if (!ScorecardRepository(*store).ensureBuiltIns(&error))
        return failure(error);
    CaseRepository cases(*store);

    auto printJson = [&](const QJsonObject &obj) {
        m_out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented));
    };

    if (command == QLatin1String("import") || command == QLatin1String("demo")) {
        ImportReport report;
        if (command == QLatin1String("demo")) {
            report = DemoQueue::install(*store, user.id, QFileInfo(storePath).absolutePath());
        } else {
            ImportOptions options;
            options.userId = user.id;
            options.queueName = parser.value(queueOption);
            options.skipInvalid = parser.isSet(skipInvalidOption);
            options.rejectsPath = parser.value(rejectsOption);
            options.encoding = parser.value(encodingOption);
            Importer importer(*store, options);
            report = importer.run(args);
        }
        if (json) {
            QJsonArray errors, warnings;
            for (const ImportIssue &issue : std::as_const(report.errors))
                errors.append(issueJson(issue));
            for (const ImportIssue &issue : std::as_const(report.warnings))
                warnings.append(issueJson(issue));
            printJson(QJsonObject{{QStringLiteral("ok"), report.ok},
                                  {QStringLiteral("inserted"), double(report.inserted)},
                                  {QStringLiteral("updated"), double(report.updated)},
                                  {QStringLiteral("unchanged"), double(report.unchanged)},
                                  {QStringLiteral("rejected"), double(report.rejected)},
                                  {QStringLiteral("error_count"), double(report.errorCount)},
                                  {QStringLiteral("errors"), errors},
                                  {QStringLiteral("warnings"), warnings},
                                  {QStringLiteral("queue_id"), textOrNull(report.queueId)},
                                  {QStringLiteral("encodings"), QJsonArray::fromStringList(report.encodings)}});
        } else {
            for (const ImportIssue &issue : std::as_const(report.warnings))
                m_err << "qawb: warning: " << issue.toString() << Qt::endl;
            if (report.ok) {
                for (const ImportIssue &issue : std::as_const(report.errors))
                    m_err << "qawb: rejected: " << issue.toString() << Qt::endl;
                m_out << report.summary() << Qt::endl;
            }
        }
        if (report.ok && !parser.isSet(noAutoQaOption) && !report.changedIds.isEmpty()) {
            // Matching QC covers every imported conversation at once.
            // The import is committed whatever happens here; a failed check is reported, not an import failure.
            const AutoQaReport checked = runAutoQa(*store, user.id, report.changedIds, false, json);
            if (!checked.ok)
                m_err << "qawb: warning: " << tr("auto-QA failed: %1").arg(checked.error) << Qt::endl;
        }
        if (!report.ok) {
            QString message = report.errors.isEmpty() ? report.summary() : report.errors.first().toString();
            if (report.errorCount > 1)
                message += tr(" (and %n more error(s); --json lists them)", nullptr, int(report.errorCount - 1));
            return failure(message);
        }
        return kOk;
    }

    if (command == QLatin1String("autoqa")) {
        if (parser.isSet(rulesOption)) {
            QFile file(parser.value(rulesOption));
            if (!file.open(QIODevice::ReadOnly))
                return failure(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            if (!RuleSetRepository(*store).importJson(file.readAll(), user.id, &error))
                return failure(tr("%1: %2").arg(file.fileName(), error));
        }
        QStringList ids;
        bool emptyQueue = false;
        if (parser.isSet(queueOption)) {
            auto queue = cases.queueByName(parser.value(queueOption), user.id);
            if (!queue)
                queue = cases.queueByName(parser.value(queueOption));
            if (!queue)
                return failure(tr("no queue named \"%1\"").arg(parser.value(queueOption)));
            for (const CaseRow &row : cases.cases(queue->id, user.id))
                ids << row.conversationId;
            emptyQueue = ids.isEmpty();
            if (emptyQueue && !json) {
                m_out << tr("The queue is empty.") << Qt::endl;
                return kOk;
            }
        }
        AutoQaReport report;
        if (emptyQueue) { // --json: nothing to check, still a JSON report (no ids would mean every conversation)
            RuleSetRepository repository(*store);
            report.ok = repository.ensureActive(user.id, &report.error);
            const auto active = repository.active();
            report.ruleSetVersionId = active ? active->versionId : QString();
        } else {
            report = runAutoQa(*store, user.id, ids, parser.isSet(forceOption), false);
        }
        if (json) {
            printJson(QJsonObject{{QStringLiteral("ok"), report.ok},
                                  {QStringLiteral("checked"), double(report.checked)},
                                  {QStringLiteral("partial"), double(report.partial)},
                                  {QStringLiteral("up_to_date"), double(report.upToDate)},
                                  {QStringLiteral("hits"), double(report.hits)},
                                  {QStringLiteral("rule_set_version_id"), report.ruleSetVersionId}});
        } else if (report.ok) {
            m_out << report.summary() << Qt::endl;
        }
        return report.ok ? kOk : failure(report.error);
    }

    if (command == QLatin1String("hits")) {
        if (!cases.conversation(args.first()))
            return failure(tr("no conversation with id \"%1\"").arg(args.first()));
        const auto active = RuleSetRepository(*store).active();
        const auto hits = AutoQaRunner::hits(*store, args.first());
        if (json) {
            QJsonArray list;
            for (const StoredHit &h : hits) {
                const Rule *rule = active ? active->rules.rule(h.hit.ruleId) : nullptr;
                list.append(QJsonObject{
                    {QStringLiteral("rule"), h.hit.ruleId},
                    {QStringLiteral("name"), rule ? rule->name.text(QStringLiteral("en")) : QString()},
                    {QStringLiteral("category"), h.category},
                    {QStringLiteral("severity"), h.severity},
                    {QStringLiteral("turn"), h.hit.turnSeq >= 0 ? QJsonValue(h.hit.turnSeq) : QJsonValue()},
                    {QStringLiteral("start"), h.hit.start >= 0 ? QJsonValue(h.hit.start) : QJsonValue()},
                    {QStringLiteral("end"), h.hit.end >= 0 ? QJsonValue(h.hit.end) : QJsonValue()},
                    {QStringLiteral("start_ms"), h.hit.startMs >= 0 ? QJsonValue(double(h.hit.startMs)) : QJsonValue()},
                    {QStringLiteral("end_ms"), h.hit.endMs >= 0 ? QJsonValue(double(h.hit.endMs)) : QJsonValue()},
                    {QStringLiteral("text"), textOrNull(h.hit.detail)},
                    {QStringLiteral("rule_set_version_id"), h.ruleSetVersionId}});
            }
            printJson(QJsonObject{{QStringLiteral("id"), args.first()}, {QStringLiteral("hits"), list}});
        } else {
            for (const StoredHit &h : hits)
                m_out << h.hit.ruleId << '\t' << h.severity << '\t'
                      << (h.hit.turnSeq >= 0 ? QString::number(h.hit.turnSeq) : QStringLiteral("-")) << '\t'
                      << h.hit.detail << Qt::endl;
        }
        return kOk;
    }

    if (command == QLatin1String("scorecards")) {
        ScorecardRepository scorecards(*store);
        const QString sub = args.first();
        if (sub == QLatin1String("import")) {
            QFile file(args.at(1));
            if (!file.open(QIODevice::ReadOnly))
                return failure(tr("cannot read %1: %2").arg(args.at(1), file.errorString()));
            bool published = false;
            const auto versionId = scorecards.publishJson(file.readAll(), user, &error, &published);
            if (!versionId)
                return failure(tr("%1: %2").arg(args.at(1), error));
            const auto card = scorecards.version(*versionId);
            if (json)
                printJson({{QStringLiteral("key"), card->scorecard.key()},
                           {QStringLiteral("version"), card->scorecard.version()},
                           {QStringLiteral("published"), published}});
            else
                m_out << (published ? tr("published %1 version %2") : tr("%1 version %2 is already published as is"))
                             .arg(card->scorecard.key())
                             .arg(card->scorecard.version())
                      << Qt::endl;
            return kOk;
        }
        if (sub == QLatin1String("export")) {
            const auto definition =
                scorecards.exportJson(args.at(1), parser.value(scorecardVersionOption).toInt(), &error);
            if (!definition)
                return failure(error);
            if (args.size() == 3) {
                QSaveFile out(args.at(2));
                if (!out.open(QIODevice::WriteOnly) || out.write(*definition) != definition->size() || !out.commit())
                    return failure(tr("cannot write %1: %2").arg(args.at(2), out.errorString()));
            } else {
                m_out << QString::fromUtf8(*definition) << Qt::flush;
            }
            return kOk;
        }
        QJsonArray list;
        for (const ScorecardVersionInfo &v : scorecards.versions()) {
            if (json)
                list.append(QJsonObject{{QStringLiteral("key"), v.key},
                                        {QStringLiteral("version"), v.version},
                                        {QStringLiteral("channel"), v.channel},
                                        {QStringLiteral("name"), v.name.text(QLocale().name())},
                                        {QStringLiteral("published_at"), v.publishedAt},
                                        {QStringLiteral("evaluations"), v.evaluations},
                                        {QStringLiteral("current"), v.current}});
            else
                m_out << v.key << '\t' << 'v' << v.version << (v.current ? QStringLiteral(" *") : QString()) << '\t'
                      << v.channel << '\t' << v.evaluations << '\t' << v.name.text(QLocale().name()) << Qt::endl;
        }
        if (json)
            printJson({{QStringLiteral("scorecards"), list}});
        return kOk;
    }

    if (command == QLatin1String("evaluations")) {
        EvaluationExport::Filter filter;
        filter.from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
        filter.to = QDate::fromString(parser.value(toOption), Qt::ISODate);
        filter.agentId = parser.value(agentOption);
        filter.team = parser.value(teamOption);
        EvaluationExport exporter(*store);
        const QByteArray data =
            parser.value(formatOption) == QLatin1String("json")
                ? QJsonDocument(QJsonObject{{QStringLiteral("evaluations"), exporter.toJson(filter, &error)}})
                      .toJson(QJsonDocument::Indented)
                : exporter.toCsv(filter, &error);
        if (!error.isEmpty())
            return failure(error);
        if (parser.isSet(outputOption)) {
            QSaveFile out(parser.value(outputOption));
            if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
                return failure(tr("cannot write %1: %2").arg(parser.value(outputOption), out.errorString()));
        } else {
            QFile stdoutFile;
            stdoutFile.open(stdout, QIODevice::WriteOnly);
            m_out << Qt::flush;
            stdoutFile.write(data);
        }
        return kOk;
    }

    // Reports compare agents, teams and inspectors: not for inspectors (the UI's Reports menu follows the same rule).
    if (command == QLatin1String("report") || command == QLatin1String("indicators") ||
        command == QLatin1String("calibration")) {
        QString refusal;
        if (!Permissions::check(user, Permissions::Action::ViewReports, &refusal)) {
            m_err << refusal << Qt::endl;
            return kFailed;
        }
    }
    if (command == QLatin1String("report"))
        return runReport(*store, report);
    if (command == QLatin1String("search"))
        return runSearch(*store, search, json);
    if (command == QLatin1String("collections") || command == QLatin1String("pack")) {
        CollectionsCommand cc;
        cc.command = command;
        cc.args = args;
        cc.json = json;
        cc.note = parser.value(noteOption);
        cc.noteSet = parser.isSet(noteOption);
        cc.evaluation = parser.value(evaluationOption);
        cc.collection = parser.value(collectionOption);
        cc.out = parser.value(outOption);
        cc.pseudonymiseAgents = parser.isSet(pseudonymiseAgentsOption);
        cc.pseudonymiseInspectors = parser.isSet(pseudonymiseInspectorsOption);
        cc.noAudio = parser.isSet(noAudioOption);
        return command == QLatin1String("pack") ? runPack(*store, user, cc) : runCollections(*store, user, cc);
    }
    if (command == QLatin1String("calibration"))
        return runCalibration(*store, args, parser.value(expertOption), json);
    if (command == QLatin1String("coaching") || command == QLatin1String("disputes")) {
        CoachingCommand cc;
        cc.command = command;
        cc.args = args;
        cc.json = json;
        cc.agent = parser.value(agentOption);
        cc.team = parser.value(teamOption);
        cc.pdf = parser.value(pdfOption);
        cc.openOnly = parser.isSet(openOption);
        cc.days = parser.value(daysOption).toInt();
        cc.max = parser.value(maxOption).toInt();
        return command == QLatin1String("coaching") ? runCoaching(*store, user, cc) : runDisputes(*store, user, cc);
    }
    if (command == QLatin1String("indicators")) {
        IndicatorsCommand ic;
        ic.args = args;
        ic.json = json;
        ic.by = parser.value(byOption);
        ic.from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
        ic.to = QDate::fromString(parser.value(toOption), Qt::ISODate);
        ic.team = parser.value(teamOption);
        ic.agent = parser.value(agentOption);
        ic.channel = parser.value(channelOption);
        ic.businessType = parser.value(businessTypeOption);
        ic.limit = parser.value(limitOption).toInt();
        return runIndicators(*store, user, ic);
    }
    if (command == QLatin1String("feedback"))
        return runFeedback(*store, user, args, parser.value(teamOption), parser.value(noteOption), json);

    if (command == QLatin1String("sync") || command == QLatin1String("conflicts")) {
        SyncCommand sc;
        sc.command = command;
        sc.args = args;
        sc.json = json;
        sc.shared = parser.value(sharedOption);
        sc.pushOnly = parser.isSet(pushOnlyOption);
        sc.pullOnly = parser.isSet(pullOnlyOption);
        sc.create = parser.isSet(createOption);
        sc.take = parser.value(takeOption);
        sc.all = parser.isSet(allConflictsOption);
        return runSync(*store, user, sc);
    }

    if (command == QLatin1String("plans") || command == QLatin1String("sample") ||
        command == QLatin1String("samples") || command == QLatin1String("assign") ||
        command == QLatin1String("reassign") || command == QLatin1String("replace")) {
        SamplingCommand sc;
        sc.command = command;
        sc.args = args;
        sc.json = json;
        sc.plan = parser.value(planOption);
        sc.seed = parser.value(seedOption);
        sc.from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
        sc.to = QDate::fromString(parser.value(toOption), Qt::ISODate);
        sc.preview = parser.isSet(previewOption);
        sc.sample = parser.value(sampleOption);
        sc.inspectors = parser.value(inspectorsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        sc.calibration = parser.value(calibrationOption).toInt();
        sc.avoidOwnTeam = parser.isSet(avoidOwnTeamOption);
        sc.reason = parser.value(reasonOption);
        return runSampling(*store, user, sc);
    }

    if (command == QLatin1String("audit")) {
        const AuditLog::Verification v = AuditLog(*store).verify();
        if (json) {
            printJson({{QStringLiteral("ok"), v.ok},
                       {QStringLiteral("entries"), double(v.entries)},
                       {QStringLiteral("head"), v.ok ? QJsonValue(v.headHash) : QJsonValue()},
                       {QStringLiteral("first_bad_seq"),
                        v.firstBadSeq >= 0 ? QJsonValue(double(v.firstBadSeq)) : QJsonValue()},
                       {QStringLiteral("problem"), v.ok ? QJsonValue() : QJsonValue(v.problem)}});
        } else if (v.ok) {
            m_out << tr("audit log intact: %n entries, head %1", nullptr, int(v.entries)).arg(v.headHash) << Qt::endl;
        }
        if (!v.ok)
            return json ? kFailed : failure(tr("audit log of %1 is not intact: %2").arg(storePath, v.problem));
        return kOk;
    }

    if (command == QLatin1String("users")) {
        UserRepository users(*store);
        if (args.first() == QLatin1String("team")) {
            if (!users.setTeam(user, args.at(1), args.value(2), &error))
                return failure(error);
            if (!json)
                m_out << (args.size() == 3 ? tr("%1 is now in the team %2").arg(args.at(1), args.at(2))
                                           : tr("%1 is in no team now").arg(args.at(1)))
                      << Qt::endl;
            else
                printJson({{QStringLiteral("login"), args.at(1)}, {QStringLiteral("team"), textOrNull(args.value(2))}});
            return kOk;
        }
        if (args.first() == QLatin1String("role")) {
            if (!users.setRole(user, args.at(1), args.at(2), &error))
                return failure(error);
            if (!json)
                m_out << tr("%1 is now %2").arg(args.at(1), Permissions::roleName(args.at(2))) << Qt::endl;
            else
                printJson({{QStringLiteral("login"), args.at(1)}, {QStringLiteral("role"), args.at(2)}});
            return kOk;
        }
        QJsonArray list;
        for (const User &u : users.all()) {
            if (json)
                list.append(QJsonObject{{QStringLiteral("login"), u.login},
                                        {QStringLiteral("name"), u.displayName},
                                        {QStringLiteral("role"), u.role}});
            else
                m_out << u.login << '\t' << u.role << '\t' << u.displayName << Qt::endl;
        }
        if (json)
            printJson({{QStringLiteral("users"), list}});
        return kOk;
    }

    if (command == QLatin1String("rules")) {
        RuleSetRepository repository(*store);
        const QString sub = args.first();
        if (sub == QLatin1String("import")) {
            QFile file(args.at(1));
            if (!file.open(QIODevice::ReadOnly))
                return failure(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            const auto id = repository.importJson(file.readAll(), user.id, &error);
            if (!id)
                return failure(tr("%1: %2").arg(file.fileName(), error));
            const auto active = repository.active();
            if (json)
                printJson(QJsonObject{{QStringLiteral("rule_set_version_id"), *id},
                                      {QStringLiteral("key"), active->rules.key()},
                                      {QStringLiteral("version"), active->rules.version()},
                                      {QStringLiteral("rules"), int(active->rules.rules().size())}});
            else
                m_out << tr("Rule set %1 version %2 is active (%n rule(s)); run qawb autoqa to apply it.", nullptr,
                            int(active->rules.rules().size()))
                             .arg(active->rules.key())
                             .arg(active->rules.version())
                      << Qt::endl;
            return kOk;
        }
        if (!repository.ensureActive(user.id, &error))
            return failure(error);
        if (sub == QLatin1String("export")) {
            const QByteArray definition = repository.active()->rules.json();
            if (args.size() == 2) {
                QSaveFile out(args.at(1));
                if (!out.open(QIODevice::WriteOnly) || out.write(definition) != definition.size() || !out.commit())
                    return failure(tr("cannot write %1: %2").arg(args.at(1), out.errorString()));
            } else {
                m_out << QString::fromUtf8(definition);
                m_out.flush();
            }
            return kOk;
        }
        // list
        const auto versions = repository.versions();
        if (json) {
            QJsonArray list;
            for (const RuleSetVersionInfo &v : versions)
                list.append(QJsonObject{{QStringLiteral("id"), v.versionId},
                                        {QStringLiteral("key"), v.key},
                                        {QStringLiteral("name"), v.name},
                                        {QStringLiteral("version"), v.version},
                                        {QStringLiteral("rules"), v.ruleCount},
                                        {QStringLiteral("imported_at"), v.importedAt},
                                        {QStringLiteral("active"), v.active}});
            printJson(QJsonObject{{QStringLiteral("rule_sets"), list}});
        } else {
            for (const RuleSetVersionInfo &v : versions)
                m_out << (v.active ? '*' : ' ') << ' ' << v.key << " v" << v.version << '\t' << v.ruleCount << '\t'
                      << v.importedAt << '\t' << v.name << Qt::endl;
        }
        return kOk;
    }

    if (command == QLatin1String("queues")) {
        const auto queues = SamplingRepository(*store).progress();
        if (json) {
            QJsonArray list;
            for (const QueueProgress &q : queues)
                list.append(QJsonObject{{QStringLiteral("id"), q.queueId},
                                        {QStringLiteral("name"), q.name},
                                        {QStringLiteral("inspector"), q.inspectorName},
                                        {QStringLiteral("kind"), q.kind},
                                        {QStringLiteral("status"), q.status},
                                        {QStringLiteral("sample"), textOrNull(q.sampleId)},
                                        {QStringLiteral("total"), q.total},
                                        {QStringLiteral("submitted"), q.submitted},
                                        {QStringLiteral("drafts"), q.drafts},
                                        {QStringLiteral("expected_s"), q.expectedSeconds},
                                        {QStringLiteral("seconds_left"), q.secondsLeft}});
            printJson(QJsonObject{{QStringLiteral("queues"), list}});
        } else {
            for (const QueueProgress &q : queues)
                m_out << q.name << '\t' << q.inspectorName << '\t' << q.submitted << '/' << q.total << '\t'
                      << tr("%1 min left").arg(int(q.secondsLeft / 60.0 + 0.5)) << Qt::endl;
        }
        return kOk;
    }

    if (command == QLatin1String("cases")) {
        QString queueId;
        if (parser.isSet(queueOption)) {
            // The user's own queue of that name first; queues of other inspectors only when the user has none.
            auto queue = cases.queueByName(parser.value(queueOption), user.id);
            if (!queue)
                queue = cases.queueByName(parser.value(queueOption));
            if (!queue)
                return failure(tr("no queue named \"%1\"").arg(parser.value(queueOption)));
            queueId = queue->id;
        }
        const auto rows = cases.cases(queueId, user.id);
        if (json) {
            QJsonArray list;
            for (const CaseRow &r : rows)
                list.append(QJsonObject{{QStringLiteral("id"), r.conversationId},
                                        {QStringLiteral("channel"), r.channel},
                                        {QStringLiteral("source"), textOrNull(r.source)},
                                        {QStringLiteral("agent_id"), r.agentId},
                                        {QStringLiteral("agent_name"), textOrNull(r.agentName)},
                                        {QStringLiteral("team"), textOrNull(r.team)},
                                        {QStringLiteral("business_type"), textOrNull(r.businessType)},
                                        {QStringLiteral("started_at"), r.startedAt},
                                        {QStringLiteral("duration_s"), optionalJson(r.durationS)},
                                        {QStringLiteral("csat"), optionalJson(r.csat)},
                                        {QStringLiteral("resolved"), optionalJson(r.resolved)},
                                        {QStringLiteral("turns"), r.turnCount},
                                        {QStringLiteral("status"),
                                         r.evaluationStatus.isEmpty() ? QStringLiteral("new") : r.evaluationStatus},
                                        {QStringLiteral("score"), optionalJson(r.score)},
                                        {QStringLiteral("fatal"), r.fatal}});
            printJson(QJsonObject{{QStringLiteral("cases"), list}});
        } else {
            for (const CaseRow &r : rows)
                m_out << r.conversationId << '\t' << r.channel << '\t' << r.agentName << '\t' << r.startedAt << '\t'
                      << formatSeconds(r.durationS) << '\t'
                      << (r.evaluationStatus.isEmpty() ? QStringLiteral("new") : r.evaluationStatus) << Qt::endl;
        }
        return kOk;
    }

    // show
    const auto conversation = cases.conversation(args.first());
    if (!conversation)
        return failure(tr("no conversation with id \"%1\"").arg(args.first()));
    const auto evaluation = EvaluationRepository(*store).find(conversation->id, user.id);
    if (json) {
        QJsonArray turns;
        for (const Turn &t : conversation->turns) {
            QJsonObject turn{{QStringLiteral("seq"), t.seq},
                             {QStringLiteral("speaker"), t.speaker},
                             {QStringLiteral("text"), t.text}};
            if (conversation->isCall()) {
                turn.insert(QStringLiteral("start_ms"), optionalJson(t.startMs));
                turn.insert(QStringLiteral("end_ms"), optionalJson(t.endMs));
            } else {
                turn.insert(QStringLiteral("at"), t.at);
            }
            turns.append(turn);
        }
        QJsonObject obj{{QStringLiteral("id"), conversation->id},
                        {QStringLiteral("channel"), conversation->channel},
                        {QStringLiteral("source"), textOrNull(conversation->source)},
                        {QStringLiteral("agent_id"), conversation->agentId},
                        {QStringLiteral("agent_name"), textOrNull(conversation->agentName)},
                        {QStringLiteral("team"), textOrNull(conversation->team)},
                        {QStringLiteral("business_type"), textOrNull(conversation->businessType)},
                        {QStringLiteral("started_at"), conversation->startedAt},
                        {QStringLiteral("duration_s"), optionalJson(conversation->durationS)},
                        {QStringLiteral("wait_s"), optionalJson(conversation->waitS)},
                        {QStringLiteral("csat"), optionalJson(conversation->csat)},
                        {QStringLiteral("resolved"), optionalJson(conversation->resolved)},
                        {QStringLiteral("audio"), textOrNull(conversation->audioPath)},
                        {QStringLiteral("audio_channels"), conversation->audioChannels.isEmpty()
                                                               ? QJsonValue()
                                                               : QJsonValue(conversation->audioChannels)},
                        {QStringLiteral("extra"), conversation->extra},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(conversation->warnings)},
                        {QStringLiteral("turns"), turns}};
        obj.insert(QStringLiteral("evaluation"),
                   evaluation
                       ? QJsonValue(QJsonObject{{QStringLiteral("id"), evaluation->id},
                                                {QStringLiteral("status"), evaluation->status},
                                                {QStringLiteral("score"), optionalJson(evaluation->score)},
                                                {QStringLiteral("fatal"), evaluation->fatal},
                                                {QStringLiteral("submitted_at"), textOrNull(evaluation->submittedAt)}})
                       : QJsonValue());
        printJson(obj);
        return kOk;
    }
    const Conversation &c = *conversation;
    m_out << c.id << "  " << c.channel << "  " << c.agentName << " (" << c.agentId << ")  " << c.team << "  "
          << c.startedAt << Qt::endl;
    for (const QString &w : c.warnings)
        m_out << "warning: " << w << Qt::endl;
    for (const Turn &t : c.turns) {
        const QString when =
            c.isCall() ? formatSeconds(t.startMs ? std::optional<double>(*t.startMs / 1000.0) : std::nullopt) : t.at;
        m_out << '[' << when << "] " << t.speaker << ": " << t.text << Qt::endl;
    }
    if (evaluation)
        m_out << "evaluation: " << evaluation->status << ' '
              << (evaluation->score ? QString::number(*evaluation->score, 'f', 1) : QStringLiteral("-")) << Qt::endl;
    return kOk;
}

} // namespace qawb
