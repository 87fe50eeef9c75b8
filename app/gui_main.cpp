#include "core/demoqueue.h"
#include "core/paths.h"
#include "core/scorecardrepository.h"
#include "core/store.h"
#include "core/userrepository.h"
#include "ui/i18n.h"
#include "ui/mainwindow.h"
#include "ui/profiledialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSqlQuery>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    qawb::setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("QA Workbench"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("The store to open."),
                                         QStringLiteral("PATH"), qawb::defaultStorePath());
    const QCommandLineOption openOption(QStringLiteral("open"), QStringLiteral("Open this conversation."),
                                        QStringLiteral("ID"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("UI language for this run: en, zh_CN or zh_TW."),
                                            QStringLiteral("CODE"));
    const QCommandLineOption noDemoOption(QStringLiteral("no-demo"),
                                          QStringLiteral("Do not load the demo queue into a new store."));
    parser.addOptions({storeOption, openOption, languageOption, noDemoOption});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    qawb::i18n::install(app,
                        parser.isSet(languageOption) ? parser.value(languageOption) : qawb::i18n::configuredLanguage());

    const QString storePath = parser.value(storeOption);
    QString error;
    const auto store = qawb::Store::open(storePath, &error);
    if (!store) {
        QMessageBox::critical(nullptr, QObject::tr("QA Workbench"),
                              QObject::tr("Cannot open the store.\n\n%1").arg(error));
        return 1;
    }
    qawb::Workspace workspace;
    workspace.store = store.get();
    workspace.storePath = storePath;
    workspace.dataDir = QFileInfo(storePath).absolutePath();
    workspace.user = qawb::UserRepository(*store).ensure(qawb::currentLogin());
    if (workspace.user.id.isEmpty() || !qawb::ScorecardRepository(*store).ensureBuiltIns(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("QA Workbench"),
                              QObject::tr("Cannot prepare the store %1.\n\n%2").arg(storePath, error));
        return 1;
    }
    // A new, empty store starts with the bundled demo queue so there is something to review at once.
    bool empty = false;
    {
        // Scoped: a query left open would pin this connection's WAL snapshot and hide what workers write later.
        QSqlQuery count(store->database());
        empty = count.exec(QStringLiteral("SELECT count(*) FROM conversations")) && count.next() &&
                count.value(0).toInt() == 0;
    }
    if (empty && !parser.isSet(noDemoOption) && !qawb::DemoQueue::isInstalled(*store)) {
        const qawb::ImportReport report = qawb::DemoQueue::install(*store, workspace.user.id, workspace.dataDir);
        if (!report.ok)
            QMessageBox::warning(
                nullptr, QObject::tr("QA Workbench"),
                QObject::tr("The demo queue could not be loaded: %1")
                    .arg(report.errors.isEmpty() ? report.summary() : report.errors.first().toString()));
    }

    qawb::MainWindow window(workspace);
    window.show();
    if (parser.isSet(openOption))
        window.openCase(parser.value(openOption));
    // First run: the person says who they are (their name goes on evaluations, comments and the audit log).
    if (!qawb::UserRepository::hasProfile(workspace.user)) {
        qawb::ProfileDialog profile(*store, workspace.user, &window);
        if (profile.exec() == QDialog::Accepted)
            window.setUser(workspace.user);
    }
    window.openStartPage();

    return app.exec();
}
