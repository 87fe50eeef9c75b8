#pragma once

// What the benchmarks print about the machine they ran on (their figures mean little without it).

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace qawb::bench {

inline QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).simplified());
        }
    }
    return QStringLiteral("unknown CPU");
}

inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> parts = f.readAll().split(' ');
    return QString::fromLatin1(parts.mid(0, 3).join(' '));
}

} // namespace qawb::bench
