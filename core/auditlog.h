#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace qawb {

class Store;

// The store's append-only, tamper-evident audit log. Each entry (who, when, what, on which entity, and a JSON detail
// with before/after where something changed) is sealed into a hash chain:
//   hash(n) = SHA-256(hash(n-1) "\n" canonical JSON of [seq, id, at, actor, action, entity, entity id, detail])
// with hash(0) = 64 zeros. Triggers refuse updates and deletes of sealed entries; verify() recomputes the chain and
// names the first entry that does not match (edited, removed or inserted rows all show). What a chain cannot show on
// its own is the newest entries being cut off together; the head (count and hash) is what to compare across copies.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Store &store);

    // Appends an entry inside the caller's transaction (the caller commits or rolls back with its own change).
    // actorId may be empty (the system). False and *error on a store error.
    bool append(const QString &actorId, const QString &action, const QString &entity, const QString &entityId,
                const QJsonObject &detail, QString *error);

    // Seals entries that have no hash yet (written before schema 5), in the order they were written. Store::open does
    // this once when it upgrades a store; append() does not look for them again.
    bool sealPending(QString *error);

    struct Verification
    {
        bool ok = false;
        qint64 entries = 0;
        QString headHash; // hash of the last entry
        qint64 firstBadSeq = -1;
        QString problem; // what is wrong, for people
    };
    Verification verify();

    static QString genesisHash();

private:
    Store &m_store;
};

} // namespace qawb
