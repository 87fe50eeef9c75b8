#include "recordparser.h"

#include "ids.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <type_traits>

namespace qawb {

namespace {

const QStringList kChannels{QStringLiteral("call"), QStringLiteral("chat")};
const QStringList kSpeakers{QStringLiteral("agent"), QStringLiteral("customer"), QStringLiteral("bot"),
                            QStringLiteral("system")};
const QStringList kBusinessTypes{QStringLiteral("consult"), QStringLiteral("fault"), QStringLiteral("complaint"),
                                 QStringLiteral("service_request"), QStringLiteral("other")};
constexpr int kMaxIdLength = 256;

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("…");
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return RecordParser::tr("a list");
    case QJsonValue::Object:
        return RecordParser::tr("an object");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return RecordParser::tr("nothing");
    }
}

bool hasControlChars(const QString &s, bool allowLineBreaks)
{
    for (const QChar c : s) {
        const ushort u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && !(allowLineBreaks && (u == '\n' || u == '\r' || u == '\t')))
            return true;
    }
    return false;
}

// Collects issues for one record with a shared location.
class Reporter
{
public:
    Reporter(const SourceLocation &where, QList<ImportIssue> *issues)
        : m_where(where)
        , m_issues(issues)
    {}
    void error(const QString &field, const QString &message, const SourceLocation *at = nullptr)
    {
        add(ImportIssue::Severity::Error, field, message, at);
        m_failed = true;
    }
    void warning(const QString &field, const QString &message)
    {
        add(ImportIssue::Severity::Warning, field, message, nullptr);
    }
    bool failed() const { return m_failed; }
    QString recordId;

private:
    void add(ImportIssue::Severity severity, const QString &field, const QString &message, const SourceLocation *at)
    {
        const SourceLocation &loc = at ? *at : m_where;
        m_issues->append(ImportIssue{severity, loc.file, loc.line, field, recordId, message});
    }
    SourceLocation m_where;
    QList<ImportIssue> *m_issues;
    bool m_failed = false;
};

// Reads a whole number from JSON (an integral double within range). Strings are not numbers here.
bool toInteger(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15)
        return false;
    *out = qint64(d);
    return true;
}

QString idText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    qint64 n = 0;
    if (toInteger(v, &n))
        return QString::number(n);
    return {};
}

} // namespace

const QStringList &RecordParser::conversationFields()
{
    static const QStringList fields{
        QStringLiteral("id"),         QStringLiteral("channel"),        QStringLiteral("source"),
        QStringLiteral("agent_id"),   QStringLiteral("agent_name"),     QStringLiteral("team"),
        QStringLiteral("started_at"), QStringLiteral("duration_s"),     QStringLiteral("wait_s"),
        QStringLiteral("csat"),       QStringLiteral("resolved"),       QStringLiteral("business_type"),
        QStringLiteral("audio"),      QStringLiteral("audio_channels"), QStringLiteral("turns")};
    return fields;
}

const QStringList &RecordParser::turnFields()
{
    static const QStringList fields{QStringLiteral("speaker"), QStringLiteral("text"), QStringLiteral("start_ms"),
                                    QStringLiteral("end_ms"), QStringLiteral("at")};
    return fields;
}

RecordParser::RecordParser(const QString &manifestDir)
    : m_manifestDir(manifestDir)
{}

