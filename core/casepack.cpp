#include "casepack.h"

#include "auditlog.h"
#include "caserepository.h"
#include "collections.h"
#include "conversation.h"
#include "ids.h"
#include "importer.h"
#include "permissions.h"
#include "redaction.h"
#include "store.h"
#include "userrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>

namespace qawb {

namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kConversations = QStringLiteral("conversations.jsonl");
const QString kEvaluations = QStringLiteral("evaluations.json");
const QString kAudio = QStringLiteral("audio");

bool cancelled(const std::atomic_bool *flag)
{
    return flag && flag->load(std::memory_order_relaxed);
}

using ProgressFn = std::function<void(const QString &phase, int done, int total)>;

auto progressOf(const ProgressFn &fn)
{
    return [&fn](const QString &phase, int done, int total) {
        if (fn)
            fn(phase, done, total);
    };
}

// true, and the report says so, once the flag is set.
template <typename Report>
auto cancelOf(const std::atomic_bool *flag, Report &report, const QString &message)
{
    return [flag, &report, message]() {
        if (!cancelled(flag))
            return false;
        report.cancelled = true;
        report.error = message;
        return true;
    };
}

QJsonValue nullable(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    if (v.typeId() == QMetaType::Double)
        return v.toDouble();
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return double(v.toLongLong());
    return v.toString();
}

// Pseudonyms that are stable within one pack: the first one met is 01.
class Pseudonyms
{
public:
    Pseudonyms(QString idPrefix, QString namePrefix)
        : m_idPrefix(std::move(idPrefix))
        , m_namePrefix(std::move(namePrefix))
    {}
    int number(const QString &key)
    {
        auto it = m_numbers.find(key);
        if (it == m_numbers.end())
            it = m_numbers.insert(key, int(m_numbers.size()) + 1);
        return *it;
    }
    QString id(const QString &key)
    {
        return m_idPrefix + QStringLiteral("%1").arg(number(key), 2, 10, QLatin1Char('0'));
    }
    QString name(const QString &key)
    {
        return m_namePrefix + QStringLiteral("%1").arg(number(key), 2, 10, QLatin1Char('0'));
    }

private:
    QString m_idPrefix, m_namePrefix;
    QHash<QString, int> m_numbers;
};

// Literal replacements (real agent ids and names → pseudonyms), longest first so "A10" does not eat into "A100".
class Replacements
{
public:
    void add(const QString &from, const QString &to)
    {
        if (from.trimmed().size() < 2 || from == to)
            return;
        // Not inside a longer Latin word or number ("1001" stays in order number 202310010001).
        QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9])") + QRegularExpression::escape(from) +
                                  QStringLiteral("(?![A-Za-z0-9])"),
                              QRegularExpression::CaseInsensitiveOption);
        m_pairs.push_back({re, to});
        std::sort(m_pairs.begin(), m_pairs.end(),
                  [](const auto &a, const auto &b) { return a.first.pattern().size() > b.first.pattern().size(); });
    }
    QString apply(QString text) const
    {
        for (const auto &[from, to] : m_pairs)
            text.replace(from, to);
        return text;
    }
    QJsonValue apply(const QJsonValue &v) const
    {
        if (v.isString())
            return apply(v.toString());
        if (v.isArray()) {
            QJsonArray out;
            for (const QJsonValue &e : v.toArray())
                out.append(apply(e));
            return out;
        }
        if (v.isObject()) {
            QJsonObject out;
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                out.insert(it.key(), apply(it.value()));
            return out;
        }
        return v;
    }
    bool empty() const { return m_pairs.empty(); }

private:
    std::vector<std::pair<QRegularExpression, QString>> m_pairs;
};

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        *error = CasePack::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

CasePack::CasePack(Store &store, const User &user)
    : m_store(store)
    , m_user(user)
{}

