#include "export/pdfwriter.h"

#include "export/fontregistry.h"
#include "export/glyphcoverage.h"
#include "io/safesave.h"
#include "mla/buildinfo.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>

#include <algorithm>
#include <cmath>
#include <optional>

QT_BEGIN_NAMESPACE
// The resolution QTextDocument lays text out at when it has no paint device of its own: fonts
// given in points and every length of a text format (pixels) are measured at it. It follows the
// primary screen, so it is read at run time (QtGui exports it) to turn points into those pixels.
Q_GUI_EXPORT int qt_defaultDpi();
QT_END_NAMESPACE

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

constexpr qreal kBodyPt = 11;
constexpr qreal kTablePt = 10;
constexpr qreal kHeaderPt = 9;
constexpr qreal kNumberIndentPt = 28;
constexpr qreal kSignatureSpaceMm = 20;

// PDF/A-1 has no transparency; every colour is opaque.
const char *const kRuleColour = "#7f7f7f";
const char *const kLabelBackground = "#efefef";
const char *const kHeaderBackground = "#dcdcdc";

// Block user states the HTML carries so that the laid-out document can be adjusted afterwards.
constexpr int kKeepWithNext = 1; ///< a heading, caption or lead-in that must not end a page
constexpr int kNumbered = 2;     ///< a numbered paragraph whose text starts at a tab stop

qreal mmToPt(qreal mm)
{
    return mm * 72 / 25.4;
}

/// Device pixels of the PDF.
qreal deviceMm(qreal mm)
{
    return mm * kResolution / 25.4;
}

qreal devicePt(qreal points)
{
    return points * kResolution / 72.0;
}

/// Layout pixels (see qt_defaultDpi above). The document is laid out in them and painted scaled
/// to the device, so that fonts and lengths stay in proportion on every machine.
qreal layoutPt(qreal points)
{
    return points * qt_defaultDpi() / 72.0;
}

/// A CSS length: QTextDocument's HTML reads no unit but px for margins and paddings.
QString css(qreal points)
{
    return QString::number(layoutPt(points), 'f', 2) + QStringLiteral("px");
}

