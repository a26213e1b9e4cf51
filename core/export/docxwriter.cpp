#include "export/docxwriter.h"

#include "export/zipwriter.h"
#include "io/safesave.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringView>

#include <algorithm>

namespace mla::core {

namespace {

// Lengths in WordprocessingML units: twips (1/20 pt) for page and paragraph geometry, half-points
// for font sizes, eighths of a point for borders. The values are those of the PDF writer, so the
// two documents look alike.
constexpr int twipsFromMm(double mm)
{
    return static_cast<int>(mm * 1440 / 25.4 + 0.5);
}

constexpr int kPageWidth = twipsFromMm(210);
constexpr int kPageHeight = twipsFromMm(297);
constexpr int kMarginLeft = twipsFromMm(25);
constexpr int kMarginRight = twipsFromMm(20);
constexpr int kMarginTop = twipsFromMm(30);
constexpr int kMarginBottom = twipsFromMm(25);
constexpr int kHeaderDistance = twipsFromMm(12);
constexpr int kFooterDistance = twipsFromMm(10);
constexpr int kTextWidth = kPageWidth - kMarginLeft - kMarginRight;
constexpr int kLabelColumnWidth = kTextWidth * 30 / 100;
constexpr int kNumberIndent = 28 * 20;
constexpr int kBulletHang = 14 * 20;
constexpr int kSignatureSpace = twipsFromMm(20);
constexpr int kCellPadding = 4 * 20;
// Beyond this many rows a table is not held together on one page: moving it whole would leave
// most of a page empty.
constexpr int kKeepTogetherRows = 15;
// A row with up to this many characters is kept on one page (a third of a page at most); a longer
// one may break, or it could not be printed at all.
constexpr qsizetype kUnsplitRowCharacters = 1500;

const char *const kLatinFont = "Noto Serif";
// Named explicitly: without it LibreOffice and Word fall back to a Japanese CJK face for Chinese.
const char *const kChineseFont = "Noto Sans CJK SC";
const char *const kArabicFont = "Noto Naskh Arabic";
const char *const kRuleColour = "7F7F7F";
const char *const kLabelBackground = "EFEFEF";
const char *const kHeaderBackground = "DCDCDC";
const char *const kApplication = "MLA Request Writer";

const char *const kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char *const kWordNamespaces =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

/// Appends @p utf8 to @p out as XML character data or attribute text. Besides the metacharacters
/// it drops what XML 1.0 does not allow at all (C0 controls other than tab, newline and carriage
/// return; surrogate code points; U+FFFE and U+FFFF). printableText() has removed them already,
/// but a single one would make the whole file unreadable, so the XML layer does not rely on it.
/// Works on the UTF-8 bytes, where every one of these is a fixed byte pattern.
void appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    const qsizetype size = utf8.size();
    const auto byte = [&utf8](qsizetype i) { return static_cast<unsigned char>(utf8[i]); };
    qsizetype copied = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = byte(i);
        const char *entity = nullptr;
        qsizetype length = 1;
        switch (c) {
        case '&':
            entity = "&amp;";
            break;
        case '<':
            entity = "&lt;";
            break;
        case '>':
            entity = "&gt;";
            break;
        case '"':
            entity = "&quot;";
            break;
        default:
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                entity = "";
            } else if (c == 0xED && i + 2 < size && byte(i + 1) >= 0xA0) {
                entity = ""; // U+D800..U+DFFF
                length = 3;
            } else if (c == 0xEF && i + 2 < size && byte(i + 1) == 0xBF && byte(i + 2) >= 0xBE) {
                entity = ""; // U+FFFE, U+FFFF
                length = 3;
            }
            break;
        }
        if (entity) {
            out.append(utf8.sliced(copied, i - copied));
            out.append(entity);
            i += length - 1;
            copied = i + 1;
        }
    }
    out.append(utf8.sliced(copied));
}

QByteArray escaped(const QString &text)
{
    QByteArray out;
    appendEscaped(out, text.toUtf8());
    return out;
}

/// @p pattern with its placeholder filled in, or the value alone: as the PDF writer does, so the
/// two print the same words.
QString filled(const QString &pattern, const QString &value)
{
    return pattern.contains(QLatin1String("%1")) ? pattern.arg(value) : value;
}

bool hasText(const QString &text)
{
    return !printableText(text).trimmed().isEmpty();
}

