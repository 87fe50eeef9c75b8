#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace qawb {

class Store;
struct User;

// An anonymised case pack (脱敏案例包): one collection exported to a folder that another site can import. See README
// "Case pack format". Layout:
//   manifest.json        format "qawb-casepack", version 1; pack id, created at/by, the collection's name and notes,
//                        the options, counts, the redaction summary (occurrences per category) and
//                        "audio_redacted": false (recordings are copied as they are: no audio redaction).
//   conversations.jsonl  the importer's JSON Lines interchange format (`qawb import` reads it too), text and metadata
//                        masked (core/redaction.h); customer ids and the like dropped.
//   evaluations.json     the scorecard versions used, the submitted evaluations (answers, item comments, general
//                        comment, coaching note — masked; NEVER the private note), score, fatal, tags, inspector as
//                        login or pseudonym, and the cases: position, chosen evaluation and the trainer's note
//                        (masked).
//   audio/               the recordings, named after the conversation, when included.
// Qt has no public zip writer: a pack is a folder (zip it with any tool; import takes the unzipped folder).
struct CasePackExportOptions
{
    bool pseudonymiseAgents = false;     // agent ids and names → agent-01 / "Agent 01", stable within the pack
    bool pseudonymiseInspectors = false; // inspector logins → inspector-01
    bool includeAudio = true;
    std::function<void(const QString &phase, int done, int total)> progress;
    const std::atomic_bool *cancel = nullptr;
};

struct CasePackExportReport
{
    bool ok = false;
    bool cancelled = false;
    QString error; // one line for people
    QString folder;
    QString packId;
    int conversations = 0;
    int evaluations = 0;
    int audioFiles = 0;
    QStringList missingAudio;      // conversation ids whose recording was not found (the pack says so too)
    QMap<QString, int> redactions; // occurrences masked, by category
};

struct CasePackImportOptions
{
    std::function<void(const QString &phase, int done, int total)> progress;
    const std::atomic_bool *cancel = nullptr;
};

struct CasePackImportReport
{
    bool ok = false;
    bool cancelled = false;
    bool alreadyImported = false; // this pack was imported into the store before: nothing changed
    QString error;                // one line for people: file, line and field where they apply
    QString collectionId;
    QString collectionName; // the pack's name, with " (2)" etc. if the user already had one of that name
    int conversationsInserted = 0;
    int conversationsExisting = 0; // already in the store: kept as they are (a pack never overwrites a conversation)
    int evaluationsInserted = 0;
    int evaluationsExisting = 0;
    int usersCreated = 0; // inspectors of the pack this store had not seen
};

// Export and import of case packs. Export reads the collection as the user sees it; import needs
// Permissions::Action::ManageCollections (it creates a collection). Both run on the calling thread; give them a Store
// opened on that thread.
//
// Import is one transaction: the conversations (through the Importer, so the checks are the same as `qawb import`),
// the scorecard versions (added if missing), the evaluations as submitted evaluations of their inspectors (users
// created on demand by login, role inspector, like sync does), and a new collection with the pack's name and notes that
// remembers the pack id. Importing the same pack again changes nothing (alreadyImported). An invalid pack changes
// nothing and says which file, line and field is wrong. Conversations the store already has are kept as they are
// (importing a pack into the store it came from never overwrites the originals with masked text). Recordings are
// copied to <store folder>/casepacks/<pack id>/audio/ (a store in memory refers to the pack's files).
class CasePack final
{
    Q_DECLARE_TR_FUNCTIONS(CasePack)

public:
    static constexpr int kVersion = 1;
    static QString format() { return QStringLiteral("qawb-casepack"); }

    CasePack(Store &store, const User &user);

    // Writes the pack into a temporary sibling of folder and renames it at the end: a failure or cancel leaves no
    // folder behind. folder must not exist yet.
    CasePackExportReport exportCollection(const QString &collectionId, const QString &folder,
                                          const CasePackExportOptions &options = {});
    CasePackImportReport importPack(const QString &folder, const CasePackImportOptions &options = {});

    // Reads and checks manifest.json (format, version, required fields). Empty object and *error when it is not a pack.
    static QJsonObject readManifest(const QString &folder, QString *error);

private:
    Store &m_store;
    const User &m_user;
};

} // namespace qawb
