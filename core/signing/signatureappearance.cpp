#include "signing/signatureappearance.h"

#include "signing/pdfsyntax.h"
#include "signing/truetypefont.h"

#include <QCryptographicHash>
#include <set>

namespace mla::core::detail {

namespace {

constexpr double kPadding = 5.0;
constexpr double kTitleSize = 9.0;
constexpr double kTextSize = 7.5;
constexpr double kLeading = 1.28;

struct ShapedLine
{
    std::vector<quint16> glyphs;
    double size = 0;
};

/// Glyphs of @p text in @p font, cut to @p maxWidth points at @p size with an ellipsis.
ShapedLine shape(const TrueTypeFont &font, const QString &text, double size, double maxWidth)
{
    ShapedLine line;
    line.size = size;
    const quint16 question = font.glyphIndex(U'?');
    quint16 ellipsis = font.glyphIndex(U'\u2026');
    const quint16 dot = font.glyphIndex(U'.');
    double width = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
            continue; // control characters print nothing
        }
        quint16 glyph = font.glyphIndex(c);
        if (glyph == 0) {
            glyph = question;
        }
        line.glyphs.push_back(glyph);
        width += font.advanceWidth(glyph) * size / 1000.0;
    }
    if (width <= maxWidth) {
        return line;
    }
    std::vector<quint16> tail =
        ellipsis ? std::vector<quint16>{ellipsis} : std::vector<quint16>{dot, dot, dot};
    double tailWidth = 0;
    for (const quint16 g : tail) {
        tailWidth += font.advanceWidth(g) * size / 1000.0;
    }
    while (!line.glyphs.empty() && width + tailWidth > maxWidth) {
        width -= font.advanceWidth(line.glyphs.back()) * size / 1000.0;
        line.glyphs.pop_back();
    }
    line.glyphs.insert(line.glyphs.end(), tail.begin(), tail.end());
    return line;
}

QByteArray hex16(quint16 value)
{
    return QByteArray::number(value, 16).rightJustified(4, '0').toUpper();
}

QByteArray compressed(const QByteArray &data)
{
    // qCompress() prefixes the zlib stream with its own 4-byte length.
    return qCompress(data, 6).mid(4);
}

QByteArray subsetTag(const std::set<quint16> &glyphs)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const quint16 g : glyphs) {
        const char bytes[2] = {static_cast<char>(g >> 8), static_cast<char>(g & 0xff)};
        hash.addData(QByteArrayView(bytes, 2));
    }
    const QByteArray digest = hash.result();
    QByteArray tag;
    for (int i = 0; i < 6; ++i) {
        tag += static_cast<char>('A' + static_cast<quint8>(digest[i]) % 26);
    }
    return tag;
}

QByteArray toUnicodeCMap(const std::map<quint16, QString> &unicodeOf)
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    auto it = unicodeOf.begin();
    while (it != unicodeOf.end()) {
        QByteArray block;
        int n = 0;
        for (; it != unicodeOf.end() && n < 100; ++it, ++n) {
            QByteArray utf16;
            for (const QChar c : it->second) {
                utf16 += hex16(c.unicode());
            }
            block += '<' + hex16(it->first) + "> <" + utf16 + ">\n";
        }
        cmap += QByteArray::number(n) + " beginbfchar\n" + block + "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

} // namespace

QByteArray streamObject(const QByteArray &dictionary, const QByteArray &data)
{
    return "<< " + dictionary + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data +
           "\nendstream";
}

PdfObject invisibleAppearance(int number)
{
    return {number,
            streamObject("/Type /XObject /Subtype /Form /BBox [0 0 0 0] /Resources << >>", QByteArray())};
}