CasePackExportReport CasePack::exportCollection(const QString &collectionId, const QString &folder,
                                                const CasePackExportOptions &options)
{
    CasePackExportReport report;
    const QFileInfo target(folder);
    report.folder = target.absoluteFilePath();
    CollectionRepository collections(m_store, m_user.id);
    const std::optional<Collection> collection = collections.byId(collectionId);
    if (!collection) {
        report.error = tr("there is no collection %1").arg(collectionId);
        return report;
    }
    if (target.exists()) {
        report.error =
            tr("%1 already exists: choose a new folder for the pack").arg(QDir::toNativeSeparators(report.folder));
        return report;
    }
    const QDir parent = target.absoluteDir();
    if (!parent.exists()) {
        report.error = tr("folder %1 does not exist").arg(QDir::toNativeSeparators(parent.absolutePath()));
        return report;
    }
    // Everything goes into a hidden sibling first; only a complete pack is renamed into place.
    QTemporaryDir temp(
        parent.absoluteFilePath(QStringLiteral(".") + target.fileName() + QStringLiteral(".partial-XXXXXX")));
    if (!temp.isValid()) {
        report.error =
            tr("cannot write in %1: %2").arg(QDir::toNativeSeparators(parent.absolutePath()), temp.errorString());
        return report;
    }
    const QString dir = temp.path();
    const auto progress = progressOf(options.progress);
    const auto cancel = cancelOf(options.cancel, report, tr("the export was cancelled"));

    const std::vector<CollectionItem> items = collections.items(collectionId);
    const int total = int(items.size());
    Redactor redactor;
    Pseudonyms agents(QStringLiteral("agent-"), QStringLiteral("Agent "));
    Pseudonyms inspectors(QStringLiteral("inspector-"), QStringLiteral("Inspector "));
    CaseRepository cases(m_store);

    // 1. The conversations, and the pseudonyms of every agent in the pack (their names can turn up in any text).
    std::vector<Conversation> conversations;
    Replacements replace;
    for (const CollectionItem &item : items) {
        std::optional<Conversation> c = cases.conversation(item.conversationId);
        if (!c) {
            report.error = tr("conversation %1 is missing from the store").arg(item.conversationId);
            return report;
        }
        if (options.pseudonymiseAgents) {
            replace.add(c->agentName, agents.name(c->agentId));
            replace.add(c->agentId, agents.id(c->agentId));
        }
        conversations.push_back(std::move(*c));
    }
    if (options.pseudonymiseInspectors) {
        // The inspectors of the cases' evaluations, then the exporter: their logins and names in any text too.
        QSqlQuery q(m_store.database());
        q.prepare(
            QStringLiteral("SELECT u.login, u.display_name FROM evaluations e JOIN users u ON u.id = e.inspector_id "
                           "WHERE e.id = ?"));
        for (const CollectionItem &item : items) {
            q.addBindValue(item.shownEvaluationId);
            if (q.exec() && q.next()) {
                const QString login = q.value(0).toString();
                replace.add(q.value(1).toString(), inspectors.name(login));
                replace.add(login, inspectors.id(login));
            }
            q.finish();
        }
        replace.add(m_user.displayName, inspectors.name(m_user.login));
        replace.add(m_user.login, inspectors.id(m_user.login));
    }
    if (options.pseudonymiseAgents) {
        // Also agents' names known to the store but met only as text ("转给李娜处理") in these conversations.
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("SELECT id, coalesce(name, '') FROM agents"));
        while (q.next()) {
            const QString id = q.value(0).toString(), name = q.value(1).toString();
            bool inPack = false;
            for (const Conversation &c : conversations)
                inPack = inPack || c.agentId == id;
            if (inPack)
                continue;
            for (const Conversation &c : conversations) {
                bool mentioned = false;
                for (const Turn &t : c.turns)
                    mentioned = mentioned || (name.size() >= 2 && t.text.contains(name));
                if (mentioned) {
                    replace.add(name, agents.name(id));
                    break;
                }
            }
        }
    }
    // Every customer name of the pack is masked everywhere (a note on one case may name another case's customer).
    QStringList customerNames;
    for (const Conversation &c : conversations) {
        for (const QString &field : Redactor::nameFields()) {
            if (c.extra.value(field).isString())
                customerNames << c.extra.value(field).toString();
        }
    }
    redactor.setNames(customerNames);
    auto clean = [&](const QString &text) {
        return replace.apply(redactor.redact(text, &report.redactions));
    };

    QByteArray jsonl;
    QJsonArray audioList;
    if (options.includeAudio && !QDir(dir).mkdir(kAudio)) {
        report.error = tr("cannot write in %1").arg(QDir::toNativeSeparators(dir));
        return report;
    }
    for (int i = 0; i < total; ++i) {
        if (cancel())
            return report;
        progress(tr("Conversations"), i, total);
        const Conversation &c = conversations[size_t(i)];
        QJsonObject o;
        // Unknown fields first (the known ones below win), without the ones that identify the customer.
        QJsonObject extra = c.extra;
        for (const QString &field : Redactor::customerIdFields() + Redactor::nameFields())
            extra.remove(field);
        extra = replace.apply(redactor.redactJson(extra, &report.redactions)).toObject();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        o.insert(QStringLiteral("id"), c.id);
        o.insert(QStringLiteral("channel"), c.channel);
        if (!c.source.isEmpty())
            o.insert(QStringLiteral("source"), c.source);
        o.insert(QStringLiteral("agent_id"), options.pseudonymiseAgents ? agents.id(c.agentId) : c.agentId);
        if (options.pseudonymiseAgents)
            o.insert(QStringLiteral("agent_name"), agents.name(c.agentId));
        else if (!c.agentName.isEmpty())
            o.insert(QStringLiteral("agent_name"), c.agentName);
        if (!c.team.isEmpty())
            o.insert(QStringLiteral("team"), c.team);
        o.insert(QStringLiteral("started_at"), c.startedAt);
        if (c.durationS)
            o.insert(QStringLiteral("duration_s"), *c.durationS);
        if (c.waitS)
            o.insert(QStringLiteral("wait_s"), *c.waitS);
        if (c.csat)
            o.insert(QStringLiteral("csat"), *c.csat);
        if (c.resolved)
            o.insert(QStringLiteral("resolved"), *c.resolved);
        if (!c.businessType.isEmpty())
            o.insert(QStringLiteral("business_type"), c.businessType);
        if (options.includeAudio && c.isCall() && !c.audioPath.isEmpty()) {
            if (QFileInfo::exists(c.audioPath)) {
                const QString suffix = QFileInfo(c.audioPath).suffix();
                const QString name =
                    QString(c.id).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_")) +
                    (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
                const QString to = dir + QLatin1Char('/') + kAudio + QLatin1Char('/') + name;
                if (!QFile::copy(c.audioPath, to)) {
                    report.error = tr("cannot copy the recording of %1 to the pack").arg(c.id);
                    return report;
                }
                o.insert(QStringLiteral("audio"), QString(kAudio + QLatin1Char('/') + name));
                if (!c.audioChannels.isEmpty())
                    o.insert(QStringLiteral("audio_channels"), c.audioChannels);
                ++report.audioFiles;
            } else {
                report.missingAudio << c.id;
            }
        }
        QJsonArray turns;
        for (const Turn &t : c.turns) {
            QJsonObject turn = replace.apply(redactor.redactJson(t.extra, &report.redactions)).toObject();
            turn.insert(QStringLiteral("speaker"), t.speaker);
            turn.insert(QStringLiteral("text"), clean(t.text));
            if (c.isCall()) {
                if (t.startMs)
                    turn.insert(QStringLiteral("start_ms"), double(*t.startMs));
                if (t.endMs)
                    turn.insert(QStringLiteral("end_ms"), double(*t.endMs));
            } else if (!t.at.isEmpty()) {
                turn.insert(QStringLiteral("at"), t.at);
            }
            turns.append(turn);
        }
        o.insert(QStringLiteral("turns"), turns);
        jsonl += QJsonDocument(o).toJson(QJsonDocument::Compact);
        jsonl += '\n';
    }
    if (!writeBytes(dir + QLatin1Char('/') + kConversations, jsonl, &report.error))
        return report;
    report.conversations = total;

    // 2. The evaluations shown for the cases, the scorecard versions they use, and the trainer's notes.
    QJsonArray evaluations, versions, casesJson;
    QSet<QString> versionIds;
    for (int i = 0; i < total; ++i) {
        if (cancel())
            return report;
        progress(tr("Evaluations"), i, total);
        const CollectionItem &item = items[size_t(i)];
        const Conversation &c = conversations[size_t(i)];
        QJsonObject caseJson{{QStringLiteral("position"), item.position},
                             {QStringLiteral("conversation_id"), item.conversationId},
                             {QStringLiteral("note"), clean(item.note)}};
        if (!item.shownEvaluationId.isEmpty()) {
            QSqlQuery e(m_store.database());
            // Never private_note.
            e.prepare(QStringLiteral(
                "SELECT e.id, e.scorecard_version_id, u.login, u.display_name, e.status, e.score, e.fatal, "
                "e.general_comment, e.coaching_note, e.revision, e.created_at, e.submitted_at, e.failed_items "
                "FROM evaluations e JOIN users u ON u.id = e.inspector_id WHERE e.id = ?"));
            e.addBindValue(item.shownEvaluationId);
            if (e.exec() && e.next() && e.value(4).toString() == QLatin1String("submitted")) {
                const QString evaluationId = e.value(0).toString();
                const QString versionId = e.value(1).toString();
                const QString login = e.value(2).toString();
                QJsonObject ev{
                    {QStringLiteral("id"), evaluationId},
                    {QStringLiteral("conversation_id"), item.conversationId},
                    {QStringLiteral("scorecard_version_id"), versionId},
                    {QStringLiteral("inspector"), options.pseudonymiseInspectors ? inspectors.id(login) : login},
                    {QStringLiteral("inspector_name"),
                     options.pseudonymiseInspectors ? inspectors.name(login) : e.value(3).toString()},
                    {QStringLiteral("score"), nullable(e.value(5))},
                    {QStringLiteral("fatal"), e.value(6).toInt() != 0},
                    {QStringLiteral("general_comment"), clean(e.value(7).toString())},
                    {QStringLiteral("coaching_note"), clean(e.value(8).toString())},
                    {QStringLiteral("revision"), e.value(9).toInt()},
                    {QStringLiteral("created_at"), e.value(10).toString()},
                    {QStringLiteral("submitted_at"), e.value(11).toString()},
                    {QStringLiteral("failed_items"), e.value(12).toInt()}};
                QSqlQuery a(m_store.database());
                a.prepare(QStringLiteral("SELECT item_id, value, points, comment, reasons FROM answers "
                                         "WHERE evaluation_id = ? ORDER BY item_id"));
                a.addBindValue(evaluationId);
                QJsonArray answers;
                if (a.exec()) {
                    while (a.next()) {
                        answers.append(QJsonObject{{QStringLiteral("item_id"), a.value(0).toString()},
                                                   {QStringLiteral("value"), nullable(a.value(1))},
                                                   {QStringLiteral("points"), nullable(a.value(2))},
                                                   {QStringLiteral("comment"), clean(a.value(3).toString())},
                                                   {QStringLiteral("reasons"), nullable(a.value(4))}});
                    }
                }
                ev.insert(QStringLiteral("answers"), answers);
                QJsonArray tags;
                for (const QString &tag : item.tags)
                    tags.append(tag);
                ev.insert(QStringLiteral("tags"), tags);
                evaluations.append(ev);
                caseJson.insert(QStringLiteral("evaluation_id"), evaluationId);
                if (!versionIds.contains(versionId)) {
                    versionIds.insert(versionId);
                    QSqlQuery v(m_store.database());
                    v.prepare(QStringLiteral(
                        "SELECT v.id, v.scorecard_id, s.name, s.channel, v.version, v.definition, v.status, "
                        "v.published_at FROM scorecard_versions v JOIN scorecards s ON s.id = v.scorecard_id "
                        "WHERE v.id = ?"));
                    v.addBindValue(versionId);
                    if (v.exec() && v.next()) {
                        versions.append(QJsonObject{{QStringLiteral("id"), v.value(0).toString()},
                                                    {QStringLiteral("scorecard_id"), v.value(1).toString()},
                                                    {QStringLiteral("scorecard_name"), v.value(2).toString()},
                                                    {QStringLiteral("channel"), nullable(v.value(3))},
                                                    {QStringLiteral("version"), v.value(4).toInt()},
                                                    {QStringLiteral("definition"),
                                                     QJsonDocument::fromJson(v.value(5).toString().toUtf8()).object()},
                                                    {QStringLiteral("status"), v.value(6).toString()},
                                                    {QStringLiteral("published_at"), nullable(v.value(7))}});
                    }
                }
            }
        }
        casesJson.append(caseJson);
    }
    report.evaluations = int(evaluations.size());
    const QJsonObject evaluationsDoc{{QStringLiteral("format"), QString(format() + QStringLiteral("-evaluations"))},
                                     {QStringLiteral("version"), kVersion},
                                     {QStringLiteral("scorecard_versions"), versions},
                                     {QStringLiteral("evaluations"), evaluations},
                                     {QStringLiteral("cases"), casesJson}};
    if (!writeBytes(dir + QLatin1Char('/') + kEvaluations, QJsonDocument(evaluationsDoc).toJson(), &report.error))
        return report;

    // 3. The manifest, written last.
    if (cancel())
        return report;
    report.packId = newId();
    const QString notes = clean(collection->notes); // before the counts are read
    const QString name = clean(collection->name);   // a name can carry a person's name too
    QJsonObject redactions;
    for (auto it = report.redactions.begin(); it != report.redactions.end(); ++it)
        redactions.insert(it.key(), it.value());
    QJsonArray categories;
    for (const QString &category : redactor.categories())
        categories.append(category);
    QJsonArray missing;
    for (const QString &id : report.missingAudio)
        missing.append(id);
    const QJsonObject manifest{
        {QStringLiteral("format"), format()},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("pack_id"), report.packId},
        {QStringLiteral("created_at"), nowIso()},
        {QStringLiteral("created_by"), options.pseudonymiseInspectors ? inspectors.id(m_user.login) : m_user.login},
        {QStringLiteral("collection"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("notes"), notes}}},
        {QStringLiteral("options"),
         QJsonObject{{QStringLiteral("pseudonymise_agents"), options.pseudonymiseAgents},
                     {QStringLiteral("pseudonymise_inspectors"), options.pseudonymiseInspectors},
                     {QStringLiteral("include_audio"), options.includeAudio}}},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("conversations"), report.conversations},
                                               {QStringLiteral("evaluations"), report.evaluations},
                                               {QStringLiteral("audio_files"), report.audioFiles}}},
        {QStringLiteral("missing_audio"), missing},
        {QStringLiteral("redaction"), QJsonObject{{QStringLiteral("mask"), QStringLiteral("[category]")},
                                                  {QStringLiteral("categories"), categories},
                                                  {QStringLiteral("counts"), redactions},
                                                  {QStringLiteral("audio_redacted"), false}}},
        {QStringLiteral("files"),
         QJsonObject{{QStringLiteral("conversations"), kConversations},
                     {QStringLiteral("evaluations"), kEvaluations},
                     {QStringLiteral("audio"),
                      options.includeAudio ? QJsonValue(QString(kAudio + QLatin1Char('/'))) : QJsonValue()}}}};
    if (!writeBytes(dir + QLatin1Char('/') + kManifest, QJsonDocument(manifest).toJson(), &report.error))
        return report;
    if (cancel())
        return report;
    progress(tr("Finishing"), total, total);
    if (!QDir().rename(dir, report.folder)) {
        report.error = tr("cannot move the pack into %1").arg(QDir::toNativeSeparators(report.folder));
        return report;
    }
    temp.setAutoRemove(false);
    report.ok = true;
    return report;
}

