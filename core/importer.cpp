#include "importer.h"

#include "auditlog.h"

#include "conversation.h"
#include "csvreader.h"
#include "ids.h"
#include "recordparser.h"
#include "sqlstatement.h"
#include "store.h"
#include "textdecoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <optional>

namespace qawb {

namespace {

constexpr qint64 kMaxLineBytes = 64LL * 1024 * 1024;

QString compactJson(const QJsonObject &obj)
{
    return obj.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact));
}

} // namespace

QString ImportReport::summary() const
{
    if (cancelled)
        return Importer::tr("Import cancelled; nothing was imported.");
    if (!ok)
        return Importer::tr("Import failed with %n error(s); nothing was imported.", nullptr, int(errorCount));
    QString s = Importer::tr("Imported %1 new, %2 updated, %3 unchanged conversation(s)")
                    .arg(inserted)
                    .arg(updated)
                    .arg(unchanged);
    if (rejected > 0)
        s += Importer::tr("; %n record(s) rejected", nullptr, int(rejected));
    if (!warnings.isEmpty())
        s += Importer::tr("; %n warning(s)", nullptr, int(warnings.size()));
    return Importer::tr("%1.", "end of a summary sentence").arg(s);
}

// Writes accepted conversations inside the import's transaction.
struct Importer::Writer
{
    explicit Writer(sqlite3 *db)
        : selectHash(db, "SELECT content_hash FROM conversations WHERE id = ?1")
        , upsertTeam(db, "INSERT INTO teams(id, name) VALUES(?1, ?2) ON CONFLICT DO NOTHING")
        , upsertAgent(db, "INSERT INTO agents(id, name, team_id, updated_at) VALUES(?1, ?2, ?3, ?4) "
                          "ON CONFLICT(id) DO UPDATE SET name = coalesce(excluded.name, agents.name), "
                          "team_id = coalesce(excluded.team_id, agents.team_id), updated_at = excluded.updated_at")
        , insertConversation(db, "INSERT INTO conversations(id, channel, source, agent_id, team_id, business_type, "
                                 "started_at, started_ms, duration_s, wait_s, csat, resolved, audio_path, "
                                 "audio_channels, extra, warnings, turn_count, content_hash, import_id, imported_at) "
                                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
                                 "?18, ?19, ?20)")
        , updateConversation(db, "UPDATE conversations SET channel = ?2, source = ?3, agent_id = ?4, team_id = ?5, "
                                 "business_type = ?6, started_at = ?7, started_ms = ?8, duration_s = ?9, wait_s = ?10, "
                                 "csat = ?11, resolved = ?12, audio_path = ?13, audio_channels = ?14, extra = ?15, "
                                 "warnings = ?16, turn_count = ?17, content_hash = ?18, import_id = ?19, "
                                 "imported_at = ?20 WHERE id = ?1")
        , deleteTurns(db, "DELETE FROM turns WHERE conversation_id = ?1")
        , insertTurn(db, "INSERT INTO turns(conversation_id, seq, speaker, start_ms, end_ms, at, at_ms, text, extra) "
                         "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
    {}

    QString error() const
    {
        for (const Statement *s : {&selectHash, &upsertTeam, &upsertAgent, &insertConversation, &updateConversation,
                                   &deleteTurns, &insertTurn}) {
            if (!s->error().isEmpty())
                return s->error();
        }
        return {};
    }

    enum class Outcome { Inserted, Updated, Unchanged, Failed };

    Outcome write(const Conversation &c, const QString &batchId, const QString &now)
    {
        const QString hash = QString::fromLatin1(RecordParser::contentHash(c));
        selectHash.text(1, c.id);
        const bool exists = selectHash.step() == SQLITE_ROW;
        const QString oldHash = exists ? selectHash.columnText(0) : QString();
        selectHash.reset();
        if (exists && oldHash == hash)
            return Outcome::Unchanged;

        QString teamId;
        if (!c.team.isEmpty()) {
            teamId = nameId(QStringLiteral("team"), c.team);
            if (!knownTeams.contains(teamId)) {
                upsertTeam.text(1, teamId);
                upsertTeam.text(2, c.team);
                const int rc = upsertTeam.step();
                upsertTeam.reset();
                if (rc != SQLITE_DONE)
                    return Outcome::Failed;
                knownTeams.insert(teamId);
            }
        }
        const QString agentKey = c.agentId + QLatin1Char('\x1f') + c.agentName + QLatin1Char('\x1f') + teamId;
        if (!knownAgents.contains(agentKey)) {
            upsertAgent.text(1, c.agentId);
            upsertAgent.textOrNull(2, c.agentName);
            upsertAgent.textOrNull(3, teamId);
            upsertAgent.text(4, now);
            const int rc = upsertAgent.step();
            upsertAgent.reset();
            if (rc != SQLITE_DONE)
                return Outcome::Failed;
            knownAgents.insert(agentKey);
        }

        Statement &s = exists ? updateConversation : insertConversation;
        s.text(1, c.id);
        s.text(2, c.channel);
        s.textOrNull(3, c.source);
        s.text(4, c.agentId);
        s.textOrNull(5, teamId);
        s.textOrNull(6, c.businessType);
        s.text(7, c.startedAt);
        s.integer(8, c.startedMs);
        s.optional(9, c.durationS);
        s.optional(10, c.waitS);
        s.optional(11, c.csat);
        s.optional(12, c.resolved ? std::optional<int>(*c.resolved ? 1 : 0) : std::nullopt);
        s.textOrNull(13, c.audioPath);
        s.textOrNull(14, compactJson(c.audioChannels));
        s.textOrNull(15, compactJson(c.extra));
        s.textOrNull(16,
                     c.warnings.isEmpty()
                         ? QString()
                         : QString::fromUtf8(
                               QJsonDocument(QJsonArray::fromStringList(c.warnings)).toJson(QJsonDocument::Compact)));
        s.integer(17, qint64(c.turns.size()));
        s.text(18, hash);
        s.text(19, batchId);
        s.text(20, now);
        int rc = s.step();
        s.reset();
        if (rc != SQLITE_DONE)
            return Outcome::Failed;
        if (exists) {
            deleteTurns.text(1, c.id);
            rc = deleteTurns.step();
            deleteTurns.reset();
            if (rc != SQLITE_DONE)
                return Outcome::Failed;
        }
        for (const Turn &t : c.turns) {
            insertTurn.text(1, c.id);
            insertTurn.integer(2, t.seq);
            insertTurn.text(3, t.speaker);
            insertTurn.optional(4, t.startMs);
            insertTurn.optional(5, t.endMs);
            insertTurn.textOrNull(6, t.at);
            insertTurn.optional(7, t.atMs);
            insertTurn.text(8, t.text.isNull() ? QStringLiteral("") : t.text);
            insertTurn.textOrNull(9, compactJson(t.extra));
            rc = insertTurn.step();
            insertTurn.reset();
            if (rc != SQLITE_DONE)
                return Outcome::Failed;
        }
        return exists ? Outcome::Updated : Outcome::Inserted;
    }

    Statement selectHash;
    Statement upsertTeam;
    Statement upsertAgent;
    Statement insertConversation;
    Statement updateConversation;
    Statement deleteTurns;
    Statement insertTurn;
    QSet<QString> knownTeams;
    QSet<QString> knownAgents;
};

// State of one run across all its files.
struct Importer::Session
{
    ImportReport report;
    Writer *writer = nullptr;
    QString batchId;
    QString now;
    qint64 totalBytes = 0;
    qint64 doneBytes = 0; // bytes of files already finished
    QHash<QString, SourceLocation> seenIds;
    QStringList acceptedIds;    // in input order, for the queue
    QList<QJsonObject> rejects; // skipInvalid: what goes to the rejects file
    bool storeFailed = false;
    QString storeError;

