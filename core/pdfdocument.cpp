#include "pdfdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace qawb {

namespace {

// Qt's rich text has no "keep with next": a heading that would end a page moves to the next one with the first line
// of what it introduces, and the last section (e.g. an acknowledgement: a few lines and the signature) stays whole.
void keepSectionsTogether(QTextDocument &doc)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const qreal pageHeight = doc.pageSize().height();
    const auto pageOf = [&](qreal y) {
        return int(y / pageHeight);
    };
    QTextBlock lastHeading;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2)
            lastHeading = block;
    }
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2 || !block.next().isValid())
            continue;
        layout->documentSize(); // lays out again what an earlier break moved
        const qreal top = layout->blockBoundingRect(block).top();
        qreal end = 0;
        if (block == lastHeading) {
            end = layout->blockBoundingRect(doc.lastBlock()).bottom();
        } else {
            const QTextBlock next = block.next();
            const QTextLayout *lines = next.layout();
            const QRectF rect = layout->blockBoundingRect(next);
            end = rect.top() + (lines->lineCount() > 0 ? lines->lineAt(0).rect().bottom() : rect.height());
        }
        // A section longer than half a page would break anyway: better where it falls than after a blank half page.
        if (pageOf(top) != pageOf(end - 1) && end - top < pageHeight / 2) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
        }
    }
}

} // namespace

// The first installed family that has Chinese glyphs, so that names and item texts never print as boxes whatever
// the system's default font is. WenQuanYi comes first: Noto / Source Han share one glyph between common characters
// (一 工 用 日 …) and their Kangxi-radical look-alikes, and Qt's PDF text layer then maps them to the radicals, so
// copying or searching "一组" in the PDF would fail.
QFont PdfDocument::font()
{
    static const char *const candidates[] = {"WenQuanYi Micro Hei", "Microsoft YaHei",    "Noto Sans CJK SC",
                                             "Noto Sans CJK TC",    "Source Han Sans SC", "SimSun"};
    const QStringList installed = QFontDatabase::families();
    QFont font = QGuiApplication::font();
    for (const char *family : candidates) {
        if (installed.contains(QLatin1String(family), Qt::CaseInsensitive)) {
            font = QFont(QLatin1String(family));
            break;
        }
    }
    font.setPointSizeF(9.5);
    // Without shaping, Latin text keeps the glyphs the font's cmap names: shaped, Noto Sans CJK swaps digits in Latin
    // runs for proportional ones that the PDF's text layer cannot map back, and "Mean score: 81.3" would copy as
    // "Mean score: .". Chinese and Latin need no shaping to look right.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QString PdfDocument::esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// Lengths in px are 1/96 inch, scaled to the writer's resolution by the layout; Qt's rich text takes margins in px.
QString PdfDocument::styleSheet()
{
    return QStringLiteral(
        "h1 { font-size: 16pt; font-weight: bold; margin-top: 0px; margin-bottom: 6px; }"
        "h2 { font-size: 11.5pt; font-weight: bold; color: #0d47a1; margin-top: 18px; margin-bottom: 6px; }"
        "p { margin-top: 0px; margin-bottom: 4px; }"
        "th { background-color: #eef2f7; text-align: left; font-weight: bold; }"
        ".muted { color: #5f6670; }"
        ".bad { color: #c62828; font-weight: bold; }"
        ".small { font-size: 8.5pt; }");
}

QString PdfDocument::table(const QStringList &headers, const QList<int> &widths, const QList<QStringList> &rows)
{
    QString html =
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                       "style=\"border-collapse: collapse; border-style: solid; border-color: #c9ced6;\"><thead><tr>");
    for (int i = 0; i < headers.size(); ++i) {
        html += widths.isEmpty()
                    ? QStringLiteral("<th>") + headers.at(i) + QStringLiteral("</th>")
                    : QStringLiteral("<th width=\"%1%\">%2</th>").arg(QString::number(widths.value(i)), headers.at(i));
    }
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>") + cell + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

bool PdfDocument::write(const QString &html, const Options &options, const QString &path, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = tr("cannot write %1: fonts are not available without the graphical application").arg(shownPath);
        return false;
    }
    // QSaveFile writes next to path and renames over it only once everything was written. The PDF is made in memory
    // first: QPdfWriter does not check its writes, and a short one (disk full) would pass unnoticed.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(shownPath, file.errorString());
        return false;
    }
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    QPdfWriter writer(&pdf);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(options.orientation);
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("QA Workbench"));

    const QFont bodyFont = font();
    const qreal dpi = writer.resolution();
    const qreal pageWidth = writer.width(); // device pixels inside the margins
    QFont footerFont = bodyFont;
    footerFont.setPointSizeF(7.5);
    const qreal footerHeight = QFontMetricsF(footerFont, &writer).height() * 2.2;

    QTextDocument doc;
    doc.setUseDesignMetrics(true); // lay out as printed, not as hinted for a screen
    doc.setDocumentMargin(0);      // the page margins are the writer's
    doc.setDefaultFont(bodyFont);
    doc.setDefaultStyleSheet(styleSheet());
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(QSizeF(pageWidth, writer.height() - footerHeight));
    if (options.prepare)
        options.prepare(doc, writer);
    doc.setHtml(html);
    keepSectionsTogether(doc);

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("cannot write %1: the PDF could not be started").arg(shownPath);
        return false; // the QSaveFile removes what it wrote
    }
    const qreal bodyHeight = doc.pageSize().height();
    const int pages = doc.pageCount();
    const QFontMetricsF footerMetrics(footerFont, &writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage()) {
            *error = tr("cannot write %1: the PDF could not be finished").arg(shownPath);
            return false;
        }
        painter.save();
        const QRectF body(0, page * bodyHeight, pageWidth, bodyHeight);
        painter.translate(0, -body.top());
        painter.setClipRect(body);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = body;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        const qreal top = writer.height() - footerMetrics.height();
        painter.setPen(QPen(QColor(0xc9, 0xce, 0xd6), dpi / 96.0));
        painter.drawLine(QPointF(0, top - footerMetrics.height() * 0.5),
                         QPointF(pageWidth, top - footerMetrics.height() * 0.5));
        painter.setFont(footerFont);
        painter.setPen(QColor(0x5f, 0x66, 0x70));
        const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(pages);
        const qreal pageTextWidth = footerMetrics.horizontalAdvance(pageText) + 2;
        painter.drawText(
            QRectF(0, top, pageWidth - pageTextWidth - dpi / 10, footerMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            footerMetrics.elidedText(options.footer, Qt::ElideRight, pageWidth - pageTextWidth - dpi / 10));
        painter.drawText(QRectF(pageWidth - pageTextWidth, top, pageTextWidth, footerMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, pageText);
    }
    if (!painter.end()) {
        *error = tr("cannot write %1: the PDF could not be finished").arg(shownPath);
        return false;
    }
    if (file.write(pdf.data()) != pdf.data().size() || !file.commit()) {
        *error = tr("cannot write %1: %2")
                     .arg(shownPath, file.error() != QFileDevice::NoError
                                         ? file.errorString()
                                         : tr("only part of it could be written (is the disk full?)"));
        return false;
    }
    return true;
}

} // namespace qawb
