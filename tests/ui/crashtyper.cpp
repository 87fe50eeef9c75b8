// A helper for tst_mainwindow's crash test, not a test itself: opens the workstation on a store, opens a case and
// types into the general comment, one character every 100 ms, printing "typed N MS" (N characters so far, at MS
// milliseconds since the epoch) after each. The test kills it with SIGKILL mid-sentence and checks the saved draft.
//
//   crashtyper STORE CONVERSATION_ID
#include "core/store.h"
#include "core/userrepository.h"
#include "ui/mainwindow.h"
#include "ui/scoreform.h"
#include "ui/workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QPlainTextEdit>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QAWorkbenchTests"));
    if (argc != 3)
        return 2;
    QString error;
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto store = qawb::Store::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    qawb::Workspace workspace;
    workspace.store = store.get();
    workspace.storePath = path;
    workspace.dataDir = QFileInfo(path).absolutePath();
    workspace.user = qawb::UserRepository(*store).ensure(QStringLiteral("tester"));
    qawb::MainWindow window(workspace);
    window.show();
    if (!window.openCase(QString::fromLocal8Bit(argv[2])))
        return 1;
    QPlainTextEdit *edit = window.scoreForm()->generalCommentEdit();
    edit->setFocus();
    static const QString text = QStringLiteral("客户反映宽带故障坐席安抚到位但未告知维修时间需改进");
    int typed = 0;
    QTimer typing;
    typing.setInterval(100);
    QObject::connect(&typing, &QTimer::timeout, [&] {
        QInputMethodEvent event;
        event.setCommitString(text.at(typed % text.size()));
        QApplication::sendEvent(edit, &event);
        ++typed;
        std::printf("typed %d %lld\n", typed, QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
    });
    typing.start();
    return app.exec();
}