    // The error for an id already imported in this run, naming where it was first seen; nullopt if it is new.
    std::optional<ImportIssue> duplicateOf(const QString &id, const SourceLocation &where) const
    {
        const auto first = seenIds.constFind(id);
        if (first == seenIds.constEnd())
            return std::nullopt;
        return ImportIssue{
            ImportIssue::Severity::Error,
            where.file,
            where.line,
            QStringLiteral("id"),
            id,
            Importer::tr("duplicate id \"%1\" (first seen in %2 line %3)").arg(id, first->file).arg(first->line)};
    }

    // Reports progress, never backwards (phases estimate their share of the bytes differently).
    void progress(const ProgressFn &callback, qint64 done)
    {
        if (!callback)
            return;
        lastProgress = qBound(lastProgress, done, totalBytes);
        callback(lastProgress, totalBytes);
    }
    qint64 lastProgress = 0;

    // Records an error; returns the number of errors so far.
    void error(const ImportIssue &issue, int maxReported)
    {
        ++report.errorCount;
        if (report.errors.size() < maxReported)
            report.errors.append(issue);
    }
};

Importer::Importer(Store &store, ImportOptions options)
    : m_store(store)
    , m_options(std::move(options))
{}

void Importer::accept(Session &session, Conversation &conversation)
{
    // In all-or-nothing mode, once anything failed we only validate: nothing will be committed anyway.
    if (session.storeFailed || (!m_options.skipInvalid && session.report.errorCount > 0))
        return;
    switch (session.writer->write(conversation, session.batchId, session.now)) {
    case Writer::Outcome::Inserted:
        ++session.report.inserted;
        session.report.changedIds.append(conversation.id);
        break;
    case Writer::Outcome::Updated:
        ++session.report.updated;
        session.report.changedIds.append(conversation.id);
        break;
    case Writer::Outcome::Unchanged:
        ++session.report.unchanged;
        break;
    case Writer::Outcome::Failed:
        session.storeFailed = true;
        session.storeError = tr("writing conversation %1 failed: %2").arg(conversation.id, session.writer->error());
        return;
    }
    session.acceptedIds.append(conversation.id);
}

ImportReport Importer::run(const QStringList &files)
{
    Session session;
    session.now = nowIso();
    session.batchId = newId();
    ImportReport &report = session.report;
    auto fail = [&](const QString &file, const QString &message) {
        session.error(ImportIssue{ImportIssue::Severity::Error, file, 0, {}, {}, message}, m_options.maxReportedErrors);
        report.ok = false;
        report.changedIds.clear(); // rolled back
        return report;
    };

    // Resolve the inputs: JSON Lines files, and CSV pairs named by either of their two files.
    struct Input
    {
        QString path;
        QString turnsPath; // CSV pair only
    };
    std::vector<Input> inputs;
    QSet<QString> seenPaths;
    if (files.isEmpty())
        return fail(QString(), tr("no files to import"));
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (!info.exists())
            return fail(file, tr("file not found"));
        if (!info.isFile() || !info.isReadable())
            return fail(file, tr("not a readable file"));
        Input input;
        const QString name = info.fileName();
        if (name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
            const QString lower = name.toLower();
            QString prefix;
            if (lower.endsWith(QLatin1String("turns.csv")))
                prefix = name.left(name.size() - int(qstrlen("turns.csv")));
            else if (lower.endsWith(QLatin1String("conversations.csv")))
                prefix = name.left(name.size() - int(qstrlen("conversations.csv")));
            else
                return fail(file, tr("a CSV import is a pair of files named conversations.csv and turns.csv"));
            input.path = info.dir().filePath(prefix + QStringLiteral("conversations.csv"));
            input.turnsPath = info.dir().filePath(prefix + QStringLiteral("turns.csv"));
            if (!QFileInfo::exists(input.path))
                return fail(input.path, tr("file not found; it is the other half of the CSV pair %1").arg(file));
            if (!QFileInfo::exists(input.turnsPath))
                return fail(input.turnsPath, tr("file not found; it is the other half of the CSV pair %1").arg(file));
        } else {
            input.path = info.filePath();
        }
        const QString key = QFileInfo(input.path).canonicalFilePath();
        if (seenPaths.contains(key))
            continue;
        seenPaths.insert(key);
        session.totalBytes +=
            QFileInfo(input.path).size() + (input.turnsPath.isEmpty() ? 0 : QFileInfo(input.turnsPath).size());
        inputs.push_back(input);
    }

