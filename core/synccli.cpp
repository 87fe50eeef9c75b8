// qawb sync | conflicts: sync with a shared store from the command line.
#include "cli.h"

#include "store.h"
#include "sync.h"
#include "userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace qawb {

namespace {} // namespace

int Cli::runSync(Store &store, const User &user, const SyncCommand &c)
{
    SyncEngine engine(store, user);
    const auto printJson = [&](const QJsonObject &obj) {
        m_out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented));
    };
    const auto failure = [&](const QString &message) {
        m_err << "qawb: error: " << message << Qt::endl;
        return 1;
    };

    if (c.command == QLatin1String("conflicts")) {
        if (c.args.value(0) == QLatin1String("resolve")) {
            QString error;
            if (!engine.resolve(c.args.at(1), c.take, &error))
                return failure(error);
            m_out << tr("conflict %1 resolved: kept the %2 version")
                         .arg(c.args.at(1), c.take == QLatin1String("local") ? tr("local") : tr("shared"))
                  << Qt::endl;
            return 0;
        }
        QJsonArray list;
        for (const SyncConflict &conflict : engine.conflicts(c.all)) {
            if (c.json) {
                list.append(
                    QJsonObject{{QStringLiteral("id"), conflict.id},
                                {QStringLiteral("type"), conflict.docType},
                                {QStringLiteral("doc"), conflict.docId},
                                {QStringLiteral("title"), conflict.title},
                                {QStringLiteral("detected_at"), conflict.detectedAt},
                                {QStringLiteral("resolved_at"),
                                 conflict.resolvedAt.isEmpty() ? QJsonValue() : QJsonValue(conflict.resolvedAt)},
                                {QStringLiteral("resolution"),
                                 conflict.resolution.isEmpty() ? QJsonValue() : QJsonValue(conflict.resolution)},
                                {QStringLiteral("local"), conflict.local},
                                {QStringLiteral("remote"), conflict.remote}});
            } else {
                m_out << conflict.id << '\t' << conflict.title << '\t' << conflict.detectedAt << '\t'
                      << (conflict.resolution.isEmpty() ? tr("open") : conflict.resolution) << Qt::endl;
            }
        }
        if (c.json)
            printJson({{QStringLiteral("conflicts"), list}});
        return 0;
    }

    SyncOptions options;
    options.push = !c.pullOnly;
    options.pull = !c.pushOnly;
    options.create = c.create;
    options.includeDrafts = store.meta(QStringLiteral("sync.include_drafts")) == QLatin1String("1");
    const QString shared = c.shared.isEmpty() ? store.meta(QStringLiteral("sync.shared_path")) : c.shared;
    if (shared.isEmpty())
        return failure(tr("no shared store: give --shared PATH"));
    const SyncReport report = engine.sync(shared, options);
    if (report.ok && !c.shared.isEmpty())
        store.setMeta(QStringLiteral("sync.shared_path"), c.shared);
    if (c.json) {
        printJson({{QStringLiteral("ok"), report.ok},
                   {QStringLiteral("offline"), report.offline},
                   {QStringLiteral("error"), report.error.isEmpty() ? QJsonValue() : QJsonValue(report.error)},
                   {QStringLiteral("pushed"), report.pushed},
                   {QStringLiteral("pulled"), report.pulled},
                   {QStringLiteral("pushed_by_type"), countsJson(report.pushedByType)},
                   {QStringLiteral("pulled_by_type"), countsJson(report.pulledByType)},
                   {QStringLiteral("audit_pushed"), report.auditPushed},
                   {QStringLiteral("audit_pulled"), report.auditPulled},
                   {QStringLiteral("new_conflicts"), QJsonArray::fromStringList(report.newConflicts)},
                   {QStringLiteral("open_conflicts"), report.openConflicts},
                   {QStringLiteral("pending"), engine.pendingChanges()},
                   {QStringLiteral("ms"), double(report.elapsedMs)}});
        return report.ok ? 0 : 1;
    }
    if (!report.ok) {
        if (report.offline)
            return failure(
                tr("offline — %n change(s) waiting: %1", nullptr, engine.pendingChanges()).arg(report.error));
        return failure(report.error);
    }
    m_out << tr("sent %1, received %2 (audit entries: sent %3, received %4) in %5 ms")
                 .arg(report.pushed)
                 .arg(report.pulled)
                 .arg(report.auditPushed)
                 .arg(report.auditPulled)
                 .arg(report.elapsedMs)
          << Qt::endl;
    for (const QString &id : report.newConflicts)
        m_out << tr("conflict %1: see qawb conflicts").arg(id) << Qt::endl;
    if (report.openConflicts > 0)
        m_out << tr("%n conflict(s) waiting for a decision (qawb conflicts)", nullptr, report.openConflicts)
              << Qt::endl;
    return 0;
}

} // namespace qawb