/// The w:lang attributes for the document's language: the Latin slot for most languages, the
/// complex-script slot for right-to-left ones, the East Asian slot for Chinese. A bare language
/// gets the region Word's proofing tools expect ("fr" -> "fr-FR").
QByteArray languageAttributes(const ComposedDocument &document)
{
    QString tag = document.language.trimmed();
    if (tag.isEmpty()) {
        tag = QStringLiteral("en");
    }
    const QString primary = tag.section(QLatin1Char('-'), 0, 0).toLower();
    if (!tag.contains(QLatin1Char('-'))) {
        static const QList<std::pair<QLatin1String, QLatin1String>> regions = {
            {QLatin1String("en"), QLatin1String("en-GB")}, {QLatin1String("fr"), QLatin1String("fr-FR")},
            {QLatin1String("es"), QLatin1String("es-ES")}, {QLatin1String("ar"), QLatin1String("ar-SA")},
            {QLatin1String("ru"), QLatin1String("ru-RU")}, {QLatin1String("zh"), QLatin1String("zh-CN")},
        };
        for (const auto &[language, withRegion] : regions) {
            if (primary == language) {
                tag = withRegion;
            }
        }
    }
    QByteArray out;
    if (document.rightToLeft || primary == QLatin1String("ar")) {
        out += " w:bidi=\"" + escaped(tag) + '"';
    } else if (primary == QLatin1String("zh")) {
        out += " w:eastAsia=\"" + escaped(tag) + '"';
    } else {
        out += " w:val=\"" + escaped(tag) + '"';
    }
    return out;
}

/// Word renders a run marked w:rtl as right-to-left text in the complex-script font. In a
/// right-to-left letter that is right for Arabic text and for runs of digits and punctuation, but
/// it would turn the trailing punctuation of a Latin name or reference around, so a run with
/// left-to-right letters and no right-to-left ones is left unmarked.
bool runIsRightToLeft(QStringView text)
{
    bool leftToRight = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t code = text[i].unicode();
        if (QChar::isHighSurrogate(code) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            code = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        switch (QChar::direction(code)) {
        case QChar::DirR:
        case QChar::DirAL:
            return true;
        case QChar::DirL:
            leftToRight = true;
            break;
        default:
            break;
        }
    }
    return !leftToRight;
}

/// One piece of the footer line: literal text, or the PAGE or NUMPAGES field.
struct FooterPiece
{
    enum class Kind
    {
        Text,
        Page,
        PageCount,
    };
    Kind kind = Kind::Text;
    QString text;
};

/// The page-number pattern cut around its placeholders. Like QString::arg() in the PDF writer,
/// the lowest-numbered placeholder takes the page and the next one the page count; without a
/// second placeholder the PDF prints "1 / 3", and so does this.
QList<FooterPiece> footerPieces(const QString &pattern)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d{1,2})"));
    const QString used = pattern.contains(QLatin1String("%2")) ? pattern : QStringLiteral("%1 / %2");
    QList<int> numbers;
    for (auto it = placeholder.globalMatch(used); it.hasNext();) {
        const int number = it.next().captured(1).toInt();
        if (number > 0 && !numbers.contains(number)) {
            numbers.append(number);
        }
    }
    std::sort(numbers.begin(), numbers.end());
    QList<FooterPiece> pieces;
    qsizetype copied = 0;
    for (auto it = placeholder.globalMatch(used); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int rank = static_cast<int>(numbers.indexOf(match.captured(1).toInt()));
        if (rank != 0 && rank != 1) {
            continue;
        }
        if (match.capturedStart() > copied) {
            pieces.append({FooterPiece::Kind::Text, used.mid(copied, match.capturedStart() - copied)});
        }
        pieces.append({rank == 0 ? FooterPiece::Kind::Page : FooterPiece::Kind::PageCount, {}});
        copied = match.capturedEnd();
    }
    if (copied < used.size()) {
        pieces.append({FooterPiece::Kind::Text, used.mid(copied)});
    }
    return pieces;
}

/// The base direction of a paragraph.
enum class Direction
{
    Letter,      ///< the letter's: title, headings, signature (the letter's own structure)
    LeftToRight, ///< text whose first letter is left to right, or that has no letters
    RightToLeft, ///< text whose first letter is right to left
};

/// The direction of a paragraph of text, as the PDF writer gives it: that of its first letter, so
/// that English typed into an Arabic letter reads left to right with its punctuation in place,
/// and Arabic in an English letter right to left. Text without letters is left to right.
Direction directionOf(const QString &text)
{
    return text.isRightToLeft() ? Direction::RightToLeft : Direction::LeftToRight;
}

/// Paragraph properties beyond the style's.
struct ParagraphFormat
{
    const char *style = nullptr;
    bool keepNext = false;
    bool bullet = false;
    int spaceBefore = -1; ///< twips; -1: the style's
    int spaceAfter = -1;  ///< twips; -1: the style's
    Direction direction = Direction::Letter;
};