QString escaped(const QString &text)
{
    QString html = printableText(text).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return html;
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

/// The direction of the first character of @p text that has one (letters of a script), if any.
std::optional<Qt::LayoutDirection> firstStrongDirection(const QString &text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        switch (QChar::direction(c)) {
        case QChar::DirL:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    return std::nullopt;
}

/// The letter as HTML for QTextDocument. All user text goes through escaped().
///
/// Right-to-left letters: QTextDocument's HTML import makes every block left-to-right unless it
/// says otherwise, and lays table columns out left to right whatever the direction, so the builder
/// sets each block's direction and writes table rows in reverse order (the label column, or the
/// first language of a bilingual letter, comes out on the right).
class HtmlBuilder
{
public:
    explicit HtmlBuilder(const ComposedDocument &document) : m_doc(document) {}

    QString build()
    {
        m_html.reserve(16384);
        m_html += QStringLiteral("<html><body>");
        titleBlock();
        // The last block travels with the signature, which is never left alone on a page.
        const bool hasSignature = !m_doc.signature.isEmpty();
        for (qsizetype i = 0; i < m_doc.sections.size(); ++i) {
            sectionBlock(m_doc.sections.at(i), hasSignature && i + 1 == m_doc.sections.size());
        }
        signatureBlock();
        m_html += QStringLiteral("</body></html>");
        return m_html;
    }

private:
    /// The dir attribute of a block of the letter's own structure (title, headings, signature):
    /// the letter's direction.
    /// Left to right is what the HTML import gives a block without the attribute, so only the
    /// other direction is written (a 30-page letter has thousands of blocks).
    QString documentDir() const { return m_doc.rightToLeft ? QStringLiteral(" dir=\"rtl\"") : QString(); }

    /// The dir attribute of a block of text: the direction of its first letter, so that a
    /// paragraph typed in English reads left to right in an Arabic letter (and Arabic text right
    /// to left in an English one) with its punctuation in place. Text without letters (telephone
    /// numbers, amounts) is left to right: a right-to-left base would print "+00 555 0142" as
    /// "0142 555 00+". Alignment follows: "left" in HTML is the start of the line.
    static QString textDir(const QString &text)
    {
        return firstStrongDirection(text) == Qt::RightToLeft ? QStringLiteral(" dir=\"rtl\"") : QString();
    }

    /// Table cells in visual order, left to right.
    template <typename T>
    QList<T> visualOrder(QList<T> cells) const
    {
        if (m_doc.rightToLeft) {
            std::reverse(cells.begin(), cells.end());
        }
        return cells;
    }

    /// @p dir: the block's dir attribute (textDir()); the letter's direction when absent.
    void paragraph(const QString &style, const QString &content, int state = 0, const QString &align = {},
                   const std::optional<QString> &dir = std::nullopt)
    {
        m_html += QStringLiteral("<p") + dir.value_or(documentDir());
        if (!align.isEmpty()) {
            m_html += QStringLiteral(" align=\"") + align + QLatin1Char('"');
        }
        m_html += QStringLiteral(" style=\"") + style;
        if (state != 0) {
            m_html += QStringLiteral(" -qt-user-state:") + QString::number(state) + QLatin1Char(';');
        }
        m_html += QStringLiteral("\">") + content + QStringLiteral("</p>");
    }

    QString margins(qreal topPt, qreal bottomPt) const
    {
        return QStringLiteral("margin-top:%1; margin-bottom:%2;").arg(css(topPt), css(bottomPt));
    }

    void titleBlock()
    {
        struct Line
        {
            QString style;
            QString html;
        };
        QList<Line> lines = {{QStringLiteral("font-size:15pt; font-weight:bold;"), escaped(m_doc.title)}};
        QStringList markings;
        for (const QString &marking : {m_doc.confidentialityMarking, m_doc.priorityMarking}) {
            if (!printableText(marking).trimmed().isEmpty()) {
                markings << escaped(marking);
            }
        }
        if (!markings.isEmpty()) {
            lines.append({QStringLiteral("font-size:12pt; font-weight:bold;"),
                          markings.join(QStringLiteral(" &#8212; "))});
        }
        if (!printableText(m_doc.reference).trimmed().isEmpty()) {
            lines.append({QString(), escaped(filled(m_doc.referencePattern, m_doc.reference))});
        }
        // The space below the title block goes on its last line: QTextDocument drops empty paragraphs.
        for (qsizetype i = 0; i < lines.size(); ++i) {
            paragraph(margins(i == 0 ? 0 : 2, i + 1 == lines.size() ? 16 : 2) + QLatin1Char(' ') +
                          lines.at(i).style,
                      lines.at(i).html, 0, QStringLiteral("center"));
        }
    }

    void sectionBlock(const DocumentSection &section, bool keepLastWithNext)
    {
        if (!printableText(section.heading).trimmed().isEmpty()) {
            paragraph(margins(14, 6) + QStringLiteral(" font-size:12.5pt; font-weight:bold;"),
                      escaped(section.heading), kKeepWithNext);
        }
        for (qsizetype i = 0; i < section.blocks.size(); ++i) {
            // A lead-in ("the following persons:") stays on the page of what it introduces.
            const bool last = i + 1 == section.blocks.size();
            const bool introducesNext =
                (!last && section.blocks.at(i + 1).kind != DocumentBlock::Kind::Paragraph) ||
                (last && keepLastWithNext);
            block(section.blocks.at(i), introducesNext);
        }
    }

    void block(const DocumentBlock &block, bool introducesNext)
    {
        switch (block.kind) {
        case DocumentBlock::Kind::Paragraph:
            paragraphBlock(block, introducesNext);
            break;
        case DocumentBlock::Kind::KeyValueTable:
            caption(block.caption);
            keyValueTable(block.rows);
            break;
        case DocumentBlock::Kind::Table:
            caption(block.caption);
            table(block.header, block.cells);
            break;
        case DocumentBlock::Kind::BulletList:
            bulletList(block.items, introducesNext);
            break;
        }
    }

    void paragraphBlock(const DocumentBlock &block, bool introducesNext)
    {
        const int keep = introducesNext ? kKeepWithNext : 0;
        if (block.number > 0) {
            // The space after the number becomes a tab to a stop at the hanging indent once the
            // document is built (HTML would collapse a tab), so the text of "9." and "10." lines up.
            // The hanging indent is on the side the text starts: Qt applies the text indent at the
            // start of a right-to-left line but leaves the margins where they are named.
            const QString dir = textDir(block.text);
            const bool rtl = !dir.isEmpty();
            paragraph(margins(0, 6) + QStringLiteral(" margin-%1:%2; text-indent:-%2;")
                                          .arg(rtl ? QStringLiteral("right") : QStringLiteral("left"),
                                               css(kNumberIndentPt)),
                      QString::number(block.number) + QStringLiteral(". ") + escaped(block.text),
                      keep | kNumbered, QStringLiteral("justify"), dir);
        } else {
            paragraph(margins(0, 6), escaped(block.text), keep, {}, textDir(block.text));
        }
    }

    void caption(const QString &text)
    {
        if (!printableText(text).trimmed().isEmpty()) {
            paragraph(margins(6, 3) + QStringLiteral(" font-weight:bold;"), escaped(text), kKeepWithNext, {},
                      textDir(text));
        }
    }

    QString tableOpen() const
    {
        // The border width goes in CSS: the border attribute takes whole pixels only.
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                              "style=\"border-collapse:collapse; border-width:%2; border-color:%3; "
                              "border-style:solid; margin-bottom:%4; font-size:%5pt;\">")
            .arg(QString::number(layoutPt(4), 'f', 2), css(0.5), QLatin1String(kRuleColour), css(8),
                 QString::number(kTablePt));
    }

    void keyValueTable(const QList<KeyValueRow> &rows)
    {
        if (rows.isEmpty()) {
            return;
        }
        m_html += tableOpen();
        for (const KeyValueRow &row : rows) {
            const QString label = QStringLiteral("<td width=\"30%\"") + textDir(row.label) +
                                  QStringLiteral(" style=\"font-weight:bold; background-color:") +
                                  QLatin1String(kLabelBackground) + QStringLiteral(";\">") + escaped(row.label) +
                                  QStringLiteral("</td>");
            const QString value =
                QStringLiteral("<td") + textDir(row.value) + QLatin1Char('>') + escaped(row.value) + QStringLiteral("</td>");
            m_html += QStringLiteral("<tr>") + visualOrder(QStringList{label, value}).join(QString()) +
                      QStringLiteral("</tr>");
        }
        m_html += QStringLiteral("</table>");
    }

    void table(const QStringList &header, const QList<QStringList> &rows)
    {
        if (header.isEmpty() && rows.isEmpty()) {
            return;
        }
        qsizetype columns = header.size();
        for (const QStringList &row : rows) {
            columns = std::max(columns, row.size());
        }
        m_html += tableOpen();
        if (!header.isEmpty()) {
            // <thead> makes QTextDocument repeat the header row on every page the table spans.
            QStringList cells;
            for (qsizetype c = 0; c < columns; ++c) {
                cells << QStringLiteral("<th align=\"left\"") + textDir(header.value(c)) +
                             QStringLiteral(" style=\"background-color:") + QLatin1String(kHeaderBackground) +
                             QStringLiteral(";\">") + escaped(header.value(c)) + QStringLiteral("</th>");
            }
            m_html += QStringLiteral("<thead><tr>") + visualOrder(cells).join(QString()) +
                      QStringLiteral("</tr></thead>");
        }
        // Columns share the width equally: QTextDocument otherwise sizes them by their content,
        // which squeezes one language of a bilingual letter into a narrow strip.
        const QString width = QStringLiteral(" width=\"%1%\"").arg(100 / std::max<qsizetype>(columns, 1));
        for (const QStringList &row : rows) {
            QStringList cells;
            for (qsizetype c = 0; c < columns; ++c) {
                cells << QStringLiteral("<td") + width + textDir(row.value(c)) + QLatin1Char('>') +
                             escaped(row.value(c)) + QStringLiteral("</td>");
            }
            m_html += QStringLiteral("<tr>") + visualOrder(cells).join(QString()) + QStringLiteral("</tr>");
        }
        m_html += QStringLiteral("</table>");
    }

    void bulletList(const QStringList &items, bool keepLastWithNext)
    {
        if (items.isEmpty()) {
            return;
        }
        m_html += QStringLiteral("<ul style=\"") + margins(0, 6) + QStringLiteral("\">");
        for (qsizetype i = 0; i < items.size(); ++i) {
            const bool keep = keepLastWithNext && i + 1 == items.size();
            m_html += QStringLiteral("<li") + textDir(items.at(i)) + QStringLiteral(" style=\"") + margins(0, 2) +
                      (keep ? QStringLiteral(" -qt-user-state:%1;").arg(kKeepWithNext) : QString()) +
                      QStringLiteral("\">") + escaped(items.at(i)) + QStringLiteral("</li>");
        }
        m_html += QStringLiteral("</ul>");
    }

    void signatureBlock()
    {
        const SignatureBlock &sig = m_doc.signature;
        QStringList placeAndDate;
        for (const QString &part : {sig.place, sig.date}) {
            if (!printableText(part).trimmed().isEmpty()) {
                placeAndDate << escaped(part);
            }
        }
        struct Line
        {
            QString style;
            QString html;
        };
        QList<Line> lines;
        if (!placeAndDate.isEmpty()) {
            lines.append({QString(), placeAndDate.join(QStringLiteral(", "))});
        }
        const qsizetype signedLines = lines.size();
        if (!printableText(sig.name).trimmed().isEmpty()) {
            lines.append({QStringLiteral(" font-weight:bold;"), escaped(sig.name)});
        }
        if (!printableText(sig.capacity).trimmed().isEmpty()) {
            lines.append({QString(), escaped(sig.capacity)});
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            // Room for the handwritten signature and the seal above the name; every line but the
            // last keeps with the next, so the signature never splits over two pages.
            const qreal top = (i == 0 ? 18 : 0) + (i == signedLines ? mmToPt(kSignatureSpaceMm) : 0);
            paragraph(margins(top, 0) + lines.at(i).style, lines.at(i).html,
                      i + 1 < lines.size() ? kKeepWithNext : 0);
        }
    }

    const ComposedDocument &m_doc;
    QString m_html;
};

/// Moves to the next page what should not end a page or be split by one: a block marked
/// kKeepWithNext whose successor starts on a later page (with any marked blocks right before it),
/// and a table short enough to fit on a page that a page break cuts (with its caption). It walks
/// the letter once; each fix only redoes the layout from the moved block on.
void avoidBadBreaks(QTextDocument &doc, qreal pageHeight, qreal topMargin, qreal bodyHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const auto pageOf = [pageHeight](qreal y) { return static_cast<int>(std::floor(y / pageHeight)); };
    // Where a block's text begins and ends: a paragraph whose first line does not fit on a page
    // starts there (its rectangle) but is printed from the next page on (its lines).
    const auto textTop = [layout](const QTextBlock &block) {
        const qreal top = layout->blockBoundingRect(block).top();
        return block.layout()->lineCount() > 0 ? top + block.layout()->lineAt(0).y() : top;
    };
    const auto textBottom = [layout](const QTextBlock &block) {
        const QRectF rect = layout->blockBoundingRect(block);
        const int lines = block.layout()->lineCount();
        return lines > 0 ? rect.top() + block.layout()->lineAt(lines - 1).rect().bottom() : rect.bottom();
    };
    const auto kept = [](const QTextBlock &block) {
        return block.isValid() && block.userState() > 0 && (block.userState() & kKeepWithNext);
    };
    // Starts a new page at @p first, or at the earliest of the marked blocks before it on its page.
    const auto breakBefore = [&](QTextBlock first, int page) {
        for (QTextBlock previous = first.previous(); kept(previous) && pageOf(textTop(previous)) == page;
             previous = previous.previous()) {
            first = previous;
        }
        // Already at the top of its page: the group is taller than a page, so it stays.
        if (textTop(first) - page * pageHeight <= topMargin + 1) {
            return;
        }
        QTextBlockFormat format = first.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(first).setBlockFormat(format);
    };

    QTextBlock before; // the block of the root flow last seen, which leads into a table
    for (QTextFrame::iterator it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *table = it.currentFrame()) {
            const QRectF rect = layout->frameBoundingRect(table);
            const int page = pageOf(rect.top());
            const int pagesCrossed = pageOf(rect.bottom() - 1) - page;
            // A split table's rectangle spans the margins between its pages too.
            const qreal height = rect.height() - pagesCrossed * (pageHeight - bodyHeight);
            if (pagesCrossed == 0 || height > bodyHeight / 2) {
                continue;
            }
            if (kept(before)) {
                breakBefore(before, page);
            } else if (rect.top() - page * pageHeight > topMargin + 1) {
                QTextFrameFormat format = table->frameFormat();
                format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
                table->setFrameFormat(format);
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        before = block;
        const QTextBlock next = block.next();
        if (!kept(block) || !next.isValid()) {
            continue;
        }
        const int page = pageOf(textBottom(block) - 1);
        if (pageOf(textTop(next)) > page) {
            breakBefore(block, page);
        }
    }
}

/// Starts the text of each numbered paragraph at the hanging indent, so that the text of "9." and
/// "10." lines up with the lines below. Left to right: the space after the number becomes a tab
/// to a stop at the indent. Right to left, Qt 6.4 places tab stops wrongly, so the space is
/// widened instead (letter spacing) to fill the indent beside the number.
void alignParagraphNumbers(QTextDocument &doc)
{
    const qreal indent = layoutPt(kNumberIndentPt);
    const QList<QTextOption::Tab> tabs = {QTextOption::Tab(indent, QTextOption::LeftTab)};
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.userState() <= 0 || !(block.userState() & kNumbered)) {
            continue;
        }
        const qsizetype gap = block.text().indexOf(QLatin1Char(' '));
        if (gap <= 0) {
            continue;
        }
        const int start = block.position();
        if (block.blockFormat().layoutDirection() == Qt::RightToLeft) {
            cursor.setPosition(start + static_cast<int>(gap));
            cursor.setPosition(start + static_cast<int>(gap) + 1, QTextCursor::KeepAnchor);
            const QFont font = cursor.charFormat().font().resolve(doc.defaultFont());
            const qreal used = QFontMetricsF(font).horizontalAdvance(block.text().left(gap + 1));
            QTextCharFormat spacer;
            spacer.setFontLetterSpacingType(QFont::AbsoluteSpacing);
            spacer.setFontLetterSpacing(std::max<qreal>(0, indent - used));
            cursor.mergeCharFormat(spacer);
            continue;
        }
        cursor.setPosition(start);
        QTextBlockFormat format = block.blockFormat();
        format.setTabPositions(tabs);
        cursor.setBlockFormat(format);
        cursor.setPosition(start + static_cast<int>(gap));
        cursor.setPosition(start + static_cast<int>(gap) + 1, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("\t"));
    }
    cursor.endEditBlock();
}

