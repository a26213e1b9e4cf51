#include "export/docxbody.h"

#include "export/docxlayout.h"
#include "export/docxxml.h"

#include <algorithm>

namespace mla::core::docx {

namespace {

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
        // As in the PDF: a paragraph with nothing printable is left out, numbered or not.
        if (!hasText(blockToWrite.text)) {
            return;
        }
        const Direction direction = directionOf(blockToWrite.text);
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
            characters += text.size() + text.count(QLatin1Char('\n')) * kCharactersPerLineBreak;
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

} // namespace

QByteArray documentPart(const ComposedDocument &document)
{
    return BodyWriter(document).build();
}

} // namespace mla::core::docx