/// WordprocessingML written straight into UTF-8 bytes: one buffer per part, grown by appending
/// only, so a megabyte of text costs a megabyte of copying and no more.
class PartWriter
{
public:
    explicit PartWriter(bool rightToLeft) : m_rightToLeft(rightToLeft) {}

    PartWriter &raw(QByteArrayView markup)
    {
        m_out.append(markup);
        return *this;
    }
    PartWriter &number(int value)
    {
        m_out.append(QByteArray::number(value));
        return *this;
    }
    QByteArray take() { return std::move(m_out); }

    void paragraphOpen(const ParagraphFormat &format)
    {
        raw("<w:p><w:pPr>");
        if (format.style) {
            raw("<w:pStyle w:val=\"").raw(format.style).raw("\"/>");
        }
        if (format.keepNext) {
            raw("<w:keepNext/>");
        }
        if (format.bullet) {
            raw("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
        }
        m_paragraphRightToLeft = format.direction == Direction::Letter ? m_rightToLeft
                                                                       : format.direction == Direction::RightToLeft;
        if (m_paragraphRightToLeft) {
            raw("<w:bidi/>");
        }
        if (format.spaceBefore >= 0 || format.spaceAfter >= 0) {
            raw("<w:spacing");
            if (format.spaceBefore >= 0) {
                raw(" w:before=\"").number(format.spaceBefore).raw("\"");
            }
            if (format.spaceAfter >= 0) {
                raw(" w:after=\"").number(format.spaceAfter).raw("\"");
            }
            raw("/>");
        }
        raw("</w:pPr>");
    }

    void paragraphClose() { raw("</w:p>"); }

    /// A run of @p printable (already through printableText()): '\n' becomes a line break and
    /// '\t' a tab, everything else literal text.
    void run(const QString &printable, bool bold = false)
    {
        if (printable.isEmpty()) {
            return;
        }
        runOpen(bold, m_paragraphRightToLeft && runIsRightToLeft(printable));
        const QByteArray utf8 = printable.toUtf8();
        // '\n' and '\t' never occur inside a multi-byte UTF-8 sequence, so the bytes can be cut.
        qsizetype start = 0;
        const qsizetype size = utf8.size();
        for (qsizetype i = 0; i <= size; ++i) {
            const char c = i < size ? utf8[i] : '\n';
            if (c != '\n' && c != '\t') {
                continue;
            }
            if (i > start) {
                raw("<w:t xml:space=\"preserve\">");
                appendEscaped(m_out, QByteArrayView(utf8).sliced(start, i - start));
                raw("</w:t>");
            }
            if (i < size) {
                raw(c == '\n' ? "<w:br/>" : "<w:tab/>");
            }
            start = i + 1;
        }
        raw("</w:r>");
    }

    void paragraph(const ParagraphFormat &format, const QString &text, bool bold = false)
    {
        paragraphOpen(format);
        run(printableText(text), bold);
        paragraphClose();
    }

    bool rightToLeft() const { return m_rightToLeft; }

private:
    void runOpen(bool bold, bool rightToLeft)
    {
        raw("<w:r>");
        if (bold || rightToLeft) {
            raw("<w:rPr>");
            if (bold) {
                raw("<w:b/><w:bCs/>");
            }
            if (rightToLeft) {
                raw("<w:rtl/>");
            }
            raw("</w:rPr>");
        }
    }

    bool m_rightToLeft;
    bool m_paragraphRightToLeft = false; ///< the direction of the paragraph being written
    QByteArray m_out;
};

/// The body of the letter (word/document.xml), laid out as the PDF writer lays it out.
class BodyWriter
{
public:
    explicit BodyWriter(const ComposedDocument &document)
        : m_doc(document), m_xml(document.rightToLeft)
    {
    }

    QByteArray build()
    {
        m_xml.raw(kXmlDeclaration).raw("<w:document").raw(kWordNamespaces).raw("><w:body>");
        titleBlock();
        // The last block travels with the signature, which is never left alone on a page.
        const bool hasSignature = !m_doc.signature.isEmpty();
        for (qsizetype i = 0; i < m_doc.sections.size(); ++i) {
            section(m_doc.sections.at(i), hasSignature && i + 1 == m_doc.sections.size());
        }
        signatureBlock();
        sectionProperties();
        m_xml.raw("</w:body></w:document>");
        return m_xml.take();
    }

private:
    void titleBlock()
    {
        struct Line
        {
            const char *style;
            QString text;
        };
        QList<Line> lines = {{"Title", m_doc.title}};
        QStringList markings;
        for (const QString &marking : {m_doc.confidentialityMarking, m_doc.priorityMarking}) {
            if (hasText(marking)) {
                markings << marking;
            }
        }
        if (!markings.isEmpty()) {
            lines.append({"Marking", markings.join(QStringLiteral(" \u2014 "))});
        }
        if (hasText(m_doc.reference)) {
            lines.append({"Reference", filled(m_doc.referencePattern, m_doc.reference)});
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            ParagraphFormat format;
            format.style = lines.at(i).style;
            if (i + 1 == lines.size()) {
                format.spaceAfter = 16 * 20;
            }
            m_xml.paragraph(format, lines.at(i).text);
        }
    }

