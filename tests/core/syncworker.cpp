// A process of the sync reliability tests (tst_sync): one inspector on their own local store, evaluating and
// commenting demo chats and syncing with the shared store after each round.
//
//   syncworker LOCAL SHARED LOGIN ROUNDS
//
// Prints {"submitted": N, "comments": N, "errors": [...]} and exits 0; exits 1 when a sync failed in a way a user
// would see (anything but waiting for the shared file's lock, which sync reports as a retry).
#include "core/commentrepository.h"
#include "core/sync.h"
#include "synctestutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace qawb;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "use: syncworker LOCAL SHARED LOGIN ROUNDS\n");
        return 2;
    }
    QString error;
    User user;
    auto store = test::openLocal(args[1], args[3], &user, &error);
    if (!store) {
        std::fprintf(stderr, "syncworker: %s\n", qPrintable(error));
        return 1;
    }
    const QStringList chats = test::demoChats(*store);
    QJsonArray errors;
    int submitted = 0, comments = 0;
    bool fatal = false;
    SyncEngine engine(*store, user);
    const auto syncOnce = [&] {
        const SyncReport report = engine.sync(args[2]);
        if (!report.ok) {
            errors.append(report.error);
            // Waiting for the lock is what sync reports as "try again"; anything else would reach the user.
            if (!report.offline || report.error.contains(QLatin1String("database is locked")))
                fatal = true;
        }
        return report.ok;
    };
    const int rounds = args[4].toInt();
    for (int round = 0; round < rounds; ++round) {
        const QString conversation = chats.at(round % chats.size());
        if (!EvaluationRepository(*store).find(conversation, user.id)) {
            if (test::submitEvaluation(*store, user, conversation, QStringLiteral("round %1").arg(round), nullptr,
                                       &error))
                ++submitted;
            else
                errors.append(error);
        } else {
            Comment c;
            c.conversationId = conversation;
            c.body = QStringLiteral("round %1 by %2").arg(round).arg(user.login);
            if (CommentRepository(*store).save(c, user.id, &error))
                ++comments;
            else
                errors.append(error);
        }
        syncOnce();
    }
    // Until everything is out (others may hold the lock for a while).
    bool done = false;
    for (int attempt = 0; attempt < 20 && !done; ++attempt)
        done = syncOnce() && engine.pendingChanges() == 0;
    if (!done)
        fatal = true;
    const QJsonObject result{{QStringLiteral("submitted"), submitted},
                             {QStringLiteral("comments"), comments},
                             {QStringLiteral("errors"), errors}};
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    return fatal ? 1 : 0;
}