QJsonObject CasePack::readManifest(const QString &folder, QString *error)
{
    const QString path = QDir(folder).absoluteFilePath(kManifest);
    if (!QFileInfo(folder).isDir()) {
        *error =
            tr("%1 is not a folder (a case pack is a folder; unzip it first)").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: missing: this folder is not a case pack").arg(QDir::toNativeSeparators(path));
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1: not valid JSON (%2 at byte %3)").arg(kManifest, parse.errorString()).arg(parse.offset);
        return {};
    }
    const QJsonObject m = doc.object();
    if (m.value(QStringLiteral("format")).toString() != format()) {
        *error =
            tr("%1: format: expected \"%2\", got %3")
                .arg(kManifest, format(),
                     QString::fromUtf8(
                         QJsonDocument(QJsonArray{m.value(QStringLiteral("format"))}).toJson(QJsonDocument::Compact))
                         .mid(1)
                         .chopped(1));
        return {};
    }
    const int version = m.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > kVersion) {
        *error = tr("%1: version: this build reads version %2 packs, the pack is version %3")
                     .arg(kManifest)
                     .arg(kVersion)
                     .arg(m.value(QStringLiteral("version")).toVariant().toString());
        return {};
    }
    if (m.value(QStringLiteral("pack_id")).toString().isEmpty()) {
        *error = tr("%1: pack_id: required field is missing").arg(kManifest);
        return {};
    }
    static const QRegularExpression safeId(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    if (!safeId.match(m.value(QStringLiteral("pack_id")).toString()).hasMatch()) {
        *error = tr("%1: pack_id: expected letters, digits and dashes").arg(kManifest);
        return {};
    }
    if (m.value(QStringLiteral("collection")).toObject().value(QStringLiteral("name")).toString().trimmed().isEmpty()) {
        *error = tr("%1: collection.name: required field is missing").arg(kManifest);
        return {};
    }
    return m;
}