    void section(const DocumentSection &sectionToWrite, bool keepLastWithNext)
    {
        if (hasText(sectionToWrite.heading)) {
            m_xml.paragraph({"Heading1"}, sectionToWrite.heading);
        }
        const QList<DocumentBlock> &blocks = sectionToWrite.blocks;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            // A lead-in ("the following persons:") stays on the page of what it introduces.
            const bool last = i + 1 == blocks.size();
            const bool introducesNext =
                (!last && blocks.at(i + 1).kind != DocumentBlock::Kind::Paragraph) || (last && keepLastWithNext);
            block(blocks.at(i), introducesNext);
        }
    }

    void block(const DocumentBlock &blockToWrite, bool introducesNext)
    {
        switch (blockToWrite.kind) {
        case DocumentBlock::Kind::Paragraph:
            paragraphBlock(blockToWrite, introducesNext);
            break;
        case DocumentBlock::Kind::KeyValueTable:
            caption(blockToWrite.caption);
            keyValueTable(blockToWrite.rows);
            break;
        case DocumentBlock::Kind::Table:
            caption(blockToWrite.caption);
            table(blockToWrite.header, blockToWrite.cells);
            break;
        case DocumentBlock::Kind::BulletList:
            bulletList(blockToWrite.items, introducesNext);
            break;
        }
    }

    void paragraphBlock(const DocumentBlock &blockToWrite, bool introducesNext)
    {
        const Direction direction = directionOf(printableText(blockToWrite.text));
        if (blockToWrite.number <= 0) {
            ParagraphFormat format;
            format.keepNext = introducesNext;
            format.direction = direction;
            m_xml.paragraph(format, blockToWrite.text);
            return;
        }
        // The number is text, not a Word list: it is the composer's number, the one the PDF
        // prints and other paragraphs may cite, and it must not renumber itself while edited.
        ParagraphFormat format{"Numbered", introducesNext};
        format.direction = direction;
        m_xml.paragraphOpen(format);
        m_xml.run(QString::number(blockToWrite.number) + QStringLiteral(".\t"));
        m_xml.run(printableText(blockToWrite.text));
        m_xml.paragraphClose();
    }

    void caption(const QString &text)
    {
        if (hasText(text)) {
            ParagraphFormat format{"Caption"};
            format.direction = directionOf(printableText(text));
            m_xml.paragraph(format, text);
        }
    }

