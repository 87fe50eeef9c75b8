// Review workspace benchmark (a GUI benchmark; runs offscreen unless QT_QPA_PLATFORM says otherwise):
//
//  1. Opening a 10-minute call whose peaks are cached: time from the request (MainWindow::openCase) to the first
//     paint of both the transcript and the waveform, over --repeat opens (alternating with a chat, so every open
//     is a real switch). The same without the cache, to first paint of the transcript and to the full waveform.
//  2. The UI thread while a 60-minute recording is decoded (WAV, and Ogg when sox can make one): a 5 ms timer on
//     the UI thread records every gap between its ticks from the request until the waveform is complete; the
//     longest gap is how long the UI was blocked. Both decoding paths (GStreamer, QAudioDecoder).
//
//   bench_review [--repeat 15] [--workdir DIR]
#include "benchaudio.h"
#include "benchmachine.h"

#include "core/autoqarunner.h"
#include "core/caserepository.h"
#include "core/importer.h"
#include "core/scorecardrepository.h"
#include "core/store.h"
#include "core/userrepository.h"
#include "core/waveformcache.h"
#include "ui/callview.h"
#include "ui/conversationview.h"
#include "ui/mainwindow.h"
#include "ui/waveformview.h"
#include "ui/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace qawb;

namespace {

// A call of `seconds` with a turn every 4 s (alternating speakers, a greeting and a risk word or two), and a chat.
QJsonObject callRecord(const QString &id, const QString &audio, int seconds)
{
    QJsonArray turns;
    for (int t = 0, i = 0; t + 3 < seconds; t += 4, ++i) {
        const bool agent = i % 2 == 0;
        QString text = agent ? QStringLiteral("好的，我帮您查询一下这个问题，请您稍等，马上为您处理。")
                             : QStringLiteral("我的宽带又断了，这已经是这周第三次了，再这样我要投诉。");
        if (i == 0)
            text = QStringLiteral("您好，工号1003为您服务。");
        turns.append(
            QJsonObject{{QStringLiteral("speaker"), agent ? QStringLiteral("agent") : QStringLiteral("customer")},
                        {QStringLiteral("text"), text},
                        {QStringLiteral("start_ms"), t * 1000 + 200},
                        {QStringLiteral("end_ms"), t * 1000 + 3600}});
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("channel"), QStringLiteral("call")},
            {QStringLiteral("agent_id"), QStringLiteral("A1003")},
            {QStringLiteral("agent_name"), QStringLiteral("陈美玲")},
            {QStringLiteral("team"), QStringLiteral("热线二组")},
            {QStringLiteral("started_at"), QStringLiteral("2026-11-16T10:05:12+08:00")},
            {QStringLiteral("duration_s"), seconds},
            {QStringLiteral("audio"), audio},
            {QStringLiteral("turns"), turns}};
}

QJsonObject chatRecord()
{
    QJsonArray turns;
    for (int i = 0; i < 20; ++i)
        turns.append(
            QJsonObject{{QStringLiteral("speaker"), i % 2 ? QStringLiteral("agent") : QStringLiteral("customer")},
                        {QStringLiteral("text"), QStringLiteral("第 %1 条消息：请问退款什么时候到账？").arg(i)},
                        {QStringLiteral("at"), QStringLiteral("2026-11-16T10:%1:00+08:00").arg(10 + i)}});
    return {{QStringLiteral("id"), QStringLiteral("bench-chat")},
            {QStringLiteral("channel"), QStringLiteral("chat")},
            {QStringLiteral("agent_id"), QStringLiteral("A1001")},
            {QStringLiteral("started_at"), QStringLiteral("2026-11-16T10:10:00+08:00")},
            {QStringLiteral("turns"), turns}};
}

// Records the first paint of a widget after arm().
class PaintWatch final : public QObject
{
public:
    PaintWatch(QWidget *widget, const QElapsedTimer &clock, std::function<bool()> counts = {})
        : m_clock(clock)
        , m_counts(std::move(counts))
    {
        widget->installEventFilter(this);
    }
    void arm() { m_at = -1; }
    qint64 at() const { return m_at; } // ns since the clock started, -1 before

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_at < 0 && (!m_counts || m_counts()))
            m_at = m_clock.nsecsElapsed();
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    std::function<bool()> m_counts;
    qint64 m_at = -1;
};

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

struct Stats
{
    double median = 0;
    double worst = 0;
};

