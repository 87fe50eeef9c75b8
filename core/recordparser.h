#pragma once

#include "conversation.h"
#include "importissue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <vector>

namespace qawb {

// Where a record (or one of its turns) came from, for error messages.
struct SourceLocation
{
    QString file;
    qint64 line = 0;
};

// Validates one conversation of the interchange format (a JSON object, as read from JSON Lines or assembled from
// the CSV pair) and turns it into a Conversation. Every problem becomes an ImportIssue naming file, line and field.
class RecordParser final
{
    Q_DECLARE_TR_FUNCTIONS(RecordParser)

public:
    // manifestDir: the folder audio paths are relative to.
    explicit RecordParser(const QString &manifestDir);

    // Returns true when the record has no errors (warnings may still be added).
    // turnLocations, when given, locates each turn separately (turns.csv rows).
    bool parse(const QJsonObject &record, const SourceLocation &where, Conversation *out, QList<ImportIssue> *issues,
               const std::vector<SourceLocation> *turnLocations = nullptr) const;

    // Builds the JSON form of a conversations.csv row: typed values for the known numeric, boolean and JSON columns,
    // strings for the rest, empty cells left out. Conversion problems are added to issues.
    static QJsonObject conversationFromCsv(const QStringList &header, const QStringList &row,
                                           const SourceLocation &where, QList<ImportIssue> *issues);
    // The same for a turns.csv row; *conversationId and *seq receive the row's keys.
    static QJsonObject turnFromCsv(const QStringList &header, const QStringList &row, const SourceLocation &where,
                                   QList<ImportIssue> *issues, QString *conversationId, qint64 *seq);

    // A digest of everything imported for a conversation: equal digests mean re-import changes nothing.
    static QByteArray contentHash(const Conversation &conversation);

    static const QStringList &conversationFields();
    static const QStringList &turnFields();

private:
    QString m_manifestDir;
};

} // namespace qawb
