#include "labels.h"

#include "core/ids.h"

#include <QCoreApplication>
#include <QLocale>

namespace qawb::labels {

QString channel(const QString &code)
{
    if (code == QLatin1String("call"))
        return QCoreApplication::translate("qawb::labels", "Call");
    if (code == QLatin1String("chat"))
        return QCoreApplication::translate("qawb::labels", "Chat");
    return code;
}

QString businessType(const QString &code)
{
    if (code == QLatin1String("consult"))
        return QCoreApplication::translate("qawb::labels", "Consultation");
    if (code == QLatin1String("fault"))
        return QCoreApplication::translate("qawb::labels", "Fault");
    if (code == QLatin1String("complaint"))
        return QCoreApplication::translate("qawb::labels", "Complaint");
    if (code == QLatin1String("service_request"))
        return QCoreApplication::translate("qawb::labels", "Service request");
    if (code == QLatin1String("other"))
        return QCoreApplication::translate("qawb::labels", "Other");
    return code;
}

QString speaker(const QString &code)
{
    if (code == QLatin1String("agent"))
        return QCoreApplication::translate("qawb::labels", "Agent");
    if (code == QLatin1String("customer"))
        return QCoreApplication::translate("qawb::labels", "Customer");
    if (code == QLatin1String("bot"))
        return QCoreApplication::translate("qawb::labels", "Bot");
    if (code == QLatin1String("system"))
        return QCoreApplication::translate("qawb::labels", "System");
    return code;
}

QString evaluationStatus(const QString &code)
{
    if (code == QLatin1String("draft"))
        return QCoreApplication::translate("qawb::labels", "Draft");
    if (code == QLatin1String("submitted"))
        return QCoreApplication::translate("qawb::labels", "Submitted");
    return QCoreApplication::translate("qawb::labels", "To do");
}

QString source(const QString &code)
{
    if (code == QLatin1String("hotline"))
        return QCoreApplication::translate("qawb::labels", "Hotline");
    if (code == QLatin1String("webchat"))
        return QCoreApplication::translate("qawb::labels", "Web chat");
    if (code == QLatin1String("wechat"))
        return QCoreApplication::translate("qawb::labels", "WeChat");
    if (code == QLatin1String("app"))
        return QCoreApplication::translate("qawb::labels", "App");
    return code;
}

QString sourceDateTime(const QString &iso)
{
    const QDateTime t = parseIsoWithOffset(iso);
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

QString sourceTime(const QString &iso)
{
    const QDateTime t = parseIsoWithOffset(iso);
    return t.isValid() ? t.toString(QStringLiteral("HH:mm:ss")) : iso;
}

QString duration(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms / 1000);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace qawb::labels