    /// Opens a table of @p widths (twips).
    void tableOpen(const QList<int> &widths)
    {
        m_xml.raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>");
        if (m_xml.rightToLeft()) {
            m_xml.raw("<w:bidiVisual/>");
        }
        m_xml.raw("<w:tblW w:w=\"").number(kTextWidth).raw("\" w:type=\"dxa\"/>");
        // Borders and cell margins are repeated here although the style has them: a style can be
        // changed by the user, and some readers apply table styles only in part.
        m_xml.raw("<w:tblBorders>");
        for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            m_xml.raw("<w:").raw(side).raw(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"")
                .raw(kRuleColour)
                .raw("\"/>");
        }
        m_xml.raw("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>");
        for (const char *side : {"top", "left", "bottom", "right"}) {
            m_xml.raw("<w:").raw(side).raw(" w:w=\"").number(kCellPadding).raw("\" w:type=\"dxa\"/>");
        }
        m_xml.raw("</w:tblCellMar></w:tblPr><w:tblGrid>");
        for (int width : widths) {
            m_xml.raw("<w:gridCol w:w=\"").number(width).raw("\"/>");
        }
        m_xml.raw("</w:tblGrid>");
    }

    /// Closes a table with an empty paragraph of the PDF's table margin: Word has no space below
    /// a table, two tables in a row would run together, and a body or cell may not end in a table.
    void tableClose()
    {
        m_xml.raw("</w:tbl>");
        m_xml.paragraph({"TableGap"}, QString());
    }

    void cell(int width, const QString &text, const char *fill, bool bold, bool keepNext)
    {
        m_xml.raw("<w:tc><w:tcPr><w:tcW w:w=\"").number(width).raw("\" w:type=\"dxa\"/>");
        if (fill) {
            m_xml.raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").raw(fill).raw("\"/>");
        }
        m_xml.raw("</w:tcPr>");
        // Every cell needs a paragraph, even an empty one.
        ParagraphFormat format{"TableText", keepNext};
        format.direction = directionOf(printableText(text));
        m_xml.paragraph(format, text, bold);
        m_xml.raw("</w:tc>");
    }

    /// Opens a table row; @p header repeats it at the top of every page the table runs onto.
    void rowOpen(const QStringList &cells, bool header = false)
    {
        qsizetype characters = 0;
        for (const QString &text : cells) {
            characters += text.size();
        }
        const bool unsplit = characters <= kUnsplitRowCharacters;
        m_xml.raw("<w:tr>");
        if (unsplit || header) {
            m_xml.raw("<w:trPr>");
            if (unsplit) {
                m_xml.raw("<w:cantSplit/>");
            }
            if (header) {
                m_xml.raw("<w:tblHeader/>");
            }
            m_xml.raw("</w:trPr>");
        }
    }

    void keyValueTable(const QList<KeyValueRow> &rows)
    {
        if (rows.isEmpty()) {
            return;
        }
        const QList<int> widths = {kLabelColumnWidth, kTextWidth - kLabelColumnWidth};
        tableOpen(widths);
        const bool keepTogether = rows.size() <= kKeepTogetherRows;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const bool keep = keepTogether && r + 1 < rows.size();
            rowOpen({rows.at(r).label, rows.at(r).value});
            cell(widths.at(0), rows.at(r).label, kLabelBackground, true, keep);
            cell(widths.at(1), rows.at(r).value, nullptr, false, keep);
            m_xml.raw("</w:tr>");
        }
        tableClose();
    }

    void table(const QStringList &header, const QList<QStringList> &rows)
    {
        qsizetype columns = header.size();
        for (const QStringList &row : rows) {
            columns = std::max(columns, row.size());
        }
        if (columns == 0) {
            return;
        }
        QList<int> widths(columns, kTextWidth / static_cast<int>(columns));
        widths.last() += kTextWidth - widths.first() * static_cast<int>(columns);
        tableOpen(widths);
        const bool keepTogether = rows.size() + 1 <= kKeepTogetherRows;
        if (!header.isEmpty()) {
            rowOpen(header, true);
            for (qsizetype c = 0; c < columns; ++c) {
                cell(widths.at(c), header.value(c), kHeaderBackground, true, !rows.isEmpty());
            }
            m_xml.raw("</w:tr>");
        }
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const bool keep = keepTogether && r + 1 < rows.size();
            rowOpen(rows.at(r));
            for (qsizetype c = 0; c < columns; ++c) {
                cell(widths.at(c), rows.at(r).value(c), nullptr, false, keep);
            }
            m_xml.raw("</w:tr>");
        }
        tableClose();
    }

    void bulletList(const QStringList &items, bool keepLastWithNext)
    {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const bool last = i + 1 == items.size();
            ParagraphFormat format{"List", keepLastWithNext && last, true};
            if (last) {
                format.spaceAfter = 6 * 20;
            }
            format.direction = directionOf(printableText(items.at(i)));
            m_xml.paragraph(format, items.at(i));
        }
    }

    void signatureBlock()
    {
        const SignatureBlock &sig = m_doc.signature;
        QStringList placeAndDate;
        for (const QString &part : {sig.place, sig.date}) {
            if (hasText(part)) {
                placeAndDate << part;
            }
        }
        struct Line
        {
            bool bold;
            QString text;
        };
        QList<Line> lines;
        if (!placeAndDate.isEmpty()) {
            lines.append({false, placeAndDate.join(QStringLiteral(", "))});
        }
        const qsizetype signedLines = lines.size();
        if (hasText(sig.name)) {
            lines.append({true, sig.name});
        }
        if (hasText(sig.capacity)) {
            lines.append({false, sig.capacity});
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            // Room for the handwritten signature and the seal above the name; every line but the
            // last keeps with the next, so the signature never splits over two pages.
            ParagraphFormat format;
            format.keepNext = i + 1 < lines.size();
            format.spaceBefore = (i == 0 ? 18 * 20 : 0) + (i == signedLines ? kSignatureSpace : 0);
            format.spaceAfter = 0;
            m_xml.paragraph(format, lines.at(i).text, lines.at(i).bold);
        }
    }

    void sectionProperties()
    {
        m_xml.raw("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
                  "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>");
        m_xml.raw("<w:pgSz w:w=\"").number(kPageWidth).raw("\" w:h=\"").number(kPageHeight).raw("\"/>");
        m_xml.raw("<w:pgMar w:top=\"").number(kMarginTop).raw("\" w:right=\"").number(kMarginRight);
        m_xml.raw("\" w:bottom=\"").number(kMarginBottom).raw("\" w:left=\"").number(kMarginLeft);
        m_xml.raw("\" w:header=\"").number(kHeaderDistance).raw("\" w:footer=\"").number(kFooterDistance);
        m_xml.raw("\" w:gutter=\"0\"/>");
        if (m_xml.rightToLeft()) {
            m_xml.raw("<w:bidi/>");
        }
        m_xml.raw("</w:sectPr>");
    }

    const ComposedDocument &m_doc;
    PartWriter m_xml;
};

