// The call player's state machine with real recordings, offscreen and without a sound device (as on CI): loading,
// play / pause, seeking and skipping, speed steps, looping a range, the end of the recording, and failures.
#include "ui/audioplayer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace qawb;

class TestAudioPlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsFormats_data();
    void loadsFormats();
    void playsPausesAndSeeks();
    void speedSteps();
    void loopsARange();
    void stopsAtTheEnd();
    void failuresAreShownAndControlsDisabled_data();
    void failuresAreShownAndControlsDisabled();
    void clearResets();

private:
    // A player with a loaded recording (duration known).
    static bool load(AudioPlayer &player, const QString &path);
};

namespace {

QString recording(const char *name)
{
    return QStringLiteral(QAWB_SOURCE_DIR "/resources/demo/audio/") + QLatin1String(name);
}

QString fixture(const char *name)
{
    return QStringLiteral(QAWB_FIXTURES_DIR "/") + QLatin1String(name);
}

bool near(qint64 actual, qint64 expected, qint64 slack)
{
    return std::abs(actual - expected) <= slack;
}

} // namespace

bool TestAudioPlayer::load(AudioPlayer &player, const QString &path)
{
    if (player.duration() > 0) // already loaded and playing once (see loadsFormats)
        return true;
    player.setSource(path);
    return QTest::qWaitFor([&] { return player.duration() > 0; }, 10000);
}

void TestAudioPlayer::loadsFormats_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("durationMs");
    QTest::addColumn<bool>("knownBeforePlaying");
    QTest::newRow("wav 8 kHz mono") << recording("call-001.wav") << 32284 << true;
    QTest::newRow("wav 8 kHz stereo") << recording("call-002.wav") << 18828 << true;
    QTest::newRow("ogg vorbis") << fixture("call-10s.ogg") << 10000 << true;
    QTest::newRow("ogg opus") << fixture("call-10s.opus") << 10000 << true;
    // GStreamer learns an MP3's length only once frames flow (Qt 6.4 does not ask again before playing); the
    // call view gives the player the waveform's length meanwhile (setFallbackDuration).
    QTest::newRow("mp3") << fixture("call-10s.mp3") << 10152 << false;
}

void TestAudioPlayer::loadsFormats()
{
    QFETCH(QString, path);
    QFETCH(int, durationMs);
    QFETCH(bool, knownBeforePlaying);
    AudioPlayer player;
    QSignalSpy durations(&player, &AudioPlayer::durationChanged);
    if (!knownBeforePlaying) {
        player.setSource(path);
        player.setFallbackDuration(durationMs);
        QCOMPARE(player.duration(), durationMs);
        QTest::qWait(1000);
        QVERIFY2(player.message().isEmpty(), qPrintable(player.message()));
        player.togglePlayback();
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 200, 5000);
        player.togglePlayback();
        QTRY_COMPARE_WITH_TIMEOUT(player.playbackState(), QMediaPlayer::PausedState, 5000);
        player.seek(0);
    }
    QVERIFY(load(player, path));
    QVERIFY2(near(player.duration(), durationMs, 200), qPrintable(QString::number(player.duration())));
    QVERIFY(player.isPlayable());
    QVERIFY(player.message().isEmpty());
    QVERIFY(!durations.isEmpty());
    if (knownBeforePlaying)
        QCOMPARE(player.playbackState(), QMediaPlayer::StoppedState);
}

void TestAudioPlayer::playsPausesAndSeeks()
{
    AudioPlayer player;
    QVERIFY(load(player, recording("call-001.wav")));
    QSignalSpy states(&player, &AudioPlayer::playbackStateChanged);
    player.togglePlayback();
    QTRY_COMPARE_WITH_TIMEOUT(player.playbackState(), QMediaPlayer::PlayingState, 5000);
    // Playing moves the position on, even with no sound device.
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 400, 5000);
    player.togglePlayback();
    QTRY_COMPARE_WITH_TIMEOUT(player.playbackState(), QMediaPlayer::PausedState, 5000);
    const qint64 paused = player.position();
    QTest::qWait(600);
    QVERIFY2(near(player.position(), paused, 100), "a paused player must not move");
    QCOMPARE(states.size(), 2);

    player.seek(20000);
    QTRY_VERIFY_WITH_TIMEOUT(near(player.position(), 20000, 300), 5000);
    player.skip(-5000);
    QTRY_VERIFY_WITH_TIMEOUT(near(player.position(), 15000, 300), 5000);
    player.skip(5000);
    QTRY_VERIFY_WITH_TIMEOUT(near(player.position(), 20000, 300), 5000);
    // Skips stop at both ends of the recording.
    player.seek(1000);
    QTRY_VERIFY_WITH_TIMEOUT(near(player.position(), 1000, 300), 5000);
    player.skip(-5000);
    QTRY_VERIFY_WITH_TIMEOUT(player.position() <= 300, 5000);
    player.seek(player.duration() + 60000);
    QTRY_VERIFY_WITH_TIMEOUT(near(player.position(), player.duration(), 300), 5000);
    // Seeking does not start playback.
    QCOMPARE(player.playbackState(), QMediaPlayer::PausedState);
}