bool RecordParser::parse(const QJsonObject &record, const SourceLocation &where, Conversation *out,
                         QList<ImportIssue> *issues, const std::vector<SourceLocation> *turnLocations) const
{
    Reporter report(where, issues);
    Conversation c;

    // Required keys first, so later messages can name the conversation.
    const QJsonValue idValue = record.value(QStringLiteral("id"));
    c.id = idText(idValue);
    if (idValue.isUndefined() || idValue.isNull())
        report.error(QStringLiteral("id"), tr("required field is missing"));
    else if (c.id.isEmpty())
        report.error(QStringLiteral("id"), tr("expected a non-empty text id, got %1").arg(describe(idValue)));
    else if (c.id.size() > kMaxIdLength || hasControlChars(c.id, false))
        report.error(QStringLiteral("id"),
                     tr("id must be at most %1 characters without control characters").arg(kMaxIdLength));
    report.recordId = c.id;

    auto optionalString = [&](const QString &key, QString *target) {
        const QJsonValue v = record.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString()) {
            report.error(key, tr("expected text, got %1").arg(describe(v)));
            return;
        }
        *target = v.toString().trimmed();
        if (hasControlChars(*target, false))
            report.error(key, tr("contains control characters"));
    };
    auto oneOf = [&](const QString &key, const QStringList &allowed, QString *target, bool required) {
        const QJsonValue v = record.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                report.error(key, tr("required field is missing"));
            return;
        }
        if (!v.isString() || !allowed.contains(v.toString())) {
            report.error(key, tr("expected one of %1, got %2").arg(allowed.join(QStringLiteral(", ")), describe(v)));
            return;
        }
        *target = v.toString();
    };
    auto optionalSeconds = [&](const QString &key, std::optional<double> *target) {
        const QJsonValue v = record.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0) {
            report.error(key, tr("expected a number of seconds ≥ 0, got %1").arg(describe(v)));
            return;
        }
        *target = v.toDouble();
    };

    oneOf(QStringLiteral("channel"), kChannels, &c.channel, true);
    optionalString(QStringLiteral("source"), &c.source);

    const QJsonValue agentValue = record.value(QStringLiteral("agent_id"));
    c.agentId = idText(agentValue);
    if (agentValue.isUndefined() || agentValue.isNull())
        report.error(QStringLiteral("agent_id"), tr("required field is missing"));
    else if (c.agentId.isEmpty() || c.agentId.size() > kMaxIdLength || hasControlChars(c.agentId, false))
        report.error(QStringLiteral("agent_id"), tr("expected a non-empty text id, got %1").arg(describe(agentValue)));
    optionalString(QStringLiteral("agent_name"), &c.agentName);
    optionalString(QStringLiteral("team"), &c.team);

    const QJsonValue startedValue = record.value(QStringLiteral("started_at"));
    if (startedValue.isUndefined() || startedValue.isNull()) {
        report.error(QStringLiteral("started_at"), tr("required field is missing"));
    } else {
        const QDateTime started = startedValue.isString() ? parseIsoWithOffset(startedValue.toString()) : QDateTime();
        if (!started.isValid()) {
            report.error(QStringLiteral("started_at"),
                         tr("expected an ISO 8601 time with a UTC offset (e.g. 2026-11-16T09:12:05+08:00), got %1")
                             .arg(describe(startedValue)));
        } else {
            c.startedAt = startedValue.toString();
            c.startedMs = started.toMSecsSinceEpoch();
        }
    }
    optionalSeconds(QStringLiteral("duration_s"), &c.durationS);
    optionalSeconds(QStringLiteral("wait_s"), &c.waitS);

    const QJsonValue csatValue = record.value(QStringLiteral("csat"));
    if (!csatValue.isUndefined() && !csatValue.isNull()) {
        qint64 csat = 0;
        if (!toInteger(csatValue, &csat) || csat < 1 || csat > 5)
            report.error(QStringLiteral("csat"),
                         tr("expected a whole number from 1 to 5, got %1").arg(describe(csatValue)));
        else
            c.csat = int(csat);
    }
    const QJsonValue resolvedValue = record.value(QStringLiteral("resolved"));
    if (!resolvedValue.isUndefined() && !resolvedValue.isNull()) {
        if (!resolvedValue.isBool())
            report.error(QStringLiteral("resolved"), tr("expected true or false, got %1").arg(describe(resolvedValue)));
        else
            c.resolved = resolvedValue.toBool();
    }
    oneOf(QStringLiteral("business_type"), kBusinessTypes, &c.businessType, false);

    optionalString(QStringLiteral("audio"), &c.audio);
    if (!c.audio.isEmpty()) {
        if (c.channel == QLatin1String("chat")) {
            report.error(QStringLiteral("audio"), tr("only calls have audio"));
        } else {
            const QString resolved = QDir::isAbsolutePath(c.audio) ? c.audio : QDir(m_manifestDir).filePath(c.audio);
            c.audioPath = QDir::cleanPath(QFileInfo(resolved).absoluteFilePath());
            if (!QFileInfo(c.audioPath).isFile()) {
                const QString message = tr("audio file not found: %1").arg(c.audioPath);
                c.warnings.append(message);
                report.warning(QStringLiteral("audio"), message);
            }
        }
    }
    const QJsonValue channelsValue = record.value(QStringLiteral("audio_channels"));
    if (!channelsValue.isUndefined() && !channelsValue.isNull()) {
        const QJsonObject map = channelsValue.toObject();
        qint64 agent = -1, customer = -1;
        if (!channelsValue.isObject() || !toInteger(map.value(QStringLiteral("agent")), &agent) ||
            !toInteger(map.value(QStringLiteral("customer")), &customer) || agent < 0 || customer < 0 || agent > 7 ||
            customer > 7 || agent == customer) {
            report.error(QStringLiteral("audio_channels"),
                         tr("expected two different channel numbers, e.g. {\"agent\":0,\"customer\":1}"));
        } else if (c.audio.isEmpty()) {
            report.error(QStringLiteral("audio_channels"), tr("a channel map needs an audio file"));
        } else {
            c.audioChannels = map;
        }
    }

    const QJsonValue turnsValue = record.value(QStringLiteral("turns"));
    if (!turnsValue.isUndefined() && !turnsValue.isNull() && !turnsValue.isArray())
        report.error(QStringLiteral("turns"), tr("expected a list of turns, got %1").arg(describe(turnsValue)));
    const QJsonArray turns = turnsValue.toArray();
    c.turns.reserve(size_t(turns.size()));
    const bool isCall = c.channel == QLatin1String("call");
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const SourceLocation *at =
            turnLocations && size_t(i) < turnLocations->size() ? &(*turnLocations)[size_t(i)] : nullptr;
        const QString turnName = QStringLiteral("turns[%1]").arg(i);
        auto turnError = [&](const QString &field, const QString &message) {
            if (at)
                report.error(field, message, at);
            else
                report.error(field.isEmpty() ? turnName : turnName + QLatin1Char('.') + field, message, nullptr);
        };
        if (!turns[i].isObject()) {
            turnError(QString(), tr("expected an object, got %1").arg(describe(turns[i])));
            continue;
        }
        const QJsonObject t = turns[i].toObject();
        Turn turn;
        turn.seq = int(i);
        const QJsonValue speaker = t.value(QStringLiteral("speaker"));
        if (!speaker.isString() || !kSpeakers.contains(speaker.toString()))
            turnError(QStringLiteral("speaker"),
                      tr("expected one of %1, got %2").arg(kSpeakers.join(QStringLiteral(", ")), describe(speaker)));
        turn.speaker = speaker.toString();
        const QJsonValue text = t.value(QStringLiteral("text"));
        if (!text.isString())
            turnError(QStringLiteral("text"), tr("expected text, got %1").arg(describe(text)));
        else if (text.toString().contains(QChar(0)))
            turnError(QStringLiteral("text"), tr("contains a NUL character"));
        turn.text = text.toString();
        if (isCall) {
            qint64 start = 0, end = 0;
            const bool hasStart = toInteger(t.value(QStringLiteral("start_ms")), &start) && start >= 0;
            const bool hasEnd = toInteger(t.value(QStringLiteral("end_ms")), &end) && end >= 0;
            if (!hasStart)
                turnError(QStringLiteral("start_ms"), tr("calls need a start time in milliseconds ≥ 0, got %1")
                                                          .arg(describe(t.value(QStringLiteral("start_ms")))));
            if (!hasEnd)
                turnError(QStringLiteral("end_ms"), tr("calls need an end time in milliseconds ≥ 0, got %1")
                                                        .arg(describe(t.value(QStringLiteral("end_ms")))));
            if (hasStart && hasEnd && end < start)
                turnError(QStringLiteral("end_ms"), tr("ends (%1 ms) before it starts (%2 ms)").arg(end).arg(start));
            turn.startMs = start;
            turn.endMs = end;
        } else {
            const QJsonValue atValue = t.value(QStringLiteral("at"));
            const QDateTime time = atValue.isString() ? parseIsoWithOffset(atValue.toString()) : QDateTime();
            if (!time.isValid()) {
                turnError(QStringLiteral("at"),
                          tr("chat messages need an ISO 8601 time with a UTC offset, got %1").arg(describe(atValue)));
            } else {
                turn.at = atValue.toString();
                turn.atMs = time.toMSecsSinceEpoch();
            }
        }
        for (auto it = t.begin(); it != t.end(); ++it) {
            if (!turnFields().contains(it.key()))
                turn.extra.insert(it.key(), it.value());
        }
        c.turns.push_back(std::move(turn));
    }

    for (auto it = record.begin(); it != record.end(); ++it) {
        if (!conversationFields().contains(it.key()))
            c.extra.insert(it.key(), it.value());
    }
    if (report.failed())
        return false;
    *out = std::move(c);
    return true;
}