    sqlite3 *db = m_store.handle();
    Transaction transaction(m_store);
    if (!transaction.isActive())
        return fail(m_store.path(), tr("cannot start a write transaction: %1").arg(transaction.error()));
    Writer writer(db);
    if (!writer.error().isEmpty())
        return fail(m_store.path(), tr("the store cannot take imports: %1").arg(writer.error()));
    session.writer = &writer;
    {
        Statement batch(db, "INSERT INTO import_batches(id, source_file, format, encoding, user_id, started_at, "
                            "finished_at, inserted, updated, unchanged, rejected) "
                            "VALUES(?1, ?2, ?3, '', ?4, ?5, ?5, 0, 0, 0, 0)");
        batch.text(1, session.batchId);
        batch.text(2, QStringList([&] {
                          QStringList paths;
                          for (const Input &i : inputs)
                              paths << i.path;
                          return paths;
                      }())
                          .join(QLatin1Char('\n')));
        batch.text(3, inputs.front().turnsPath.isEmpty() ? QStringLiteral("jsonl") : QStringLiteral("csv"));
        batch.textOrNull(4, m_options.userId);
        batch.text(5, session.now);
        if (batch.step() != SQLITE_DONE)
            return fail(m_store.path(), tr("cannot record the import: %1").arg(batch.error()));
    }

