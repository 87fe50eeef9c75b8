// qawb collections, qawb pack: trainers' collections of cases and anonymised case packs.
#include "cli.h"

#include "casepack.h"
#include "collections.h"
#include "store.h"
#include "userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace qawb {

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;

QJsonObject collectionJson(const Collection &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("owner"), c.ownerName},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("items"), c.itemCount},
            {QStringLiteral("created_at"), c.createdAt},
            {QStringLiteral("updated_at"), c.updatedAt}};
}

QJsonObject itemJson(const CollectionItem &i)
{
    QJsonArray tags;
    for (const QString &tag : i.tags)
        tags.append(tag);
    return {{QStringLiteral("position"), i.position + 1},
            {QStringLiteral("conversation_id"), i.conversationId},
            {QStringLiteral("evaluation_id"), i.shownEvaluationId.isEmpty() ? QJsonValue() : i.shownEvaluationId},
            {QStringLiteral("evaluation_chosen"), !i.evaluationId.isEmpty()},
            {QStringLiteral("channel"), i.channel},
            {QStringLiteral("agent_id"), i.agentId},
            {QStringLiteral("agent_name"), i.agentName},
            {QStringLiteral("team"), i.team},
            {QStringLiteral("started_at"), i.startedAt},
            {QStringLiteral("score"), i.score ? QJsonValue(*i.score) : QJsonValue()},
            {QStringLiteral("fatal"), i.fatal},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("note"), i.note},
            {QStringLiteral("added_at"), i.addedAt}};
}

