#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <vector>

namespace qawb {

// The overview of a recording: per channel, the minimum and maximum sample of each bucket (a fixed slice of time),
// normalised to int16. Small enough to cache in the store and draw instantly when a case is reopened.
struct Waveform
{
    static constexpr int kFormatVersion = 1;

    int channels = 0;
    int sampleRate = 0;
    int bucketsPerSecond = 0;
    qint64 frames = 0; // samples per channel seen
    // peaks[channel] = min0, max0, min1, max1, ...
    std::vector<std::vector<int16_t>> peaks;

    int bucketCount() const { return peaks.empty() ? 0 : int(peaks.front().size() / 2); }
    qint64 durationMs() const { return sampleRate > 0 ? frames * 1000 / sampleRate : 0; }

    // A versioned binary blob ("QAWF", version, header, peaks), and back. Wrong magic or version: nullopt.
    QByteArray serialize() const;
    static std::optional<Waveform> deserialize(const QByteArray &blob);
};

// Reduces a stream of PCM samples to a Waveform, buffer by buffer, whatever the buffer sizes (buffers may end in the
// middle of a bucket or even of a frame). Pure and cheap: the decoder's thread feeds it, snapshot() gives a partial
// overview while decoding goes on.
class WaveformBuilder final
{
public:
    WaveformBuilder(int channels, int sampleRate, int bucketsPerSecond = 50);

    // Interleaved samples; the count need not be a multiple of the channel count.
    void addInt16(const int16_t *samples, qsizetype count);
    void addFloat(const float *samples, qsizetype count); // -1.0 .. 1.0
    void addUInt8(const uint8_t *samples, qsizetype count);
    void addInt32(const int32_t *samples, qsizetype count);

    // What has been reduced so far, including the bucket being filled.
    Waveform snapshot() const;
    Waveform finish() const { return snapshot(); }

private:
    void add(int16_t sample);

    Waveform m_waveform;
    qint64 m_samplesPerBucket = 1;
    int m_channel = 0;          // channel of the next sample
    qint64 m_inBucket = 0;      // frames in the current bucket
    std::vector<int16_t> m_min; // current bucket, per channel
    std::vector<int16_t> m_max;
};

} // namespace qawb
