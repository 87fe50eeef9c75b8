// Waveform benchmark: computing peaks of a long recording with QAudioDecoder + WaveformBuilder (what the call view
// does on its worker thread), side by side with `sox FILE -n stat` decoding the same file, in one run.
//
//   bench_waveform [--minutes 60] [--workdir DIR]
//
// Generates a mono 8 kHz 16-bit WAV of the given length (speech-like bursts and pauses), and an Ogg Vorbis copy when
// sox can write Ogg; times each decode in this process (peak RSS of a child run is reported by the sox row only).
#include "core/waveform.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <cmath>
#include <cstdio>
#include <optional>

#include <sys/resource.h>

using namespace qawb;

namespace {

void writeWav(const QString &path, int minutes)
{
    const int rate = 8000;
    const qint64 frames = qint64(minutes) * 60 * rate;
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    auto u32 = [&](quint32 v) {
        f.write(reinterpret_cast<const char *>(&v), 4);
    };
    auto u16 = [&](quint16 v) {
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
        const bool talking = (s % 7) < 5; // 5 s of speech-like tone bursts, 2 s of near silence
        for (int i = 0; i < rate; ++i)
            block[size_t(i)] = qint16(talking ? 9000 * std::sin(i * 0.07) * std::sin(i * 0.003) : (i % 13) - 6);
        f.write(reinterpret_cast<const char *>(block.data()), qint64(block.size() * 2));
    }
}

struct Result
{
    double seconds = 0;
    Waveform waveform;
    QString error;
};

Result decode(const QString &path)
{
    Result r;
    QAudioDecoder decoder;
    std::optional<WaveformBuilder> builder;
    QEventLoop loop;
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, [&] {
        const QAudioBuffer b = decoder.read();
        if (!builder)
            builder.emplace(b.format().channelCount(), b.format().sampleRate());
        if (b.format().sampleFormat() == QAudioFormat::Int16)
            builder->addInt16(b.constData<int16_t>(), b.sampleCount());
        else if (b.format().sampleFormat() == QAudioFormat::Float)
            builder->addFloat(b.constData<float>(), b.sampleCount());
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, &QEventLoop::quit);
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), [&](QAudioDecoder::Error) {
        r.error = decoder.errorString();
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    decoder.setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    decoder.start();
    loop.exec();
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (builder)
        r.waveform = builder->finish();
    return r;
}

double timeSox(const QString &path, long *maxRssKb)
{
    QElapsedTimer timer;
    timer.start();
    QProcess sox;
    sox.start(QStringLiteral("sox"), {path, QStringLiteral("-n"), QStringLiteral("stat")});
    sox.waitForFinished(-1);
    const double s = double(timer.nsecsElapsed()) / 1e9;
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    *maxRssKb = usage.ru_maxrss;
    return sox.exitStatus() == QProcess::NormalExit && sox.exitCode() == 0 ? s : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption minutesOption(QStringLiteral("minutes"), QStringLiteral("Recording length."),
                                           QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"), QStringLiteral("Where to put the recordings."),
                                           QStringLiteral("DIR"));
    parser.addOptions({minutesOption, workdirOption});
    parser.process(app);
    QTemporaryDir temp;
    const QString dir = parser.isSet(workdirOption) ? parser.value(workdirOption) : temp.path();
    QDir().mkpath(dir);
    const int minutes = parser.value(minutesOption).toInt();
    const QString wav = QDir(dir).filePath(QStringLiteral("call-%1min.wav").arg(minutes));
    if (!QFileInfo::exists(wav))
        writeWav(wav, minutes);
    const QString ogg = QDir(dir).filePath(QStringLiteral("call-%1min.ogg").arg(minutes));
    if (!QFileInfo::exists(ogg))
        QProcess::execute(QStringLiteral("sox"), {wav, ogg});

    std::printf("%-8s %-28s %9s %10s %9s\n", "file", "tool", "seconds", "buckets", "vs sox");
    for (const QString &file : {wav, ogg}) {
        if (!QFileInfo::exists(file))
            continue;
        long rss = 0;
        const double sox = timeSox(file, &rss);
        const Result ours = decode(file);
        const QString name = QFileInfo(file).suffix();
        std::printf("%-8s %-28s %9.2f %10s %9s\n", qPrintable(name), "sox -n stat", sox, "-", "1.00x");
        if (!ours.error.isEmpty())
            std::printf("%-8s %-28s   failed: %s\n", qPrintable(name), "QAudioDecoder+WaveformBuilder",
                        qPrintable(ours.error));
        else
            std::printf("%-8s %-28s %9.2f %10d %8.2fx\n", qPrintable(name), "QAudioDecoder+WaveformBuilder",
                        ours.seconds, ours.waveform.bucketCount(), sox > 0 ? ours.seconds / sox : 0.0);
    }
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    std::printf("peak RSS of this process (decoding both files): %.1f MiB\n", double(self.ru_maxrss) / 1024.0);
    return 0;
}
