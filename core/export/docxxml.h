#pragma once

// Internal to the DOCX writer: WordprocessingML written as UTF-8 bytes, with the escaping that
// keeps any text (hostile or not) well-formed XML.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace mla::core::docx {

/// Appends @p utf8 to @p out as XML character data or attribute text. Besides the metacharacters
/// it drops what XML 1.0 does not allow at all (C0 controls other than tab, newline and carriage
/// return; surrogate code points; U+FFFE and U+FFFF). printableText() has removed them already,
/// but a single one would make the whole file unreadable, so the XML layer does not rely on it.
/// Works on the UTF-8 bytes, where every one of these is a fixed byte pattern.
void appendEscaped(QByteArray &out, QByteArrayView utf8);

/// @p text as escaped UTF-8 (see appendEscaped()).
QByteArray escaped(const QString &text);

/// @p pattern with its placeholder filled in, or the value alone: as the PDF writer does, so the
/// two print the same words.
QString filled(const QString &pattern, const QString &value);

/// Whether @p text prints anything but white space.
bool hasText(const QString &text);

/// One stretch of a right-to-left paragraph's text that is written as one run.
struct DirectionalSegment
{
    QStringView text;
    bool rightToLeft = false;
};

/// @p text of a right-to-left paragraph cut where its direction changes. Word renders a run marked
/// w:rtl as right-to-left text in the complex-script font: right for Arabic and for digits and
/// punctuation among it, but a Latin name in such a run would take the Arabic font and have its
/// trailing punctuation turned around. So a Latin name in an Arabic sentence is its own, unmarked
/// run. Letters decide, and European digits after Latin letters go with them; other characters
/// without a direction of their own (spaces, punctuation) go with the letters on both sides when
/// those agree, and are right to left otherwise, as the Unicode bidi algorithm resolves them in a
/// right-to-left paragraph.
QList<DirectionalSegment> directionalSegments(QStringView text);

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
Direction directionOf(const QString &text);

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

    void paragraphOpen(const ParagraphFormat &format);

    void paragraphClose() { raw("</w:p>"); }

    /// A run of @p printable (already through printableText()): '\n' becomes a line break and
    /// '\t' a tab, everything else literal text.
    void run(const QString &printable, bool bold = false);

    void paragraph(const ParagraphFormat &format, const QString &text, bool bold = false);

    bool rightToLeft() const { return m_rightToLeft; }

private:
    void runOpen(bool bold, bool rightToLeft);
    /// The w:t, w:br and w:tab elements of @p printable inside an open run.
    void runContent(QStringView printable);

    bool m_rightToLeft;
    bool m_paragraphRightToLeft = false; ///< the direction of the paragraph being written
    QByteArray m_out;
};

} // namespace mla::core::docx
