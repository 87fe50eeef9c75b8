#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <functional>

class QPdfWriter;
class QTextDocument;

namespace qawb {

// Printable documents (the coaching record, reports): HTML laid out by QTextDocument on A4 pages with a footer, and
// written to a PDF file all-or-nothing. Needs a QGuiApplication (fonts).
class PdfDocument final
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    struct Options
    {
        QString title;  // the PDF's title
        QString footer; // left of the footer, next to "Page i of n"
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        // Called once the writer and the document are set up, before the HTML is laid out: register object handlers
        // (charts drawn as vectors), read the page width.
        std::function<void(QTextDocument &document, const QPdfWriter &writer)> prepare;
    };

    // The first installed family that has Chinese glyphs (see the .cpp), at body size.
    static QFont font();
    // Data is escaped everywhere it enters the HTML: names and comments are typed by people.
    static QString esc(const QString &text);
    // A bordered table: header cells (HTML), column widths in percent, then rows of already escaped cells.
    static QString table(const QStringList &headers, const QList<int> &widths, const QList<QStringList> &rows);
    // h1, h2, p, th, .muted, .bad, .small
    static QString styleSheet();

    // Lays out html and writes the PDF. The file appears complete or not at all: false and *error (naming the file)
    // when it cannot be written, leaving whatever was at path untouched.
    static bool write(const QString &html, const Options &options, const QString &path, QString *error);
};

} // namespace qawb
