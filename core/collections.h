#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace qawb {

class Store;
class Transaction;

// A trainer's collection of cases (培训案例集): conversations picked for training, each optionally with the evaluation
// that makes it a case and the trainer's note on what to learn from it. Schema 12 (core/sql/0012-collections.sql).
// Collections and their items travel with sync (doc type "collection", items as its children).
struct Collection
{
    QString id;
    QString name; // unique per owner
    QString ownerId;
    QString ownerName; // display name
    QString notes;
    QString createdAt;
    QString updatedAt;
    int itemCount = 0;
};

// One case of a collection, with what a list shows about it.
struct CollectionItem
{
    QString collectionId;
    QString conversationId;
    QString evaluationId; // the evaluation chosen for this case; empty: none chosen
    QString note;         // the trainer's note for this case
    int position = 0;     // 0-based, contiguous
    QString addedBy;      // user id
    QString addedAt;
    // From the conversation:
    QString channel; // call | chat
    QString agentId;
    QString agentName;
    QString team;
    QString startedAt; // as the source gave it
    // The evaluation shown: the chosen one, or else the latest submitted evaluation of the conversation that is not a
    // calibration evaluation (choose one explicitly to show it).
    QString shownEvaluationId;
    std::optional<double> score;
    bool fatal = false;
    QStringList tags; // of the shown evaluation, sorted
};

// Collections as the given user sees and changes them. Everyone may read every collection; trainers, QA managers and
// admins (Permissions::Action::ManageCollections) may create and change them — any collection, not only their own
// (trainers share the work). Every change is audited (entity "collections", actions "collection.create", ".rename",
// ".notes", ".delete", ".add", ".note", ".remove", ".move") in the same transaction.
//
// Adding a conversation that is already in the collection is an error ("already in the collection"): the trainer's
// note on the existing item is never overwritten by accident; use setItemNote() to change it.
//
// Errors are one line for people; functions return false / empty and set *error.
class CollectionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CollectionRepository)

public:
    CollectionRepository(Store &store, const QString &userId);

    std::vector<Collection> list();
    std::optional<Collection> byId(const QString &id);
    // By exact name (any owner; the current user's first when several people used the name), then by id or id prefix.
    std::optional<Collection> find(const QString &nameOrId, QString *error);

    // The new collection's id; empty on error (no permission, empty name, the user already has one of that name).
    QString create(const QString &name, const QString &notes, QString *error);
    bool rename(const QString &collectionId, const QString &name, QString *error);
    bool setNotes(const QString &collectionId, const QString &notes, QString *error);
    bool remove(const QString &collectionId, QString *error); // the collection and its items, not the conversations

    // Appends a case. evaluationId is optional; when given it must be an evaluation of that conversation.
    bool addItem(const QString &collectionId, const QString &conversationId, const QString &note, QString *error,
                 const QString &evaluationId = {});
    bool setItemNote(const QString &collectionId, const QString &conversationId, const QString &note, QString *error);
    bool setItemEvaluation(const QString &collectionId, const QString &conversationId, const QString &evaluationId,
                           QString *error);
    bool removeItem(const QString &collectionId, const QString &conversationId, QString *error);
    // Moves a case to position (0-based, clamped); the others shift.
    bool moveItem(const QString &collectionId, const QString &conversationId, int position, QString *error);

    std::vector<CollectionItem> items(const QString &collectionId);

    // A name not used by the user yet: name, else "name (2)", "name (3)", ...
    QString uniqueName(const QString &name);

private:
    bool mayChange(QString *error);
    bool touch(const QString &collectionId, QString *error);
    bool evaluationOf(const QString &evaluationId, const QString &conversationId, QString *error);
    bool auditAndCommit(Transaction &transaction, const QString &action, const QString &collectionId,
                        const QJsonObject &detail, QString *error);

    Store &m_store;
    QString m_userId;
};

} // namespace qawb
