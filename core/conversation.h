#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace qawb {

// One utterance of a call (times into the recording) or one message of a chat (wall-clock time).
struct Turn
{
    int seq = 0;
    QString speaker; // agent | customer | bot | system
    QString text;
    std::optional<qint64> startMs; // calls
    std::optional<qint64> endMs;
    QString at;                 // chats: ISO 8601 as given
    std::optional<qint64> atMs; // chats: UTC epoch ms
    QJsonObject extra;          // unknown fields, kept verbatim
};

// A conversation as the interchange format describes it and as the store holds it.
struct Conversation
{
    QString id;
    QString channel; // call | chat
    QString source;
    QString agentId;
    QString agentName;
    QString team;
    QString businessType;
    QString startedAt; // ISO 8601 with the source's offset
    qint64 startedMs = 0;
    std::optional<double> durationS;
    std::optional<double> waitS;
    std::optional<int> csat;
    std::optional<bool> resolved;
    QString audio;     // as written in the manifest (relative to it)
    QString audioPath; // resolved absolute path
    QJsonObject audioChannels;
    QJsonObject extra;    // unknown fields, kept verbatim
    QStringList warnings; // e.g. the audio file is missing
    std::vector<Turn> turns;

    bool isCall() const { return channel == QLatin1String("call"); }
};

} // namespace qawb
