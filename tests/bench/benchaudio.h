#pragma once

// A long telephony recording for the benchmarks: mono 8 kHz 16-bit WAV, speech-like tone bursts (5 s) and near
// silence (2 s), so peaks, dead air and decoding all have realistic work to do.
#include <QFile>
#include <QString>

#include <cmath>
#include <vector>

namespace qawb::bench {

inline bool writeCallWav(const QString &path, int seconds)
{
    const int rate = 8000;
    const qint64 frames = qint64(seconds) * rate;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const auto u32 = [&](quint32 v) {
        f.write(reinterpret_cast<const char *>(&v), 4);
    };
    const auto u16 = [&](quint16 v) {
        f.write(reinterpret_cast<const char *>(&v), 2);
    };
    f.write("RIFF");
    u32(quint32(36 + frames * 2));
    f.write("WAVEfmt ");
    u32(16);
    u16(1);
    u16(1);
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    f.write("data");
    u32(quint32(frames * 2));
    std::vector<qint16> block(rate);
    for (qint64 s = 0; s < frames / rate; ++s) {
        const bool talking = (s % 7) < 5;
        for (int i = 0; i < rate; ++i)
            block[size_t(i)] = qint16(talking ? 9000 * std::sin(i * 0.07) * std::sin(i * 0.003) : (i % 13) - 6);
        f.write(reinterpret_cast<const char *>(block.data()), qint64(block.size() * 2));
    }
    return f.error() == QFile::NoError;
}

} // namespace qawb::bench
