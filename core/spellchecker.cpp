#include "spellchecker.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <hunspell/hunspell.hxx>

#include <memory>
#include <mutex>

namespace qawb {

namespace {

std::mutex &creationLock()
{
    static std::mutex lock;
    return lock;
}

QString dictionaryBase(const QString &language)
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("QAWB_HUNSPELL_PATH");
    if (!env.isEmpty())
        dirs << env.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    dirs << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell/dicts")
         << QStringLiteral("/usr/share/myspell");
    for (const QString &dir : std::as_const(dirs)) {
        const QString base = QDir(dir).filePath(language);
        if (QFileInfo::exists(base + QStringLiteral(".aff")) && QFileInfo::exists(base + QStringLiteral(".dic")))
            return base;
    }
    return {};
}

// This thread's instances; a null entry remembers that the language has no dictionary.
Hunspell *instance(const QString &language)
{
    thread_local QHash<QString, std::shared_ptr<Hunspell>> instances;
    const auto it = instances.constFind(language);
    if (it != instances.constEnd())
        return it->get();
    std::shared_ptr<Hunspell> created;
    const QString base = dictionaryBase(language);
    if (!base.isEmpty()) {
        const std::lock_guard<std::mutex> guard(creationLock());
        created = std::make_shared<Hunspell>(QFile::encodeName(base + QStringLiteral(".aff")).constData(),
                                             QFile::encodeName(base + QStringLiteral(".dic")).constData());
    }
    instances.insert(language, created);
    return created.get();
}

std::string encode(Hunspell *h, const QString &word)
{
    // Debian's dictionaries are UTF-8; others may declare a legacy encoding.
    const std::string &encoding = h->get_dict_encoding();
    if (encoding == "UTF-8" || encoding == "utf-8")
        return word.toStdString();
    return word.toLatin1().toStdString();
}

} // namespace

bool SpellChecker::hasDictionary(const QString &language)
{
    return instance(language) != nullptr;
}

bool SpellChecker::isCorrect(const QString &language, const QString &word)
{
    Hunspell *h = instance(language);
    return !h || h->spell(encode(h, word));
}

QStringList SpellChecker::suggest(const QString &language, const QString &word)
{
    QStringList out;
    Hunspell *h = instance(language);
    if (!h)
        return out;
    for (const std::string &s : h->suggest(encode(h, word)))
        out << QString::fromStdString(s);
    return out;
}

} // namespace qawb
