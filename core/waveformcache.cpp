#include "waveformcache.h"

#include "ids.h"
#include "store.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace qawb {

WaveformCache::WaveformCache(Store &store)
    : m_store(store)
{}

std::optional<Waveform> WaveformCache::find(const QString &audioPath)
{
    const QFileInfo info(audioPath);
    if (!info.exists())
        return std::nullopt;
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT peaks FROM waveform_cache WHERE audio_path = ? AND file_size = ? AND file_mtime = ?"));
    q.addBindValue(info.absoluteFilePath());
    q.addBindValue(info.size());
    q.addBindValue(info.lastModified().toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Waveform::deserialize(q.value(0).toByteArray());
}

bool WaveformCache::put(const QString &audioPath, const Waveform &waveform)
{
    const QFileInfo info(audioPath);
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("INSERT INTO waveform_cache(audio_path, file_size, file_mtime, peaks, created_at) "
                       "VALUES(?, ?, ?, ?, ?) ON CONFLICT(audio_path) DO UPDATE SET file_size = excluded.file_size, "
                       "file_mtime = excluded.file_mtime, peaks = excluded.peaks, created_at = excluded.created_at"));
    q.addBindValue(info.absoluteFilePath());
    q.addBindValue(info.size());
    q.addBindValue(info.lastModified().toMSecsSinceEpoch());
    q.addBindValue(waveform.serialize());
    q.addBindValue(nowIso());
    return q.exec();
}

bool WaveformCache::remove(const QString &audioPath)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM waveform_cache WHERE audio_path = ?"));
    q.addBindValue(QFileInfo(audioPath).absoluteFilePath());
    return q.exec();
}

} // namespace qawb
