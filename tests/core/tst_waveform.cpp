// The waveform peak reducer: pure maths on sample streams, whatever the buffer boundaries.
#include "core/store.h"
#include "core/waveform.h"
#include "core/waveformcache.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace qawb;

class TestWaveform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monoBuckets();
    void stereoKeepsChannelsApart();
    void bufferBoundariesDoNotMatter_data();
    void bufferBoundariesDoNotMatter();
    void silenceIsFlat();
    void partialBucketInSnapshot();
    void sampleFormats();
    void serializeRoundTrip();
    void deserializeRejectsGarbage_data();
    void deserializeRejectsGarbage();
    void cacheKnowsStaleAndForgets();
};

void TestWaveform::monoBuckets()
{
    // 8 kHz, 50 buckets/s: 160 samples per bucket. A ramp 0..319 makes two buckets with known extremes.
    WaveformBuilder b(1, 8000, 50);
    std::vector<int16_t> samples(320);
    for (int i = 0; i < 320; ++i)
        samples[size_t(i)] = int16_t(i * (i % 2 ? 1 : -1));
    b.addInt16(samples.data(), qsizetype(samples.size()));
    const Waveform w = b.finish();
    QCOMPARE(w.channels, 1);
    QCOMPARE(w.frames, 320);
    QCOMPARE(w.bucketCount(), 2);
    QCOMPARE(w.durationMs(), 40);
    QCOMPARE(w.peaks[0][0], int16_t(-158)); // min of bucket 0: even samples are negative
    QCOMPARE(w.peaks[0][1], int16_t(159));
    QCOMPARE(w.peaks[0][2], int16_t(-318));
    QCOMPARE(w.peaks[0][3], int16_t(319));
}

void TestWaveform::stereoKeepsChannelsApart()
{
    // Left loud, right silent, interleaved.
    WaveformBuilder b(2, 8000, 50);
    std::vector<int16_t> samples;
    for (int i = 0; i < 160; ++i) {
        samples.push_back(int16_t(i % 2 ? 20000 : -20000));
        samples.push_back(0);
    }
    b.addInt16(samples.data(), qsizetype(samples.size()));
    const Waveform w = b.finish();
    QCOMPARE(w.channels, 2);
    QCOMPARE(w.frames, 160);
    QCOMPARE(w.bucketCount(), 1);
    QCOMPARE(w.peaks[0][0], int16_t(-20000));
    QCOMPARE(w.peaks[0][1], int16_t(20000));
    QCOMPARE(w.peaks[1][0], int16_t(0));
    QCOMPARE(w.peaks[1][1], int16_t(0));
}

void TestWaveform::bufferBoundariesDoNotMatter_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("chunk"); // 0: random chunk sizes
    for (int channels : {1, 2}) {
        for (int chunk : {1, 3, 7, 159, 161, 1000, 0})
            QTest::addRow("%d ch, chunk %d", channels, chunk) << channels << chunk;
    }
}

void TestWaveform::bufferBoundariesDoNotMatter()
{
    QFETCH(int, channels);
    QFETCH(int, chunk);
    QRandomGenerator random(42);
    std::vector<int16_t> samples(size_t(16000 * channels + 37)); // not a whole number of frames or buckets
    for (int16_t &s : samples)
        s = int16_t(random.bounded(-32768, 32768));
    WaveformBuilder once(channels, 16000, 50);
    once.addInt16(samples.data(), qsizetype(samples.size()));
    WaveformBuilder pieces(channels, 16000, 50);
    size_t at = 0;
    while (at < samples.size()) {
        const size_t n = std::min(samples.size() - at, size_t(chunk > 0 ? chunk : random.bounded(1, 500)));
        pieces.addInt16(samples.data() + at, qsizetype(n));
        at += n;
    }
    const Waveform a = once.finish();
    const Waveform b = pieces.finish();
    QCOMPARE(a.frames, b.frames);
    QCOMPARE(a.frames, qint64(samples.size() / size_t(channels)));
    QCOMPARE(a.peaks, b.peaks);
    QCOMPARE(a.bucketCount(), int(std::ceil(double(a.frames) / 320.0)));
}

void TestWaveform::silenceIsFlat()
{
    WaveformBuilder b(1, 8000, 50);
    const std::vector<int16_t> silence(8000, 0);
    b.addInt16(silence.data(), qsizetype(silence.size()));
    const Waveform w = b.finish();
    QCOMPARE(w.bucketCount(), 50);
    for (const int16_t v : w.peaks[0])
        QCOMPARE(v, int16_t(0));
}

