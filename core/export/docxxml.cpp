#include "export/docxxml.h"

#include "export/composeddocument.h"

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

void PartWriter::run(const QString &printable, bool bold)
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
