#pragma once

#include "waveform.h"

#include <QString>

#include <optional>

namespace qawb {

class Store;

// Waveform overviews kept in the store, valid while the recording keeps its size and modification time.
class WaveformCache final
{
public:
    explicit WaveformCache(Store &store);
    std::optional<Waveform> find(const QString &audioPath);
    bool put(const QString &audioPath, const Waveform &waveform);
    // Forgets a recording's peaks (the next open decodes it again).
    bool remove(const QString &audioPath);

private:
    Store &m_store;
};

} // namespace qawb
