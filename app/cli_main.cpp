#include "core/cli.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Writing a PDF lays out text with real fonts, which needs a GUI application; it never opens a window, so it
    // runs headless (offscreen) unless told otherwise. Every other command stays a plain core application.
    bool needsFonts = false;
    for (int i = 1; i + 1 < argc; ++i)
        needsFonts |= std::strcmp(argv[i], "coaching") == 0 && std::strcmp(argv[i + 1], "export") == 0;
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        needsFonts ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    qawb::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    qawb::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