void TestWaveform::partialBucketInSnapshot()
{
    WaveformBuilder b(1, 8000, 50);
    const std::vector<int16_t> some(200, 1234);
    b.addInt16(some.data(), 200);
    const Waveform partial = b.snapshot();
    QCOMPARE(partial.bucketCount(), 2); // one full bucket of 160 and the 40 samples of the next
    QCOMPARE(partial.peaks[0][3], int16_t(1234));
    b.addInt16(some.data(), 120);
    QCOMPARE(b.snapshot().bucketCount(), 2); // 320 samples: exactly two full buckets
}

void TestWaveform::sampleFormats()
{
    WaveformBuilder f(1, 100, 1);
    const float fs[] = {-1.0f, 0.5f, 2.0f};
    f.addFloat(fs, 3);
    QCOMPARE(f.snapshot().peaks[0][0], int16_t(-32767));
    QCOMPARE(f.snapshot().peaks[0][1], int16_t(32767)); // clamped
    WaveformBuilder u(1, 100, 1);
    const uint8_t us[] = {0, 128, 255};
    u.addUInt8(us, 3);
    QCOMPARE(u.snapshot().peaks[0][0], int16_t(-32768));
    QCOMPARE(u.snapshot().peaks[0][1], int16_t(127 * 256));
    WaveformBuilder i(1, 100, 1);
    const int32_t is[] = {std::numeric_limits<int32_t>::min(), 1 << 30};
    i.addInt32(is, 2);
    QCOMPARE(i.snapshot().peaks[0][0], int16_t(-32768));
    QCOMPARE(i.snapshot().peaks[0][1], int16_t(16384));
}

void TestWaveform::serializeRoundTrip()
{
    WaveformBuilder b(2, 8000, 50);
    std::vector<int16_t> samples(8000 * 2 * 3);
    for (size_t k = 0; k < samples.size(); ++k)
        samples[k] = int16_t((k * 7919) % 65536 - 32768);
    b.addInt16(samples.data(), qsizetype(samples.size()));
    const Waveform w = b.finish();
    const auto back = Waveform::deserialize(w.serialize());
    QVERIFY(back);
    QCOMPARE(back->channels, w.channels);
    QCOMPARE(back->sampleRate, w.sampleRate);
    QCOMPARE(back->bucketsPerSecond, w.bucketsPerSecond);
    QCOMPARE(back->frames, w.frames);
    QCOMPARE(back->peaks, w.peaks);
}

void TestWaveform::deserializeRejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("blob");
    WaveformBuilder b(1, 8000, 50);
    const std::vector<int16_t> s(1600, 5);
    b.addInt16(s.data(), 1600);
    const QByteArray good = b.finish().serialize();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("wrong magic") << QByteArray("XXXX") + good.mid(4);
    QTest::newRow("truncated") << good.left(good.size() - 3);
    QByteArray future = good;
    future[4] = char(99); // version
    QTest::newRow("newer version") << future;
}

void TestWaveform::deserializeRejectsGarbage()
{
    QFETCH(QByteArray, blob);
    QVERIFY(!Waveform::deserialize(blob));
}

void TestWaveform::cacheKnowsStaleAndForgets()
{
    QTemporaryDir dir;
    QString error;
    auto store = Store::open(dir.filePath(QStringLiteral("store.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    const QString audio = dir.filePath(QStringLiteral("call.wav"));
    QFile f(audio);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(1000, 'a'));
    f.close();
    WaveformBuilder b(1, 8000);
    const std::vector<int16_t> samples(8000, 1234);
    b.addInt16(samples.data(), qsizetype(samples.size()));
    WaveformCache cache(*store);
    QVERIFY(!cache.find(audio));
    QVERIFY(cache.put(audio, b.finish()));
    QCOMPARE(cache.find(audio)->frames, 8000);
    // A replaced file (another size) is not the one the peaks were computed from.
    QVERIFY(f.open(QIODevice::Append));
    f.write("more");
    f.close();
    QVERIFY(!cache.find(audio));
    QVERIFY(cache.put(audio, b.finish()));
    QVERIFY(cache.find(audio));
    QVERIFY(cache.remove(audio));
    QVERIFY(!cache.find(audio));
}

QTEST_GUILESS_MAIN(TestWaveform)
#include "tst_waveform.moc"