    bool inputFailed = false; // a whole file could not be read (empty, bad encoding, CSV syntax): not skippable
    for (const Input &input : inputs) {
        const bool ok = input.turnsPath.isEmpty() ? importJsonLines(session, input.path)
                                                  : importCsvPair(session, input.path, input.turnsPath);
        if (!ok || session.storeFailed || cancelled()) {
            inputFailed = !ok;
            break;
        }
    }
    if (cancelled()) {
        report.cancelled = true;
        report.ok = false;
        report.changedIds.clear();
        return report;
    }
    if (session.storeFailed)
        return fail(m_store.path(), session.storeError);
    if (report.errorCount > 0 && (!m_options.skipInvalid || inputFailed)) {
        report.ok = false;
        report.inserted = report.updated = report.unchanged = 0;
        report.changedIds.clear();
        return report;
    }

    // Queue the accepted conversations, in input order, after what the queue already holds.
    if (!m_options.queueName.trimmed().isEmpty() && !session.acceptedIds.isEmpty()) {
        const QString queueName = m_options.queueName.trimmed();
        Statement find(db, "SELECT id FROM queues WHERE inspector_id = ?1 AND name = ?2");
        find.text(1, m_options.userId);
        find.text(2, queueName);
        if (find.step() == SQLITE_ROW) {
            report.queueId = find.columnText(0);
        } else {
            // Name-based: the same person's queue of that name is one queue in every store (sync).
            report.queueId = nameId(QStringLiteral("queue"), m_options.userId + QLatin1Char('/') + queueName);
            Statement create(db, "INSERT INTO queues(id, name, inspector_id, kind, status, created_at, updated_at) "
                                 "VALUES(?1, ?2, ?3, 'manual', 'open', ?4, ?4)");
            create.text(1, report.queueId);
            create.text(2, queueName);
            create.text(3, m_options.userId);
            create.text(4, session.now);
            if (create.step() != SQLITE_DONE)
                return fail(m_store.path(), tr("cannot create queue \"%1\": %2").arg(queueName, create.error()));
        }
        Statement last(db, "SELECT coalesce(max(position), -1) FROM queue_items WHERE queue_id = ?1");
        last.text(1, report.queueId);
        last.step();
        qint64 position = last.columnInt64(0) + 1;
        Statement add(db, "INSERT INTO queue_items(queue_id, conversation_id, position, reason, added_at) "
                          "VALUES(?1, ?2, ?3, 'import', ?4) ON CONFLICT DO NOTHING");
        for (const QString &id : std::as_const(session.acceptedIds)) {
            add.text(1, report.queueId);
            add.text(2, id);
            add.integer(3, position);
            add.text(4, session.now);
            if (add.step() != SQLITE_DONE)
                return fail(m_store.path(), tr("cannot add %1 to the queue: %2").arg(id, add.error()));
            if (sqlite3_changes(db) > 0)
                ++position;
            add.reset();
        }
    }

