#include "waveform.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <limits>

namespace qawb {

QByteArray Waveform::serialize() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("QAWF", 4);
    out << qint32(kFormatVersion) << qint32(channels) << qint32(sampleRate) << qint32(bucketsPerSecond)
        << qint64(frames) << qint32(bucketCount());
    for (const auto &channel : peaks) {
        for (const int16_t v : channel)
            out << qint16(v);
    }
    return blob;
}

std::optional<Waveform> Waveform::deserialize(const QByteArray &blob)
{
    if (blob.size() < 28 || !blob.startsWith("QAWF"))
        return std::nullopt;
    QDataStream in(blob.mid(4));
    in.setByteOrder(QDataStream::LittleEndian);
    qint32 version = 0, channels = 0, rate = 0, bps = 0, buckets = 0;
    qint64 frames = 0;
    in >> version >> channels >> rate >> bps >> frames >> buckets;
    if (version != kFormatVersion || channels <= 0 || channels > 8 || rate <= 0 || bps <= 0 || buckets < 0 ||
        qint64(blob.size()) < 32 + qint64(channels) * buckets * 4)
        return std::nullopt;
    Waveform w;
    w.channels = channels;
    w.sampleRate = rate;
    w.bucketsPerSecond = bps;
    w.frames = frames;
    w.peaks.assign(size_t(channels), std::vector<int16_t>(size_t(buckets) * 2));
    for (auto &channel : w.peaks) {
        for (int16_t &v : channel) {
            qint16 x = 0;
            in >> x;
            v = x;
        }
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return w;
}

WaveformBuilder::WaveformBuilder(int channels, int sampleRate, int bucketsPerSecond)
{
    m_waveform.channels = std::max(1, channels);
    m_waveform.sampleRate = std::max(1, sampleRate);
    m_waveform.bucketsPerSecond = std::max(1, bucketsPerSecond);
    m_waveform.peaks.resize(size_t(m_waveform.channels));
    m_samplesPerBucket = std::max<qint64>(1, m_waveform.sampleRate / m_waveform.bucketsPerSecond);
    m_min.assign(size_t(m_waveform.channels), std::numeric_limits<int16_t>::max());
    m_max.assign(size_t(m_waveform.channels), std::numeric_limits<int16_t>::min());
}

void WaveformBuilder::add(int16_t sample)
{
    const size_t c = size_t(m_channel);
    m_min[c] = std::min(m_min[c], sample);
    m_max[c] = std::max(m_max[c], sample);
    if (++m_channel < m_waveform.channels)
        return;
    // A whole frame is in.
    m_channel = 0;
    ++m_waveform.frames;
    if (++m_inBucket < m_samplesPerBucket)
        return;
    for (size_t ch = 0; ch < m_min.size(); ++ch) {
        m_waveform.peaks[ch].push_back(m_min[ch]);
        m_waveform.peaks[ch].push_back(m_max[ch]);
        m_min[ch] = std::numeric_limits<int16_t>::max();
        m_max[ch] = std::numeric_limits<int16_t>::min();
    }
    m_inBucket = 0;
}

void WaveformBuilder::addInt16(const int16_t *samples, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i)
        add(samples[i]);
}

void WaveformBuilder::addFloat(const float *samples, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i)
        add(int16_t(std::clamp(samples[i], -1.0f, 1.0f) * 32767.0f));
}

void WaveformBuilder::addUInt8(const uint8_t *samples, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i)
        add(int16_t((int(samples[i]) - 128) * 256));
}

void WaveformBuilder::addInt32(const int32_t *samples, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i)
        add(int16_t(samples[i] >> 16));
}

Waveform WaveformBuilder::snapshot() const
{
    Waveform w = m_waveform;
    if (m_inBucket > 0) {
        // The bucket being filled counts with what it has (its frames are complete).
        for (size_t ch = 0; ch < m_min.size(); ++ch) {
            w.peaks[ch].push_back(m_min[ch]);
            w.peaks[ch].push_back(m_max[ch]);
        }
    }
    return w;
}

} // namespace qawb
