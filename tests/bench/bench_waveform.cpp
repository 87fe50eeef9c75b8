// Waveform benchmark: computing peaks of a long recording the way the call view does — PeakDecoder (GStreamer, one
// streaming thread; the app's path on Linux) and QAudioDecoder + WaveformBuilder (the portable path) — side by side
// with `sox FILE -n stat` decoding the same file, in one run.
//
//   bench_waveform [--minutes 60] [--workdir DIR]
//
// Generates a mono 8 kHz 16-bit WAV of the given length (speech-like bursts and pauses), and an Ogg Vorbis copy when
// sox can write Ogg. Every row runs in its own child process, so each peak RSS is that tool's alone.
#include "benchaudio.h"
#include "core/peakdecoder.h"
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

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace qawb;

namespace {

struct Result
{
    double seconds = 0;
    qint64 buffers = 0;
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
        ++r.buffers;
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

Result decodeWithGStreamer(const QString &path)
{
    Result r;
    QElapsedTimer timer;
    timer.start();
    PeakDecoder::Result decoded = PeakDecoder::decode(path);
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.error = decoded.error;
    r.buffers = -1;
    if (decoded.waveform)
        r.waveform = *decoded.waveform;
    return r;
}

struct Measured
{
    double seconds = -1;
    double peakMiB = 0;
    QString output; // the child's stdout
};

// Runs a program as a child and measures it alone: wall time and its own peak RSS (wait4), so rows do not share a
// high-water mark.
Measured runChild(const QString &program, const QStringList &arguments)
{
    Measured m;
    int out[2];
    if (pipe(out) != 0)
        return m;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, STDERR_FILENO);
        std::vector<QByteArray> args{program.toLocal8Bit()};
        for (const QString &a : arguments)
            args.push_back(a.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    close(out[1]);
    QByteArray text;
    char chunk[4096];
    for (ssize_t n; (n = read(out[0], chunk, sizeof chunk)) > 0;)
        text.append(chunk, n);
    close(out[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        m.seconds = double(timer.nsecsElapsed()) / 1e9;
        m.peakMiB = double(usage.ru_maxrss) / 1024.0;
    }
    m.output = QString::fromLocal8Bit(text).trimmed();
    return m;
}

// Child mode: decode one file with one path, print "seconds buckets buffers" (or the error) and exit.
int decodeOnly(const QString &backend, const QString &file)
{
    const Result r = backend == QLatin1String("gstreamer") ? decodeWithGStreamer(file) : decode(file);
    if (!r.error.isEmpty() || r.waveform.bucketCount() == 0) {
        std::printf("failed: %s\n", qPrintable(r.error.isEmpty() ? QStringLiteral("no audio") : r.error));
        return 1;
    }
    std::printf("%.3f %d %lld\n", r.seconds, r.waveform.bucketCount(), r.buffers);
    return 0;
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
    const QCommandLineOption childOption(QStringLiteral("decode-only"),
                                         QStringLiteral("Internal: decode FILE with one path (gstreamer|qt)."),
                                         QStringLiteral("PATH"));
    parser.addOptions({minutesOption, workdirOption, childOption});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("With --decode-only: the recording."));
    parser.process(app);
    if (parser.isSet(childOption))
        return parser.positionalArguments().isEmpty()
                   ? 2
                   : decodeOnly(parser.value(childOption), parser.positionalArguments().constFirst());
    QTemporaryDir temp;
    const QString dir = parser.isSet(workdirOption) ? parser.value(workdirOption) : temp.path();
    QDir().mkpath(dir);
    const int minutes = parser.value(minutesOption).toInt();
    const QString wav = QDir(dir).filePath(QStringLiteral("call-%1min.wav").arg(minutes));
    if (!QFileInfo::exists(wav))
        bench::writeCallWav(wav, minutes * 60);
    const QString ogg = QDir(dir).filePath(QStringLiteral("call-%1min.ogg").arg(minutes));
    if (!QFileInfo::exists(ogg))
        QProcess::execute(QStringLiteral("sox"), {wav, ogg});

    // Each row is a separate process; the in-process decode time is reported for our rows (process start-up and
    // GStreamer's plugin registry load are excluded there, included for sox, which starts in ~10 ms).
    std::printf("%-5s %-30s %8s %9s %9s %9s %8s\n", "file", "tool", "seconds", "peak MiB", "buckets", "buffers",
                "vs sox");
    const QString self = QCoreApplication::applicationFilePath();
    for (const QString &file : {wav, ogg}) {
        if (!QFileInfo::exists(file))
            continue;
        const QString name = QFileInfo(file).suffix();
        const Measured sox = runChild(QStringLiteral("sox"), {file, QStringLiteral("-n"), QStringLiteral("stat")});
        if (sox.seconds < 0)
            std::printf("%-5s %-30s   failed (is sox installed?)\n", qPrintable(name), "sox -n stat");
        else
            std::printf("%-5s %-30s %8.2f %9.1f %9s %9s %8s\n", qPrintable(name), "sox -n stat", sox.seconds,
                        sox.peakMiB, "-", "-", "1.00x");
        const std::pair<const char *, const char *> paths[] = {
            {"gstreamer", "PeakDecoder (GStreamer, app)"},
            {"qt", "QAudioDecoder+WaveformBuilder"},
        };
        for (const auto &[backend, tool] : paths) {
            const Measured child =
                runChild(self, {QStringLiteral("--decode-only"), QString::fromLatin1(backend), file});
            const QStringList fields = child.output.split(QLatin1Char(' '));
            if (child.seconds < 0 || fields.size() != 3) {
                std::printf("%-5s %-30s   %s\n", qPrintable(name), tool, qPrintable(child.output));
                continue;
            }
            const double seconds = fields[0].toDouble();
            std::printf("%-5s %-30s %8.2f %9.1f %9s %9s %7.2fx\n", qPrintable(name), tool, seconds, child.peakMiB,
                        qPrintable(fields[1]), fields[2] == QLatin1String("-1") ? "-" : qPrintable(fields[2]),
                        sox.seconds > 0 ? seconds / sox.seconds : 0.0);
        }
    }
    return 0;
}