    if (report.inserted + report.updated + report.rejected > 0) {
        Statement finish(db, "UPDATE import_batches SET encoding = ?2, finished_at = ?3, inserted = ?4, updated = ?5, "
                             "unchanged = ?6, rejected = ?7 WHERE id = ?1");
        finish.text(1, session.batchId);
        finish.text(2, report.encodings.join(QLatin1Char('\n')));
        finish.text(3, nowIso());
        finish.integer(4, report.inserted);
        finish.integer(5, report.updated);
        finish.integer(6, report.unchanged);
        finish.integer(7, report.rejected);
        if (finish.step() != SQLITE_DONE)
            return fail(m_store.path(), tr("cannot record the import: %1").arg(finish.error()));
        QString auditError;
        if (!AuditLog(m_store).append(m_options.userId, QStringLiteral("import"), QStringLiteral("import_batches"),
                                      session.batchId,
                                      {{QStringLiteral("inserted"), double(report.inserted)},
                                       {QStringLiteral("updated"), double(report.updated)},
                                       {QStringLiteral("rejected"), double(report.rejected)}},
                                      &auditError))
            return fail(m_store.path(), tr("cannot record the import: %1").arg(auditError));
    } else {
        // Nothing changed: leave no trace, so re-importing the same file is a true no-op.
        Statement drop(db, "DELETE FROM import_batches WHERE id = ?1");
        drop.text(1, session.batchId);
        drop.step();
    }

    if (m_options.skipInvalid && !m_options.rejectsPath.isEmpty() && !session.rejects.isEmpty()) {
        QSaveFile out(m_options.rejectsPath);
        if (!out.open(QIODevice::WriteOnly))
            return fail(m_options.rejectsPath, tr("cannot write the rejects file: %1").arg(out.errorString()));
        for (const QJsonObject &reject : std::as_const(session.rejects))
            out.write(QJsonDocument(reject).toJson(QJsonDocument::Compact) + '\n');
        if (!out.commit())
            return fail(m_options.rejectsPath, tr("cannot write the rejects file: %1").arg(out.errorString()));
    }
    if (!transaction.commit())
        return fail(m_store.path(), tr("cannot commit the import: %1").arg(transaction.error()));
    session.progress(m_progress, session.totalBytes);
    report.ok = true;
    return report;
}

namespace {

// Everything about one rejected record, for the rejects file.
QJsonObject rejectEntry(const QList<ImportIssue> &errors, const QString &file, qint64 line, const QString &id,
                        const QJsonValue &record)
{
    QJsonArray reasons;
    for (const ImportIssue &issue : errors) {
        if (issue.severity == ImportIssue::Severity::Error)
            reasons.append(issue.toString());
    }
    QJsonObject entry{{QStringLiteral("file"), file},
                      {QStringLiteral("line"), double(line)},
                      {QStringLiteral("errors"), reasons},
                      {QStringLiteral("record"), record}};
    if (!id.isEmpty())
        entry.insert(QStringLiteral("id"), id);
    return entry;
}

} // namespace

