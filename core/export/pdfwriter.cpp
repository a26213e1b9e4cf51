#include "export/pdfwriter.h"

#include "export/fontregistry.h"
#include "export/glyphcoverage.h"
#include "export/letterlayout.h"
#include "export/pageflow.h"
#include "io/safesave.h"
#include "mla/buildinfo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace mla::core {

namespace {

// The PDF's device resolution; the header and footer are painted in its pixels.
constexpr int kResolution = 1200;

constexpr qreal kPageWidthMm = 210;
constexpr qreal kPageHeightMm = 297;
constexpr qreal kMarginLeftMm = 25;
constexpr qreal kMarginRightMm = 20;
constexpr qreal kMarginTopMm = 30;
constexpr qreal kMarginBottomMm = 25;
constexpr qreal kHeaderBaselineMm = 16;
constexpr qreal kHeaderRuleMm = 19;
constexpr qreal kFooterRuleMm = 279;
constexpr qreal kFooterBaselineMm = 285;

constexpr qreal kHeaderPt = 9;

/// Device pixels of the PDF.
qreal deviceMm(qreal mm)
{
    return mm * kResolution / 25.4;
}

qreal devicePt(qreal points)
{
    return points * kResolution / 72.0;
}

/// @p pattern with its placeholders filled in, or the values alone when the document carries no
/// pattern (the writer adds no words of its own, which would be in one language only).
QString filled(const QString &pattern, const QString &value)
{
    return pattern.contains(QLatin1String("%1")) ? pattern.arg(value) : value;
}

QString filled(const QString &pattern, const QString &first, const QString &second)
{
    return pattern.contains(QLatin1String("%2")) ? pattern.arg(first, second)
                                                 : first + QStringLiteral(" / ") + second;
}

bool paint(const ComposedDocument &document, const QStringList &families, QIODevice &device, QString &failure)
{
    QPdfWriter writer(&device);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QString title = printableText(document.title).simplified();
    const QString reference = runningReference(document.reference);
    if (!reference.isEmpty()) {
        title += QStringLiteral(" (") + reference + QLatin1Char(')');
    }
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("MLA Request Writer ") + QLatin1String(mla::build::kVersion));

    // Laid out once in the PDF's own pixels; the page breaks are decided from that one layout.
    const LetterLayout letter(document, families, writer, deviceMm(kPageWidthMm - kMarginLeftMm - kMarginRightMm));
    const PageFlowResult flow =
        flowPages(letter.flowBlocks(), deviceMm(kPageHeightMm - kMarginTopMm - kMarginBottomMm));
    const int pageCount = flow.pageCount;

    QPainter painter;
    if (!painter.begin(&writer)) {
        failure = QCoreApplication::translate("PdfWriter", "The PDF could not be started.");
        return false;
    }
    const qreal left = deviceMm(kMarginLeftMm);
    const qreal right = deviceMm(kPageWidthMm - kMarginRightMm);
    const QFont headerFont = FontRegistry::documentFont(families, kHeaderPt);
    const QFont markingFont = FontRegistry::documentFont(families, kHeaderPt, true);
    const QFontMetricsF headerMetrics(headerFont, &writer);
    const QPen rulePen(QColor(QLatin1String(kLetterRuleColour)), devicePt(kLetterRulePt));
    const QString marking = printableText(document.confidentialityMarking).simplified();
    const QString referenceLine =
        reference.isEmpty() ? QString() : filled(printableText(document.referencePattern), reference);
    const qreal markingWidth =
        marking.isEmpty() ? 0 : QFontMetricsF(markingFont, &writer).horizontalAdvance(marking);
    const qreal referenceRoom = right - left - (marking.isEmpty() ? 0 : markingWidth + deviceMm(8));
    const QString referenceShown = headerMetrics.elidedText(referenceLine, Qt::ElideRight, referenceRoom);
    // The header is mirrored in a right-to-left letter: the reference starts at the right margin,
    // the marking sits at the left one. Text is drawn with the letter's base direction.
    const bool rtl = document.rightToLeft;
    const qreal referenceX = rtl ? right - headerMetrics.horizontalAdvance(referenceShown) : left;
    const qreal markingX = rtl ? left : right - markingWidth;

