#pragma once

#include "core/waveform.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace qawb {

// Computes a recording's Waveform by decoding it with GStreamer in a single streaming thread: the peaks are reduced
// inside GStreamer's own thread as each buffer arrives, so no buffer crosses threads. QAudioDecoder (the portable
// path, used where GStreamer is not built in) hands every decoded buffer to the caller's thread through a queued
// call, which costs more than decoding itself for codecs with small frames (Ogg Vorbis at 8 kHz: 112,500 buffers an
// hour, 8x slower than sox; this path is within 2x — see tests/bench/README.md).
//
// decode() blocks the calling thread; call it from a worker. It polls shouldStop every ~50 ms and hands a partial
// overview to onPartial (on the calling thread) about four times a second.
class PeakDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(PeakDecoder)

public:
    struct Result
    {
        std::optional<Waveform> waveform;
        QString error; // set when decoding failed
        bool cancelled = false;
    };

    // Whether this build has the GStreamer path and the system has the elements it needs.
    static bool isAvailable();

    static Result decode(const QString &path, const std::function<bool()> &shouldStop = {},
                         const std::function<void(const Waveform &)> &onPartial = {});
};

} // namespace qawb