std::optional<VisibleAppearance> buildVisibleAppearance(const QStringList &lines, double width, double height,
                                                        const std::function<int()> &allocate)
{
    const auto font = TrueTypeFont::documentFont();
    if (!font) {
        return std::nullopt;
    }
    const double textWidth = width - 2 * kPadding;
    std::vector<ShapedLine> shaped;
    std::map<quint16, QString> unicodeOf; // for ToUnicode, and the set of glyphs shown
    for (int i = 0; i < lines.size(); ++i) {
        shaped.push_back(shape(*font, lines.at(i), i == 0 ? kTitleSize : kTextSize, textWidth));
    }
    for (int i = 0; i < lines.size(); ++i) {
        // Map each shown glyph back to the first character that produced it.
        for (const char32_t c : lines.at(i).toUcs4()) {
            const quint16 g = font->glyphIndex(c);
            if (g != 0 && !unicodeOf.count(g)) {
                unicodeOf[g] = QString::fromUcs4(&c, 1);
            }
        }
    }
    std::set<quint16> used;
    for (const ShapedLine &line : shaped) {
        used.insert(line.glyphs.begin(), line.glyphs.end());
    }
    for (const auto &[g, text] : std::map<quint16, QString>(unicodeOf)) {
        if (!used.count(g)) {
            unicodeOf.erase(g);
        }
    }
    for (const char32_t c : {U'?', U'\u2026', U'.'}) {
        const quint16 g = font->glyphIndex(c);
        if (used.count(g) && !unicodeOf.count(g)) {
            unicodeOf[g] = QString::fromUcs4(&c, 1);
        }
    }

    double contentHeight = 2 * kPadding;
    for (const ShapedLine &line : shaped) {
        contentHeight += line.size * kLeading;
    }
    const double boxHeight = height > 0 ? height : contentHeight;

    VisibleAppearance appearance;
    appearance.size = QSizeF(width, boxHeight);
    appearance.xobjectNumber = allocate();
    const int type0 = allocate();
    const int cidFont = allocate();
    const int descriptor = allocate();
    const int fontFile = allocate();
    const int cidSet = allocate();
    const int toUnicode = allocate();

    // Content: a thin frame and the lines from the top.
    QByteArray content = "q\n0.35 G 0.75 w 0.375 0.375 " + pdfNumber(width - 0.75) + ' ' +
                         pdfNumber(boxHeight - 0.75) + " re S\nBT\n0 g\n";
    double y = boxHeight - kPadding;
    for (const ShapedLine &line : shaped) {
        y -= line.size;
        QByteArray text;
        for (const quint16 g : line.glyphs) {
            text += hex16(g);
        }
        content += "/F1 " + pdfNumber(line.size) + " Tf 1 0 0 1 " + pdfNumber(kPadding) + ' ' + pdfNumber(y) +
                   " Tm <" + text + "> Tj\n";
        y -= line.size * (kLeading - 1);
    }
    content += "ET\nQ\n";
    appearance.objects.append(
        {appearance.xobjectNumber,
         streamObject("/Type /XObject /Subtype /Form /FormType 1 /BBox [0 0 " + pdfNumber(width) + ' ' +
                          pdfNumber(boxHeight) + "] /Matrix [1 0 0 1 0 0] /Resources << /Font << /F1 " +
                          pdfReference(type0) + " >> /ProcSet [/PDF /Text] >>",
                      content)});

    std::set<quint16> kept;
    const QByteArray program = font->subset(used, &kept);
    const QByteArray fontName = '/' + subsetTag(used) + '+' + font->postScriptName().toLatin1();

    QByteArray widths = "[";
    for (const quint16 g : used) {
        widths += ' ' + QByteArray::number(g) + " [" + QByteArray::number(font->advanceWidth(g)) + ']';
    }
    widths += " ]";
    appearance.objects.append({type0, "<< /Type /Font /Subtype /Type0 /BaseFont " + fontName +
                                          " /Encoding /Identity-H /DescendantFonts [" +
                                          pdfReference(cidFont) + "] /ToUnicode " + pdfReference(toUnicode) +
                                          " >>"});
    appearance.objects.append(
        {cidFont,
         "<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + fontName +
             " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
             pdfReference(descriptor) + " /DW 1000 /W " + widths + " /CIDToGIDMap /Identity >>"});
    appearance.objects.append(
        {descriptor, "<< /Type /FontDescriptor /FontName " + fontName + " /Flags " +
                         QByteArray::number(font->isFixedPitch() ? 5 : 4) + " /FontBBox [" +
                         QByteArray::number(font->bbox(0)) + ' ' + QByteArray::number(font->bbox(1)) + ' ' +
                         QByteArray::number(font->bbox(2)) + ' ' + QByteArray::number(font->bbox(3)) +
                         "] /ItalicAngle " + pdfNumber(font->italicAngle()) + " /Ascent " +
                         QByteArray::number(font->ascent()) + " /Descent " +
                         QByteArray::number(font->descent()) + " /CapHeight " +
                         QByteArray::number(font->capHeight()) + " /StemV 80 /FontFile2 " +
                         pdfReference(fontFile) + " /CIDSet " + pdfReference(cidSet) + " >>"});
    appearance.objects.append(
        {fontFile, streamObject("/Filter /FlateDecode /Length1 " + QByteArray::number(program.size()),
                                compressed(program))});
    QByteArray bits((*kept.rbegin()) / 8 + 1, '\0');
    for (const quint16 g : kept) {
        bits[g / 8] = static_cast<char>(static_cast<quint8>(bits[g / 8]) | (0x80 >> (g % 8)));
    }
    appearance.objects.append({cidSet, streamObject("/Filter /FlateDecode", compressed(bits))});
    appearance.objects.append(
        {toUnicode, streamObject("/Filter /FlateDecode", compressed(toUnicodeCMap(unicodeOf)))});
    return appearance;
}

} // namespace mla::core::detail
