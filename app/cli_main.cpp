#include "core/cli.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qawb::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    qawb::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
