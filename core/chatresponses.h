#pragma once

#include <QLatin1String>

#include <cstddef>
#include <vector>

namespace qawb {

// One wait for a person in a chat, ended by an agent's message. The definition auto-QA's first-response and
// slow-reply rules and the response-time indicators share: turns in order, those without a time skipped; waiting
// starts with a customer message nobody answered yet; a transfer to a human (system turn) restarts the clock before
// the first agent message; bot answers do not stop a customer waiting for a person; an agent message ends the wait.
struct ChatResponse
{
    size_t turn = 0;    // index of the agent's message in the turns given
    double delayS = 0;  // seconds the customer waited
    bool first = false; // the agent's first message of the chat (the first response)
};

// Turn: anything with `speaker` (QString) and `atMs` (std::optional<qint64>), e.g. Turn or ChatTurnTime.
template <typename Turn>
std::vector<ChatResponse> chatResponses(const std::vector<Turn> &turns)
{
    std::vector<ChatResponse> out;
    qint64 waitingSince = -1; // -1: nobody is waiting
    bool firstDone = false;
    for (size_t t = 0; t < turns.size(); ++t) {
        const Turn &turn = turns[t];
        if (!turn.atMs)
            continue;
        if (turn.speaker == QLatin1String("customer")) {
            if (waitingSince < 0)
                waitingSince = *turn.atMs;
        } else if (turn.speaker == QLatin1String("system") && !firstDone && waitingSince >= 0) {
            waitingSince = *turn.atMs;
        } else if (turn.speaker == QLatin1String("agent")) {
            if (waitingSince >= 0)
                out.push_back({t, double(*turn.atMs - waitingSince) / 1000.0, !firstDone});
            waitingSince = -1;
            firstDone = true;
        }
    }
    return out;
}

} // namespace qawb
