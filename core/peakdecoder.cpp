#include "peakdecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#ifdef QAWB_HAVE_GSTREAMER
#include <gst/app/gstappsink.h>
#include <gst/gst.h>

#include <atomic>
#include <mutex>
#endif

namespace qawb {

#ifdef QAWB_HAVE_GSTREAMER

namespace {

bool initGStreamer()
{
    static const bool ok = [] {
        GError *error = nullptr;
        const bool initialised = gst_init_check(nullptr, nullptr, &error);
        if (error)
            g_error_free(error);
        return initialised;
    }();
    return ok;
}

// filesrc → parsebin → decodebin → audioconvert → S16 interleaved → appsink. parsebin (unlike decodebin alone) puts
// no queue between demuxer and decoder, so one streaming thread carries each buffer from the file to the reducer.
struct Pipeline
{
    GstElement *pipeline = nullptr;
    GstElement *decode = nullptr;
    GstElement *convert = nullptr;
    std::atomic_bool audioLinked{false};
    std::atomic_bool decodedLinked{false};

    std::mutex mutex; // guards builder: filled on the streaming thread, snapshotted on the caller's
    std::optional<WaveformBuilder> builder;

    ~Pipeline()
    {
        if (pipeline) {
            gst_element_set_state(pipeline, GST_STATE_NULL);
            gst_object_unref(pipeline);
        }
    }
};

bool isAudioPad(GstPad *pad)
{
    GstCaps *caps = gst_pad_get_current_caps(pad);
    if (!caps)
        caps = gst_pad_query_caps(pad, nullptr);
    bool audio = false;
    if (caps && gst_caps_get_size(caps) > 0)
        audio = g_str_has_prefix(gst_structure_get_name(gst_caps_get_structure(caps, 0)), "audio/");
    if (caps)
        gst_caps_unref(caps);
    return audio;
}

void linkOrDiscard(Pipeline *p, GstPad *pad, GstElement *target, std::atomic_bool &linked)
{
    GstPad *sink = nullptr;
    if (isAudioPad(pad) && !linked.exchange(true)) {
        sink = gst_element_get_static_pad(target, "sink");
    } else {
        // Other streams (video, a second audio track) drain into a fakesink so they do not stop the demuxer.
        GstElement *fake = gst_element_factory_make("fakesink", nullptr);
        g_object_set(fake, "sync", FALSE, "async", FALSE, nullptr);
        gst_bin_add(GST_BIN(p->pipeline), fake);
        gst_element_sync_state_with_parent(fake);
        sink = gst_element_get_static_pad(fake, "sink");
    }
    gst_pad_link(pad, sink);
    gst_object_unref(sink);
}

void onParsedPad(GstElement *, GstPad *pad, gpointer data)
{
    auto *p = static_cast<Pipeline *>(data);
    linkOrDiscard(p, pad, p->decode, p->audioLinked);
}

void onDecodedPad(GstElement *, GstPad *pad, gpointer data)
{
    auto *p = static_cast<Pipeline *>(data);
    linkOrDiscard(p, pad, p->convert, p->decodedLinked);
}

GstFlowReturn onSample(GstAppSink *sink, gpointer data)
{
    auto *p = static_cast<Pipeline *>(data);
    GstSample *sample = gst_app_sink_pull_sample(sink);
    if (!sample)
        return GST_FLOW_EOS;
    GstBuffer *buffer = gst_sample_get_buffer(sample);
    GstMapInfo map;
    if (buffer && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
        const std::lock_guard<std::mutex> lock(p->mutex);
        if (!p->builder) {
            int channels = 0;
            int rate = 0;
            if (GstCaps *caps = gst_sample_get_caps(sample); caps && gst_caps_get_size(caps) > 0) {
                const GstStructure *s = gst_caps_get_structure(caps, 0);
                gst_structure_get_int(s, "channels", &channels);
                gst_structure_get_int(s, "rate", &rate);
            }
            if (channels > 0 && rate > 0)
                p->builder.emplace(channels, rate);
        }
        if (p->builder)
            p->builder->addInt16(reinterpret_cast<const int16_t *>(map.data), qsizetype(map.size / 2));
        gst_buffer_unmap(buffer, &map);
    }
    gst_sample_unref(sample);
    return GST_FLOW_OK;
}

GstElement *make(const char *factory)
{
    return gst_element_factory_make(factory, nullptr);
}

} // namespace

bool PeakDecoder::isAvailable()
{
    // Asked on every recording the call view opens: the registry lookups are done once.
    static const bool available = [] {
        if (!initGStreamer())
            return false;
        for (const char *name : {"filesrc", "parsebin", "decodebin", "audioconvert", "appsink"}) {
            GstElementFactory *factory = gst_element_factory_find(name);
            if (!factory)
                return false;
            gst_object_unref(factory);
        }
        return true;
    }();
    return available;
}

PeakDecoder::Result PeakDecoder::decode(const QString &path, const std::function<bool()> &shouldStop,
                                        const std::function<void(const Waveform &)> &onPartial)
{
    Result result;
    if (!isAvailable()) {
        result.error = tr("GStreamer is not available");
        return result;
    }
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        result.error = tr("cannot read %1").arg(path);
        return result;
    }
    Pipeline p;
    p.pipeline = gst_pipeline_new("qawb-peaks");
    GstElement *source = make("filesrc");
    GstElement *parse = make("parsebin");
    p.decode = make("decodebin");
    p.convert = make("audioconvert");
    GstElement *sink = make("appsink");
    if (!source || !parse || !p.decode || !p.convert || !sink) {
        for (GstElement *e : {source, parse, p.decode, p.convert, sink}) {
            if (e)
                gst_object_unref(e);
        }
        result.error = tr("GStreamer is missing an element for decoding");
        return result;
    }
    gst_bin_add_many(GST_BIN(p.pipeline), source, parse, p.decode, p.convert, sink, nullptr);
    g_object_set(source, "location", QFile::encodeName(info.absoluteFilePath()).constData(), nullptr);
    GstCaps *caps =
        gst_caps_from_string(G_BYTE_ORDER == G_LITTLE_ENDIAN ? "audio/x-raw,format=S16LE,layout=interleaved"
                                                             : "audio/x-raw,format=S16BE,layout=interleaved");
    // Peaks only need the sample values: no dithering or noise shaping on the way to 16 bits.
    g_object_set(p.convert, "dithering", 0, "noise-shaping", 0, nullptr);
    gst_element_link(source, parse);
    gst_element_link_filtered(p.convert, sink, caps);
    gst_caps_unref(caps);
    g_signal_connect(parse, "pad-added", G_CALLBACK(onParsedPad), &p);
    g_signal_connect(p.decode, "pad-added", G_CALLBACK(onDecodedPad), &p);
    GstAppSinkCallbacks callbacks{};
    callbacks.new_sample = onSample;
    gst_app_sink_set_callbacks(GST_APP_SINK(sink), &callbacks, &p, nullptr);
    g_object_set(sink, "sync", FALSE, nullptr);

