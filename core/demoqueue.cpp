#include "demoqueue.h"

#include "store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace qawb {

QString DemoQueue::queueName()
{
    return tr("Demo queue");
}

bool DemoQueue::isInstalled(Store &store)
{
    return !store.meta(QStringLiteral("demo_installed_at")).isEmpty();
}

ImportReport DemoQueue::install(Store &store, const QString &userId, const QString &targetDir)
{
    ImportReport failed;
    const QString root = QDir(targetDir).filePath(QStringLiteral("demo"));
    QDirIterator it(QStringLiteral(":/qawb/demo"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.mid(int(qstrlen(":/qawb/demo/")));
        const QString target = QDir(root).filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        // Keep an existing copy if it is intact: the user may be playing it right now.
        if (QFileInfo(target).size() == QFileInfo(source).size())
            continue;
        QFile::remove(target);
        if (!QFile::copy(source, target) ||
            !QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                               QFileDevice::ReadOther)) {
            failed.errors.append(
                ImportIssue{ImportIssue::Severity::Error, target, 0, {}, {}, tr("cannot extract the demo queue")});
            failed.errorCount = 1;
            return failed;
        }
    }
    ImportOptions options;
    options.userId = userId;
    options.queueName = queueName();
    Importer importer(store, options);
    ImportReport report = importer.run({QDir(root).filePath(QStringLiteral("demo.jsonl"))});
    if (report.ok)
        store.setMeta(QStringLiteral("demo_installed_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return report;
}

} // namespace qawb
