#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace qawb {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("QAWorkbench"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("qa-workbench.example"));
    QCoreApplication::setApplicationName(QStringLiteral("qa-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QAWB_VERSION));
}

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString defaultStorePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("store.sqlite"));
}

QString currentLogin()
{
    QString login = qEnvironmentVariable("QAWB_USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    if (login.isEmpty())
        login = QStringLiteral("inspector");
    return login;
}

} // namespace qawb
