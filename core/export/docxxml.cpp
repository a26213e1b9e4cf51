#include "export/docxxml.h"

#include "export/composeddocument.h"

#include <vector>

namespace mla::core::docx {

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

/// Word renders a run marked w:rtl as right-to-left text in the complex-script font. In a
/// right-to-left letter that is right for Arabic text and for runs of digits and punctuation, but
/// it would turn the trailing punctuation of a Latin name or reference around, so a run with
/// left-to-right letters and no right-to-left ones is left unmarked.
/// The direction of a paragraph of text, as the PDF writer gives it: that of its first letter, so
/// that English typed into an Arabic letter reads left to right with its punctuation in place,
/// and Arabic in an English letter right to left. Text without letters is left to right.
Direction directionOf(const QString &text)
{
    return readsRightToLeft(text) ? Direction::RightToLeft : Direction::LeftToRight;
}

void PartWriter::paragraphOpen(const ParagraphFormat &format)
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

QList<DirectionalSegment> directionalSegments(QStringView text)
{
    enum Strong { None, Left, Right };
    // The strong direction of each UTF-16 unit (both halves of a pair get that of the pair).
    std::vector<Strong> strong(static_cast<size_t>(text.size()), None);
    std::vector<char> mark(static_cast<size_t>(text.size()), 0); // combining marks and format characters
    Strong lastLetter = Right; // the paragraph's direction before the first letter
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t code = text[i].unicode();
        const bool pair = QChar::isHighSurrogate(code) && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (pair) {
            code = QChar::surrogateToUcs4(text[i], text[i + 1]);
        }
        const QChar::Direction direction = QChar::direction(code);
        Strong s = direction == QChar::DirL                                     ? Left
                   : direction == QChar::DirR || direction == QChar::DirAL ? Right
                                                                            : None;
        mark[i] = direction == QChar::DirNSM || direction == QChar::DirBN ? 1 : 0;
        if (s != None) {
            lastLetter = s;
        } else if (direction == QChar::DirEN && lastLetter == Left) {
            s = Left; // digits after Latin letters belong to them ("Harbour Street 12")
        }
        strong[i] = s;
        if (pair) {
            mark[i + 1] = mark[i];
            strong[++i] = s;
        }
    }
    // Neutrals between letters of one direction take it; any other neutral is right to left.
    std::vector<char> rightToLeft(static_cast<size_t>(text.size()), 1);
    Strong before = Right; // the paragraph's own direction stands before the text and after it
    for (qsizetype i = 0; i < text.size();) {
        if (strong[i] != None) {
            before = strong[i];
            rightToLeft[i] = strong[i] == Right ? 1 : 0;
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && strong[end] == None) {
            ++end;
        }
        const Strong after = end < text.size() ? strong[end] : Right;
        const bool rtl = !(before == Left && after == Left);
        for (qsizetype k = i; k < end; ++k) {
            rightToLeft[k] = rtl ? 1 : 0;
        }
        i = end;
    }
    // A combining mark belongs to the character before it ("Jose" + U+0301 is one word).
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (mark[i]) {
            rightToLeft[i] = rightToLeft[i - 1];
        }
    }
    QList<DirectionalSegment> segments;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        if (i == text.size() || rightToLeft[i] != rightToLeft[start]) {
            segments.append({text.sliced(start, i - start), rightToLeft[start] != 0});
            start = i;
        }
    }
    return segments;
}

void PartWriter::run(const QString &printable, bool bold)
{
    if (printable.isEmpty()) {
        return;
    }
    if (!m_paragraphRightToLeft) {
        runOpen(bold, false);
        runContent(printable);
        raw("</w:r>");
        return;
    }
    for (const DirectionalSegment &segment : directionalSegments(printable)) {
        runOpen(bold, segment.rightToLeft);
        runContent(segment.text);
        raw("</w:r>");
    }
}

void PartWriter::runContent(QStringView printable)
{
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
}

void PartWriter::paragraph(const ParagraphFormat &format, const QString &text, bool bold)
{
    paragraphOpen(format);
    run(printableText(text), bold);
    paragraphClose();
}

void PartWriter::runOpen(bool bold, bool rightToLeft)
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

} // namespace mla::core::docx