QJsonObject RecordParser::conversationFromCsv(const QStringList &header, const QStringList &row,
                                              const SourceLocation &where, QList<ImportIssue> *issues)
{
    QJsonObject obj;
    auto error = [&](const QString &field, const QString &message) {
        issues->append(ImportIssue{ImportIssue::Severity::Error, where.file, where.line, field, {}, message});
    };
    for (qsizetype i = 0; i < header.size() && i < row.size(); ++i) {
        const QString &key = header[i];
        const QString cell = row[i];
        if (cell.trimmed().isEmpty())
            continue;
        bool ok = true;
        if (key == QLatin1String("duration_s") || key == QLatin1String("wait_s")) {
            const double d = cell.trimmed().toDouble(&ok);
            if (ok)
                obj.insert(key, d);
            else
                error(key, tr("expected a number of seconds, got \"%1\"").arg(cell));
        } else if (key == QLatin1String("csat")) {
            const int n = cell.trimmed().toInt(&ok);
            if (ok)
                obj.insert(key, n);
            else
                error(key, tr("expected a whole number from 1 to 5, got \"%1\"").arg(cell));
        } else if (key == QLatin1String("resolved")) {
            const QString v = cell.trimmed().toLower();
            if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes") ||
                v == QStringLiteral("是"))
                obj.insert(key, true);
            else if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no") ||
                     v == QStringLiteral("否"))
                obj.insert(key, false);
            else
                error(key, tr("expected true or false, got \"%1\"").arg(cell));
        } else if (key == QLatin1String("audio_channels")) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(cell.toUtf8(), &parseError);
            if (doc.isObject())
                obj.insert(key, doc.object());
            else
                error(key, tr("expected a JSON object such as {\"agent\":0,\"customer\":1}, got \"%1\"").arg(cell));
        } else {
            obj.insert(key, cell);
        }
    }
    return obj;
}