QByteArray headerPart(const ComposedDocument &document)
{
    PartWriter xml(document.rightToLeft);
    xml.raw(kXmlDeclaration).raw("<w:hdr").raw(kWordNamespaces).raw(">");
    // The same line as the PDF's: the reference on the leading side, the marking on the other.
    const QString reference = printableText(document.reference).simplified();
    const QString marking = printableText(document.confidentialityMarking).simplified();
    xml.paragraphOpen({"Header"});
    if (!reference.isEmpty()) {
        xml.run(filled(printableText(document.referencePattern).simplified(), reference));
    }
    if (!marking.isEmpty()) {
        xml.raw("<w:r><w:tab/></w:r>");
        xml.run(marking, true);
    }
    xml.paragraphClose();
    xml.raw("</w:hdr>");
    return xml.take();
}

QByteArray footerPart(const ComposedDocument &document)
{
    PartWriter xml(document.rightToLeft);
    xml.raw(kXmlDeclaration).raw("<w:ftr").raw(kWordNamespaces).raw(">");
    xml.paragraphOpen({"Footer"});
    for (const FooterPiece &piece : footerPieces(printableText(document.pageNumberPattern).simplified())) {
        if (piece.kind == FooterPiece::Kind::Text) {
            xml.run(piece.text);
            continue;
        }
        // The cached "1" is what a reader that does not evaluate fields shows.
        xml.raw(piece.kind == FooterPiece::Kind::Page ? "<w:fldSimple w:instr=\" PAGE \">"
                                                       : "<w:fldSimple w:instr=\" NUMPAGES \">");
        xml.run(QStringLiteral("1"));
        xml.raw("</w:fldSimple>");
    }
    xml.paragraphClose();
    xml.raw("</w:ftr>");
    return xml.take();
}

