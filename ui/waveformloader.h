#pragma once

#include "core/waveform.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace qawb {

// Decodes a recording on its own thread and reduces it to a Waveform, reporting partial overviews as it goes so long
// recordings appear progressively. Two decoding paths: PeakDecoder (GStreamer in one streaming thread, the default
// where built in) and QAudioDecoder (portable; forced with QAWB_PEAK_DECODER=qt). One request at a time: a new
// request (or cancel()) abandons the previous one; results of abandoned requests are never delivered.
class WaveformLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaveformLoader)

public:
    enum class Backend { Automatic, GStreamer, QAudioDecoder };

    explicit WaveformLoader(QObject *parent = nullptr);
    // Automatic: GStreamer when available, unless the environment says QAWB_PEAK_DECODER=qt.
    void setBackend(Backend backend);
    Backend backend() const { return m_backend; }
    ~WaveformLoader() override;

    // Starts decoding path (absolute). The request id comes back with every signal.
    int load(const QString &path);
    void cancel();

Q_SIGNALS:
    void partial(int request, const qawb::Waveform &waveform);
    void finished(int request, const qawb::Waveform &waveform);
    void failed(int request, const QString &message);

private:
    QThread *m_thread;
    class DecodeWorker *m_worker;
    std::shared_ptr<std::atomic_int> m_current;
    int m_next = 0;
    Backend m_backend = Backend::Automatic;
};

} // namespace qawb