bool Importer::importJsonLines(Session &session, const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    auto fileError = [&](qint64 line, const QString &message) {
        session.error(ImportIssue{ImportIssue::Severity::Error, fileName, line, {}, {}, message},
                      m_options.maxReportedErrors);
    };
    if (!file.open(QIODevice::ReadOnly)) {
        fileError(0, tr("cannot open: %1").arg(file.errorString()));
        return false;
    }
    session.report.encodings.append(fileName + QStringLiteral(": UTF-8"));
    const RecordParser parser(QFileInfo(path).absolutePath());
    qint64 lineNumber = 0;
    qint64 records = 0;
    bool hintedEncoding = false;
    // One buffer for all lines: QIODevice::readLine(maxSize) allocates maxSize bytes for every line, which the C
    // library maps and unmaps each time (most of the import's time). Only the pages the longest line touches become
    // resident.
    QByteArray lineBuffer(kMaxLineBytes + 2, Qt::Uninitialized);
    while (!file.atEnd()) {
        if (cancelled())
            return false;
        const qint64 lineBytes = file.readLine(lineBuffer.data(), lineBuffer.size()); // up to kMaxLineBytes + 1 bytes
        QByteArray line = lineBytes > 0 ? QByteArray(lineBuffer.constData(), lineBytes) : QByteArray();
        ++lineNumber;
        if (line.size() > kMaxLineBytes && !line.endsWith('\n')) {
            fileError(lineNumber,
                      tr("line is longer than %1 MiB; is this a JSON Lines file?").arg(kMaxLineBytes >> 20));
            return false;
        }
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        ++records;
        if ((records & 255) == 0)
            session.progress(m_progress, session.doneBytes + file.pos());

        QList<ImportIssue> issues;
        auto reject = [&](const QString &id, const QJsonValue &record) {
            ++session.report.rejected;
            for (const ImportIssue &issue : std::as_const(issues)) {
                if (issue.severity == ImportIssue::Severity::Error)
                    session.error(issue, m_options.maxReportedErrors);
            }
            if (m_options.skipInvalid)
                session.rejects.append(rejectEntry(issues, fileName, lineNumber, id, record));
        };
        const qsizetype badByte = firstInvalidUtf8(line.constData(), line.size());
        if (badByte >= 0) {
            QString message =
                tr("invalid UTF-8 at byte %1 of the line (JSON Lines files must be UTF-8)").arg(badByte + 1);
            if (!hintedEncoding && detectEncoding(line) == QLatin1String("GB18030")) {
                message += tr("; the file looks like GB18030/GBK: convert it to UTF-8, or use the CSV format");
                hintedEncoding = true;
            }
            issues.append(ImportIssue{ImportIssue::Severity::Error, fileName, lineNumber, {}, {}, message});
            reject({}, QString::fromUtf8(line.toBase64()));
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            // Qt only parses objects and arrays at the top level; "42" or "null" is a wrong shape, not broken JSON.
            const bool looksLikeObject = line.trimmed().startsWith('{');
            const QString message =
                parseError.error != QJsonParseError::NoError && looksLikeObject
                    ? tr("not valid JSON: %1 at character %2").arg(parseError.errorString()).arg(parseError.offset + 1)
                    : tr("expected a JSON object (one conversation per line)");
            issues.append(ImportIssue{ImportIssue::Severity::Error, fileName, lineNumber, {}, {}, message});
            reject({}, QString::fromUtf8(line.left(4096)));
            continue;
        }
        const QJsonObject object = doc.object();
        Conversation conversation;
        const SourceLocation where{fileName, lineNumber};
        const bool valid = parser.parse(object, where, &conversation, &issues);
        const QString id = valid ? conversation.id : object.value(QStringLiteral("id")).toString();
        if (valid) {
            if (const auto duplicate = session.duplicateOf(conversation.id, where))
                issues.append(*duplicate);
        }
        for (const ImportIssue &issue : std::as_const(issues)) {
            if (issue.severity == ImportIssue::Severity::Warning)
                session.report.warnings.append(issue);
        }
        if (!valid || issues.size() > conversation.warnings.size()) {
            reject(id, object);
            continue;
        }
        session.seenIds.insert(conversation.id, where);
        accept(session, conversation);
        if (session.storeFailed)
            return false;
    }
    if (records == 0) {
        fileError(0, tr("the file is empty: no conversations to import"));
        return false;
    }
    session.doneBytes += file.size();
    return true;
}

