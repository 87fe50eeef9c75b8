#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace qawb::i18n {

// Languages the UI ships in, as settings values ("" follows the system).
QStringList availableLanguages();
QString languageName(const QString &code);

// The language chosen in settings, "" for the system's.
QString configuredLanguage();
void setConfiguredLanguage(const QString &code);

// Installs our and Qt's translators for code ("" = system locale) and makes it the default QLocale.
// Returns the language actually used ("en", "zh_CN" or "zh_TW").
QString install(QCoreApplication &app, const QString &code);

} // namespace qawb::i18n