    painter.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    const QPointF bodyOrigin(deviceMm(kMarginLeftMm), deviceMm(kMarginTopMm));
    auto fragment = flow.fragments.cbegin();
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0 && !writer.newPage()) {
            failure = QCoreApplication::translate("PdfWriter", "Page %1 could not be added.").arg(index + 1);
            painter.end();
            return false;
        }
        painter.setPen(Qt::black);
        for (; fragment != flow.fragments.cend() && fragment->page == index; ++fragment) {
            letter.paint(painter, *fragment, bodyOrigin);
        }

        painter.setPen(Qt::black);
        if (!referenceShown.isEmpty()) {
            painter.setFont(headerFont);
            painter.drawText(QPointF(referenceX, deviceMm(kHeaderBaselineMm)), referenceShown);
        }
        if (!marking.isEmpty()) {
            painter.setFont(markingFont);
            painter.drawText(QPointF(markingX, deviceMm(kHeaderBaselineMm)), marking);
        }
        painter.setPen(rulePen);
        painter.drawLine(QPointF(left, deviceMm(kHeaderRuleMm)), QPointF(right, deviceMm(kHeaderRuleMm)));
        painter.drawLine(QPointF(left, deviceMm(kFooterRuleMm)), QPointF(right, deviceMm(kFooterRuleMm)));

        painter.setPen(Qt::black);
        painter.setFont(headerFont);
        const QString footer = filled(printableText(document.pageNumberPattern), QString::number(index + 1),
                                      QString::number(pageCount));
        const qreal footerWidth = headerMetrics.horizontalAdvance(footer);
        painter.drawText(QPointF((left + right - footerWidth) / 2, deviceMm(kFooterBaselineMm)), footer);
    }
    if (!painter.end()) {
        failure = QCoreApplication::translate("PdfWriter", "The PDF could not be completed.");
        return false;
    }
    return true;
}

/// Where a text of the document is printed, for the error message of a character no font has.
struct PlacedText
{
    QString place;
    QString text;
};

/// Every text the PDF prints, with where it is printed.
QList<PlacedText> printedTexts(const ComposedDocument &document)
{
    const QString title = QCoreApplication::translate("PdfWriter", "the title");
    QList<PlacedText> texts = {
        {title, document.title},
        {title, document.priorityMarking},
        {QCoreApplication::translate("PdfWriter", "the header"),
         document.confidentialityMarking + document.referencePattern + document.reference},
        {QCoreApplication::translate("PdfWriter", "the footer"), document.pageNumberPattern},
        {QCoreApplication::translate("PdfWriter", "the signature"),
         document.signature.name + document.signature.capacity + document.signature.place + document.signature.date},
    };
    for (qsizetype i = 0; i < document.sections.size(); ++i) {
        const DocumentSection &section = document.sections.at(i);
        const QString place = section.heading.isEmpty()
                                  ? QCoreApplication::translate("PdfWriter", "section %1").arg(i + 1)
                                  : QCoreApplication::translate("PdfWriter", "the section \"%1\"")
                                        .arg(printableText(section.heading).simplified());
        QStringList all = {section.heading};
        for (const DocumentBlock &block : section.blocks) {
            all << block.text << block.caption << block.header << block.items;
            for (const KeyValueRow &row : block.rows) {
                all << row.label << row.value;
            }
            for (const QStringList &row : block.cells) {
                all << row;
            }
        }
        texts.append({place, all.join(QLatin1Char('\n'))});
    }
    return texts;
}

/// Fails when the document holds a character no bundled font can draw: Qt would take it from a
/// system font that the PDF/A file then depends on, or draw nothing at all, without a word.
Result<void> checkGlyphs(const ComposedDocument &document)
{
    const GlyphCoverage &coverage = GlyphCoverage::bundled();
    for (const PlacedText &placed : printedTexts(document)) {
        if (const auto missing = coverage.firstMissing(printableText(placed.text))) {
            return makeError(ErrorCode::Export,
                             QCoreApplication::translate("PdfWriter",
                                                         "The character %1 in %2 cannot be printed: none of the "
                                                         "fonts that come with the app has it.")
                                 .arg(GlyphCoverage::describe(*missing), placed.place));
        }
    }
    return {};
}

/// The font families of the document, registered, once its text is known to be printable.
Result<QStringList> prepare(const ComposedDocument &document)
{
    if (Result<void> glyphs = checkGlyphs(document); !glyphs) {
        return glyphs.error();
    }
    return FontRegistry::familiesFor(document.language);
}

} // namespace

Result<QByteArray> renderPdf(const ComposedDocument &document)
{
    const Result<QStringList> families = prepare(document);
    if (!families) {
        return families.error();
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString failure;
    if (!paint(document, *families, buffer, failure)) {
        return makeError(
            ErrorCode::Export,
            QCoreApplication::translate("PdfWriter", "The PDF could not be produced: %1").arg(failure));
    }
    buffer.close();
    return bytes;
}

Result<void> writePdf(const ComposedDocument &document, const QString &path)
{
    const Result<QStringList> families = prepare(document);
    if (!families) {
        return families.error();
    }
    bool paintFailed = false;
    QString paintFailure;
    Result<void> saved = SafeSave::write(path, [&](QIODevice &device, QString &reason) {
        if (!paint(document, *families, device, reason)) {
            paintFailed = true;
            paintFailure = reason;
            return false;
        }
        return true;
    });
    if (!saved && paintFailed) {
        return makeError(
            ErrorCode::Export,
            QCoreApplication::translate("PdfWriter", "%1 could not be produced: %2").arg(path, paintFailure));
    }
    return saved;
}

} // namespace mla::core