    GstBus *bus = gst_element_get_bus(p.pipeline);
    const bool started = gst_element_set_state(p.pipeline, GST_STATE_PLAYING) != GST_STATE_CHANGE_FAILURE;
    QElapsedTimer sinceReport;
    sinceReport.start();
    bool done = false;
    while (!done) {
        // An immediate failure to start still posts its reason on the bus; wait for it briefly.
        GstMessage *message = gst_bus_timed_pop_filtered(bus, started ? 50 * GST_MSECOND : 500 * GST_MSECOND,
                                                         GstMessageType(GST_MESSAGE_ERROR | GST_MESSAGE_EOS));
        if (message) {
            if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR) {
                GError *error = nullptr;
                gst_message_parse_error(message, &error, nullptr);
                result.error = error ? QString::fromUtf8(error->message) : tr("unknown GStreamer error");
                if (error)
                    g_error_free(error);
            }
            gst_message_unref(message);
            done = true;
        } else if (!started) {
            result.error = tr("GStreamer could not start decoding");
            done = true;
        } else if (shouldStop && shouldStop()) {
            result.cancelled = true;
            done = true;
        } else if (onPartial && sinceReport.elapsed() >= 250) {
            sinceReport.restart();
            std::optional<Waveform> snapshot;
            {
                const std::lock_guard<std::mutex> lock(p.mutex);
                if (p.builder)
                    snapshot = p.builder->snapshot();
            }
            if (snapshot)
                onPartial(*snapshot);
        }
    }
    gst_object_unref(bus);
    gst_element_set_state(p.pipeline, GST_STATE_NULL); // joins the streaming threads
    if (result.cancelled || !result.error.isEmpty())
        return result;
    if (!p.builder) {
        result.error = tr("no audio track in %1").arg(info.fileName());
        return result;
    }
    result.waveform = p.builder->finish();
    return result;
}

#else // no GStreamer in this build: QAudioDecoder (ui/waveformloader) is the only path

bool PeakDecoder::isAvailable()
{
    return false;
}

PeakDecoder::Result PeakDecoder::decode(const QString &, const std::function<bool()> &,
                                        const std::function<void(const Waveform &)> &)
{
    Result result;
    result.error = tr("this build has no GStreamer decoder");
    return result;
}

#endif

} // namespace qawb