Stats stats(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.back()};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QAWorkbenchBench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Opens to time."),
                                          QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption workdirOption(QStringLiteral("workdir"), QStringLiteral("Where to put the files."),
                                           QStringLiteral("DIR"));
    parser.addOptions({repeatOption, workdirOption});
    parser.process(app);
    const int repeat = std::max(3, parser.value(repeatOption).toInt());
    QTemporaryDir temp;
    const QString dir = parser.isSet(workdirOption) ? parser.value(workdirOption) : temp.path();
    QDir().mkpath(dir);

    // Recordings: 10 minutes (the open test) and 60 minutes (the probe), WAV and Ogg.
    std::printf("machine: %s, %d threads, load %s; Qt %s, platform %s\n", qPrintable(bench::cpuModel()),
                QThread::idealThreadCount(), qPrintable(bench::loadAverage()), qVersion(),
                qPrintable(QGuiApplication::platformName()));
    const QString wav10 = QDir(dir).filePath(QStringLiteral("call-10min.wav"));
    const QString wav60 = QDir(dir).filePath(QStringLiteral("call-60min.wav"));
    const QString ogg60 = QDir(dir).filePath(QStringLiteral("call-60min.ogg"));
    if (!QFileInfo::exists(wav10))
        bench::writeCallWav(wav10, 10 * 60);
    if (!QFileInfo::exists(wav60))
        bench::writeCallWav(wav60, 60 * 60);
    if (!QFileInfo::exists(ogg60))
        QProcess::execute(QStringLiteral("sox"), {wav60, ogg60});

    const QString jsonl = QDir(dir).filePath(QStringLiteral("bench-review.jsonl"));
    {
        QFile out(jsonl);
        out.open(QIODevice::WriteOnly);
        const QJsonObject records[] = {callRecord(QStringLiteral("bench-call-10"), wav10, 600),
                                       callRecord(QStringLiteral("bench-call-60-wav"), wav60, 3600),
                                       callRecord(QStringLiteral("bench-call-60-ogg"), ogg60, 3600), chatRecord()};
        for (const QJsonObject &r : records)
            out.write(QJsonDocument(r).toJson(QJsonDocument::Compact) + '\n');
    }
    QString error;
    const QString storePath = QDir(dir).filePath(QStringLiteral("bench-review.sqlite"));
    QFile::remove(storePath);
    auto store = Store::open(storePath, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Workspace workspace;
    workspace.store = store.get();
    workspace.storePath = storePath;
    workspace.dataDir = dir;
    workspace.user = UserRepository(*store).ensure(QStringLiteral("bench"));
    ScorecardRepository(*store).ensureBuiltIns(&error);
    ImportOptions options;
    options.userId = workspace.user.id;
    options.queueName = QStringLiteral("Bench");
    const ImportReport report = Importer(*store, options).run({jsonl});
    if (!report.ok) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.summary()));
        return 1;
    }
    AutoQaRunner(*store, workspace.user.id).run();

    MainWindow window(workspace);
    window.resize(1366, 768);
    window.show();
    waitUntil([&] { return window.isVisible(); }, 5000);
    ConversationView *view = window.conversationView();
    CallView *call = view->callView();
    WaveformView *wave = call->waveform();
    QElapsedTimer clock;
    clock.start();
    PaintWatch transcriptPaint(call->transcript()->viewport(), clock);
    PaintWatch wavePaint(wave, clock, [wave] { return wave->hasWaveform(); });

    // 1. Opening the 10-minute call with cached peaks.
    const QString path10 = CaseRepository(*store).conversation(QStringLiteral("bench-call-10"))->audioPath;
    WaveformCache(*store).remove(path10);
    std::vector<double> uncachedTranscript, uncachedWave;
    {
        const qint64 start = clock.nsecsElapsed();
        transcriptPaint.arm();
        wavePaint.arm();
        window.openCase(QStringLiteral("bench-call-10"));
        waitUntil([&] { return transcriptPaint.at() >= 0; }, 10000);
        waitUntil(
            [&] {
                return WaveformCache(*store).find(path10).has_value() && wave->hasWaveform() &&
                       wave->waveform()->frames >= 8000LL * 600;
            },
            60000);
        uncachedTranscript.push_back(ms(transcriptPaint.at() - start));
        uncachedWave.push_back(ms(clock.nsecsElapsed() - start));
    }
    std::vector<double> openBlocked, firstPaint;
    for (int i = 0; i < repeat; ++i) {
        window.openCase(QStringLiteral("bench-chat"));
        waitUntil([] { return false; }, 50); // let the chat settle
        transcriptPaint.arm();
        wavePaint.arm();
        const qint64 start = clock.nsecsElapsed();
        window.openCase(QStringLiteral("bench-call-10"));
        const qint64 returned = clock.nsecsElapsed();
        if (!waitUntil([&] { return transcriptPaint.at() >= 0 && wavePaint.at() >= 0; }, 10000)) {
            std::fprintf(stderr, "no paint after opening the call\n");
            return 1;
        }
        openBlocked.push_back(ms(returned - start));
        firstPaint.push_back(ms(std::max(transcriptPaint.at(), wavePaint.at()) - start));
    }
    const Stats paint = stats(firstPaint);
    const Stats blocked = stats(openBlocked);
    std::printf("\n## Opening a 10-minute call (150 turns), %d opens\n\n", repeat);
    std::printf("| measure | median ms | worst ms |\n|---|---:|---:|\n");
    std::printf("| cached peaks: request → first paint of transcript + waveform | %.1f | %.1f |\n", paint.median,
                paint.worst);
    std::printf("| of which openCase() on the UI thread (load, render) | %.1f | %.1f |\n", blocked.median,
                blocked.worst);
    std::printf("| no cache: request → first paint of transcript | %.1f | - |\n", uncachedTranscript.front());
    std::printf("| no cache: request → complete waveform (decoded, cached) | %.1f | - |\n", uncachedWave.front());

    // 2. The UI thread while 60-minute recordings decode.
    std::printf("\n## UI thread during decoding of a 60-minute recording (5 ms probe timer)\n\n");
    std::printf("| recording | decoder | openCase ms | decode s | partial draws | longest gap ms | gaps > 50 ms |\n");
    std::printf("|---|---|---:|---:|---:|---:|---:|\n");
    for (const char *id : {"bench-call-60-wav", "bench-call-60-ogg"}) {
        const auto conversation = CaseRepository(*store).conversation(QString::fromLatin1(id));
        if (!conversation || !QFileInfo::exists(conversation->audioPath))
            continue;
        for (const char *decoder : {"gstreamer", "qt"}) {
            qputenv("QAWB_PEAK_DECODER", decoder);
            WaveformCache(*store).remove(conversation->audioPath);
            window.openCase(QStringLiteral("bench-chat"));
            waitUntil([] { return false; }, 100);
            int partialDraws = 0;
            qint64 lastFrames = -1;
            QTimer probe;
            probe.setTimerType(Qt::PreciseTimer);
            probe.setInterval(5);
            qint64 last = clock.nsecsElapsed();
            std::vector<qint64> gaps;
            QObject::connect(&probe, &QTimer::timeout, [&] {
                const qint64 now = clock.nsecsElapsed();
                gaps.push_back(now - last);
                last = now;
                if (wave->hasWaveform() && wave->waveform()->frames != lastFrames) {
                    lastFrames = wave->waveform()->frames;
                    ++partialDraws;
                }
            });
            const qint64 start = clock.nsecsElapsed();
            window.openCase(QString::fromLatin1(id));
            const qint64 opened = clock.nsecsElapsed();
            last = opened;
            probe.start();
            const bool done =
                waitUntil([&] { return WaveformCache(*store).find(conversation->audioPath).has_value(); }, 120000);
            probe.stop();
            const qint64 longest = gaps.empty() ? 0 : *std::max_element(gaps.cbegin(), gaps.cend());
            const auto over = std::count_if(gaps.cbegin(), gaps.cend(), [](qint64 g) { return g > 50'000'000; });
            std::printf("| %s | %s | %.1f | %s | %d | %.1f | %lld |\n", id + 11, decoder, ms(opened - start),
                        done ? qPrintable(QString::number(double(clock.nsecsElapsed() - start) / 1e9, 'f', 2))
                             : "timeout",
                        partialDraws, ms(longest), static_cast<long long>(over));
        }
    }
    qunsetenv("QAWB_PEAK_DECODER");
    std::printf("\n(openCase is the synchronous part of a request: loading the case from the store and rendering its "
                "transcript; decoding runs on the loader's thread and is what the probe watches.)\n");
    return 0;
}
