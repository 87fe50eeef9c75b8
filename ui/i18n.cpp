#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace qawb::i18n {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");

// Traditional Chinese for Taiwan, Hong Kong and Macau and any zh_Hant locale; Simplified for other Chinese.
QString resolve(const QString &code)
{
    const QString name = code.isEmpty() ? QLocale::system().name() : code;
    const QLocale locale(name);
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    if (locale.script() == QLocale::TraditionalChineseScript || name.startsWith(QLatin1String("zh_TW")) ||
        name.startsWith(QLatin1String("zh_HK")) || name.startsWith(QLatin1String("zh_MO")))
        return QStringLiteral("zh_TW");
    return QStringLiteral("zh_CN");
}
} // namespace

QStringList availableLanguages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString languageName(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("qawb::i18n", "System language");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString configuredLanguage()
{
    return QSettings().value(kSettingsKey).toString();
}

void setConfiguredLanguage(const QString &code)
{
    QSettings().setValue(kSettingsKey, code);
}

QString install(QCoreApplication &app, const QString &code)
{
    const QString language = resolve(code);
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));
    if (language == QLatin1String("en"))
        return language;
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/qawb_") + language))
        app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return language;
}

} // namespace qawb::i18n