QByteArray stylesPart(const ComposedDocument &document)
{
    PartWriter xml(document.rightToLeft);
    xml.raw(kXmlDeclaration).raw("<w:styles").raw(kWordNamespaces).raw(">");
    xml.raw("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"")
        .raw(kLatinFont)
        .raw("\" w:hAnsi=\"")
        .raw(kLatinFont)
        .raw("\" w:eastAsia=\"")
        .raw(kChineseFont)
        .raw("\" w:cs=\"")
        .raw(kArabicFont)
        .raw("\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang")
        .raw(languageAttributes(document))
        .raw("/></w:rPr></w:rPrDefault>"
             "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
             "</w:pPrDefault></w:docDefaults>");

    struct Style
    {
        const char *id;
        const char *name;
        const char *paragraph; ///< w:pPr content
        const char *run;       ///< w:rPr content
        bool primary;          ///< shown in Word's style gallery
    };
    // The spacing and sizes are the PDF's (in twips and half-points).
    const QByteArray numberTab = "<w:tabs><w:tab w:val=\"left\" w:pos=\"" + QByteArray::number(kNumberIndent) +
                                 "\"/></w:tabs>";
    const QByteArray numberedParagraph = numberTab + "<w:spacing w:after=\"120\"/><w:ind w:left=\"" +
                                         QByteArray::number(kNumberIndent) + "\" w:hanging=\"" +
                                         QByteArray::number(kNumberIndent) + "\"/><w:jc w:val=\"both\"/>";
    const QByteArray listParagraph = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
                                     "<w:spacing w:after=\"40\"/><w:ind w:left=\"" +
                                     QByteArray::number(kNumberIndent) + "\" w:hanging=\"" +
                                     QByteArray::number(kBulletHang) + "\"/>";
    const QByteArray rule = QByteArray("w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"") + kRuleColour + '"';
    const QByteArray headerParagraph = "<w:pBdr><w:bottom " + rule + "/></w:pBdr><w:tabs><w:tab w:val=\"right\" "
                                       "w:pos=\"" + QByteArray::number(kTextWidth) + "\"/></w:tabs>";
    const QByteArray footerParagraph = "<w:pBdr><w:top " + rule + "/></w:pBdr><w:jc w:val=\"center\"/>";
    const QList<Style> styles = {
        {"Title", "Title", "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"40\"/><w:jc w:val=\"center\"/>",
         "<w:b/><w:bCs/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>", true},
        {"Marking", "Marking", "<w:keepNext/><w:spacing w:before=\"40\" w:after=\"40\"/><w:jc w:val=\"center\"/>",
         "<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>", false},
        {"Reference", "Reference", "<w:keepNext/><w:spacing w:before=\"40\" w:after=\"40\"/><w:jc w:val=\"center\"/>",
         "", false},
        {"Heading1", "heading 1",
         "<w:keepNext/><w:keepLines/><w:spacing w:before=\"280\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
         "<w:b/><w:bCs/><w:sz w:val=\"25\"/><w:szCs w:val=\"25\"/>", true},
        {"Heading2", "heading 2",
         "<w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"80\"/><w:outlineLvl w:val=\"1\"/>",
         "<w:b/><w:bCs/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>", true},
        {"Numbered", "Numbered Paragraph", numberedParagraph.constData(), "", true},
        {"Caption", "caption", "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/>", "<w:b/><w:bCs/>", true},
        {"List", "List", listParagraph.constData(), "", true},
        {"TableText", "Table Text", "<w:spacing w:after=\"0\"/>",
         "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>", false},
        {"TableGap", "Table Gap", "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"160\" w:lineRule=\"exact\"/>",
         "<w:sz w:val=\"8\"/><w:szCs w:val=\"8\"/>", false},
        {"Header", "header", headerParagraph.constData(), "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", false},
        {"Footer", "footer", footerParagraph.constData(), "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", false},
    };
    xml.raw("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
            "<w:qFormat/><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:style>");
    for (const Style &style : styles) {
        xml.raw("<w:style w:type=\"paragraph\" w:styleId=\"").raw(style.id).raw("\"><w:name w:val=\"");
        xml.raw(style.name).raw("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>");
        if (style.primary) {
            xml.raw("<w:qFormat/>");
        }
        xml.raw("<w:pPr>").raw(style.paragraph).raw("</w:pPr>");
        if (*style.run) {
            xml.raw("<w:rPr>").raw(style.run).raw("</w:rPr>");
        }
        xml.raw("</w:style>");
    }
    xml.raw("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" "
            "w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
            "</w:style>");
    xml.raw("<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
            "<w:basedOn w:val=\"TableNormal\"/><w:uiPriority w:val=\"59\"/><w:tblPr><w:tblBorders>");
    for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
        xml.raw("<w:").raw(side).raw(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"").raw(kRuleColour);
        xml.raw("\"/>");
    }
    xml.raw("</w:tblBorders><w:tblCellMar>");
    for (const char *side : {"top", "left", "bottom", "right"}) {
        xml.raw("<w:").raw(side).raw(" w:w=\"").number(kCellPadding).raw("\" w:type=\"dxa\"/>");
    }
    xml.raw("</w:tblCellMar></w:tblPr></w:style></w:styles>");
    return xml.take();
}

/// The bullet of the List style, which every bullet list uses; it is the only Word numbering in
/// the letter (paragraph numbers are text, see BodyWriter::paragraphBlock).
QByteArray numberingPart()
{
    QByteArray xml = kXmlDeclaration;
    xml += "<w:numbering";
    xml += kWordNamespaces;
    xml += "><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
           "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
           "<w:lvlText w:val=\"\xE2\x80\xA2\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" +
           QByteArray::number(kNumberIndent) + "\" w:hanging=\"" + QByteArray::number(kBulletHang) +
           "\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"" + kLatinFont + "\" w:hAnsi=\"" + kLatinFont +
           "\"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
           "</w:numbering>";
    return xml;
}

QByteArray settingsPart()
{
    // doNotExpandShiftReturn: a justified line that ends in a line break is not stretched, as in
    // the PDF (an address or a list typed into one field would otherwise be spread over the line).
    QByteArray xml = kXmlDeclaration;
    xml += "<w:settings";
    xml += kWordNamespaces;
    xml += "><w:defaultTabStop w:val=\"709\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
           "<w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
           " w:val=\"15\"/></w:compat></w:settings>";
    return xml;
}

QByteArray contentTypesPart()
{
    QByteArray xml = kXmlDeclaration;
    xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    const auto override = [&xml](const char *part, const char *type) {
        xml += "<Override PartName=\"";
        xml += part;
        xml += "\" ContentType=\"";
        xml += type;
        xml += "\"/>";
    };
    override("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    override("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
    override("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
    override("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml");
    override("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
    override("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
    override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    xml += "</Types>";
    return xml;
}

struct Relationship
{
    const char *id;
    const char *type;
    const char *target;
};

QByteArray relationshipsPart(const QList<Relationship> &relationships)
{
    QByteArray xml = kXmlDeclaration;
    xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (const Relationship &relationship : relationships) {
        xml += "<Relationship Id=\"";
        xml += relationship.id;
        xml += "\" Type=\"";
        xml += relationship.type;
        xml += "\" Target=\"";
        xml += relationship.target;
        xml += "\"/>";
    }
    xml += "</Relationships>";
    return xml;
}

/// The title and nothing else: no author, no last editor, no dates, nothing of the user or the
/// machine, which would travel with a letter sent abroad.
QByteArray corePropertiesPart(const ComposedDocument &document)
{
    QByteArray xml = kXmlDeclaration;
    xml += "<cp:coreProperties"
           " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
           " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
           " xmlns:dcterms=\"http://purl.org/dc/terms/\""
           " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
           " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    const QString title = printableText(document.title).simplified();
    if (!title.isEmpty()) {
        xml += "<dc:title>";
        appendEscaped(xml, title.toUtf8());
        xml += "</dc:title>";
    }
    xml += "</cp:coreProperties>";
    return xml;
}

QByteArray appPropertiesPart()
{
    QByteArray xml = kXmlDeclaration;
    xml += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
           "<Application>";
    xml += kApplication;
    xml += "</Application></Properties>";
    return xml;
}

QList<ZipEntry> packageParts(const ComposedDocument &document)
{
    const char *const officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    const QByteArray styles = QByteArray(officeRelationships) + "styles";
    const QByteArray settings = QByteArray(officeRelationships) + "settings";
    const QByteArray numbering = QByteArray(officeRelationships) + "numbering";
    const QByteArray header = QByteArray(officeRelationships) + "header";
    const QByteArray footer = QByteArray(officeRelationships) + "footer";
    const QByteArray officeDocument = QByteArray(officeRelationships) + "officeDocument";
    const QByteArray extended = QByteArray(officeRelationships) + "extended-properties";


    // A fixed order of parts, as part of what makes the bytes reproducible.
    QList<ZipEntry> parts;
    parts.append({QStringLiteral("[Content_Types].xml"), contentTypesPart()});
    parts.append({QStringLiteral("_rels/.rels"),
                  relationshipsPart({
                      {"rIdDocument", officeDocument.constData(), "word/document.xml"},
                      {"rIdCore",
                       "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                       "docProps/core.xml"},
                      {"rIdApp", extended.constData(), "docProps/app.xml"},
                  })});
    parts.append({QStringLiteral("word/document.xml"), BodyWriter(document).build()});
    parts.append({QStringLiteral("word/_rels/document.xml.rels"),
                  relationshipsPart({
                      {"rIdStyles", styles.constData(), "styles.xml"},
                      {"rIdSettings", settings.constData(), "settings.xml"},
                      {"rIdNumbering", numbering.constData(), "numbering.xml"},
                      {"rIdHeader", header.constData(), "header1.xml"},
                      {"rIdFooter", footer.constData(), "footer1.xml"},
                  })});
    parts.append({QStringLiteral("word/styles.xml"), stylesPart(document)});
    parts.append({QStringLiteral("word/settings.xml"), settingsPart()});
    parts.append({QStringLiteral("word/numbering.xml"), numberingPart()});
    parts.append({QStringLiteral("word/header1.xml"), headerPart(document)});
    parts.append({QStringLiteral("word/footer1.xml"), footerPart(document)});
    parts.append({QStringLiteral("docProps/core.xml"), corePropertiesPart(document)});
    parts.append({QStringLiteral("docProps/app.xml"), appPropertiesPart()});
    return parts;
}

} // namespace

Result<QByteArray> renderDocx(const ComposedDocument &document)
{
    Result<QByteArray> archive = zipArchive(packageParts(document));
    if (!archive) {
        return makeError(ErrorCode::Export,
                         QCoreApplication::translate("DocxWriter", "The Word document could not be produced: %1")
                             .arg(archive.error().message));
    }
    return archive;
}

Result<void> writeDocx(const ComposedDocument &document, const QString &path)
{
    Result<QByteArray> bytes = renderDocx(document);
    if (!bytes) {
        return makeError(ErrorCode::Export,
                         QCoreApplication::translate("DocxWriter", "%1 could not be produced: %2")
                             .arg(path, bytes.error().message));
    }
    return SafeSave::write(path, *bytes);
}

} // namespace mla::core