QJsonObject RecordParser::turnFromCsv(const QStringList &header, const QStringList &row, const SourceLocation &where,
                                      QList<ImportIssue> *issues, QString *conversationId, qint64 *seq)
{
    QJsonObject obj;
    auto error = [&](const QString &field, const QString &message) {
        issues->append(ImportIssue{ImportIssue::Severity::Error, where.file, where.line, field, {}, message});
    };
    bool haveSeq = false;
    for (qsizetype i = 0; i < header.size() && i < row.size(); ++i) {
        const QString &key = header[i];
        const QString &cell = row[i];
        if (key == QLatin1String("conversation_id")) {
            *conversationId = cell.trimmed();
        } else if (key == QLatin1String("seq")) {
            bool ok = false;
            *seq = cell.trimmed().toLongLong(&ok);
            haveSeq = ok;
            if (!ok)
                error(key, tr("expected a whole number, got \"%1\"").arg(cell));
        } else if (key == QLatin1String("text")) {
            obj.insert(key, cell); // text keeps its spaces; an empty message is still a message
        } else if (cell.trimmed().isEmpty()) {
            continue;
        } else if (key == QLatin1String("start_ms") || key == QLatin1String("end_ms")) {
            bool ok = false;
            const qint64 ms = cell.trimmed().toLongLong(&ok);
            if (ok)
                obj.insert(key, double(ms));
            else
                error(key, tr("expected a whole number of milliseconds, got \"%1\"").arg(cell));
        } else {
            obj.insert(key, cell.trimmed());
        }
    }
    if (conversationId->isEmpty())
        error(QStringLiteral("conversation_id"), tr("required field is missing"));
    if (!haveSeq && !header.contains(QStringLiteral("seq")))
        error(QStringLiteral("seq"), tr("required field is missing"));
    return obj;
}

QByteArray RecordParser::contentHash(const Conversation &c)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto add = [&hash](const QString &s) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(s.utf16()), s.size() * 2));
        hash.addData(QByteArrayView("\x1f", 1));
    };
    auto addOpt = [&](const auto &opt) {
        if constexpr (std::is_floating_point_v<std::decay_t<decltype(*opt)>>)
            add(opt ? QString::number(*opt, 'g', 17) : QString()); // every digit: 1234.567 != 1234.568
        else
            add(opt ? QString::number(*opt) : QString());
    };
    add(c.id);
    add(c.channel);
    add(c.source);
    add(c.agentId);
    add(c.agentName);
    add(c.team);
    add(c.businessType);
    add(c.startedAt);
    addOpt(c.durationS);
    addOpt(c.waitS);
    addOpt(c.csat);
    add(c.resolved ? (*c.resolved ? QStringLiteral("1") : QStringLiteral("0")) : QString());
    add(c.audioPath);
    add(c.audioChannels.isEmpty() ? QString()
                                  : QString::fromUtf8(QJsonDocument(c.audioChannels).toJson(QJsonDocument::Compact)));
    add(c.extra.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(c.extra).toJson(QJsonDocument::Compact)));
    for (const Turn &t : c.turns) {
        add(t.speaker);
        add(t.text);
        addOpt(t.startMs);
        addOpt(t.endMs);
        add(t.at);
        add(t.extra.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(t.extra).toJson(QJsonDocument::Compact)));
    }
    // Warnings depend on more than the record (e.g. whether the audio file exists now): re-importing after the
    // recording arrived must update the conversation and clear the warning. Nothing is added when there are none.
    for (const QString &warning : c.warnings)
        add(warning);
    return hash.result().toHex();
}

} // namespace qawb
