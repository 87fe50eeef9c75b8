#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QString>

namespace qawb {

class Store;

// Submitted evaluations for reports and payroll files. Drafts are not exported, nor inspectors' private notes.
class EvaluationExport final
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationExport)

public:
    struct Filter
    {
        QDate from; // submitted on or after (local date of the submission), null: no bound
        QDate to;   // submitted on or before
        QString agentId;
        QString team; // team name
    };

    explicit EvaluationExport(Store &store);

    // One object per evaluation: the case, the agent, the inspector, the scorecard version, score, fatal items,
    // failed items and every answer with its points and comment.
    QJsonArray toJson(const Filter &filter, QString *error);
    // One row per evaluation, for Excel: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF line
    // ends, RFC 4180 quoting, and cells that would start a formula (= + - @) prefixed with an apostrophe.
    QByteArray toCsv(const Filter &filter, QString *error);

    // One text cell the way every CSV export writes it: RFC 4180 quoting, a formula-starting cell (= + - @) prefixed
    // with an apostrophe so Excel shows it as text.
    static QString csvCell(QString text);

private:
    Store &m_store;
};

} // namespace qawb
