#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace qawb {

class Store;
struct AutoQaReport;

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
    AutoQaReport runAutoQa(Store &store, const QString &userId, const QStringList &ids, bool force, bool quiet);
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace qawb