QJsonObject countsObject(const QMap<QString, int> &counts)
{
    QJsonObject o;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

int Cli::runCollections(Store &store, const User &user, const CollectionsCommand &command)
{
    CollectionRepository collections(store, user.id);
    const QString sub = command.args.value(0);
    const QString name = command.args.value(1);
    auto failure = [&](const QString &message) {
        m_err << "qawb: error: " << message << Qt::endl;
        return kFailed;
    };
    auto print = [&](const QJsonObject &o) {
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    };
    QString error;

    if (sub == QLatin1String("list")) {
        QJsonArray list;
        for (const Collection &c : collections.list()) {
            if (command.json)
                list.append(collectionJson(c));
            else
                m_out << c.id.left(8) << '\t' << c.itemCount << '\t' << c.ownerName << '\t' << c.name << Qt::endl;
        }
        if (command.json)
            print({{QStringLiteral("collections"), list}});
        return kOk;
    }
    if (sub == QLatin1String("create")) {
        const QString id = collections.create(name, command.note, &error);
        if (id.isEmpty())
            return failure(error);
        if (command.json)
            print({{QStringLiteral("id"), id}, {QStringLiteral("name"), name.trimmed()}});
        else
            m_out << tr("created collection %1 (%2)").arg(name.trimmed(), id.left(8)) << Qt::endl;
        return kOk;
    }
    const std::optional<Collection> collection = collections.find(name, &error);
    if (!collection)
        return failure(error);
    if (sub == QLatin1String("show")) {
        const std::vector<CollectionItem> items = collections.items(collection->id);
        if (command.json) {
            QJsonObject o = collectionJson(*collection);
            QJsonArray list;
            for (const CollectionItem &i : items)
                list.append(itemJson(i));
            o.insert(QStringLiteral("cases"), list);
            print(o);
            return kOk;
        }
        m_out << collection->name << "  (" << collection->id.left(8) << ", " << collection->ownerName << ")"
              << Qt::endl;
        if (!collection->notes.isEmpty())
            m_out << collection->notes << Qt::endl;
        for (const CollectionItem &i : items) {
            m_out << i.position + 1 << '\t' << i.conversationId << '\t' << i.channel << '\t' << i.agentName << '\t'
                  << i.team << '\t' << i.startedAt.left(10) << '\t'
                  << (i.score ? QString::number(*i.score, 'f', 1) : QStringLiteral("-"))
                  << (i.fatal ? QStringLiteral(" fatal") : QString()) << '\t' << i.tags.join(QLatin1Char(',')) << '\t'
                  << i.note << Qt::endl;
        }
        return kOk;
    }
    bool ok = false;
    if (sub == QLatin1String("rename"))
        ok = collections.rename(collection->id, command.args.value(2), &error);
    else if (sub == QLatin1String("notes"))
        ok = collections.setNotes(collection->id, command.note, &error);
    else if (sub == QLatin1String("delete"))
        ok = collections.remove(collection->id, &error);
    else if (sub == QLatin1String("add"))
        ok = collections.addItem(collection->id, command.args.value(2), command.note, &error, command.evaluation);
    else if (sub == QLatin1String("note"))
        ok = collections.setItemNote(collection->id, command.args.value(2), command.note, &error);
    else if (sub == QLatin1String("remove"))
        ok = collections.removeItem(collection->id, command.args.value(2), &error);
    else if (sub == QLatin1String("move"))
        ok = collections.moveItem(collection->id, command.args.value(2), command.args.value(3).toInt() - 1, &error);
    if (!ok)
        return failure(error);
    if (command.json)
        print({{QStringLiteral("ok"), true}, {QStringLiteral("id"), collection->id}});
    return kOk;
}

int Cli::runPack(Store &store, const User &user, const CollectionsCommand &command)
{
    auto failure = [&](const QString &message) {
        m_err << "qawb: error: " << message << Qt::endl;
        return kFailed;
    };
    auto print = [&](const QJsonObject &o) {
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    };
    CasePack pack(store, user);
    if (command.args.value(0) == QLatin1String("export")) {
        QString error;
        const std::optional<Collection> collection =
            CollectionRepository(store, user.id).find(command.collection, &error);
        if (!collection)
            return failure(error);
        CasePackExportOptions options;
        options.pseudonymiseAgents = command.pseudonymiseAgents;
        options.pseudonymiseInspectors = command.pseudonymiseInspectors;
        options.includeAudio = !command.noAudio;
        const CasePackExportReport r = pack.exportCollection(collection->id, command.out, options);
        if (!r.ok)
            return failure(r.error);
        if (command.json) {
            QJsonArray missing;
            for (const QString &id : r.missingAudio)
                missing.append(id);
            print({{QStringLiteral("folder"), r.folder},
                   {QStringLiteral("pack_id"), r.packId},
                   {QStringLiteral("conversations"), r.conversations},
                   {QStringLiteral("evaluations"), r.evaluations},
                   {QStringLiteral("audio_files"), r.audioFiles},
                   {QStringLiteral("missing_audio"), missing},
                   {QStringLiteral("redactions"), countsObject(r.redactions)}});
            return kOk;
        }
        QStringList masked;
        for (auto it = r.redactions.begin(); it != r.redactions.end(); ++it)
            masked << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        m_out << tr("wrote %1: %2 conversations, %3 evaluations, %4 recordings; masked: %5")
                     .arg(r.folder)
                     .arg(r.conversations)
                     .arg(r.evaluations)
                     .arg(r.audioFiles)
                     .arg(masked.isEmpty() ? tr("nothing") : masked.join(QStringLiteral(", ")))
              << Qt::endl;
        if (r.audioFiles > 0)
            m_out << tr("note: recordings are copied as they are (no audio redaction)") << Qt::endl;
        if (!r.missingAudio.isEmpty())
            m_err << tr("warning: no recording found for %1").arg(r.missingAudio.join(QStringLiteral(", ")))
                  << Qt::endl;
        return kOk;
    }
    const CasePackImportReport r = pack.importPack(command.args.value(1));
    if (!r.ok)
        return failure(r.error);
    if (command.json) {
        print({{QStringLiteral("collection_id"), r.collectionId},
               {QStringLiteral("collection"), r.collectionName},
               {QStringLiteral("already_imported"), r.alreadyImported},
               {QStringLiteral("conversations_inserted"), r.conversationsInserted},
               {QStringLiteral("conversations_existing"), r.conversationsExisting},
               {QStringLiteral("evaluations_inserted"), r.evaluationsInserted},
               {QStringLiteral("evaluations_existing"), r.evaluationsExisting},
               {QStringLiteral("users_created"), r.usersCreated}});
        return kOk;
    }
    if (r.alreadyImported)
        m_out << tr("this pack is already imported as collection %1; nothing changed").arg(r.collectionName)
              << Qt::endl;
    else
        m_out << tr("imported collection %1: %2 new conversations (%3 already here), %4 new evaluations (%5 already "
                    "here)")
                     .arg(r.collectionName)
                     .arg(r.conversationsInserted)
                     .arg(r.conversationsExisting)
                     .arg(r.evaluationsInserted)
                     .arg(r.evaluationsExisting)
              << Qt::endl;
    return kOk;
}

} // namespace qawb
