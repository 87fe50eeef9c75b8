#include "labels.h"

#include "core/ids.h"

#include <QCoreApplication>
#include <QLocale>

namespace qawb::labels {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("qawb::labels", text);
}
} // namespace

QString channel(const QString &code) {
    if (code == QLatin1String("call"))
        return tr("Call");
    if (code == QLatin1String("chat"))
        return tr("Chat");
    return code;
}

QString businessType(const QString &code) {
    if (code == QLatin1String("consult"))
        return tr("Consultation");
    if (code == QLatin1String("fault"))
        return tr("Fault");
    if (code == QLatin1String("complaint"))
        return tr("Complaint");
    if (code == QLatin1String("service_request"))
        return tr("Service request");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QString speaker(const QString &code) {
    if (code == QLatin1String("agent"))
        return tr("Agent");
    if (code == QLatin1String("customer"))
        return tr("Customer");
    if (code == QLatin1String("bot"))
        return tr("Bot");
    if (code == QLatin1String("system"))
        return tr("System");
    return code;
}

QString evaluationStatus(const QString &code) {
    if (code == QLatin1String("draft"))
        return tr("Draft");
    if (code == QLatin1String("submitted"))
        return tr("Submitted");
    return tr("To do");
}

QString source(const QString &code) {
    if (code == QLatin1String("hotline"))
        return tr("Hotline");
    if (code == QLatin1String("webchat"))
        return tr("Web chat");
    if (code == QLatin1String("wechat"))
        return tr("WeChat");
    if (code == QLatin1String("app"))
        return tr("App");
    return code;
}

QString sourceDateTime(const QString &iso) {
    const QDateTime t = parseIsoWithOffset(iso);
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

QString sourceTime(const QString &iso) {
    const QDateTime t = parseIsoWithOffset(iso);
    return t.isValid() ? t.toString(QStringLiteral("HH:mm:ss")) : iso;
}

QString duration(qint64 ms) {
    const qint64 s = qMax<qint64>(0, ms / 1000);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace qawb::labels
