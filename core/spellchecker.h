#pragma once

#include <QString>
#include <QStringList>

namespace qawb {

// Hunspell for the current thread. Hunspell 1.7 is not thread-safe, not even while creating instances: every thread
// gets its own instance per language, created under a process-wide lock. Dictionaries are looked up in
// $QAWB_HUNSPELL_PATH, then the system folders (/usr/share/hunspell, /usr/share/myspell/dicts).
class SpellChecker final
{
public:
    // True if a dictionary for the language (e.g. "en_US") can be found.
    static bool hasDictionary(const QString &language);
    // True if the word is correct in the language, or if there is no dictionary for it (no dictionary, no claims).
    static bool isCorrect(const QString &language, const QString &word);
    // Suggestions for a misspelt word (slow, ~20 ms: call it only when a user looks at the word).
    static QStringList suggest(const QString &language, const QString &word);
};

} // namespace qawb