bool paint(const ComposedDocument &document, const QStringList &families, QIODevice &device, QString &failure)
{
    QPdfWriter writer(&device);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QString title = printableText(document.title).simplified();
    const QString reference = printableText(document.reference).simplified();
    if (!reference.isEmpty()) {
        title += QStringLiteral(" (") + reference + QLatin1Char(')');
    }
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("MLA Request Writer ") + QLatin1String(mla::build::kVersion));

    QTextDocument doc;
    doc.setUseDesignMetrics(true);
    // The whole chain of bundled families: Qt takes each character from the first that has it.
    QFont bodyFont(families.constFirst());
    bodyFont.setFamilies(families);
    bodyFont.setPointSizeF(kBodyPt);
    doc.setDefaultFont(bodyFont);
    // Bullets hang in the same indent as paragraph numbers, so list text lines up with paragraph text.
    doc.setIndentWidth(layoutPt(kNumberIndentPt));
    doc.setHtml(HtmlBuilder(document).build());

    // The root frame's margins apply on every page, which leaves the header and footer bands free.
    QTextFrameFormat frame = doc.rootFrame()->frameFormat();
    frame.setLeftMargin(layoutPt(mmToPt(kMarginLeftMm)));
    frame.setRightMargin(layoutPt(mmToPt(kMarginRightMm)));
    frame.setTopMargin(layoutPt(mmToPt(kMarginTopMm)));
    frame.setBottomMargin(layoutPt(mmToPt(kMarginBottomMm)));
    frame.setPadding(0);
    frame.setBorder(0);
    doc.rootFrame()->setFrameFormat(frame);
    const QSizeF page(layoutPt(mmToPt(kPageWidthMm)), layoutPt(mmToPt(kPageHeightMm)));
    doc.setPageSize(page);
    // Edited before the document has a layout (documentLayout() creates it), so the edits cost no
    // layout work at all.
    alignParagraphNumbers(doc);
    // The layout runs in steps driven by a timer, which never fires here. Edits made while it is
    // half done leave blocks that are never drawn, so it is finished before avoidBadBreaks() edits.
    doc.documentLayout()->documentSize();
    avoidBadBreaks(doc, page.height(), layoutPt(mmToPt(kMarginTopMm)),
                   layoutPt(mmToPt(kPageHeightMm - kMarginTopMm - kMarginBottomMm)));
    const int pageCount = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        failure = QCoreApplication::translate("PdfWriter", "The PDF could not be started.");
        return false;
    }
    const qreal scale = writer.width() / page.width();
    const qreal left = deviceMm(kMarginLeftMm);
    const qreal right = deviceMm(kPageWidthMm - kMarginRightMm);
    QFont headerFont(families.constFirst());
    headerFont.setFamilies(families);
    headerFont.setPointSizeF(kHeaderPt);
    QFont markingFont = headerFont;
    markingFont.setBold(true);
    const QFontMetricsF headerMetrics(headerFont, &writer);
    const QPen rulePen(QColor(QLatin1String(kRuleColour)), devicePt(0.5));
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
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0 && !writer.newPage()) {
            failure = QCoreApplication::translate("PdfWriter", "Page %1 could not be added.").arg(index + 1);
            painter.end();
            return false;
        }
        // One layout for the whole letter; each page only shows its slice of it.
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -index * page.height());
        doc.drawContents(&painter, QRectF(QPointF(0, index * page.height()), page));
        painter.restore();

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