bool Importer::importCsvPair(Session &session, const QString &conversationsPath, const QString &turnsPath)
{
    struct Table
    {
        QString fileName;
        QString text;
        QStringList header;
    };
    auto load = [&](const QString &path, Table *table, const QStringList &required) {
        table->fileName = QFileInfo(path).fileName();
        auto error = [&](qint64 line, const QString &message) {
            session.error(ImportIssue{ImportIssue::Severity::Error, table->fileName, line, {}, {}, message},
                          m_options.maxReportedErrors);
            return false;
        };
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return error(0, tr("cannot open: %1").arg(file.errorString()));
        const QByteArray bytes = file.readAll();
        if (bytes.trimmed().isEmpty() || bytes == "\xEF\xBB\xBF")
            return error(0, tr("the file is empty"));
        QString encoding = m_options.encoding;
        if (encoding.isEmpty()) {
            encoding = detectEncoding(bytes);
            if (encoding.isEmpty())
                return error(0, tr("cannot tell the character encoding; pass it explicitly (e.g. --encoding GB18030)"));
        } else if (!isKnownEncoding(encoding)) {
            return error(0, tr("unknown character encoding \"%1\"").arg(encoding));
        }
        qsizetype badOffset = -1;
        if (!decodeText(bytes, encoding, &table->text, &badOffset)) {
            const qint64 line = bytes.left(badOffset).count('\n') + 1;
            return error(line, tr("invalid %1 byte sequence at byte %2 of the file").arg(encoding).arg(badOffset + 1));
        }
        if (table->text.contains(QChar(0)))
            return error(0, tr("contains NUL characters: this is not a text CSV file"));
        session.report.encodings.append(table->fileName + QStringLiteral(": ") + encoding);
        CsvReader reader(table->text);
        if (!reader.next(&table->header))
            return error(1, reader.error().isEmpty() ? tr("no header row") : reader.error());
        for (QString &column : table->header)
            column = column.trimmed();
        for (const QString &column : required) {
            if (!table->header.contains(column))
                return error(1, tr("missing column \"%1\" in the header row").arg(column));
        }
        return true;
    };
    Table conversationsTable, turnsTable;
    if (!load(conversationsPath, &conversationsTable,
              {QStringLiteral("id"), QStringLiteral("channel"), QStringLiteral("agent_id"),
               QStringLiteral("started_at")}) ||
        !load(turnsPath, &turnsTable,
              {QStringLiteral("conversation_id"), QStringLiteral("seq"), QStringLiteral("speaker"),
               QStringLiteral("text")}))
        return false;

    // Read every conversation row first: turns refer to them by id and may come in any order.
    // A turn is kept as the span of its record in turnsTable.text and turned into JSON again when its conversation is
    // imported: holding millions of turns as QJsonObjects took gigabytes.
    struct TurnRecord
    {
        qsizetype from = 0; // the record's text, with any blank lines before it
        qsizetype to = 0;
        qint64 line = 0;
    };
    struct Row
    {
        QJsonObject object;
        SourceLocation where;
        QList<ImportIssue> issues;
        QString id;
        std::map<qint64, TurnRecord> turns;
    };
    std::vector<Row> rows;
    QHash<QString, size_t> rowById;
    qsizetype recordFrom = 0, recordTo = 0; // the span of the record readRows passes to onRow
    // Progress over this pair's bytes: reading and checking both files is the first 40 %, writing the rest.
    const qint64 pairBase = session.doneBytes;
    const qint64 pairBytes = QFileInfo(conversationsPath).size() + QFileInfo(turnsPath).size();
    const double totalChars = double(qMax<qsizetype>(1, conversationsTable.text.size() + turnsTable.text.size()));
    auto reportPair = [&](double fraction) {
        session.progress(m_progress, pairBase + qint64(double(pairBytes) * qBound(0.0, fraction, 1.0)));
    };
    qint64 recordsRead = 0;
    auto readRows = [&](Table &table, const std::function<void(const QStringList &, const SourceLocation &)> &onRow) {
        const qsizetype charsBefore = &table == &turnsTable ? conversationsTable.text.size() : 0;
        CsvReader reader(table.text);
        QStringList fields;
        reader.next(&fields); // header
        for (;;) {
            recordFrom = reader.position();
            if (!reader.next(&fields))
                break;
            recordTo = reader.position();
            if (cancelled())
                return false;
            if ((++recordsRead & 1023) == 0)
                reportPair(0.4 * double(charsBefore + reader.position()) / totalChars);
            const SourceLocation where{table.fileName, reader.recordLine()};
            if (fields.size() != table.header.size()) {
                session.error(ImportIssue{ImportIssue::Severity::Error,
                                          table.fileName,
                                          reader.recordLine(),
                                          {},
                                          {},
                                          tr("expected %1 fields as in the header, found %2")
                                              .arg(table.header.size())
                                              .arg(fields.size())},
                              m_options.maxReportedErrors);
                ++session.report.rejected;
                continue;
            }
            onRow(fields, where);
        }
        if (!reader.error().isEmpty()) {
            session.error(
                ImportIssue{ImportIssue::Severity::Error, table.fileName, reader.recordLine(), {}, {}, reader.error()},
                m_options.maxReportedErrors);
            return false;
        }
        return true;
    };
    const bool conversationsRead =
        readRows(conversationsTable, [&](const QStringList &fields, const SourceLocation &where) {
            Row row;
            row.where = where;
            row.object = RecordParser::conversationFromCsv(conversationsTable.header, fields, where, &row.issues);
            row.id = row.object.value(QStringLiteral("id")).toString().trimmed();
            if (!row.id.isEmpty() && !rowById.contains(row.id))
                rowById.insert(row.id, rows.size());
            rows.push_back(std::move(row));
        });
    if (!conversationsRead)
        return false;
    reportPair(0.4 * double(conversationsTable.text.size()) / totalChars);
    const bool turnsRead = readRows(turnsTable, [&](const QStringList &fields, const SourceLocation &where) {
        QList<ImportIssue> issues;
        QString conversationId;
        qint64 seq = 0;
        RecordParser::turnFromCsv(turnsTable.header, fields, where, &issues, &conversationId, &seq);
        const auto it = rowById.constFind(conversationId);
        if (!conversationId.isEmpty() && it == rowById.constEnd())
            issues.append(ImportIssue{
                ImportIssue::Severity::Error, where.file, where.line, QStringLiteral("conversation_id"), conversationId,
                tr("no conversation \"%1\" in %2").arg(conversationId, conversationsTable.fileName)});
        if (it != rowById.constEnd()) {
            Row &row = rows[*it];
            const auto existing = row.turns.find(seq);
            if (existing != row.turns.end())
                issues.append(ImportIssue{ImportIssue::Severity::Error, where.file, where.line, QStringLiteral("seq"),
                                          conversationId,
                                          tr("turn %1 of \"%2\" appears twice (first on line %3)")
                                              .arg(seq)
                                              .arg(conversationId)
                                              .arg(existing->second.line)});
            else
                row.turns.emplace(seq, TurnRecord{recordFrom, recordTo, where.line});
            row.issues.append(issues); // a bad turn rejects its conversation
        } else {
            for (const ImportIssue &issue : std::as_const(issues))
                session.error(issue, m_options.maxReportedErrors);
            if (!issues.isEmpty())
                ++session.report.rejected;
        }
    });
    if (!turnsRead)
        return false;
    reportPair(0.4);

    const RecordParser parser(QFileInfo(conversationsPath).absolutePath());
    qint64 processed = 0;
    for (Row &row : rows) {
        if (cancelled())
            return false;
        if ((++processed & 255) == 0)
            reportPair(0.4 + 0.6 * double(processed) / double(rows.size()));
        QJsonArray turns;
        std::vector<SourceLocation> turnLocations;
        for (const auto &[seq, turn] : row.turns) {
            // The same fields as on the first reading, which already reported this record's problems.
            const QString record = turnsTable.text.mid(turn.from, turn.to - turn.from);
            CsvReader reader(record);
            QStringList fields;
            reader.next(&fields);
            const SourceLocation where{turnsTable.fileName, turn.line};
            QList<ImportIssue> reported;
            QString conversationId;
            qint64 turnSeq = 0;
            turns.append(
                RecordParser::turnFromCsv(turnsTable.header, fields, where, &reported, &conversationId, &turnSeq));
            turnLocations.push_back(where);
        }
        row.turns.clear();
        // Rows are not needed once imported: their memory goes as the import proceeds.
        QJsonObject record = std::move(row.object);
        record.insert(QStringLiteral("turns"), turns);
        QList<ImportIssue> issues = row.issues;
        Conversation conversation;
        bool valid = issues.isEmpty() && parser.parse(record, row.where, &conversation, &issues, &turnLocations);
        if (valid) {
            if (const auto duplicate = session.duplicateOf(conversation.id, row.where)) {
                issues.append(*duplicate);
                valid = false;
            }
        }
        for (const ImportIssue &issue : std::as_const(issues)) {
            if (issue.severity == ImportIssue::Severity::Warning)
                session.report.warnings.append(issue);
        }
        if (!valid) {
            ++session.report.rejected;
            for (ImportIssue issue : std::as_const(issues)) {
                if (issue.severity != ImportIssue::Severity::Error)
                    continue;
                issue.recordId = row.id;
                session.error(issue, m_options.maxReportedErrors);
            }
            if (m_options.skipInvalid)
                session.rejects.append(rejectEntry(issues, row.where.file, row.where.line, row.id, record));
            continue;
        }
        session.seenIds.insert(conversation.id, row.where);
        accept(session, conversation);
        if (session.storeFailed)
            return false;
    }
    if (rows.empty()) {
        session.error(ImportIssue{ImportIssue::Severity::Error,
                                  conversationsTable.fileName,
                                  0,
                                  {},
                                  {},
                                  tr("the file has a header but no conversations")},
                      m_options.maxReportedErrors);
        return false;
    }
    session.doneBytes += QFileInfo(conversationsPath).size() + QFileInfo(turnsPath).size();
    return true;
}

} // namespace qawb