void TestAudioPlayer::speedSteps()
{
    AudioPlayer player;
    QVERIFY(load(player, recording("call-001.wav")));
    QCOMPARE(player.playbackRate(), 1.0);
    player.faster();
    QCOMPARE(player.playbackRate(), 1.25);
    for (int i = 0; i < 10; ++i)
        player.faster();
    QCOMPARE(player.playbackRate(), 2.0); // the top step
    for (int i = 0; i < 10; ++i)
        player.slower();
    QCOMPARE(player.playbackRate(), 0.5); // the bottom step
    player.setPlaybackRate(1.4);
    QCOMPARE(player.playbackRate(), 1.5); // the nearest step
    // A rate change while playing keeps playing from (about) the same place.
    player.setPlaybackRate(1.0);
    player.seek(5000);
    player.togglePlayback();
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 5200, 5000);
    player.setPlaybackRate(2.0);
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 6500, 5000);
    QVERIFY(player.position() < 12000);
    QCOMPARE(player.playbackState(), QMediaPlayer::PlayingState);
    QVERIFY(player.message().isEmpty());
}

void TestAudioPlayer::loopsARange()
{
    AudioPlayer player;
    QVERIFY(load(player, recording("call-001.wav")));
    QSignalSpy loops(&player, &AudioPlayer::loopChanged);
    // Too short to be a loop.
    player.setLoopRange(3000, 3100);
    QVERIFY(!player.isLooping());
    player.setLoopRange(3000, 4000);
    QVERIFY(player.isLooping());
    QCOMPARE(loops.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(near(player.position(), 3000, 300), 5000); // the loop starts at its start
    player.togglePlayback();
    // Over 2.5 s the 1 s range plays twice or more: the position always stays inside it and wraps back.
    qint64 lowest = 1 << 30;
    qint64 highest = 0;
    int wraps = 0;
    qint64 last = player.position();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 2500) {
        QTest::qWait(20);
        const qint64 at = player.position();
        lowest = std::min(lowest, at);
        highest = std::max(highest, at);
        if (at + 300 < last)
            ++wraps;
        last = at;
    }
    QVERIFY2(lowest >= 2900 && highest <= 4300, qPrintable(QStringLiteral("%1..%2").arg(lowest).arg(highest)));
    QVERIFY2(wraps >= 1, "the loop never wrapped");
    // Skipping back inside a loop stays in it.
    player.skip(-5000);
    QVERIFY(player.isLooping());
    QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 2900 && player.position() <= 4300, 5000);
    // Seeking elsewhere ends the loop.
    player.seek(20000);
    QVERIFY(!player.isLooping());
    QCOMPARE(loops.last().at(0).toLongLong(), loops.last().at(1).toLongLong()); // "no loop"
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 20000, 5000);
}

void TestAudioPlayer::stopsAtTheEnd()
{
    AudioPlayer player;
    QVERIFY(load(player, fixture("call-10s.ogg")));
    player.seek(player.duration() - 600);
    player.togglePlayback();
    QTRY_COMPARE_WITH_TIMEOUT(player.playbackState(), QMediaPlayer::PlayingState, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(player.playbackState(), QMediaPlayer::StoppedState, 10000);
    QVERIFY(player.message().isEmpty());
    // And it plays again from the start.
    player.togglePlayback();
    QTRY_COMPARE_WITH_TIMEOUT(player.playbackState(), QMediaPlayer::PlayingState, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 100 && player.position() < 5000, 5000);
}

void TestAudioPlayer::failuresAreShownAndControlsDisabled_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no recording") << QStringLiteral("none") << QStringLiteral("no recording");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("not found");
    QTest::newRow("corrupt") << QStringLiteral("corrupt") << QStringLiteral("recording.wav");
}

void TestAudioPlayer::failuresAreShownAndControlsDisabled()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path;
    if (kind == QLatin1String("missing")) {
        path = dir.filePath(QStringLiteral("gone.wav"));
    } else if (kind == QLatin1String("corrupt")) {
        path = dir.filePath(QStringLiteral("recording.wav"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(32 * 1024, '\x5a'));
    }
    AudioPlayer player;
    player.setSource(path);
    QTRY_VERIFY_WITH_TIMEOUT(!player.message().isEmpty(), 10000);
    QVERIFY2(player.message().contains(expected, Qt::CaseInsensitive), qPrintable(player.message()));
    QVERIFY(!player.isPlayable());
    // Every control is off; the actions are harmless no-ops.
    player.togglePlayback();
    player.seek(1000);
    player.setLoopRange(0, 5000);
    QVERIFY(!player.isLooping());
    QCOMPARE(player.playbackState(), QMediaPlayer::StoppedState);
    const auto buttons = player.findChildren<QAbstractButton *>();
    QVERIFY(!buttons.isEmpty());
    for (const QAbstractButton *b : buttons)
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
}

void TestAudioPlayer::clearResets()
{
    AudioPlayer player;
    QVERIFY(load(player, recording("call-001.wav")));
    player.setLoopRange(1000, 2000);
    player.clear();
    QVERIFY(!player.isPlayable());
    QVERIFY(!player.isLooping());
    QCOMPARE(player.position(), 0);
    QCOMPARE(player.duration(), 0);
}

QTEST_MAIN(TestAudioPlayer)
#include "tst_audioplayer.moc"
