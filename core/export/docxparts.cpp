#include "export/docxparts.h"

#include "export/docxlayout.h"
#include "export/docxxml.h"

#include <QRegularExpression>

#include <algorithm>

namespace mla::core::docx {

namespace {

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

} // namespace

QByteArray headerPart(const ComposedDocument &document)
{
    PartWriter xml(document.rightToLeft);
    xml.raw(kXmlDeclaration).raw("<w:hdr").raw(kWordNamespaces).raw(">");
    // The same line as the PDF's: the reference on the leading side, the marking on the other.
    const QString reference = runningReference(document.reference);
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

} // namespace mla::core::docx