namespace {

// The pack's evaluations.json, checked field by field before anything is written.
struct PackEvaluations
{
    QJsonArray versions, evaluations, cases;
};

bool fieldError(QString *error, const QString &where, const QString &field, const QString &message)
{
    *error = QStringLiteral("%1: %2: %3").arg(where, field, message);
    return false;
}

bool readEvaluations(const QString &folder, const QSet<QString> &conversationIds, PackEvaluations *out, QString *error)
{
    QFile file(QDir(folder).absoluteFilePath(kEvaluations));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CasePack::tr("%1: missing").arg(kEvaluations);
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            CasePack::tr("%1: not valid JSON (%2 at byte %3)").arg(kEvaluations, parse.errorString()).arg(parse.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    out->versions = o.value(QStringLiteral("scorecard_versions")).toArray();
    out->evaluations = o.value(QStringLiteral("evaluations")).toArray();
    out->cases = o.value(QStringLiteral("cases")).toArray();
    QSet<QString> versionIds;
    for (int i = 0; i < out->versions.size(); ++i) {
        const QJsonObject v = out->versions[i].toObject();
        const QString where = QStringLiteral("%1: scorecard_versions[%2]").arg(kEvaluations).arg(i);
        for (const char *field : {"id", "scorecard_id", "scorecard_name"}) {
            if (v.value(QLatin1String(field)).toString().isEmpty())
                return fieldError(error, where, QLatin1String(field), CasePack::tr("required field is missing"));
        }
        if (v.value(QStringLiteral("version")).toInt() < 1)
            return fieldError(error, where, QStringLiteral("version"), CasePack::tr("expected a whole number ≥ 1"));
        if (!v.value(QStringLiteral("definition")).isObject())
            return fieldError(error, where, QStringLiteral("definition"), CasePack::tr("expected an object"));
        versionIds.insert(v.value(QStringLiteral("id")).toString());
    }
    QSet<QString> evaluationIds;
    for (int i = 0; i < out->evaluations.size(); ++i) {
        const QJsonObject e = out->evaluations[i].toObject();
        const QString where = QStringLiteral("%1: evaluations[%2]").arg(kEvaluations).arg(i);
        for (const char *field : {"id", "conversation_id", "scorecard_version_id", "inspector"}) {
            if (e.value(QLatin1String(field)).toString().isEmpty())
                return fieldError(error, where, QLatin1String(field), CasePack::tr("required field is missing"));
        }
        if (!conversationIds.contains(e.value(QStringLiteral("conversation_id")).toString()))
            return fieldError(error, where, QStringLiteral("conversation_id"),
                              CasePack::tr("%1 is not in %2")
                                  .arg(e.value(QStringLiteral("conversation_id")).toString(), kConversations));
        if (!versionIds.contains(e.value(QStringLiteral("scorecard_version_id")).toString()))
            return fieldError(error, where, QStringLiteral("scorecard_version_id"),
                              CasePack::tr("%1 is not in scorecard_versions")
                                  .arg(e.value(QStringLiteral("scorecard_version_id")).toString()));
        if (!e.value(QStringLiteral("score")).isDouble() && !e.value(QStringLiteral("score")).isNull())
            return fieldError(error, where, QStringLiteral("score"), CasePack::tr("expected a number"));
        if (!e.value(QStringLiteral("answers")).isArray())
            return fieldError(error, where, QStringLiteral("answers"), CasePack::tr("expected a list"));
        const QJsonArray answers = e.value(QStringLiteral("answers")).toArray();
        for (int a = 0; a < answers.size(); ++a) {
            if (answers[a].toObject().value(QStringLiteral("item_id")).toString().isEmpty())
                return fieldError(error, where, QStringLiteral("answers[%1].item_id").arg(a),
                                  CasePack::tr("required field is missing"));
        }
        evaluationIds.insert(e.value(QStringLiteral("id")).toString());
    }
    for (int i = 0; i < out->cases.size(); ++i) {
        const QJsonObject c = out->cases[i].toObject();
        const QString where = QStringLiteral("%1: cases[%2]").arg(kEvaluations).arg(i);
        const QString conversation = c.value(QStringLiteral("conversation_id")).toString();
        if (conversation.isEmpty())
            return fieldError(error, where, QStringLiteral("conversation_id"),
                              CasePack::tr("required field is missing"));
        if (!conversationIds.contains(conversation))
            return fieldError(error, where, QStringLiteral("conversation_id"),
                              CasePack::tr("%1 is not in %2").arg(conversation, kConversations));
        const QString evaluation = c.value(QStringLiteral("evaluation_id")).toString();
        if (!evaluation.isEmpty() && !evaluationIds.contains(evaluation))
            return fieldError(error, where, QStringLiteral("evaluation_id"),
                              CasePack::tr("%1 is not in evaluations").arg(evaluation));
    }
    return true;
}

bool execOrFail(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

namespace {

// Copies the recordings the JSON Lines in `lines` refer to into <store folder>/casepacks/<pack id>/audio/ and points
// the lines at the copies. A store in memory keeps the pack's paths.
template <typename Copies>
bool copyRecordingsImpl(Store &store, const QString &packId, QByteArray &lines, Copies *copies, QString *error)
{
    const QFileInfo storeFile(store.path());
    if (store.path() == QLatin1String(":memory:") || !storeFile.exists())
        return true;
    QByteArray out;
    const QString folder = storeFile.absoluteDir().absoluteFilePath(QStringLiteral("casepacks/") + packId);
    for (const QByteArray &line : lines.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonObject record = QJsonDocument::fromJson(line).object();
        const QString audio = record.value(QStringLiteral("audio")).toString();
        if (!audio.isEmpty() && QFileInfo::exists(audio)) {
            if (!QFileInfo::exists(folder)) {
                if (!QDir().mkpath(folder + QStringLiteral("/audio"))) {
                    *error = CasePack::tr("cannot make %1").arg(QDir::toNativeSeparators(folder));
                    return false;
                }
                copies->folder = folder; // made by this import: removed if it fails
            }
            QDir().mkpath(folder + QStringLiteral("/audio"));
            const QString to = folder + QStringLiteral("/audio/") + QFileInfo(audio).fileName();
            QFile::remove(to); // left by an import of this pack whose collection was deleted since
            if (!QFile::copy(audio, to)) {
                *error = CasePack::tr("cannot copy %1 to %2")
                             .arg(QDir::toNativeSeparators(audio), QDir::toNativeSeparators(to));
                return false;
            }
            record.insert(QStringLiteral("audio"), to);
        }
        out += QJsonDocument(record).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    lines = out;
    return true;
}

} // namespace

CasePackImportReport CasePack::importPack(const QString &folder, const CasePackImportOptions &options)
{
    CasePackImportReport report;
    if (!Permissions::check(m_user, Permissions::Action::ManageCollections, &report.error))
        return report;
    const QJsonObject manifest = readManifest(folder, &report.error);
    if (manifest.isEmpty())
        return report;
    const QString packId = manifest.value(QStringLiteral("pack_id")).toString();
    {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT id, name FROM collections WHERE source_pack = ?"));
        q.addBindValue(packId);
        if (q.exec() && q.next()) {
            report.ok = true;
            report.alreadyImported = true;
            report.collectionId = q.value(0).toString();
            report.collectionName = q.value(1).toString();
            return report;
        }
    }
    const auto progress = progressOf(options.progress);
    const auto cancel = cancelOf(options.cancel, report, tr("the import was cancelled"));

    // 1. Read conversations.jsonl: ids in order (the importer checks every field when it runs).
    const QDir dir(folder);
    const QString jsonlPath = dir.absoluteFilePath(kConversations);
    QFile jsonl(jsonlPath);
    if (!jsonl.open(QIODevice::ReadOnly)) {
        report.error = tr("%1: missing").arg(kConversations);
        return report;
    }
    std::vector<std::pair<QString, QJsonObject>> records;
    QSet<QString> conversationIds;
    for (int line = 1; !jsonl.atEnd(); ++line) {
        const QByteArray bytes = jsonl.readLine().trimmed();
        if (bytes.isEmpty())
            continue;
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
        if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
            report.error = tr("%1:%2: not valid JSON (%3)").arg(kConversations).arg(line).arg(parse.errorString());
            return report;
        }
        const QString id = doc.object().value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            report.error = tr("%1:%2: id: required field is missing").arg(kConversations).arg(line);
            return report;
        }
        QJsonObject record = doc.object();
        // Recordings are relative to the pack; the importer reads a copy of the file elsewhere.
        const QString audio = record.value(QStringLiteral("audio")).toString();
        if (!audio.isEmpty() && QDir::isRelativePath(audio)) {
            if (audio.contains(QLatin1String(".."))) {
                report.error = tr("%1:%2: audio: must stay inside the pack").arg(kConversations).arg(line);
                return report;
            }
            record.insert(QStringLiteral("audio"), dir.absoluteFilePath(audio));
        }
        records.emplace_back(id, record);
        conversationIds.insert(id);
    }
    PackEvaluations pack;
    if (!readEvaluations(folder, conversationIds, &pack, &report.error))
        return report;
    if (cancel())
        return report;

    Transaction transaction(m_store);
    if (!transaction.isActive()) {
        report.error = transaction.error();
        return report;
    }
    // Removes the copied recordings unless the import committed.
    struct Copies
    {
        QString folder;
        bool keep = false;
        ~Copies()
        {
            if (!keep && !folder.isEmpty()) {
                QDir(folder).removeRecursively();
                QDir().rmdir(QFileInfo(folder).absolutePath()); // casepacks/, if nothing else is in it
            }
        }
    } audioCopies;
    // 2. The conversations the store does not have yet, through the importer (a pack never overwrites one).
    QByteArray fresh;
    {
        QSqlQuery exists(m_store.database());
        exists.prepare(QStringLiteral("SELECT 1 FROM conversations WHERE id = ?"));
        for (const auto &[id, record] : records) {
            exists.addBindValue(id);
            if (exists.exec() && exists.next()) {
                ++report.conversationsExisting;
            } else {
                fresh += QJsonDocument(record).toJson(QJsonDocument::Compact);
                fresh += '\n';
            }
            exists.finish();
        }
    }
    if (!fresh.isEmpty()) {
        // The recordings are copied beside the store (the pack folder may be deleted after the import); a failed
        // import removes the copies again.
        if (!copyRecordingsImpl(m_store, packId, fresh, &audioCopies, &report.error))
            return report;
        QTemporaryDir temp;
        const QString path = temp.filePath(kConversations);
        if (!temp.isValid() || !writeBytes(path, fresh, &report.error)) {
            if (report.error.isEmpty())
                report.error = temp.errorString();
            return report;
        }
        ImportOptions importOptions;
        importOptions.userId = m_user.id;
        Importer importer(m_store, importOptions);
        importer.setCancelFlag(options.cancel);
        importer.setProgressCallback(
            [&](qint64 done, qint64 total) { progress(tr("Conversations"), int(done), int(total)); });
        const ImportReport imported = importer.run({path});
        if (imported.cancelled) {
            report.cancelled = true;
            report.error = tr("the import was cancelled");
            return report;
        }
        if (!imported.ok) {
            // The importer names the line and field; the file is the pack's.
            report.error = imported.errors.isEmpty() ? imported.summary()
                                                     : imported.errors.first().toString().replace(path, kConversations);
            return report;
        }
        report.conversationsInserted = int(imported.inserted);
    }
    if (cancel())
        return report;

    // 3. Scorecard versions: the pack's id when the store has it or it is free; otherwise the same definition under
    //    the store's own id, or a new (retired) version number of that scorecard.
    QHash<QString, QString> versionMap;
    for (const QJsonValue &value : pack.versions) {
        const QJsonObject v = value.toObject();
        const QString id = v.value(QStringLiteral("id")).toString();
        const QString scorecardId = v.value(QStringLiteral("scorecard_id")).toString();
        const QString definition = QString::fromUtf8(
            QJsonDocument(v.value(QStringLiteral("definition")).toObject()).toJson(QJsonDocument::Compact));
        QSqlQuery have(m_store.database());
        have.prepare(QStringLiteral("SELECT 1 FROM scorecard_versions WHERE id = ?"));
        have.addBindValue(id);
        if (have.exec() && have.next()) {
            versionMap.insert(id, id);
            continue;
        }
        QSqlQuery card(m_store.database());
        card.prepare(QStringLiteral("INSERT INTO scorecards(id, name, channel, created_at) VALUES(?, ?, ?, ?) "
                                    "ON CONFLICT(id) DO NOTHING"));
        card.addBindValue(scorecardId);
        card.addBindValue(v.value(QStringLiteral("scorecard_name")).toString());
        card.addBindValue(v.value(QStringLiteral("channel")).isString()
                              ? QVariant(v.value(QStringLiteral("channel")).toString())
                              : QVariant(QMetaType::fromType<QString>()));
        card.addBindValue(nowIso());
        if (!execOrFail(card, &report.error))
            return report;
        int version = v.value(QStringLiteral("version")).toInt();
        // Reference copies only: a pack never changes which scorecard this store scores with (a published copy with
        // a later published_at would become the channel's current scorecard).
        QString status = QStringLiteral("retired");
        QSqlQuery same(m_store.database());
        same.prepare(
            QStringLiteral("SELECT id, definition FROM scorecard_versions WHERE scorecard_id = ? AND version = ?"));
        same.addBindValue(scorecardId);
        same.addBindValue(version);
        if (same.exec() && same.next()) {
            if (QJsonDocument::fromJson(same.value(1).toString().toUtf8()) ==
                QJsonDocument::fromJson(definition.toUtf8())) {
                versionMap.insert(id, same.value(0).toString());
                continue;
            }
            QSqlQuery max(m_store.database());
            max.prepare(QStringLiteral("SELECT max(version) FROM scorecard_versions WHERE scorecard_id = ?"));
            max.addBindValue(scorecardId);
            version = max.exec() && max.next() ? max.value(0).toInt() + 1 : version + 1;
        }
        QSqlQuery insert(m_store.database());
        insert.prepare(QStringLiteral("INSERT INTO scorecard_versions(id, scorecard_id, version, definition, status, "
                                      "published_at) VALUES(?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(scorecardId);
        insert.addBindValue(version);
        insert.addBindValue(definition);
        insert.addBindValue(status);
        insert.addBindValue(v.value(QStringLiteral("published_at")).isString()
                                ? QVariant(v.value(QStringLiteral("published_at")).toString())
                                : QVariant(nowIso()));
        if (!execOrFail(insert, &report.error))
            return report;
        versionMap.insert(id, id);
    }

    // 4. Evaluations, as submitted evaluations of their inspectors (made users by login when new).
    UserRepository users(m_store);
    QHash<QString, QString> evaluationMap; // pack id → id in this store
    for (int i = 0; i < pack.evaluations.size(); ++i) {
        if (cancel())
            return report;
        progress(tr("Evaluations"), i, int(pack.evaluations.size()));
        const QJsonObject e = pack.evaluations[i].toObject();
        const QString id = e.value(QStringLiteral("id")).toString();
        const QString conversationId = e.value(QStringLiteral("conversation_id")).toString();
        const QString login = e.value(QStringLiteral("inspector")).toString();
        std::optional<User> inspector = users.byLogin(login);
        if (!inspector) {
            const QString userId = nameId(QStringLiteral("user"), login);
            QSqlQuery u(m_store.database());
            u.prepare(QStringLiteral("INSERT INTO users(id, login, display_name, role, created_at) "
                                     "VALUES(?, ?, ?, 'inspector', ?)"));
            u.addBindValue(userId);
            u.addBindValue(login);
            const QString name = e.value(QStringLiteral("inspector_name")).toString();
            u.addBindValue(name.isEmpty() ? login : name);
            u.addBindValue(nowIso());
            if (!execOrFail(u, &report.error))
                return report;
            ++report.usersCreated;
            inspector = users.byLogin(login);
            if (!inspector) {
                report.error = tr("cannot create user %1").arg(login);
                return report;
            }
        }
        QSqlQuery existing(m_store.database());
        existing.prepare(QStringLiteral(
            "SELECT id FROM evaluations WHERE id = ? OR (conversation_id = ? AND inspector_id = ?) LIMIT 1"));
        existing.addBindValue(id);
        existing.addBindValue(conversationId);
        existing.addBindValue(inspector->id);
        if (existing.exec() && existing.next()) {
            evaluationMap.insert(id, existing.value(0).toString());
            ++report.evaluationsExisting;
            continue;
        }
        const QString now = nowIso();
        QSqlQuery insert(m_store.database());
        insert.prepare(QStringLiteral(
            "INSERT INTO evaluations(id, conversation_id, scorecard_version_id, inspector_id, status, score, fatal, "
            "general_comment, coaching_note, private_note, revision, created_at, updated_at, submitted_at, "
            "failed_items) VALUES(?, ?, ?, ?, 'submitted', ?, ?, ?, ?, '', ?, ?, ?, ?, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(conversationId);
        insert.addBindValue(versionMap.value(e.value(QStringLiteral("scorecard_version_id")).toString()));
        insert.addBindValue(inspector->id);
        insert.addBindValue(e.value(QStringLiteral("score")).isDouble()
                                ? QVariant(e.value(QStringLiteral("score")).toDouble())
                                : QVariant(QMetaType::fromType<double>()));
        insert.addBindValue(e.value(QStringLiteral("fatal")).toBool() ? 1 : 0);
        insert.addBindValue(e.value(QStringLiteral("general_comment")).toString(QStringLiteral("")));
        insert.addBindValue(e.value(QStringLiteral("coaching_note")).toString(QStringLiteral("")));
        insert.addBindValue(std::max(1, e.value(QStringLiteral("revision")).toInt(1)));
        insert.addBindValue(e.value(QStringLiteral("created_at")).toString(now));
        insert.addBindValue(now);
        insert.addBindValue(e.value(QStringLiteral("submitted_at")).toString(now));
        insert.addBindValue(e.value(QStringLiteral("failed_items")).toInt());
        if (!execOrFail(insert, &report.error)) {
            report.error = QStringLiteral("%1: evaluations[%2]: %3").arg(kEvaluations).arg(i).arg(report.error);
            return report;
        }
        for (const QJsonValue &a : e.value(QStringLiteral("answers")).toArray()) {
            const QJsonObject answer = a.toObject();
            QSqlQuery q(m_store.database());
            q.prepare(QStringLiteral("INSERT INTO answers(evaluation_id, item_id, value, points, comment, updated_at, "
                                     "reasons) VALUES(?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(answer.value(QStringLiteral("item_id")).toString());
            q.addBindValue(answer.value(QStringLiteral("value")).isString()
                               ? QVariant(answer.value(QStringLiteral("value")).toString())
                               : QVariant(QMetaType::fromType<QString>()));
            q.addBindValue(answer.value(QStringLiteral("points")).isDouble()
                               ? QVariant(answer.value(QStringLiteral("points")).toDouble())
                               : QVariant(QMetaType::fromType<double>()));
            q.addBindValue(answer.value(QStringLiteral("comment")).toString(QStringLiteral("")));
            q.addBindValue(now);
            q.addBindValue(answer.value(QStringLiteral("reasons")).isString()
                               ? QVariant(answer.value(QStringLiteral("reasons")).toString())
                               : QVariant(QMetaType::fromType<QString>()));
            if (!execOrFail(q, &report.error))
                return report;
        }
        for (const QJsonValue &tag : e.value(QStringLiteral("tags")).toArray()) {
            QSqlQuery q(m_store.database());
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO evaluation_tags(evaluation_id, tag) VALUES(?, ?)"));
            q.addBindValue(id);
            q.addBindValue(tag.toString());
            if (!execOrFail(q, &report.error))
                return report;
        }
        // Marked as a training copy: reports and coaching count only the store's own evaluations.
        QSqlQuery mark(m_store.database());
        mark.prepare(
            QStringLiteral("INSERT OR IGNORE INTO evaluation_tags(evaluation_id, tag) VALUES(?, 'case_pack')"));
        mark.addBindValue(id);
        if (!execOrFail(mark, &report.error))
            return report;
        evaluationMap.insert(id, id);
        ++report.evaluationsInserted;
    }

    // 5. The collection, remembering the pack.
    const QJsonObject collection = manifest.value(QStringLiteral("collection")).toObject();
    CollectionRepository collections(m_store, m_user.id);
    const QString name = collections.uniqueName(collection.value(QStringLiteral("name")).toString().trimmed());
    report.collectionId = collections.create(name, collection.value(QStringLiteral("notes")).toString(), &report.error);
    if (report.collectionId.isEmpty())
        return report;
    report.collectionName = name;
    {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("UPDATE collections SET source_pack = ? WHERE id = ?"));
        q.addBindValue(packId);
        q.addBindValue(report.collectionId);
        if (!execOrFail(q, &report.error))
            return report;
    }
    std::vector<QJsonObject> cases;
    for (const QJsonValue &c : pack.cases)
        cases.push_back(c.toObject());
    std::stable_sort(cases.begin(), cases.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("position")).toInt() < b.value(QStringLiteral("position")).toInt();
    });
    for (const QJsonObject &c : cases) {
        const QString conversationId = c.value(QStringLiteral("conversation_id")).toString();
        const QString evaluationId = evaluationMap.value(c.value(QStringLiteral("evaluation_id")).toString());
        if (!collections.addItem(report.collectionId, conversationId, c.value(QStringLiteral("note")).toString(),
                                 &report.error, evaluationId))
            return report;
    }
    if (!AuditLog(m_store).append(m_user.id, QStringLiteral("collection.import"), QStringLiteral("collections"),
                                  report.collectionId,
                                  {{QStringLiteral("pack_id"), packId},
                                   {QStringLiteral("conversations"), report.conversationsInserted},
                                   {QStringLiteral("evaluations"), report.evaluationsInserted}},
                                  &report.error))
        return report;
    if (cancel())
        return report;
    if (!transaction.commit()) {
        report.error = transaction.error();
        return report;
    }
    audioCopies.keep = true;
    progress(tr("Finishing"), 1, 1);
    report.ok = true;
    return report;
}

} // namespace qawb
