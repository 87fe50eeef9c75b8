#include "ids.h"

#include <QRegularExpression>
#include <QUuid>

namespace qawb {

namespace {
// Namespace UUID for name-based ids of QA Workbench (random, fixed forever).
const QUuid kNamespace(QStringLiteral("{6f1c8f0e-3d4a-4b7e-9a52-2c1e7b9d4f10}"));
} // namespace

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString nameId(const QString &kind, const QString &name)
{
    return QUuid::createUuidV5(kNamespace, kind + QLatin1Char(':') + name).toString(QUuid::WithoutBraces);
}

QString toIso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString nowIso()
{
    return toIso(QDateTime::currentDateTimeUtc());
}

QDateTime parseIsoWithOffset(const QString &text)
{
    // Qt accepts ISO dates without an offset and reads them as local time; the interchange format forbids that,
    // because the same file must mean the same instant on every inspector's machine.
    static const QRegularExpression offsetSuffix(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?"));
    if (!shape.match(text).hasMatch() || !offsetSuffix.match(text).hasMatch())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed;
}

} // namespace qawb
