#include "waveformloader.h"

#include "core/peakdecoder.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <optional>

namespace qawb {

// Lives on the loader's thread: QAudioDecoder and its buffers never touch the UI thread.
class DecodeWorker final : public QObject
{
    Q_OBJECT

public:
    explicit DecodeWorker(std::shared_ptr<std::atomic_int> current)
        : m_current(std::move(current))
    {}

public Q_SLOTS:
    void decode(int request, const QString &path, bool useGStreamer)
    {
        stop();
        if (m_current->load() != request)
            return;
        if (useGStreamer) {
            // Blocks this thread until done; a newer request or cancel() stops it within ~50 ms.
            const PeakDecoder::Result result = PeakDecoder::decode(
                path, [this, request] { return m_current->load() != request; },
                [this, request](const Waveform &w) { Q_EMIT partial(request, w); });
            if (result.cancelled)
                return;
            if (result.waveform)
                Q_EMIT finished(request, *result.waveform);
            else
                Q_EMIT failed(request, result.error);
            return;
        }
        m_request = request;
        m_builder.reset();
        m_decoder = new QAudioDecoder(this);
        // GStreamer needs an absolute file URL.
        m_decoder->setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
        connect(m_decoder, &QAudioDecoder::bufferReady, this, &DecodeWorker::onBuffer);
        connect(m_decoder, &QAudioDecoder::finished, this, [this] {
            if (live())
                Q_EMIT finished(m_request, m_builder ? m_builder->finish() : Waveform());
            stop();
        });
        connect(m_decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this, [this](QAudioDecoder::Error) {
            if (live())
                Q_EMIT failed(m_request, m_decoder->errorString());
            stop();
        });
        m_sinceReport.start();
        m_decoder->start();
    }

Q_SIGNALS:
    void partial(int request, const qawb::Waveform &waveform);
    void finished(int request, const qawb::Waveform &waveform);
    void failed(int request, const QString &message);

private:
    bool live() const { return m_decoder && m_current->load() == m_request; }

    void stop()
    {
        if (m_decoder) {
            m_decoder->disconnect(this);
            m_decoder->stop();
            m_decoder->deleteLater();
            m_decoder = nullptr;
        }
    }

    void onBuffer()
    {
        if (!live()) {
            stop();
            return;
        }
        const QAudioBuffer buffer = m_decoder->read();
        const QAudioFormat format = buffer.format();
        if (!m_builder)
            m_builder.emplace(format.channelCount(), format.sampleRate());
        const qsizetype samples = buffer.sampleCount();
        switch (format.sampleFormat()) {
        case QAudioFormat::Int16:
            m_builder->addInt16(buffer.constData<int16_t>(), samples);
            break;
        case QAudioFormat::Float:
            m_builder->addFloat(buffer.constData<float>(), samples);
            break;
        case QAudioFormat::UInt8:
            m_builder->addUInt8(buffer.constData<uint8_t>(), samples);
            break;
        case QAudioFormat::Int32:
            m_builder->addInt32(buffer.constData<int32_t>(), samples);
            break;
        default:
            break;
        }
        // A partial overview a few times a second: long recordings fill in progressively.
        if (m_sinceReport.elapsed() > 250) {
            m_sinceReport.restart();
            Q_EMIT partial(m_request, m_builder->snapshot());
        }
    }

    std::shared_ptr<std::atomic_int> m_current;
    QAudioDecoder *m_decoder = nullptr;
    std::optional<WaveformBuilder> m_builder;
    QElapsedTimer m_sinceReport;
    int m_request = -1;
};

WaveformLoader::WaveformLoader(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_current(std::make_shared<std::atomic_int>(-1))
{
    qRegisterMetaType<qawb::Waveform>("qawb::Waveform");
    m_worker = new DecodeWorker(m_current);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Results cross threads queued; stale ones (an older request) are dropped here on the UI thread.
    connect(m_worker, &DecodeWorker::partial, this, [this](int request, const Waveform &w) {
        if (request == m_current->load())
            Q_EMIT partial(request, w);
    });
    connect(m_worker, &DecodeWorker::finished, this, [this](int request, const Waveform &w) {
        if (request == m_current->load())
            Q_EMIT finished(request, w);
    });
    connect(m_worker, &DecodeWorker::failed, this, [this](int request, const QString &message) {
        if (request == m_current->load())
            Q_EMIT failed(request, message);
    });
    m_thread->setObjectName(QStringLiteral("waveform decoder"));
    m_thread->start(QThread::LowPriority);
}

WaveformLoader::~WaveformLoader()
{
    cancel();
    m_thread->quit();
    m_thread->wait();
}

void WaveformLoader::setBackend(Backend backend)
{
    m_backend = backend;
}

int WaveformLoader::load(const QString &path)
{
    const int request = ++m_next;
    m_current->store(request);
    bool useGStreamer = false;
    switch (m_backend) {
    case Backend::Automatic:
        useGStreamer = qEnvironmentVariable("QAWB_PEAK_DECODER") != QLatin1String("qt") && PeakDecoder::isAvailable();
        break;
    case Backend::GStreamer:
        useGStreamer = true; // fails with a message when this build or system has no GStreamer
        break;
    case Backend::QAudioDecoder:
        break;
    }
    QMetaObject::invokeMethod(m_worker, "decode", Qt::QueuedConnection, Q_ARG(int, request), Q_ARG(QString, path),
                              Q_ARG(bool, useGStreamer));
    return request;
}

void WaveformLoader::cancel()
{
    m_current->store(-1);
}

} // namespace qawb

#include "waveformloader.moc"
